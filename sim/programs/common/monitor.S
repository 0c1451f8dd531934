/* vitrap test programs: the trap monitor.
 *
 * run_in(a0 = mode MODE_*, a1 = address) saves the M-mode caller's
 * callee-saved registers, clears the trap record and enters the code at a1
 * in that mode by MRET (mstatus.MPP/MPV; the caller sets MPIE and every
 * other field). The code ends with an ECALL with a7 = MON_MAGIC (END_RUN),
 * or it traps. Each trap vector records what it saw in `trec` and then
 * hands control back up with its own MON_MAGIC ECALL:
 *   VS (vstvec = vs_vector) -> ECALL from VS (cause 10)
 *   HS (stvec = s_vector)   -> ECALL from HS (cause 9)
 *   M  (mtvec = m_vector)   -> restores the caller and returns from run_in.
 * A vector that receives a MON_MAGIC ECALL from below forwards it without
 * recording. So a program must not delegate cause 9 (medeleg[9]) while it
 * uses run_in (the HS vector's ECALL would come back to itself).
 * A trap into M outside run_in is unexpected: printed, then fail. */
#include "test.h"
  .option arch, +h

  .text
  .globl monitor_init
monitor_init:
  /* One PMP entry granting everything (NAPOT, RWX). The vitrap unit has no
     PMP entries (the CSRs read 0, writes are ignored); QEMU 7.2 refuses an
     MRET to a lower mode while no PMP entry is set. */
  li t0, -1
  csrw pmpaddr0, t0
  li t0, 0x1F
  csrw pmpcfg0, t0
  csrr t0, misa
  srli t0, t0, 7
  andi t0, t0, 1
  la t1, have_h
  sd t0, 0(t1)
  la t0, m_vector
  csrw mtvec, t0
  la t0, s_vector
  csrw stvec, t0
  la t1, have_h
  ld t1, 0(t1)
  beqz t1, 1f
  la t0, vs_vector
  csrw vstvec, t0
1:
  ret

  .globl run_in
run_in:
  la t0, mon_save
  sd ra, 0(t0)
  sd sp, 8(t0)
  sd gp, 16(t0)
  sd s0, 24(t0)
  sd s1, 32(t0)
  sd s2, 40(t0)
  sd s3, 48(t0)
  sd s4, 56(t0)
  sd s5, 64(t0)
  sd s6, 72(t0)
  sd s7, 80(t0)
  sd s8, 88(t0)
  sd s9, 96(t0)
  sd s10, 104(t0)
  sd s11, 112(t0)
  la t0, trec
  addi t1, t0, TR_SIZE
1:
  sd zero, 0(t0)
  addi t0, t0, 8
  bltu t0, t1, 1b
  la t0, mon_in_run
  li t1, 1
  sd t1, 0(t0)
  li t1, MSTATUS_MPP
  csrc mstatus, t1
  li t1, 1
  slli t1, t1, 39           /* MPV (read-only 0 without H) */
  csrc mstatus, t1
  andi t2, a0, 3
  slli t2, t2, 11
  csrs mstatus, t2
  andi t2, a0, 4
  beqz t2, 2f
  csrs mstatus, t1
2:
  csrw mepc, a1
  li a7, 0                  /* a test's own ECALL must not look like END_RUN */
  mret

/* ---------------------------------------------------------------- M */
  .align 2
  .globl m_vector
m_vector:
#ifdef VITRAP_FIRMWARE
  la t0, fw_exiting         /* crt0.S write_tohost: a test's exit from below M */
  ld t0, 0(t0)
  bnez t0, fw_exit_m
#endif
  la t0, mon_in_run
  ld t0, 0(t0)
  beqz t0, m_unexpected
  csrr t1, mcause
  li t2, MON_MAGIC
  bne a7, t2, m_record
  addi t2, t1, -8           /* ECALL causes 8..11 */
  li t3, 4
  bltu t2, t3, m_restore
m_record:
  la t0, trec
  li t2, LVL_M
  sd t2, TR_LEVEL(t0)
  sd t1, TR_CAUSE(t0)
  csrr t2, mepc
  sd t2, TR_EPC(t0)
  csrr t2, mtval
  sd t2, TR_TVAL(t0)
  csrr t2, mstatus
  sd t2, TR_STATUS(t0)
  la t2, have_h
  ld t2, 0(t2)
  beqz t2, 1f
  csrr t2, hstatus
  sd t2, TR_HSTATUS(t0)
  csrr t2, CSR_MTVAL2
  sd t2, TR_TVAL2(t0)
  csrr t2, CSR_MTINST
  sd t2, TR_TINST(t0)
1:
  ld t2, TR_COUNT(t0)
  addi t2, t2, 1
  sd t2, TR_COUNT(t0)
m_restore:
  la t0, mon_in_run
  sd zero, 0(t0)
  la t0, mon_save
  ld ra, 0(t0)
  ld sp, 8(t0)
  ld gp, 16(t0)
  ld s0, 24(t0)
  ld s1, 32(t0)
  ld s2, 40(t0)
  ld s3, 48(t0)
  ld s4, 56(t0)
  ld s5, 64(t0)
  ld s6, 72(t0)
  ld s7, 80(t0)
  ld s8, 88(t0)
  ld s9, 96(t0)
  ld s10, 104(t0)
  ld s11, 112(t0)
  ret

m_unexpected:
  la sp, _stack_top
  la a0, msg_unexp
  call puts
  csrr a0, mcause
  call puthex
  la a0, msg_epc
  call puts
  csrr a0, mepc
  call puthex
  la a0, msg_tval
  call puts
  csrr a0, mtval
  call puthex
  li a0, '\n'
  call putc
  j fail

/* ---------------------------------------------------------------- HS */
  .align 2
  .globl s_vector
s_vector:
  csrr t1, scause
  li t2, MON_MAGIC
  bne a7, t2, s_record
  addi t2, t1, -8
  li t3, 3
  bltu t2, t3, s_up         /* a MON_MAGIC ECALL from U, VU or VS */
s_record:
  la t0, trec
  li t2, LVL_HS
  sd t2, TR_LEVEL(t0)
  sd t1, TR_CAUSE(t0)
  csrr t2, sepc
  sd t2, TR_EPC(t0)
  csrr t2, stval
  sd t2, TR_TVAL(t0)
  csrr t2, sstatus
  sd t2, TR_STATUS(t0)
  la t2, have_h
  ld t2, 0(t2)
  beqz t2, 1f
  csrr t2, hstatus
  sd t2, TR_HSTATUS(t0)
  csrr t2, htval
  sd t2, TR_TVAL2(t0)
  csrr t2, htinst
  sd t2, TR_TINST(t0)
1:
  ld t2, TR_COUNT(t0)
  addi t2, t2, 1
  sd t2, TR_COUNT(t0)
s_up:
  li a7, MON_MAGIC
  ecall

/* ---------------------------------------------------------------- VS */
  .align 2
  .globl vs_vector
vs_vector:
  csrr t1, scause           /* vscause */
  li t2, MON_MAGIC
  bne a7, t2, vs_record
  li t2, 8
  beq t1, t2, vs_up         /* a MON_MAGIC ECALL from VU */
vs_record:
  la t0, trec
  li t2, LVL_VS
  sd t2, TR_LEVEL(t0)
  sd t1, TR_CAUSE(t0)
  csrr t2, sepc
  sd t2, TR_EPC(t0)
  csrr t2, stval
  sd t2, TR_TVAL(t0)
  csrr t2, sstatus
  sd t2, TR_STATUS(t0)
  ld t2, TR_COUNT(t0)
  addi t2, t2, 1
  sd t2, TR_COUNT(t0)
vs_up:
  li a7, MON_MAGIC
  ecall

  .section .rodata
msg_unexp: .asciz "unexpected trap: mcause="
msg_epc:   .asciz " mepc="
msg_tval:  .asciz " mtval="

  .bss
  .align 3
  .globl have_h
have_h:     .dword 0
mon_in_run: .dword 0
mon_save:   .space 8 * 15
  .globl trec
trec:       .space TR_SIZE
