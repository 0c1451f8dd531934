/* Hypervisor virtual-machine loads and stores (hypervisor.adoc "Hypervisor
 * Virtual-Machine Load and Store Instructions"; virtual-instruction.md 4.3):
 * valid in M, HS, and U when hstatus.HU = 1 (II when HU = 0); VI in VS and
 * VU. With vsatp and hgatp Bare they reach the same memory; widths and sign
 * extension as the ordinary loads; faults carry GVA = 1 (PIPELINE.md 7.3). */
#include "test.h"
  .option arch, +h
  TEST_NAME hlsv
  .text

.macro HLV_EXP n, m, op, off, exp
  CHECK \n
  RUN \m
  \op t1, (s2)
  la t0, result
  sd t1, 0(t0)
  END_RUN
  EXPECT_NO_TRAP
  la t0, result
  ld t1, 0(t0)
  EXPECT t1, \exp
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  la s1, buf
  li t0, 0x8877665544332211
  sd t0, 0(s1)
  li t0, (1 << 22) | (1 << 2)
  csrw medeleg, t0
  csrw hgatp, zero
  csrw vsatp, zero
  li t0, HSTATUS_HU
  csrc hstatus, t0

  /* HS: every width */
  addi s2, s1, 7
  HLV_EXP 1, MODE_HS, hlv.b, 7, 0xffffffffffffff88
  HLV_EXP 2, MODE_HS, hlv.bu, 7, 0x88
  addi s2, s1, 6
  HLV_EXP 3, MODE_HS, hlv.h, 6, 0xffffffffffff8877
  HLV_EXP 4, MODE_HS, hlv.hu, 6, 0x8877
  HLV_EXP 5, MODE_HS, hlvx.hu, 6, 0x8877
  addi s2, s1, 4
  HLV_EXP 6, MODE_HS, hlv.w, 4, 0xffffffff88776655
  HLV_EXP 7, MODE_HS, hlv.wu, 4, 0x88776655
  HLV_EXP 8, MODE_HS, hlvx.wu, 4, 0x88776655
  mv s2, s1
  HLV_EXP 9, MODE_HS, hlv.d, 0, 0x8877665544332211
  /* HSV of each width, from HS */
  CHECK 10
  addi s2, s1, 8
  RUN MODE_HS
  li t1, 0x1111111111111111
  hsv.d t1, (s2)
  li t1, 0xa2
  addi t2, s2, 1
  hsv.b t1, (t2)
  li t1, 0xb3c4
  addi t2, s2, 2
  hsv.h t1, (t2)
  li t1, 0xd5e6f708
  addi t2, s2, 4
  hsv.w t1, (t2)
  END_RUN
  EXPECT_NO_TRAP
  ld t0, 8(s1)
  EXPECT t0, 0xd5e6f708b3c4a211
  /* M may use them too */
  mv s2, s1
  HLV_EXP 11, MODE_M, hlv.d, 0, 0x8877665544332211
  /* U with HU = 0: II; with HU = 1: allowed */
  TRAP_CASE 12, MODE_U, LVL_HS, 2, hlv.d t1, (s2)
  TRAP_CASE 13, MODE_U, LVL_HS, 2, hsv.w zero, (s2)
  TRAP_CASE 14, MODE_U, LVL_HS, 2, hlvx.hu t1, (s2)
  li t0, HSTATUS_HU
  csrs hstatus, t0
  HLV_EXP 15, MODE_U, hlv.w, 0, 0x44332211
  CHECK 16
  addi s2, s1, 8
  RUN MODE_U
  li t1, 0x77
  hsv.b t1, (s2)
  END_RUN
  EXPECT_NO_TRAP
  lbu t0, 8(s1)
  EXPECT t0, 0x77
  mv s2, s1
  /* VS and VU: VI whatever HU is */
  TRAP_CASE 17, MODE_VS, LVL_HS, 22, hlv.d t1, (s2)
  TRAP_CASE 18, MODE_VU, LVL_HS, 22, hsv.d zero, (s2)
  li t0, HSTATUS_HU
  csrc hstatus, t0
  TRAP_CASE 19, MODE_VS, LVL_HS, 22, hlvx.wu t1, (s2)
  TRAP_CASE 20, MODE_VU, LVL_HS, 22, hlv.hu t1, (s2)

#ifndef ON_QEMU /* QEMU performs misaligned accesses; no GVA checks there */
  /* faults: tval = the address, GVA = 1, from HS to HS */
  li t0, (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7)
  csrw medeleg, t0
  CHECK 30
  addi s2, s1, 2
  RUN MODE_HS
1:
  hlv.w t1, (s2)
  END_RUN
  EXPECT_TRAP LVL_HS, 4
  EXPECT_EPC 1b
  TREC t5, TR_TVAL
  EXPECT_R t5, s2
  EXPECT_FIELD TR_HSTATUS, HSTATUS_GVA, HSTATUS_GVA
  CHECK 31
  RUN MODE_HS
  hsv.d zero, (s2)
  END_RUN
  EXPECT_TRAP LVL_HS, 6
  EXPECT_FIELD TR_HSTATUS, HSTATUS_GVA, HSTATUS_GVA
  CHECK 32
  li s2, 0x70000000
  RUN MODE_HS
  hlv.d t1, (s2)
  END_RUN
  EXPECT_TRAP LVL_HS, 5
  EXPECT_TVAL 0x70000000
  EXPECT_FIELD TR_HSTATUS, HSTATUS_GVA, HSTATUS_GVA
  CHECK 33
  RUN MODE_HS
  hsv.w zero, (s2)
  END_RUN
  EXPECT_TRAP LVL_HS, 7
  EXPECT_FIELD TR_HSTATUS, HSTATUS_GVA, HSTATUS_GVA
  /* an ordinary load fault from HS: GVA = 0 */
  CHECK 34
  RUN MODE_HS
  ld t1, 0(s2)
  END_RUN
  EXPECT_TRAP LVL_HS, 5
  EXPECT_FIELD TR_HSTATUS, HSTATUS_GVA, 0
  /* an HLV fault does not change SPVP (the trap is from V = 0) */
  CHECK 35
  li t0, HSTATUS_SPVP
  csrs hstatus, t0
  RUN MODE_HS
  hlv.d t1, (s2)
  END_RUN
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPVP, HSTATUS_SPVP
#endif

  csrw medeleg, zero
  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .data
  .align 4
buf: .space 32
result: .dword 0
