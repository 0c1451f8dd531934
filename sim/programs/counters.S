/* Zicntr counters under mcounteren / hcounteren / scounteren (priv
 * machine.adoc "Machine Counter-Enable", supervisor.adoc "Counter-Enable",
 * hypervisor.adoc "Hypervisor Counter-Enable", "htimedelta";
 * virtual-instruction.md 4.1; gen/INTERFACE.md 8). II = cause 2, VI = 22,
 * both delegated to HS. */
#include "test.h"
  .option arch, +h
  TEST_NAME counters
  .text

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  /* M reads every counter whatever the enables */
  csrw mcounteren, zero
  csrw mcountinhibit, zero
  CHECK 1
  csrr t0, cycle
  csrr t1, cycle
  bgtu t1, t0, 1f
  j fail
1:
  /* instret: the reading instruction itself is not counted */
#ifndef ON_QEMU /* QEMU (TCG without icount) does not count instret exactly */
  CHECK 2
  csrr t0, instret
  nop
  csrr t1, instret
  sub t1, t1, t0
  EXPECT t1, 2
  CHECK 3
  csrr t0, minstret
  csrr t1, instret
  sub t1, t1, t0
  EXPECT t1, 1
#endif
#ifndef ON_QEMU /* QEMU's spike machine has no time CSR (no rdtime source) */
  /* time = the CLINT's mtime */
  CHECK 4
  li s1, CLINT_BASE + CLINT_MTIME
  ld t0, 0(s1)
  csrr t1, time
  ld t2, 0(s1)
  bltu t1, t0, 2f
  bltu t2, t1, 2f
  j 1f
2:
  j fail
1:
#endif
#ifndef ON_QEMU /* QEMU (TCG) counters are not exact: check 5 differs there */
  /* mcountinhibit stops mcycle and minstret */
  CHECK 5
  li t0, 5
  csrw mcountinhibit, t0
  csrr t0, cycle
  csrr t1, instret
  nop
  csrr t2, cycle
  csrr t3, instret
  csrw mcountinhibit, zero
  EXPECT_R t0, t2
  EXPECT_R t1, t3
#endif
  /* writes to mcycle / minstret */
  CHECK 6
  li t0, 1
  csrw mcountinhibit, t0
  li t0, 0x123456789
  csrw mcycle, t0
  csrr t1, cycle
  csrw mcountinhibit, zero
  EXPECT t1, 0x123456789
  /* a write to a read-only counter address is II even in M */
  CHECK 7
  csrw medeleg, zero
  RUN MODE_M
1:
  csrw cycle, zero
  END_RUN
  EXPECT_TRAP LVL_M, 2
  EXPECT_EPC 1b
  /* implemented hpmcounter3 reads; an unimplemented mhpmcounter reads 0 */
  CHECK 8
  csrr t0, mhpmcounter10
  EXPECT t0, 0

  li t0, (1 << 22) | (1 << 2)
  csrw medeleg, t0
  csrw hedeleg, zero
  /* HS: mcounteren alone */
  csrw scounteren, zero
  csrw hcounteren, zero
  II 10, MODE_HS, csrr t0, cycle
  II 11, MODE_HS, csrr t0, instret
  li t0, 1
  csrw mcounteren, t0
  OK_CASE 12, MODE_HS, csrr t0, cycle
  II 13, MODE_HS, csrr t0, instret
  /* U: mcounteren and scounteren */
  II 14, MODE_U, csrr t0, cycle
  li t0, 1
  csrw scounteren, t0
  OK_CASE 15, MODE_U, csrr t0, cycle
  csrw mcounteren, zero
  II 16, MODE_U, csrr t0, cycle
  /* VS: mcounteren 0 -> II; hcounteren 0 -> VI; both -> OK */
  li t0, -1
  csrw scounteren, zero
  csrw hcounteren, t0
  csrw mcounteren, zero
  II 20, MODE_VS, csrr t0, instret
  li t0, -1
  csrw mcounteren, t0
  csrw hcounteren, zero
  VI 21, MODE_VS, csrr t0, instret
  VI 22, MODE_VS, csrr t0, hpmcounter3
  li t0, 4
  csrw hcounteren, t0
  OK_CASE 23, MODE_VS, csrr t0, instret
  VI 24, MODE_VS, csrr t0, cycle
  /* VU: all three */
  li t0, 4
  csrw scounteren, zero
  VI 30, MODE_VU, csrr t0, instret
  li t0, 4
  csrw scounteren, t0
  OK_CASE 31, MODE_VU, csrr t0, instret
  csrw hcounteren, zero
  VI 32, MODE_VU, csrr t0, instret
  li t0, 4
  csrw hcounteren, t0
  csrw mcounteren, zero
  II 33, MODE_VU, csrr t0, instret
  /* U (V = 0) ignores hcounteren */
  li t0, -1
  csrw mcounteren, t0
  csrw scounteren, t0
  csrw hcounteren, zero
  OK_CASE 34, MODE_U, csrr t0, instret

#ifndef ON_QEMU
  /* time in VS = mtime + htimedelta */
  CHECK 40
  li t0, -1
  csrw hcounteren, t0
  li t0, 1
  slli t0, t0, 40
  csrw htimedelta, t0
  RUN MODE_VS
  csrr t1, time
  la t0, result
  sd t1, 0(t0)
  END_RUN
  EXPECT_NO_TRAP
  li s1, CLINT_BASE + CLINT_MTIME
  ld t2, 0(s1)
  la t0, result
  ld t1, 0(t0)
  li t0, 1
  slli t0, t0, 40
  sub t1, t1, t0            /* = mtime when it was read, < mtime now */
  bltu t1, t2, 1f
  j fail
1:
  csrw htimedelta, zero
#endif

  csrw medeleg, zero
  csrw mcounteren, zero
  csrw hcounteren, zero
  csrw scounteren, zero
  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .bss
  .align 3
result: .dword 0
