/* MRET/SRET and the V bit (hypervisor.adoc "Trap Return", machine.adoc
 * "Trap-Return Instructions"; traps.md 4): MRET goes to MPP/MPV and clears
 * MPV, MPP <- U, MIE <- MPIE, MPIE <- 1; SRET with V = 0 goes to SPP/SPV and
 * clears SPV and SPP; SRET with V = 1 uses vsstatus; SPVP is written only by
 * traps into HS from V = 1. The mode reached is told by the ECALL cause
 * (8 U/VU, 9 HS, 10 VS, 11 M) and mstatus.MPV at the M trap. */
#include "test.h"
  .option arch, +h
  TEST_NAME xret_v
  .text

.macro SET csr, bits
  li t0, \bits
  csrs \csr, t0
.endm
.macro CLR csr, bits
  li t0, \bits
  csrc \csr, t0
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  csrw medeleg, zero
  csrw hedeleg, zero

  /* MRET to each mode */
  CHECK 1
  RUN MODE_VS
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 10
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV|MSTATUS_MPP, MSTATUS_MPV|(1 << 11)
  CHECK 2
  RUN MODE_VU
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 8
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV|MSTATUS_MPP, MSTATUS_MPV
  CHECK 3
  RUN MODE_HS
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 9
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV|MSTATUS_MPP, (1 << 11)
  CHECK 4
  RUN MODE_U
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 8
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV|MSTATUS_MPP, 0

  /* MRET with MPP = M and MPV = 1: stays in M, V = 0, MPV <- 0, MPP <- U,
     MIE <- MPIE (1), MPIE <- 1 */
  CHECK 5
  SET mstatus, MSTATUS_MPIE
  RUN MODE_M | 4
  csrr t1, mstatus
  la t0, result
  sd t1, 0(t0)
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 11
  la t0, result
  ld t1, 0(t0)
  li t2, MSTATUS_MPV|MSTATUS_MPP|MSTATUS_MIE|MSTATUS_MPIE
  and t1, t1, t2
  EXPECT t1, MSTATUS_MIE|MSTATUS_MPIE
  /* the ECALL from M with MIE = 1: MPIE <- 1, MIE <- 0 */
  EXPECT_FIELD TR_STATUS, MSTATUS_MIE|MSTATUS_MPIE, MSTATUS_MPIE

  /* MRET to VS with MPIE = 0: MIE stays 0 */
  CHECK 6
  CLR mstatus, MSTATUS_MPIE
  RUN MODE_VS
  ecall
  END_RUN
  EXPECT_FIELD TR_STATUS, MSTATUS_MIE|MSTATUS_MPIE, 0

  /* SRET from HS (V = 0) to each mode by SPV/SPP; SPV, SPP <- 0 after */
.macro SRET_FROM_HS n, spv, spp, cause, mpv
  CHECK \n
  CLR hstatus, HSTATUS_SPV
  CLR mstatus, MSTATUS_SPP
  SET hstatus, \spv
  SET mstatus, \spp
  RUN MODE_HS
  la t0, 1f
  csrw sepc, t0
  sret
  j fail
1:
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, \cause
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV|MSTATUS_SPP, \mpv
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPV, 0
  EXPECT_EPC 1b
.endm
  SRET_FROM_HS 7, HSTATUS_SPV, MSTATUS_SPP, 10, MSTATUS_MPV
  SRET_FROM_HS 8, HSTATUS_SPV, 0, 8, MSTATUS_MPV
  SRET_FROM_HS 9, 0, MSTATUS_SPP, 9, 0
  SRET_FROM_HS 10, 0, 0, 8, 0

  /* SRET: SIE <- SPIE, SPIE <- 1 */
  CHECK 11
  CLR mstatus, MSTATUS_SIE
  SET mstatus, MSTATUS_SPIE|MSTATUS_SPP
  RUN MODE_HS
  la t0, 1f
  csrw sepc, t0
  sret
1:
  csrr t1, sstatus
  la t0, result
  sd t1, 0(t0)
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 9
  la t0, result
  ld t1, 0(t0)
  andi t1, t1, MSTATUS_SIE|MSTATUS_SPIE|MSTATUS_SPP
  EXPECT t1, MSTATUS_SIE|MSTATUS_SPIE
  CLR mstatus, MSTATUS_SIE

  /* SRET in M (V = 0) also follows hstatus.SPV */
  CHECK 12
  SET hstatus, HSTATUS_SPV
  SET mstatus, MSTATUS_SPP
  RUN MODE_M
  la t0, 1f
  csrw sepc, t0
  sret
1:
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 10
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPV, 0

  /* SRET in VS uses vsstatus.SPP and vsepc; hstatus.SPV is not touched */
  CHECK 13
  SET hstatus, HSTATUS_SPV
  CLR vsstatus, MSTATUS_SPP
  RUN MODE_VS
  la t0, 1f
  csrw sepc, t0            /* vsepc */
  sret
  j fail
1:
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 8
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV, MSTATUS_MPV
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPV, HSTATUS_SPV
  EXPECT_EPC 1b
  CHECK 14
  SET vsstatus, MSTATUS_SPP
  RUN MODE_VS
  la t0, 1f
  csrw sepc, t0
  sret
1:
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 10
  /* and it cleared vsstatus.SPP, SIE <- SPIE, SPIE <- 1 */
  CHECK 15
  CLR vsstatus, MSTATUS_SIE
  SET vsstatus, MSTATUS_SPP|MSTATUS_SPIE
  RUN MODE_VS
  la t0, 1f
  csrw sepc, t0
  sret
1:
  csrr t1, sstatus         /* vsstatus */
  la t0, result
  sd t1, 0(t0)
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 10
  la t0, result
  ld t1, 0(t0)
  andi t1, t1, MSTATUS_SIE|MSTATUS_SPIE|MSTATUS_SPP
  EXPECT t1, MSTATUS_SIE|MSTATUS_SPIE
  CLR vsstatus, MSTATUS_SIE
  /* ... and did not touch the HS-level sstatus (mstatus.SPP stays 1) */
  CHECK 16
  SET mstatus, MSTATUS_SPP
  RUN MODE_VS
  la t0, 1f
  csrw sepc, t0
  sret
1:
  ecall
  END_RUN
  EXPECT_FIELD TR_STATUS, MSTATUS_SPP, MSTATUS_SPP

  /* SPVP: a trap into HS from VU writes 0, from VS 1; from U it is kept */
  li t0, 1 << 8
  csrw medeleg, t0
  CHECK 17
  SET hstatus, HSTATUS_SPVP
  RUN MODE_VU
  ecall
  END_RUN
  EXPECT_TRAP LVL_HS, 8
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPVP|HSTATUS_SPV, HSTATUS_SPV
  CHECK 18
  SET hstatus, HSTATUS_SPVP
  RUN MODE_U
  ecall
  END_RUN
  EXPECT_TRAP LVL_HS, 8
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPVP|HSTATUS_SPV, HSTATUS_SPVP
  CHECK 19
  CLR hstatus, HSTATUS_SPVP
  RUN MODE_U
  ecall
  END_RUN
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPVP, 0
  /* SRET does not change SPVP */
  CHECK 20
  csrw medeleg, zero
  SET hstatus, HSTATUS_SPVP|HSTATUS_SPV
  CLR mstatus, MSTATUS_SPP
  RUN MODE_HS
  la t0, 1f
  csrw sepc, t0
  sret
1:
  ecall
  END_RUN
  EXPECT_TRAP LVL_M, 8
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPVP|HSTATUS_SPV, HSTATUS_SPVP
  /* a trap into M does not touch hstatus.SPV / SPVP; it writes MPV */
  CHECK 21
  CLR hstatus, HSTATUS_SPVP|HSTATUS_SPV
  RUN MODE_VS
  ecall
  END_RUN
  EXPECT_FIELD TR_HSTATUS, HSTATUS_SPVP|HSTATUS_SPV, 0
  /* MRET cleared MPV: after the trap from HS it reads 0 */
  CHECK 22
  RUN MODE_HS
  ecall
  END_RUN
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV, 0

  /* the trap into VS: vsstatus.SPP, SPIE <- SIE, SIE <- 0 */
  CHECK 23
  li t0, 1 << 8
  csrw medeleg, t0
  csrw hedeleg, t0
  SET vsstatus, MSTATUS_SIE|MSTATUS_SPP
  CLR vsstatus, MSTATUS_SPIE
  RUN MODE_VU
  ecall
  END_RUN
  EXPECT_TRAP LVL_VS, 8
  EXPECT_FIELD TR_STATUS, MSTATUS_SIE|MSTATUS_SPIE|MSTATUS_SPP, MSTATUS_SPIE

  csrw medeleg, zero
  csrw hedeleg, zero
  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .bss
  .align 3
result: .dword 0
