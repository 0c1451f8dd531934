/* vitrap test programs: start-up, pass/fail exits, the HTIF words.
 *
 * _start (M-mode, reset PC = RAM_BASE, PIPELINE.md 4.4): sp = top of the
 * stack area, bss cleared, the console chosen (console.S), the monitor's
 * trap vectors installed (monitor.S), then main. main returns 0 for pass,
 * else the failing check number; asm programs may also jump to pass / fail.
 * Exit (riscv-tests convention): tohost = 1 pass, (N << 1) | 1 fail N
 * (in the firmware build, VITRAP_FIRMWARE: the same word to the loader). */
#include "test.h"

  .section .text.init, "ax"
  .globl _start
_start:
  la sp, _stack_top
  /* until the monitor is up, any trap is a failure */
  la t0, early_trap
  csrw mtvec, t0
  la t0, _bss_start
  la t1, _bss_end
1:
  bgeu t0, t1, 2f
  sd zero, 0(t0)
  addi t0, t0, 8
  j 1b
2:
  call console_init
  call monitor_init
  li gp, 0
  call main
  bnez a0, 3f
  j pass
3:
  mv gp, a0
  j fail

early_trap:
  li a0, 0xFF
  j fail_code

  .text
  /* pass: print "NAME: pass", exit 0 */
  .globl pass
pass:
#ifdef ON_QEMU
  la t0, soft_first
  ld t0, 0(t0)
  beqz t0, 1f
  mv gp, t0
  j fail
1:
#endif
  la sp, _stack_top
  la a0, test_name
  call puts
  la a0, msg_pass
  call puts
  li a0, 1
  j write_tohost

  /* fail: gp = the check number (0 becomes 0xFF so that it is not a pass) */
  .globl fail
fail:
  mv a0, gp
  .globl fail_code
fail_code:
  bnez a0, 1f
  li a0, 0xFF
1:
  mv s0, a0
  la sp, _stack_top
  la a0, test_name
  call puts
  la a0, msg_fail
  call puts
  mv a0, s0
  call putdec
  /* the monitor's last trap record, to help find the cause */
  la s1, trec
  la s2, trec_names
  li s3, 0
2:
  mv a0, s2
  call puts
  add t0, s1, s3
  ld a0, 0(t0)
  call puthex
3:
  lbu t0, 0(s2)
  addi s2, s2, 1
  bnez t0, 3b
  addi s3, s3, 8
  li t0, TR_SIZE
  bltu s3, t0, 2b
  li a0, '\n'
  call putc
  slli a0, s0, 1
  ori a0, a0, 1

write_tohost:
#ifdef VITRAP_FIRMWARE
  /* The board self-test firmware (sim/firmware, mk/firmware.mk) runs this
     program as one of its tests: back to its loader's fw_return (at
     RAM_BASE + 4, sim/firmware/start.S) with the exit word in a0, since only
     the loader's final verdict may write tohost (the board's LEDs). A pass
     from below M (hvdemo passes in HS) meets an M-only instruction there,
     which traps into monitor.S's m_vector: fw_exiting sends it on to
     fw_exit_m, now in M. */
  la t0, fw_exit_word
  sd a0, 0(t0)
  la t0, fw_exiting
  li t1, 1
  sd t1, 0(t0)
  .globl fw_exit_m
fw_exit_m:
  la t0, fw_exit_word
  ld a0, 0(t0)
  li t0, RAM_BASE + 4
  jr t0
  .bss
  .align 3
  .globl fw_exiting
fw_exiting:   .dword 0
fw_exit_word: .dword 0
  .text
#else
  la t0, tohost
  sd a0, 0(t0)
1:
  j 1b          /* the host ends the run at the tohost store */
#endif

#ifdef ON_QEMU
  /* soft_fail (link in tp): report check gp once, remember the first */
  .globl soft_fail
soft_fail:
  addi sp, sp, -80
  sd ra, 0(sp)
  sd a0, 8(sp)
  sd a1, 16(sp)
  sd a2, 24(sp)
  sd a3, 32(sp)
  sd t0, 40(sp)
  sd t1, 48(sp)
  sd t2, 56(sp)
  sd t3, 64(sp)
  la t0, soft_last
  ld t1, 0(t0)
  beq t1, gp, 1f
  sd gp, 0(t0)
  la t0, soft_first
  ld t1, 0(t0)
  bnez t1, 2f
  sd gp, 0(t0)
2:
  la a0, msg_soft
  call puts
  mv a0, gp
  call putdec
  li a0, '\n'
  call putc
1:
  ld ra, 0(sp)
  ld a0, 8(sp)
  ld a1, 16(sp)
  ld a2, 24(sp)
  ld a3, 32(sp)
  ld t0, 40(sp)
  ld t1, 48(sp)
  ld t2, 56(sp)
  ld t3, 64(sp)
  addi sp, sp, 80
  jr tp
  .bss
  .align 3
soft_last:  .dword 0
soft_first: .dword 0
  .section .rodata
msg_soft: .asciz "qemu differs: check "
#endif

  .section .rodata
msg_pass: .asciz ": pass\n"
msg_fail: .asciz ": FAIL check "
trec_names:
  .asciz " (trap level="
  .asciz " cause="
  .asciz " epc="
  .asciz " tval="
  .asciz " status="
  .asciz " hstatus="
  .asciz " tval2="
  .asciz " tinst="
  .asciz " count="

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
