/* Virtual-instruction exceptions (hypervisor.adoc "Trap Cause Codes";
 * ../shared/spec/virtual-instruction.md section 3, the master table): every
 * cause-22 row run in VS and in VU, trapping to HS (medeleg[22]) with
 * scause 22, sepc = the instruction, stval = its bits (mtval_insn on); and
 * the matching cause-2 rows (medeleg[2], hedeleg[2] = 0: also to HS), and
 * the rows where the instruction simply runs. */
#include "test.h"
  .option arch, +h
  TEST_NAME vi_cases
  .text

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  li t0, (1 << 22) | (1 << 2)
  csrw medeleg, t0
  csrw hedeleg, zero
  li t0, -1
  csrw mcounteren, t0
  csrw hcounteren, zero
  csrw scounteren, zero
  la s1, scratch            /* a valid address for HLV/HSV */

  /* ---- VS ---- */
  /* counters: mcounteren.X = 1, hcounteren.X = 0 -> VI */
  VI 1, MODE_VS, csrr t0, cycle
  VI 2, MODE_VS, csrr t0, time
  VI 3, MODE_VS, csrr t0, instret
  VI 4, MODE_VS, csrr t0, hpmcounter3
  /* mcounteren.X = 0 -> II whatever hcounteren says */
  li t0, -1
  csrw hcounteren, t0
  csrw mcounteren, zero
  II 5, MODE_VS, csrr t0, cycle
  II 6, MODE_VS, csrr t0, time
  li t0, -1
  csrw mcounteren, t0
  /* all enabled: the read runs; scounteren does not matter in VS */
  OK_CASE 7, MODE_VS, csrr t0, cycle
  OK_CASE 8, MODE_VS, csrr t0, instret
  /* a write to a read-only counter is not HS-qualified -> II */
  II 9, MODE_VS, csrw cycle, zero
  II 10, MODE_VS, csrrs t0, time, s1
  /* high halves do not exist on RV64 -> II */
  II 11, MODE_VS, csrr t0, 0xC80
  csrw hcounteren, zero
  /* hypervisor instructions -> VI */
  VI 12, MODE_VS, hlv.d t0, (s1)
  VI 13, MODE_VS, hlv.bu t0, (s1)
  VI 14, MODE_VS, hlvx.wu t0, (s1)
  VI 15, MODE_VS, hsv.w zero, (s1)
  VI 16, MODE_VS, hfence.vvma
  VI 17, MODE_VS, hfence.gvma
  /* hypervisor CSRs and VS CSRs by their own address -> VI */
  VI 18, MODE_VS, csrr t0, hstatus
  VI 19, MODE_VS, csrw hvip, zero
  VI 20, MODE_VS, csrr t0, hgeip
  VI 21, MODE_VS, csrr t0, vsstatus
  VI 22, MODE_VS, csrw vsscratch, zero
  VI 23, MODE_VS, csrr t0, hgatp
  /* hgeip is read-only: a write is not HS-qualified -> II */
  II 24, MODE_VS, csrw hgeip, zero
  /* hgatp with mstatus.TVM = 1: still VI (TVM is taken as 0) */
  li t0, MSTATUS_TVM
  csrs mstatus, t0
  VI 25, MODE_VS, csrr t0, hgatp
  VI 26, MODE_VS, hfence.gvma
  /* TVM does not apply in VS: satp (vsatp) and SFENCE.VMA run */
  OK_CASE 27, MODE_VS, csrr t0, satp
  OK_CASE 28, MODE_VS, sfence.vma
  li t0, MSTATUS_TVM
  csrc mstatus, t0
  /* VTVM: satp and SFENCE.VMA -> VI */
  li t0, HSTATUS_VTVM
  csrs hstatus, t0
  VI 29, MODE_VS, csrr t0, satp
  VI 30, MODE_VS, csrw satp, zero
  VI 31, MODE_VS, sfence.vma
  VI 32, MODE_VS, sfence.vma t0, t1
  OK_CASE 33, MODE_VS, csrr t0, sscratch
  li t0, HSTATUS_VTVM
  csrc hstatus, t0
  /* VTW (TW = 0): WFI -> VI at once (WFI bound 0) */
  li t0, HSTATUS_VTW
  csrs hstatus, t0
  VI 34, MODE_VS, wfi
  /* TW = 1 wins over VTW: II */
  li t0, MSTATUS_TW
  csrs mstatus, t0
  II 35, MODE_VS, wfi
  li t0, MSTATUS_TW     /* the case macros use t0 */
  csrc mstatus, t0
  li t0, HSTATUS_VTW
  csrc hstatus, t0
  /* VTSR: SRET -> VI */
  li t0, HSTATUS_VTSR
  csrs hstatus, t0
  VI 36, MODE_VS, sret
  li t0, HSTATUS_VTSR
  csrc hstatus, t0
  /* TSR does not apply in VS: SRET returns (vsstatus.SPP = 1: stays VS) */
  li t0, MSTATUS_TSR
  csrs mstatus, t0
  CHECK 37
  li t0, MSTATUS_SPP
  csrs vsstatus, t0
  RUN MODE_VS
  la t0, 1f
  csrw sepc, t0             /* vsepc */
  sret
  j fail
1:
  END_RUN
  EXPECT_NO_TRAP
  li t0, MSTATUS_TSR
  csrc mstatus, t0
  /* M-level CSRs, MRET, a CSR that does not exist -> II */
  II 38, MODE_VS, csrr t0, mstatus
  II 39, MODE_VS, csrw mscratch, zero
  II 40, MODE_VS, mret
  II 41, MODE_VS, csrr t0, 0x5C0
  II 42, MODE_VS, csrr t0, mcycle
  /* ordinary S CSRs run in VS (substituted by the VS registers) */
  OK_CASE 43, MODE_VS, csrr t0, sstatus
  OK_CASE 44, MODE_VS, csrw sscratch, zero
  OK_CASE 45, MODE_VS, csrr t0, scounteren

  /* ---- VU ---- */
  /* counters: VI if hcounteren.X = 0 or scounteren.X = 0 (mcounteren.X = 1) */
  li t0, -1
  csrw mcounteren, t0
  csrw hcounteren, zero
  csrw scounteren, t0
  VI 50, MODE_VU, csrr t0, cycle
  VI 51, MODE_VU, csrr t0, time
  li t0, -1
  csrw hcounteren, t0
  csrw scounteren, zero
  VI 52, MODE_VU, csrr t0, cycle
  VI 53, MODE_VU, csrr t0, instret
  li t0, -1
  csrw scounteren, t0
  OK_CASE 54, MODE_VU, csrr t0, cycle
  OK_CASE 55, MODE_VU, csrr t0, time
  csrw mcounteren, zero
  II 56, MODE_VU, csrr t0, cycle
  li t0, -1
  csrw mcounteren, t0
  II 57, MODE_VU, csrw cycle, zero
  csrw hcounteren, zero
  csrw scounteren, zero
  /* hypervisor instructions -> VI, whatever hstatus.HU is */
  VI 58, MODE_VU, hlv.w t0, (s1)
  VI 59, MODE_VU, hsv.d zero, (s1)
  li t0, HSTATUS_HU
  csrs hstatus, t0
  VI 60, MODE_VU, hlvx.hu t0, (s1)
  VI 61, MODE_VU, hfence.vvma
  VI 62, MODE_VU, hfence.gvma
  li t0, HSTATUS_HU
  csrc hstatus, t0
  /* hypervisor and VS CSRs -> VI */
  VI 63, MODE_VU, csrr t0, hstatus
  VI 64, MODE_VU, csrr t0, vsstatus
  VI 65, MODE_VU, csrw hedeleg, zero
  II 66, MODE_VU, csrw hgeip, zero
  /* supervisor instructions and CSRs -> VI */
  VI 67, MODE_VU, sret
  VI 68, MODE_VU, sfence.vma
  VI 69, MODE_VU, csrr t0, sstatus
  VI 70, MODE_VU, csrr t0, satp
  VI 71, MODE_VU, csrw sscratch, zero
  VI 72, MODE_VU, csrr t0, sip
  VI 73, MODE_VU, csrr t0, scounteren
  /* WFI: TW = 0 -> VI at once; TW = 1 -> II */
  VI 74, MODE_VU, wfi
  li t0, MSTATUS_TW
  csrs mstatus, t0
  II 75, MODE_VU, wfi
  li t0, MSTATUS_TW
  csrc mstatus, t0
  /* not HS-qualified -> II */
  II 76, MODE_VU, csrr t0, mstatus
  II 77, MODE_VU, mret
  II 78, MODE_VU, csrr t0, 0x5C0
  II 79, MODE_VU, csrr t0, 0xC80
  /* ECALL from VU is cause 8, from VS cause 10 (never 22) */
  CHECK 80
  li t0, (1 << 22) | (1 << 2) | (1 << 8)
  csrw medeleg, t0
  RUN MODE_VU
1:
  ecall
  END_RUN
  EXPECT_TRAP LVL_HS, 8
  EXPECT_EPC 1b

  /* ---- the same instructions in U (V = 0): II, never VI ---- */
  li t0, (1 << 22) | (1 << 2)
  csrw medeleg, t0
  II 90, MODE_U, csrr t0, hstatus
  II 91, MODE_U, sret
  II 92, MODE_U, csrr t0, sstatus
  II 93, MODE_U, hfence.vvma
  II 94, MODE_U, wfi
  II 95, MODE_U, hlv.d t0, (s1)

  csrw medeleg, zero
  csrw mcounteren, zero
  csrw hcounteren, zero
  csrw scounteren, zero
  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .data
  .align 4
scratch: .space 16
