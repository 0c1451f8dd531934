/* WFI (priv machine.adoc "Wait for Interrupt", "Virtualization Support in
 * mstatus" TW; hypervisor.adoc hstatus.VTW; ../shared/spec/wfi.md;
 * gen/INTERFACE.md 7 with WFI bound 0): a WFI that would trap traps at once
 * (II for TW = 1 and in U, VI in VU and in VS with VTW = 1); otherwise it
 * waits until an interrupt is pending and locally enabled (mip & mie),
 * whatever the global enables. Every waiting WFI here is bounded by the
 * CLINT timer (mtimecmp). */
#include "test.h"
  .option arch, +h
  TEST_NAME wfi
  .text

/* the wake-up delay of the waiting WFIs: mtime ticks once per cycle on the
   vitrap SoC; QEMU's mtime runs at 10 MHz of host time */
#ifdef ON_QEMU
#define WAKE 20000
#else
#define WAKE 300
#endif

/* mtimecmp = mtime + d (uses t0, t1) */
.macro TIMER_IN d
  li t0, CLINT_BASE + CLINT_MTIME
  ld t1, 0(t0)
  li t2, \d
  add t1, t1, t2
  li t0, CLINT_BASE + CLINT_MTIMECMP
  sd t1, 0(t0)
.endm
.macro TIMER_OFF
  li t0, CLINT_BASE + CLINT_MTIMECMP
  li t1, -1
  sd t1, 0(t0)
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  csrw medeleg, zero
  csrw mideleg, zero
  csrw mie, zero
  TIMER_OFF

  /* M: WFI woken by the CLINT timer with MIE = 0 and MTIE = 1; it retires,
     no trap (the interrupt is not globally enabled in M) */
  CHECK 1
  li t0, MSTATUS_MIE
  csrc mstatus, t0
  li t0, 1 << 7
  csrw mie, t0
  TIMER_IN 200
  wfi
  csrr t2, mip
  andi t2, t2, 1 << 7
  EXPECT t2, 1 << 7
  TIMER_OFF
  nop                 /* PIPELINE.md revision 4: MTIP leaves mip one cycle after the CLINT's compare */
  csrr t2, mip
  andi t2, t2, 1 << 7
  EXPECT t2, 0
  csrw mie, zero

#ifndef ON_QEMU /* QEMU's spike machine has no PLIC and no test device */
  /* M: WFI woken by the test device through the PLIC (context 0, MEIE);
     the timer is the safety net */
  CHECK 2
  li s1, PLIC_BASE
  li t0, 1
  sw t0, 4 * 3(s1)          /* priority of source 3 = 1 */
  li t0, 1 << 3
  li t1, PLIC_BASE + PLIC_ENABLE0
  sw t0, 0(t1)
  li t1, PLIC_BASE + PLIC_THRESH0
  sw zero, 0(t1)
  li s2, TDEV_BASE
  li t0, 1 << 3
  sw t0, TDEV_ARM_LINES(s2)
  li t0, 50
  sw t0, TDEV_COUNTDOWN(s2)
  li t0, (1 << 11) | (1 << 7)
  csrw mie, t0
  TIMER_IN 5000
  wfi
  csrr t2, mip
  li t3, 1 << 11
  and t2, t2, t3
  EXPECT t2, 1 << 11        /* MEIP, not the timer, woke it */
  TIMER_OFF
  li t1, PLIC_BASE + PLIC_CLAIM0
  lw t2, 0(t1)
  EXPECT t2, 3
  sw zero, TDEV_LINES(s2)
  sw zero, TDEV_ARM_LINES(s2)
  sw t2, 0(t1)              /* complete */
  csrr t2, mip
  li t3, 1 << 11
  and t2, t2, t3
  EXPECT t2, 0
  csrw mie, zero
#endif

  /* TW = 1: WFI below M is II at once (bound 0) */
  li t0, MSTATUS_TW
  csrs mstatus, t0
  TRAP_CASE 10, MODE_HS, LVL_M, 2, wfi
  TRAP_CASE 11, MODE_U, LVL_M, 2, wfi
  TRAP_CASE 12, MODE_VS, LVL_M, 2, wfi
  TRAP_CASE 13, MODE_VU, LVL_M, 2, wfi
  li t0, HSTATUS_VTW
  csrs hstatus, t0
  TRAP_CASE 14, MODE_VS, LVL_M, 2, wfi     /* TW wins over VTW */
  /* TW = 1 traps even with an interrupt pending and locally enabled but
     globally disabled (SSIP delegated to HS, SIE = 0 in HS) */
  li t0, 1 << 1
  csrw mideleg, t0
  csrw mie, t0
  csrs mip, t0
  li t0, MSTATUS_SIE
  csrc mstatus, t0
  TRAP_CASE 15, MODE_HS, LVL_M, 2, wfi
  li t0, MSTATUS_TW
  csrc mstatus, t0
  /* TW = 0: the same WFI in HS wakes at once and retires */
  OK_CASE 16, MODE_HS, wfi
  li t0, 1 << 1
  csrc mip, t0
  csrw mie, zero
  csrw mideleg, zero

  /* TW = 0: U is II, VU is VI, VS with VTW = 1 is VI */
  TRAP_CASE 20, MODE_U, LVL_M, 2, wfi
  TRAP_CASE 21, MODE_VU, LVL_M, 22, wfi
  TRAP_CASE 22, MODE_VS, LVL_M, 22, wfi
  li t0, HSTATUS_VTW
  csrc hstatus, t0
  /* delegated: VI to HS */
  li t0, 1 << 22
  csrw medeleg, t0
  TRAP_CASE 23, MODE_VU, LVL_HS, 22, wfi
  csrw medeleg, zero

  /* HS with TW = 0 waits; the timer (an M-level interrupt, enabled in HS)
     wakes it; the WFI retires and the interrupt is taken at the next
     instruction: mepc = WFI + 4 */
  CHECK 30
  li t0, 1 << 7
  csrw mie, t0
  TIMER_IN WAKE
  RUN MODE_HS
  wfi
hs_after:
  nop
  END_RUN
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_EPC hs_after
  TIMER_OFF
  /* VS with TW = VTW = 0 the same: mepc = WFI + 4, MPV = 1 */
  CHECK 31
  TIMER_IN WAKE
  RUN MODE_VS
  wfi
vs_after:
  nop
  END_RUN
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_EPC vs_after
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV, MSTATUS_MPV
  TIMER_OFF
  /* an interrupt already pending and globally enabled is taken at the WFI */
  CHECK 32
  TIMER_IN 0
  RUN MODE_HS
wfi_at:
  wfi
  END_RUN
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_EPC wfi_at
  TIMER_OFF
  csrw mie, zero

  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret
