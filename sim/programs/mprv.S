/* mstatus.MPRV (priv machine.adoc "Memory Privilege in mstatus"): in M with
 * MPRV = 1, loads and stores use the privilege in MPP (and V = MPV when
 * MPP != M); with Bare translation and no PMP they still work. An MRET or
 * SRET to a mode below M clears MPRV; an MRET to M keeps it. */
#include "test.h"
  .option arch, +h
  TEST_NAME mprv
  .text

.macro MPRV_LS n, mpp, mpv
  CHECK \n
  li t0, MSTATUS_MPP | MSTATUS_MPV
  csrc mstatus, t0
  li t0, \mpp | \mpv | MSTATUS_MPRV
  csrs mstatus, t0
  li t1, 0x1234000 + \n
  sd t1, 0(s1)
  ld t2, 0(s1)
  sw t1, 8(s1)
  lwu t3, 8(s1)
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  EXPECT t2, 0x1234000 + \n
  EXPECT t3, 0x1234000 + \n
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  la s1, buf
  MPRV_LS 1, (1 << 11), 0
  MPRV_LS 2, 0, 0
  MPRV_LS 3, (1 << 11), MSTATUS_MPV
  MPRV_LS 4, 0, MSTATUS_MPV
  MPRV_LS 5, (3 << 11), MSTATUS_MPV
  /* an AMO and LR/SC under MPRV */
  CHECK 6
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, MSTATUS_MPRV | (1 << 11)
  csrs mstatus, t0
  li t1, 5
  sd t1, 0(s1)
  amoadd.d t2, t1, (s1)
  lr.d t3, (s1)
  sc.d t4, t1, (s1)
  ld t5, 0(s1)
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  EXPECT t2, 5
  EXPECT t3, 10
  EXPECT t4, 0
  EXPECT t5, 5

  /* MRET to U, HS, VS clears MPRV (read back at the next trap into M) */
.macro MRET_CLEARS n, mode
  CHECK \n
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  RUN \mode
  ecall
  END_RUN
  EXPECT_FIELD TR_STATUS, MSTATUS_MPRV, 0
.endm
  MRET_CLEARS 10, MODE_U
  MRET_CLEARS 11, MODE_HS
  MRET_CLEARS 12, MODE_VS
  MRET_CLEARS 13, MODE_VU
  /* MRET to M keeps MPRV (after it MPP = U: M's own loads/stores then use
     U, which Bare translation allows) */
  CHECK 14
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  RUN MODE_M
  ecall
  END_RUN
  EXPECT_FIELD TR_STATUS, MSTATUS_MPRV, MSTATUS_MPRV
  li t0, MSTATUS_MPRV
  csrc mstatus, t0
  /* SRET from M to HS clears MPRV */
  CHECK 15
  li t0, HSTATUS_SPV
  csrc hstatus, t0
  li t0, MSTATUS_SPP | MSTATUS_MPRV
  csrs mstatus, t0
  RUN MODE_M
  la t0, 1f
  csrw sepc, t0
  sret
1:
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 9
  EXPECT_FIELD TR_STATUS, MSTATUS_MPRV, 0

#ifndef ON_QEMU /* QEMU performs misaligned accesses itself */
  /* a fault under MPRV still goes to M (the current mode), even with
     medeleg; with MPV = 1 the address is a guest virtual one: GVA = 1 */
  CHECK 20
  li t0, 1 << 4
  csrw medeleg, t0
  RUN MODE_M
  li t0, MSTATUS_MPP | MSTATUS_MPV
  csrc mstatus, t0
  li t0, MSTATUS_MPRV | MSTATUS_MPV | (1 << 11)
  csrs mstatus, t0
1:
  lw t0, 2(s1)
  END_RUN
  EXPECT_TRAP LVL_M, 4
  EXPECT_EPC 1b
  EXPECT_FIELD TR_STATUS, MSTATUS_GVA, MSTATUS_GVA
  TREC t5, TR_TVAL
  addi t6, s1, 2
  EXPECT_R t5, t6
  CHECK 21
  RUN MODE_M
  li t0, MSTATUS_MPP | MSTATUS_MPV
  csrc mstatus, t0
  li t0, MSTATUS_MPRV | (1 << 11)
  csrs mstatus, t0
  lw t0, 2(s1)
  END_RUN
  EXPECT_TRAP LVL_M, 4
  EXPECT_FIELD TR_STATUS, MSTATUS_GVA, 0
  csrw medeleg, zero
#endif
  li t0, MSTATUS_MPRV
  csrc mstatus, t0

  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .data
  .align 4
buf: .space 16
