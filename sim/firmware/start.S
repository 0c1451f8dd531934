/* vitrap board self-test firmware: the loader's start-up, the test entry
 * and return, and the reset of the state the tests rely on.
 *
 * Layout (sim/firmware/loader.ld, mk/firmware.mk): the loader at RAM_BASE
 * (the reset PC, PIPELINE.md 4.4), its packed test images in its rodata,
 * and the test area at the top of RAM, where each test is unpacked, linked
 * to run there (sim/firmware/test.ld) and entered at its _start.
 *
 * A test ends in crt0.S's write_tohost, which in the firmware build
 * (VITRAP_FIRMWARE) jumps to fw_return = RAM_BASE + 4 in M-mode with its
 * exit word in a0 (1 pass, (N << 1) | 1 fail N). The tests' pass / fail
 * paths run in M (a failing check inside a lower-mode run ends up in M:
 * the first M-only instruction at fw_return traps to the test's monitor,
 * which fails the test from M). */
#include "test.h"
  .option arch, +h

  .section .text.init, "ax"
  .globl _start
_start:
  j loader_start

  /* RAM_BASE + 4: a test's exit (crt0.S write_tohost), a0 = exit word */
  .globl fw_return
fw_return:
  csrw mie, zero
  csrw mstatus, zero        /* MIE, MPRV off: the loader's own accesses */
  la t0, fw_trap
  csrw mtvec, t0
  la t0, fw_ctx
  ld ra, 0(t0)
  ld sp, 8(t0)
  ld s0, 16(t0)
  ld s1, 24(t0)
  ld s2, 32(t0)
  ld s3, 40(t0)
  ld s4, 48(t0)
  ld s5, 56(t0)
  ld s6, 64(t0)
  ld s7, 72(t0)
  ld s8, 80(t0)
  ld s9, 88(t0)
  ld s10, 96(t0)
  ld s11, 104(t0)
  ld gp, 112(t0)
  ld tp, 120(t0)
  ret                       /* from fw_run, with a0 */

loader_start:
  la sp, _stack_top
  la t0, fw_trap
  csrw mtvec, t0
  la t0, _bss_start
  la t1, _bss_end
1:
  bgeu t0, t1, 2f
  sd zero, 0(t0)
  addi t0, t0, 8
  j 1b
2:
  call loader_main          /* returns the verdict word */
  la t0, tohost
  sd a0, 0(t0)              /* the one tohost store: the board's LEDs */
3:
  j 3b

  .text
  /* fw_run(a0 = entry): enter a test in M at its _start; returns its exit
     word (through fw_return) */
  .globl fw_run
fw_run:
  la t0, fw_ctx
  sd ra, 0(t0)
  sd sp, 8(t0)
  sd s0, 16(t0)
  sd s1, 24(t0)
  sd s2, 32(t0)
  sd s3, 40(t0)
  sd s4, 48(t0)
  sd s5, 56(t0)
  sd s6, 64(t0)
  sd s7, 72(t0)
  sd s8, 80(t0)
  sd s9, 88(t0)
  sd s10, 96(t0)
  sd s11, 104(t0)
  sd gp, 112(t0)
  sd tp, 120(t0)
  fence.i                   /* the image was just written (Zifencei) */
  mv t0, a0
  /* the registers as at reset (PIPELINE.md 1: an unwritten register reads 0) */
  li ra, 0
  li sp, 0
  li gp, 0
  li tp, 0
  li t1, 0
  li t2, 0
  li s0, 0
  li s1, 0
  li a0, 0
  li a1, 0
  li a2, 0
  li a3, 0
  li a4, 0
  li a5, 0
  li a6, 0
  li a7, 0
  li s2, 0
  li s3, 0
  li s4, 0
  li s5, 0
  li s6, 0
  li s7, 0
  li s8, 0
  li s9, 0
  li s10, 0
  li s11, 0
  li t3, 0
  li t4, 0
  li t5, 0
  li t6, 0
  jr t0

  /* fw_reset: the CSRs and devices a test may have changed, back to their
     reset values (priv machine.adoc "Reset"; PIPELINE.md 9), so that every
     test starts as after reset. A CSR this unit lacks traps (illegal
     instruction) and fw_trap skips the access (fw_probing = 1). */
  .globl fw_reset
fw_reset:
  la t0, fw_probing
  li t1, 1
  sd t1, 0(t0)
  csrw mie, zero
  csrw mstatus, zero
  csrw mip, zero
  csrw medeleg, zero
  csrw mideleg, zero
  csrw mcounteren, zero
  csrw mcountinhibit, zero
  csrw mscratch, zero
  csrw mepc, zero
  csrw mcause, zero
  csrw mtval, zero
  csrw CSR_MTVAL2, zero
  csrw CSR_MTINST, zero
  csrw pmpcfg0, zero
  csrw pmpaddr0, zero
  csrw stvec, zero
  csrw sscratch, zero
  csrw sepc, zero
  csrw scause, zero
  csrw stval, zero
  csrw scounteren, zero
  csrw satp, zero
  csrw hstatus, zero
  csrw hedeleg, zero
  csrw hideleg, zero
  csrw hie, zero
  csrw hvip, zero
  csrw hcounteren, zero
  csrw hgeie, zero
  csrw htval, zero
  csrw htinst, zero
  csrw htimedelta, zero
  csrw hgatp, zero
  csrw vsstatus, zero
  csrw vsie, zero
  csrw vstvec, zero
  csrw vsscratch, zero
  csrw vsepc, zero
  csrw vscause, zero
  csrw vstval, zero
  csrw vsatp, zero
  /* CLINT (PIPELINE.md 9.1): no software interrupt, mtimecmp at its reset
     value (all ones: no timer interrupt) */
  li t0, CLINT_BASE
  sw zero, CLINT_MSIP(t0)
  li t0, CLINT_BASE + CLINT_MTIMECMP
  li t1, -1
  sd t1, 0(t0)
  /* test device (PIPELINE.md 9.4): no line raised, nothing armed */
  li t0, TDEV_BASE
  sd zero, TDEV_COUNTDOWN(t0)
  sd zero, TDEV_ARM_LINES(t0)
  sd zero, TDEV_ARM_SGEIP(t0)
  sd zero, TDEV_LINES(t0)
  sd zero, TDEV_SGEIP(t0)
  /* PLIC (PIPELINE.md 9.2): complete every source on both contexts (a
     claimed source left uncompleted would stay blocked), then priorities,
     enables and thresholds 0 */
  li t1, -1
  li t0, PLIC_BASE + PLIC_ENABLE0
  sw t1, 0(t0)              /* a completion counts only for an enabled source */
  li t0, PLIC_BASE + PLIC_ENABLE1
  sw t1, 0(t0)
  li t0, PLIC_BASE
  li t1, 1
  li t2, 32
  li t3, PLIC_BASE + PLIC_CLAIM0
  li t4, PLIC_BASE + PLIC_CLAIM1
4:
  sw t1, 0(t3)
  sw t1, 0(t4)
  slli t5, t1, 2
  add t5, t5, t0
  sw zero, 0(t5)            /* priority[t1] */
  addi t1, t1, 1
  bltu t1, t2, 4b
  li t1, PLIC_BASE + PLIC_ENABLE0
  sw zero, 0(t1)
  li t1, PLIC_BASE + PLIC_ENABLE1
  sw zero, 0(t1)
  li t1, PLIC_BASE + PLIC_THRESH0
  sw zero, 0(t1)
  li t1, PLIC_BASE + PLIC_THRESH1
  sw zero, 0(t1)
  la t0, fw_probing
  sd zero, 0(t0)
  ret

  /* The loader's trap vector: during fw_reset, skip the access; otherwise
     a loader bug: say so and store a fail verdict. */
  .align 2
fw_trap:
  la t0, fw_probing
  ld t0, 0(t0)
  beqz t0, 5f
  csrr t0, mepc
  addi t0, t0, 4
  csrw mepc, t0
  mret
5:
  la sp, _stack_top
  csrr a0, mcause
  csrr a1, mepc
  call loader_trap          /* prints, returns the fail word */
  la t0, tohost
  sd a0, 0(t0)
6:
  j 6b

  .bss
  .align 3
fw_ctx:     .space 8 * 16
fw_probing: .dword 0

  .section .tohost, "aw", @progbits
  .align 6
  .globl tohost
  .type tohost, @object
  .size tohost, 8
tohost: .dword 0
  .align 6
  .globl fromhost
  .type fromhost, @object
  .size fromhost, 8
fromhost: .dword 0
