/* Trap delegation (priv machine.adoc "Machine Trap Delegation", hypervisor.adoc
 * "Hypervisor Trap Delegation", "Trap Entry"; traps.md 1.1, 2): medeleg sends
 * exceptions from U/HS (and VS/VU) to HS, hedeleg sends them on from VS/VU to
 * VS; the target writes its cause, epc, tval and the previous-mode bits
 * (MPP/MPV, SPP/SPV/SPVP, vsstatus.SPP). Also the WARL masks of the delegation
 * registers (gen/INTERFACE.md 10). */
#include "test.h"
  .option arch, +h
  TEST_NAME deleg
  .text
  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)

  /* the delegation registers' writable bits (gen/INTERFACE.md 10).
     QEMU 7.2 differs: medeleg[11] writable (spec: read-only 0), no bits
     18/19 in medeleg/hedeleg, mideleg[13] (LCOFI) writable. */
#ifndef ON_QEMU
  CHECK 1
  li t0, -1
  csrw medeleg, t0
  csrr t1, medeleg
  EXPECT t1, 0xFCB7FF
  CHECK 2
  csrw hedeleg, t0
  csrr t1, hedeleg
  EXPECT t1, 0xCB1FF       /* 9-11, 16, 20-23 read-only 0 */
  CHECK 3
  csrw mideleg, t0
  csrr t1, mideleg
  EXPECT t1, 0x1666
  csrw mideleg, zero
  csrr t1, mideleg
  EXPECT t1, 0x1444        /* VSSI, VSTI, VSEI, SGEI read-only 1 */
#endif
  CHECK 4
  li t0, -1
  csrw hideleg, t0
  csrr t1, hideleg
  EXPECT t1, 0x444
  csrw hideleg, zero
  csrw mideleg, zero
  csrw medeleg, zero
  csrw hedeleg, zero

  /* ECALL from U, not delegated: M, cause 8, MPP = U */
  CHECK 5
  RUN MODE_U
u_ecall1: ecall
  END_RUN
  EXPECT_TRAP LVL_M, 8
  EXPECT_EPC u_ecall1
  EXPECT_TVAL 0
  EXPECT_FIELD TR_STATUS, MSTATUS_MPP|MSTATUS_MPV, 0

  /* medeleg[8]: ECALL from U goes to HS, SPP = 0, SPV = 0 */
  CHECK 6
  li t0, 1 << 8
  csrw medeleg, t0
  RUN MODE_U
u_ecall2: ecall
  END_RUN
  EXPECT_TRAP LVL_HS, 8
  EXPECT_EPC u_ecall2
  EXPECT_FIELD TR_STATUS, MSTATUS_SPP, 0
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPV, 0

  /* ECALL from HS (medeleg[9] = 0): M, cause 9, MPP = S */
  CHECK 7
  RUN MODE_HS
hs_ecall: ecall
  END_RUN
  EXPECT_TRAP LVL_M, 9
  EXPECT_EPC hs_ecall
  EXPECT_FIELD TR_STATUS, MSTATUS_MPP|MSTATUS_MPV, (1 << 11)

  /* illegal instruction in HS, not delegated: M, tval = the instruction */
  CHECK 8
  csrw medeleg, zero
  RUN MODE_HS
hs_ill1: csrr t0, mstatus
  END_RUN
  EXPECT_TRAP LVL_M, 2
  EXPECT_EPC hs_ill1
  EXPECT_TVAL_INSN hs_ill1

  /* medeleg[2]: the same from HS lands in HS (horizontal), SPP = 1 */
  CHECK 9
  li t0, 1 << 2
  csrw medeleg, t0
  RUN MODE_HS
hs_ill2: csrr t0, mscratch
  END_RUN
  EXPECT_TRAP LVL_HS, 2
  EXPECT_EPC hs_ill2
  EXPECT_TVAL_INSN hs_ill2
  EXPECT_FIELD TR_STATUS, MSTATUS_SPP, MSTATUS_SPP

  /* and from U: HS, SPP = 0 */
  CHECK 10
  RUN MODE_U
u_ill: csrr t0, sstatus
  END_RUN
  EXPECT_TRAP LVL_HS, 2
  EXPECT_EPC u_ill
  EXPECT_TVAL_INSN u_ill
  EXPECT_FIELD TR_STATUS, MSTATUS_SPP, 0

  /* EBREAK from U with medeleg[3]: HS, stval = the pc */
  CHECK 11
  li t0, 1 << 3
  csrw medeleg, t0
  RUN MODE_U
u_ebreak: ebreak
  END_RUN
  EXPECT_TRAP LVL_HS, 3
  EXPECT_EPC u_ebreak
#ifndef ON_QEMU /* EBREAK's stval: the pc here (INTERFACE.md 11); QEMU writes 0 (also legal) */
  TREC t5, TR_TVAL
  la t6, u_ebreak
  EXPECT_R t5, t6
#endif

  /* ECALL from VS, not delegated: M, cause 10, MPV = 1, MPP = S */
  CHECK 12
  csrw medeleg, zero
  RUN MODE_VS
vs_ecall1: ecall
  END_RUN
  EXPECT_TRAP LVL_M, 10
  EXPECT_EPC vs_ecall1
  EXPECT_FIELD TR_STATUS, MSTATUS_MPP|MSTATUS_MPV, MSTATUS_MPV|(1 << 11)

  /* medeleg[10]: HS, SPV = 1, SPVP = 1, SPP = 1 */
  CHECK 13
  li t0, 1 << 10
  csrw medeleg, t0
  li t1, HSTATUS_SPVP
  csrc hstatus, t1
  RUN MODE_VS
vs_ecall2: ecall
  END_RUN
  EXPECT_TRAP LVL_HS, 10
  EXPECT_EPC vs_ecall2
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPV|HSTATUS_SPVP, HSTATUS_SPV|HSTATUS_SPVP
  EXPECT_FIELD TR_STATUS, MSTATUS_SPP, MSTATUS_SPP

  /* ECALL from VU, medeleg[8], hedeleg[8] = 0: HS, SPV = 1, SPVP = 0, SPP = 0 */
  CHECK 14
  li t0, 1 << 8
  csrw medeleg, t0
  li t1, HSTATUS_SPVP
  csrs hstatus, t1
  RUN MODE_VU
vu_ecall1: ecall
  END_RUN
  EXPECT_TRAP LVL_HS, 8
  EXPECT_EPC vu_ecall1
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPV|HSTATUS_SPVP, HSTATUS_SPV
  EXPECT_FIELD TR_STATUS, MSTATUS_SPP, 0

  /* hedeleg[8] too: VS, vscause 8, vsstatus.SPP = 0; hstatus untouched */
  CHECK 15
  li t0, 1 << 8
  csrw hedeleg, t0
  li t1, MSTATUS_SPP
  csrs vsstatus, t1
  li t1, HSTATUS_SPV
  csrc hstatus, t1
  RUN MODE_VU
vu_ecall2: ecall
  END_RUN
  EXPECT_TRAP LVL_VS, 8
  EXPECT_EPC vu_ecall2
  EXPECT_FIELD TR_STATUS, MSTATUS_SPP, 0
  /* the VS trap itself did not write hstatus.SPV; the VS vector's ECALL
     from VS went to M (medeleg[10] = 0) */

  /* illegal instruction in VS, medeleg[2] and hedeleg[2]: VS, vstval = insn */
  CHECK 16
  li t0, 1 << 2
  csrw medeleg, t0
  csrw hedeleg, t0
  RUN MODE_VS
vs_ill1: csrr t0, mstatus
  END_RUN
#ifndef ON_QEMU /* QEMU 7.2 writes vscause 1: it "translates" exception 2 like the VSSI interrupt */
  EXPECT_TRAP LVL_VS, 2
#endif
  EXPECT_EPC vs_ill1
  EXPECT_TVAL_INSN vs_ill1
  EXPECT_FIELD TR_STATUS, MSTATUS_SPP, MSTATUS_SPP

  /* hedeleg[2] but not medeleg[2]: M */
  CHECK 17
  csrw medeleg, zero
  RUN MODE_VS
vs_ill2: csrr t0, mstatus
  END_RUN
  EXPECT_TRAP LVL_M, 2
  EXPECT_EPC vs_ill2
  EXPECT_TVAL_INSN vs_ill2

  /* a virtual-instruction exception cannot go to VS: medeleg[22] -> HS */
  CHECK 18
  li t0, (1 << 22)
  csrw medeleg, t0
  li t0, -1
  csrw hedeleg, t0          /* bit 22 stays 0 */
  RUN MODE_VS
vs_vi: csrr t0, hstatus
  END_RUN
  EXPECT_TRAP LVL_HS, 22
  EXPECT_EPC vs_vi
  EXPECT_TVAL_INSN vs_vi
  csrw hedeleg, zero

#ifndef ON_QEMU /* QEMU performs misaligned accesses (legal); the core traps (PIPELINE.md 7.2) */
  /* misaligned load from HS, medeleg[4]: HS, stval = address, GVA = 0 */
  CHECK 19
  li t0, 1 << 4
  csrw medeleg, t0
  la s1, scratch
  addi s1, s1, 1
  RUN MODE_HS
hs_mis: lh t0, 0(s1)
  END_RUN
  EXPECT_TRAP LVL_HS, 4
  EXPECT_EPC hs_mis
  TREC t5, TR_TVAL
  EXPECT_R t5, s1
  EXPECT_FIELD TR_HSTATUS, HSTATUS_GVA, 0

  /* from VS, hedeleg[4] = 0: HS with GVA = 1 (a guest virtual address) */
  CHECK 20
  RUN MODE_VS
vs_mis1: lw t0, 0(s1)
  END_RUN
  EXPECT_TRAP LVL_HS, 4
  EXPECT_EPC vs_mis1
  TREC t5, TR_TVAL
  EXPECT_R t5, s1
  EXPECT_FIELD TR_HSTATUS, HSTATUS_GVA|HSTATUS_SPV, HSTATUS_GVA|HSTATUS_SPV

  /* hedeleg[4]: VS, vstval = address */
  CHECK 21
  li t0, 1 << 4
  csrw hedeleg, t0
  RUN MODE_VS
vs_mis2: ld t0, 0(s1)
  END_RUN
  EXPECT_TRAP LVL_VS, 4
  EXPECT_EPC vs_mis2
  TREC t5, TR_TVAL
  EXPECT_R t5, s1

  /* a misaligned store from M goes to M even with medeleg[6] */
  CHECK 22
  li t0, 1 << 6
  csrw medeleg, t0
  RUN MODE_M
m_mis: sw zero, 0(s1)
  END_RUN
  EXPECT_TRAP LVL_M, 6
  EXPECT_EPC m_mis
  TREC t5, TR_TVAL
  EXPECT_R t5, s1
  EXPECT_FIELD TR_STATUS, MSTATUS_MPP, MSTATUS_MPP
#endif

  csrw medeleg, zero
  csrw hedeleg, zero
  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .data
  .align 4
scratch: .space 16
