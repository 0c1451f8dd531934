/* The bounded WFI (priv machine.adoc "Wait for Interrupt", "Virtualization
 * Support in mstatus" TW; hypervisor.adoc hstatus.VTW, "Trap Cause Codes";
 * ../shared/spec/wfi.md 2-7; gen/INTERFACE.md 5 and 7) on a unit with
 * WFI_TIMEOUT = 200 (sim/core/configs/wfi200.cfg, runner wfi200):
 * a WFI that would trap waits exactly WFI_TIMEOUT cycles, then raises its
 * trap kind (II for TW = 1 and in U, VI in VU and in VS with VTW = 1) with
 * xepc = the WFI and xtval = its bits; a wake ((mip & mie) != 0) within the
 * bound retires it, and a globally enabled interrupt is then taken with
 * xepc = WFI + 4 (no interrupt is taken at a waiting WFI); a mode with no
 * trap kind waits past the bound; an interrupt already pending and globally
 * enabled when the WFI reaches commit is taken at the WFI (INTERFACE.md 5
 * rule 1).
 *
 * Time is mtime (CLINT, PIPELINE.md 9.1: one tick per cycle with the
 * default MTIME_DIV = 1), read by the code under test just before its WFI
 * and by M-mode after run_in returns. The fixed cost of that path (the
 * load, the trap entry, the monitor's M vector, the return) is measured in
 * check 0 with instructions that trap at once through the same path, and
 * is the stated slack of the timed checks. */
#include "test.h"
  .option arch, +h
  TEST_NAME wfi_bound
  .text

#define BOUND 200                 /* wfi200.cfg: wfi_timeout */
#define WFI_INSN 0x10500073

/* the deltas of the timed checks (mtime ticks), in `times` in this order */
#define T_CAL_VI   0
#define T_CAL_II   1
#define T_VU       2
#define T_VS_VTW   3
#define T_VS_WAKE  4
#define T_U        5
#define T_HS_TW    6
#define T_VU_TW    7
#define T_VU_WAKE  8
#define T_VS_PLIC  9
#define T_M_WAIT   10
#define T_COUNT    11

.macro TIMER_OFF
  li t0, CLINT_BASE + CLINT_MTIMECMP
  li t1, -1
  sd t1, 0(t0)
.endm

/* In the code under test: a4 = mtime (a3 = the mtime address, set by
   TIMED_RUN; a3/a4 are not touched by run_in or the M vector). */
.macro STAMP
  ld a4, 0(a3)
.endm
/* In the code under test, after STAMP: mtimecmp = a4 + d (uses t0, t1). */
.macro TIMER_AT d
  li t0, \d
  add t0, a4, t0
  li t1, CLINT_BASE + CLINT_MTIMECMP
  sd t0, 0(t1)
.endm

.macro TIMED_RUN m
  li a3, CLINT_BASE + CLINT_MTIME
  RUN \m
.endm

/* after END_RUN of a TIMED_RUN: s4 = mtime - a4, stored in times[slot] */
.macro TIMED_END slot
  li t0, CLINT_BASE + CLINT_MTIME
  ld s4, 0(t0)
  sub s4, s4, a4
  la t0, times
  sd s4, 8 * \slot(t0)
.endm

/* s4 (the delta of a WFI that timed out) must be at least BOUND and at
   most BOUND + s0 (s0 = the fixed overhead calibrated in check 0, the
   stated slack). INTERFACE.md 7 says more: the WFI stalls exactly
   WFI_TIMEOUT cycles and then traps at commit like the calibration's
   instruction, so s4 - s0 must be BOUND exactly; the lower bound is
   checked in that form. */
.macro EXPECT_BOUND
  li t5, BOUND
  bltu s4, t5, 1098f        /* at least BOUND */
  add t5, t5, s0
  bltu t5, s4, 1098f        /* at most BOUND + overhead */
  bltu s4, t5, 1098f        /* waited BOUND beyond the immediate trap */
  j 1099f
1098:
  j fail
1099:
.endm

/* s4 (the delta of a WFI woken d ticks after STAMP, whose interrupt is
   then taken at WFI + 4) must be in [d + s0, d + s0 + WAKE_SLACK]: the
   wake retires the WFI in the cycle the wake condition holds, and the
   interrupt at the next instruction costs what the calibration's trap
   costs. WAKE_SLACK covers the device latency of check 6 (the store to
   COUNTDOWN after STAMP, then LINES -> PLIC gateway pending -> EIP -> the
   SoC's register before the unit, PIPELINE.md 9.2/9.4 and revision 4: 4
   cycles); the timer's is 1 (its register, revision 4). */
#define WAKE_SLACK 4
.macro EXPECT_WAKE d
  li t5, \d
  add t5, t5, s0
  bltu s4, t5, 1098f
  addi t5, t5, WAKE_SLACK
  bltu t5, s4, 1098f
  j 1099f
1098:
  j fail
1099:
.endm

/* One WFI in mode m with nothing pending that must wait for the bound,
   then trap to M with cause c, mepc = the WFI, mtval = its bits. */
.macro WFI_TIMEOUT_CASE n, m, c, slot
  CHECK \n
  TIMED_RUN \m
  STAMP
1097:
  wfi
  END_RUN
  TIMED_END \slot
  EXPECT_TRAP LVL_M, \c
  EXPECT_EPC 1097b
  EXPECT_TVAL WFI_INSN
  EXPECT_BOUND
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  csrw medeleg, zero
  csrw mideleg, zero
  csrw hideleg, zero
  csrw hvip, zero
  csrw mie, zero
  li t0, MSTATUS_TW | MSTATUS_MIE | MSTATUS_MPIE
  csrc mstatus, t0
  li t0, HSTATUS_VTW
  csrc hstatus, t0
  TIMER_OFF

  /* 0 (check numbers 1000, 1001). calibration: the timed path with an instruction that the unit
     traps at once at commit (like a WFI at its bound): a VU read of
     sstatus (VI, INTERFACE.md 4) and an HS read of mstatus (II). The larger
     delta is the fixed overhead s0; both must be equal (the M vector's path
     does not depend on the mode or the cause). */
  CHECK 1000
  TIMED_RUN MODE_VU
  STAMP
cal_vi:
  csrr a2, sstatus
  END_RUN
  TIMED_END T_CAL_VI
  EXPECT_TRAP LVL_M, 22
  EXPECT_EPC cal_vi
  mv s0, s4
  CHECK 1001
  TIMED_RUN MODE_HS
  STAMP
cal_ii:
  csrr a2, mstatus
  END_RUN
  TIMED_END T_CAL_II
  EXPECT_TRAP LVL_M, 2
  EXPECT_EPC cal_ii
  EXPECT_R s4, s0
  /* a sanity bound: the path is a few dozen instructions */
  li t0, 200
  BEQ_FAIL s0, zero
  bltu s0, t0, 1f
  j fail
1:

  /* 1. VU, TW = 0: nothing pending, VI after the bound */
  WFI_TIMEOUT_CASE 1, MODE_VU, 22, T_VU

  /* 2. VS with VTW = 1 (TW = 0): VI after the bound */
  li t0, HSTATUS_VTW
  csrs hstatus, t0
  WFI_TIMEOUT_CASE 2, MODE_VS, 22, T_VS_VTW
  li t0, HSTATUS_VTW
  csrc hstatus, t0
  /* 21. VS with VTW = 0: no trap kind; the WFI waits past the bound (the
     timer is 300 ticks away) and the CLINT timer (MTIE) wakes it: it
     retires, no VI; the M timer interrupt (globally enabled in VS) is then
     taken at the next instruction, mepc = WFI + 4 */
  CHECK 21
  li t0, 1 << 7
  csrw mie, t0
  TIMED_RUN MODE_VS
  STAMP
  TIMER_AT 300
  wfi
vs_wake_after:
  nop
  END_RUN
  TIMED_END T_VS_WAKE
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_EPC vs_wake_after
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV | MSTATUS_MPP, MSTATUS_MPV | (1 << 11)
  EXPECT_WAKE 300           /* it waited for the timer, past the bound */
  TIMER_OFF
  csrw mie, zero

  /* 3. U (V = 0), TW = 0: II after the bound */
  WFI_TIMEOUT_CASE 3, MODE_U, 2, T_U

  /* 4. HS with TW = 1: II after the bound; 41: VU with TW = 1 is II too
     (TW wins over the VU rule) */
  li t0, MSTATUS_TW
  csrs mstatus, t0
  WFI_TIMEOUT_CASE 4, MODE_HS, 2, T_HS_TW
  WFI_TIMEOUT_CASE 41, MODE_VU, 2, T_VU_TW
  li t0, MSTATUS_TW
  csrc mstatus, t0

  /* 5. VU: the CLINT timer (mtimecmp = now + 60, MTIE) wakes the WFI
     within the bound: it retires (no VI), then the M timer interrupt is
     taken with mepc = WFI + 4 */
  CHECK 5
  li t0, 1 << 7
  csrw mie, t0
  TIMED_RUN MODE_VU
  STAMP
  TIMER_AT 60
  wfi
vu_wake_after:
  nop
  END_RUN
  TIMED_END T_VU_WAKE
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_EPC vu_wake_after
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV | MSTATUS_MPP, MSTATUS_MPV
  EXPECT_WAKE 60
  TIMER_OFF
  csrw mie, zero

  /* 6. VS with VTW = 1: the test device's COUNTDOWN (80) raises line 3,
     source 3 (priority 1 > threshold 0 of context 0, enabled there) makes
     MEIP; MEIE wakes the WFI within the bound: it retires (no VI), then
     the M external interrupt is taken with mepc = WFI + 4; the handler
     (here, after the monitor returns) claims 3 and completes it */
  CHECK 6
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
  li t0, 1 << 11
  csrw mie, t0
  li t0, HSTATUS_VTW
  csrs hstatus, t0
  TIMED_RUN MODE_VS
  li t0, TDEV_BASE
  li t1, 80
  STAMP
  sw t1, TDEV_COUNTDOWN(t0)
  wfi
vs_plic_after:
  nop
  END_RUN
  TIMED_END T_VS_PLIC
  li t0, HSTATUS_VTW
  csrc hstatus, t0
  EXPECT_TRAP LVL_M, IRQ_BIT | 11
  EXPECT_EPC vs_plic_after
  EXPECT_FIELD TR_STATUS, MSTATUS_MPV | MSTATUS_MPP, MSTATUS_MPV | (1 << 11)
  EXPECT_WAKE 80
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
  li t1, PLIC_BASE + PLIC_CLAIM0
  lw t2, 0(t1)
  EXPECT t2, 0              /* nothing left to claim */
  csrw mie, zero

  /* 7. M with MIE = 0 (MPIE = 0 for run_in's MRET) and MTIE = 1: no trap
     kind in M, so the WFI waits past the bound until the timer (300) and
     retires with no trap */
  CHECK 7
  li t0, 1 << 7
  csrw mie, t0
  TIMED_RUN MODE_M
  STAMP
  TIMER_AT 300
  wfi
  ld a5, 0(a3)
  END_RUN
  EXPECT_NO_TRAP
  sub s4, a5, a4
  la t0, times
  sd s4, 8 * T_M_WAIT(t0)
  li t0, 300
  bltu s4, t0, 1f           /* not before the timer, */
  addi t0, t0, WAKE_SLACK
  bgeu t0, s4, 2f           /* and retired as it fired (+1: the load) */
1:
  j fail
2:
  csrr t2, mip
  andi t2, t2, 1 << 7
  EXPECT t2, 1 << 7         /* the timer, still pending, woke it */
  TIMER_OFF
  csrw mie, zero

  /* 8. an interrupt already pending and globally enabled when the WFI
     reaches commit is taken at the WFI: mepc = the WFI (INTERFACE.md 5
     rule 1; wfi.md 6). 8: in M, MIE set just before the WFI with MTIP
     pending and enabled; 81: in VU (where the WFI would otherwise wait for
     the bound and raise VI), the WFI first with MTIP pending */
  CHECK 8
  li t0, 1 << 7
  csrw mie, t0
  li t0, CLINT_BASE + CLINT_MTIMECMP
  sd zero, 0(t0)            /* mtime >= 0: MTIP */
  RUN MODE_M
  csrsi mstatus, MSTATUS_MIE
m_wfi_at:
  wfi
  END_RUN
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_EPC m_wfi_at
  EXPECT_FIELD TR_STATUS, MSTATUS_MPIE | MSTATUS_MIE | MSTATUS_MPP, MSTATUS_MPIE | MSTATUS_MPP
  li t0, MSTATUS_MPIE
  csrc mstatus, t0
  CHECK 81
  RUN MODE_VU
vu_wfi_at:
  wfi
  END_RUN
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_EPC vu_wfi_at
  TIMER_OFF
  csrw mie, zero

#ifdef WFI_BOUND_SHOW
  /* developer aid (not in the expected console): the deltas in hex */
  la s5, times
  li s6, T_COUNT
2:
  ld a0, 0(s5)
  call puthex
  li a0, '\n'
  call putc
  addi s5, s5, 8
  addi s6, s6, -1
  bnez s6, 2b
#endif

  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .bss
  .align 3
times: .space 8 * T_COUNT
