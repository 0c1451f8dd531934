/* Interrupt latency of the vitrap SoC against the pipeline contract
 * (rtl/core/PIPELINE.md, revision 4): the unit's irq_mtip, irq_meip and
 * irq_seip are registered in the SoC (PIPELINE.md "Revision 4", 3, 9): in
 * cycle t they are `mtime >= mtimecmp`, EIP(0), EIP(1) as computed from the
 * device registers of cycle t-1. Every expected number below comes from
 * PIPELINE.md, gen/INTERFACE.md and the privileged spec alone; the comment
 * next to it names the rule. The numbers of revision 3 (no register: the
 * unit sees a device output in the same cycle) are given as "rev. 3".
 *
 * The chain, for a triggering access that commits (is in MEM and retires)
 * in cycle t:
 * - its write (or a PLIC claim, a load) takes effect at the edge ending t
 *   (PIPELINE.md 8.2, 9: "writes take effect at the edge ending MEM"), so the
 *   device registers hold the new value in t+1;
 * - a device output is a combinational function of the device registers
 *   (9): mtime >= mtimecmp (9.1) and EIP(c) (9.2) change in t+1, the test
 *   device's LINES drive the PLIC sources in t+1 (9.4);
 * - the PLIC gateway sets a source pending at the edge where its line is 1
 *   (9.2): a LINES store of t pends at the edge ending t+1, EIP(c) changes
 *   in t+2;
 * - revision 4: the unit sees a device output of cycle u in cycle u+1
 *   (9, "Revision 4"). So: a store to mtimecmp, a PLIC register write or a
 *   claim: unit from t+2 (rev. 3: t+1); a LINES store: unit from t+3
 *   (rev. 3: t+2);
 * - the unit's mip reads MTIP(7) = irq_mtip, SEIP(9) = software bit OR
 *   irq_seip, MEIP(11) = irq_meip in the cycle of the csrr's commit
 *   (gen/INTERFACE.md 6, 10 mip; csr_rdata is the value at commit, 2);
 *   interrupts are decided at commit, in the same cycle (PIPELINE.md 3,
 *   4.4; gen/INTERFACE.md 5 rule 1).
 *
 * Method (sim/programs/timing.S): with no hold and no redirect every latch
 * loads its predecessor at every edge (PIPELINE.md 4.1), so the k-th
 * instruction after the triggering one commits in cycle t+k. Between the
 * trigger and the measuring csrr there are only nops (addi x0, x0, 0: uses
 * only x0) and the csrr itself (csrrs rd, mip, x0: rs1 = x0, and it writes
 * nothing, so no flush, gen/INTERFACE.md 2 `flush`): x0 never causes a
 * hazard (5.2), so neither d_hazard term can hold them (4: not behind the
 * store, nor behind a claim load, a load-data instruction whose rd no later
 * instruction of the window uses); nothing multi-cycle (e_busy), no AMO or
 * WFI (m_hold) and no branch or jump (e_redirect) is in the window, and no
 * interrupt is taken (mstatus.MIE = 0) except where the check is the
 * interrupt. The trigger's own operands are ALU results or s-registers
 * set long before (forwarded, 6), so it is not held either, and a bubble
 * before it would not be inside the window anyway. So a csrr with k
 * instructions between it and the trigger commits in t+k+1.
 *
 * A failing check prints one line, "irqlat: check N NAME: M, expected E",
 * and the run goes on; at the end the program fails with the first failing
 * check (crt0.S). All pass: "irqlat: pass". Each mip check also reads mip
 * just before the trigger (commit t-1, the "before" line), which must show
 * the old state in both revisions.
 *
 * Needs only M-mode, the CLINT, the PLIC and the test device: the default
 * core configuration (sim/core/configs/default.cfg) has all of them; no H,
 * no S-mode code (SEIP with mideleg = 0 is an M-level interrupt).
 *
 * Registers: s0 = TDEV_BASE, s1 = PLIC_BASE, s2/s3 = mcycle before/after,
 * s4 = &mtimecmp, s5 = the first failing check (0: none), s6 = failures,
 * s7 = mtvec saved, s8 = what the handler claimed (context 0 ID | context 1
 * ID << 8), s9 = the handler's return address, s10 = mepc and s11 = mcause
 * as the handler saw them (s10 = 0: no interrupt). */
#include "test.h"
  TEST_NAME irqlat
  .text

#define SRC_M 3     /* PLIC source of the MEIP checks: enabled in context 0 only */
#define SRC_S 5     /* PLIC source of the SEIP checks: enabled in context 1 only */
#define CD    10    /* the COUNTDOWN of the WFI checks */
#define MIP_MTIP 7
#define MIP_SEIP 9
#define MIP_MEIP 11

.macro SETTLE
  .rept 6
  nop
  .endr
.endm

/* report n, "name", measured register, expected constant (decimal) */
.macro REPORT n, name, reg, exp
  .pushsection .rodata
1095: .asciz "\name"
  .popsection
  mv a2, \reg
  li a0, \n
  la a1, 1095b
  li a3, \exp
  call report
.endm
.macro REPORT_HEX n, name, reg, exp
  .pushsection .rodata
1095: .asciz "\name"
  .popsection
  mv a2, \reg
  li a0, \n
  la a1, 1095b
  li a3, \exp
  call report_hex
.endm

/* PROBE: the state `before` must already be set up (the caller's setup,
 * then SETTLE: every line has long reached the unit, 3 cycles are enough);
 * the trigger `trig` (its operands ready), k nops, csrr mip. Check n:
 * mip bit `bit` (called `bname`) is `before` at commit t-1 and `exp` at commit t+k+1. */
.macro PROBE n, name, bit, bname, k, before, exp, trig:vararg
  SETTLE
  csrr t5, mip              /* commit t-1 (late-result, but its rd t5 is no
                               source of the trigger: no hold, 4 d_hazard) */
  \trig                     /* commit t */
  .rept \k
  nop                       /* commits t+1 .. t+k */
  .endr
  csrr t4, mip              /* commit t+k+1 */
  srli t5, t5, \bit
  andi t5, t5, 1
  srli t4, t4, \bit
  andi t4, t4, 1
  REPORT \n, "\name, before the trigger: \bname", t5, \before
  REPORT \n, "\name, \k between: \bname", t4, \exp
.endm

/* claim and complete context 0 / 1 (PLIC 9.2; a claim that returns 0 is
 * completed with 0, which is ignored) */
.macro CLAIM_COMPLETE claim
  li t0, PLIC_BASE + \claim
  lw t1, 0(t0)
  sw t1, 0(t0)
.endm

/* ---- the mip series: each a macro of (check, k, expected) ---- */

/* MTIP rise: mtimecmp = all ones (false: mtime < 2^64 - 1), then the store
 * of mtimecmp = 0 (mtime >= 0: true whatever mtime and MTIME_DIV) */
.macro MTIP_RISE n, k, exp
  li t0, -1
  sd t0, 0(s4)
  PROBE \n, "MTIP rise (sd mtimecmp = 0)", MIP_MTIP, "mip.MTIP", \k, 0, \exp, sd zero, 0(s4)
.endm
/* MTIP fall: mtimecmp = 0 (true), then the store of all ones (false) */
.macro MTIP_FALL n, k, exp
  sd zero, 0(s4)
  li a5, -1
  PROBE \n, "MTIP fall (sd mtimecmp = -1)", MIP_MTIP, "mip.MTIP", \k, 1, \exp, sd a5, 0(s4)
  li t0, -1
  sd t0, 0(s4)
.endm
/* MEIP rise through the gateway: LINES = 1 << SRC_M (source priority 2 >
 * threshold 1, enabled in context 0); then LINES = 0, claim, complete */
.macro MEIP_LINES n, k, exp
  li a5, 1 << SRC_M
  PROBE \n, "MEIP rise (sw LINES)", MIP_MEIP, "mip.MEIP", \k, 0, \exp, sw a5, TDEV_LINES(s0)
  sw zero, TDEV_LINES(s0)
  CLAIM_COMPLETE PLIC_CLAIM0
.endm
/* MEIP rise by a PLIC write: the source pending (its line raised and
 * dropped: the level gateway keeps it pending until a claim, 9.2) but not
 * enabled in context 0; the trigger writes the enable */
.macro MEIP_ENABLE n, k, exp
  li a4, PLIC_BASE + PLIC_ENABLE0
  sw zero, 0(a4)
  li a5, 1 << SRC_M
  sw a5, TDEV_LINES(s0)
  SETTLE
  sw zero, TDEV_LINES(s0)
  PROBE \n, "MEIP rise (sw PLIC enable)", MIP_MEIP, "mip.MEIP", \k, 0, \exp, sw a5, 0(a4)
  CLAIM_COMPLETE PLIC_CLAIM0
.endm
/* MEIP fall by the claim (a load of the claim register): the source
 * pending and enabled, the trigger claims it; then complete */
.macro MEIP_CLAIM n, k, exp
  li a5, 1 << SRC_M
  sw a5, TDEV_LINES(s0)
  SETTLE
  sw zero, TDEV_LINES(s0)
  li a4, PLIC_BASE + PLIC_CLAIM0
  PROBE \n, "MEIP fall (lw claim)", MIP_MEIP, "mip.MEIP", \k, 1, \exp, lw a5, 0(a4)
  sw a5, 0(a4)              /* complete (a5 = the claimed ID) */
.endm
/* SEIP rise: LINES = 1 << SRC_S, enabled in context 1 only */
.macro SEIP_LINES n, k, exp
  li a5, 1 << SRC_S
  PROBE \n, "SEIP rise (sw LINES)", MIP_SEIP, "mip.SEIP", \k, 0, \exp, sw a5, TDEV_LINES(s0)
  sw zero, TDEV_LINES(s0)
  CLAIM_COMPLETE PLIC_CLAIM1
.endm
/* SEIP fall by the claim of context 1 */
.macro SEIP_CLAIM n, k, exp
  li a5, 1 << SRC_S
  sw a5, TDEV_LINES(s0)
  SETTLE
  sw zero, TDEV_LINES(s0)
  li a4, PLIC_BASE + PLIC_CLAIM1
  PROBE \n, "SEIP fall (lw claim)", MIP_SEIP, "mip.SEIP", \k, 1, \exp, lw a5, 0(a4)
  sw a5, 0(a4)
.endm

/* ---- interrupt taken: with mie = `mie` and mstatus.MIE = 1, `trig`
 * (labelled 1098) then 8 nops; the handler (irq_vec) saves mepc and
 * mcause, turns the devices off, claims and completes both contexts and
 * returns to 1097 with MIE = 0. Check n: (mepc - trigger) / 4, the index
 * of the first instruction after the trigger that does not retire (-1: no
 * interrupt); n+1: mcause; n+2: what the handler claimed. ---- */
.macro TAKEN n, name, mie, idx, cause, claimed, trig:vararg
  li s10, 0
  li s11, 0
  li s8, 0
  la s9, 1097f
  li t0, \mie
  csrw mie, t0
  csrsi mstatus, MSTATUS_MIE  /* (a flushing CSR write: before the window) */
  SETTLE
1098:
  \trig                     /* commit t */
  .rept 8
  nop                       /* the k-th commits in t+k unless interrupted */
  .endr
1097:
  csrci mstatus, MSTATUS_MIE
  csrw mie, zero
  li a2, -1
  beqz s10, 1099f
  la t0, 1098b
  sub a2, s10, t0
  srai a2, a2, 2
1099:
  mv t4, a2
  REPORT \n, "\name taken: first instruction after the trigger not retired (mepc)", t4, \idx
  REPORT_HEX \n+1, "\name taken: mcause", s11, \cause
  REPORT_HEX \n+2, "\name taken: claimed (context 0 ID | context 1 ID << 8)", s8, \claimed
.endm

  .globl main
main:
#ifdef ON_QEMU /* QEMU (TCG) has no cycle timing, and its spike machine no
                  PLIC or test device: nothing to compare */
  li a0, 0
  ret
#endif
  addi sp, sp, -16
  sd ra, 0(sp)
  li s5, 0
  li s6, 0
  li s0, TDEV_BASE
  li s1, PLIC_BASE
  li s4, CLINT_BASE + CLINT_MTIMECMP
  csrr s7, mtvec

  /* a known state: no interrupt enabled or delegated, the software SEIP bit
     0, the timer off, the test device's lines off and disarmed */
  csrw mie, zero
  csrw mideleg, zero
  csrci mstatus, MSTATUS_MIE
  li t0, 1 << MIP_SEIP
  csrc mip, t0
  li t0, -1
  sd t0, 0(s4)
  sw zero, TDEV_COUNTDOWN(s0)
  sw zero, TDEV_ARM_LINES(s0)
  sw zero, TDEV_LINES(s0)
  /* PLIC: sources SRC_M and SRC_S priority 2, thresholds 1 (2 > 1), SRC_M
     enabled in context 0 only, SRC_S in context 1 only */
  li t0, 2
  sw t0, 4 * SRC_M(s1)
  sw t0, 4 * SRC_S(s1)
  li t0, 1
  li t1, PLIC_BASE + PLIC_THRESH0
  sw t0, 0(t1)
  li t1, PLIC_BASE + PLIC_THRESH1
  sw t0, 0(t1)
  li t0, 1 << SRC_M
  li t1, PLIC_BASE + PLIC_ENABLE0
  sw t0, 0(t1)
  li t0, 1 << SRC_S
  li t1, PLIC_BASE + PLIC_ENABLE1
  sw t0, 0(t1)
  CLAIM_COMPLETE PLIC_CLAIM0
  CLAIM_COMPLETE PLIC_CLAIM1

  /* ---- 10-13: MTIP rise. Store of mtimecmp at the edge ending t ->
   * mtime >= mtimecmp true in t+1 (9.1) -> the unit's irq_mtip from t+2
   * (9, revision 4) -> mip.MTIP of a csrr committing in t+k+1: 1 iff
   * k >= 1 (rev. 3: from t+1, 1 for every k) ---- */
  MTIP_RISE 10, 0, 0        /* t+1 < t+2: 0 (rev. 3: 1) */
  MTIP_RISE 11, 1, 1        /* t+2: 1 */
  MTIP_RISE 12, 2, 1        /* t+3: 1 */
  MTIP_RISE 13, 3, 1        /* t+4: 1 */
  li t0, -1
  sd t0, 0(s4)

  /* ---- 20-23: MTIP fall, the same chain to 0: mip.MTIP 0 iff k >= 1
   * (rev. 3: 0 for every k) ---- */
  MTIP_FALL 20, 0, 1        /* t+1: the register still holds t's 1 (rev. 3: 0) */
  MTIP_FALL 21, 1, 0        /* t+2: 0 */
  MTIP_FALL 22, 2, 0
  MTIP_FALL 23, 3, 0

  /* ---- 30-33: MEIP rise through the gateway. LINES store at the edge
   * ending t -> LINES bit, the PLIC source's line, 1 in t+1 (9.4) ->
   * gateway: pending at the edge ending t+1 (9.2) -> EIP(0) 1 in t+2 ->
   * irq_meip from t+3 (9, revision 4): mip.MEIP 1 iff t+k+1 >= t+3, k >= 2
   * (rev. 3: from t+2, k >= 1) ---- */
  MEIP_LINES 30, 0, 0       /* t+1: the line only: 0 */
  MEIP_LINES 31, 1, 0       /* t+2: EIP(0) 1 in the PLIC, not yet at the unit: 0 (rev. 3: 1) */
  MEIP_LINES 32, 2, 1       /* t+3: 1 */
  MEIP_LINES 33, 3, 1       /* t+4: 1 */

  /* ---- 40-43: MEIP rise by a PLIC write (the enable of the pending
   * source) at the edge ending t -> EIP(0) 1 in t+1 (9.2) -> irq_meip from
   * t+2 ("a PLIC write ... at the edge ending cycle t shows ... at the unit
   * from cycle t+2", 9): 1 iff k >= 1 (rev. 3: every k) ---- */
  MEIP_ENABLE 40, 0, 0      /* t+1: 0 (rev. 3: 1) */
  MEIP_ENABLE 41, 1, 1
  MEIP_ENABLE 42, 2, 1
  MEIP_ENABLE 43, 3, 1

  /* ---- 50-53: MEIP fall by the claim: the claim read's side effect at
   * the edge ending MEM (9): pending cleared at the edge ending t (9.2) ->
   * EIP(0) 0 in t+1 -> irq_meip 0 from t+2: 0 iff k >= 1 (rev. 3: every
   * k) ---- */
  MEIP_CLAIM 50, 0, 1       /* t+1: 1 (rev. 3: 0) */
  MEIP_CLAIM 51, 1, 0
  MEIP_CLAIM 52, 2, 0
  MEIP_CLAIM 53, 3, 0

  /* ---- 60-63: SEIP rise through the gateway, context 1: as 30-33,
   * irq_seip from t+3 (the software SEIP bit is 0): k >= 2 (rev. 3:
   * k >= 1) ---- */
  SEIP_LINES 60, 0, 0
  SEIP_LINES 61, 1, 0       /* t+2: 0 (rev. 3: 1) */
  SEIP_LINES 62, 2, 1
  SEIP_LINES 63, 3, 1

  /* ---- 70-73: SEIP fall by the claim of context 1: as 50-53 ---- */
  SEIP_CLAIM 70, 0, 1       /* t+1: 1 (rev. 3: 0) */
  SEIP_CLAIM 71, 1, 0
  SEIP_CLAIM 72, 2, 0
  SEIP_CLAIM 73, 3, 0

  /* ---- 80-88: interrupt taken in M (mie, mstatus.MIE = 1). The unit
   * takes an interrupt at the commit of the first instruction whose cycle
   * sees the line (gen/INTERFACE.md 5 rule 1, xepc = commit_pc; PIPELINE.md
   * 3, 4.4); the k-th instruction after the trigger commits in t+k ---- */
  la t0, irq_vec
  csrw mtvec, t0
  /* 80: timer: irq_mtip from t+2: the 2nd instruction after the store is
   * the first not to retire (rev. 3: the 1st) */
  li t0, -1
  sd t0, 0(s4)
  TAKEN 80, "MTIP", 1 << MIP_MTIP, 2, IRQ_BIT | 7, 0, sd zero, 0(s4)
  /* 83: MEIP through LINES: irq_meip from t+3: the 3rd (rev. 3: the 2nd);
   * the handler claims SRC_M in context 0 */
  li a5, 1 << SRC_M
  TAKEN 83, "MEIP", 1 << MIP_MEIP, 3, IRQ_BIT | 11, SRC_M, sw a5, TDEV_LINES(s0)
  /* 86: SEIP through LINES (context 1), an M-level interrupt with
   * mideleg = 0 (priv "Machine Interrupt Registers"): the 3rd (rev. 3: the
   * 2nd); the handler claims SRC_S in context 1 */
  li a5, 1 << SRC_S
  TAKEN 86, "SEIP", 1 << MIP_SEIP, 3, IRQ_BIT | 9, SRC_S << 8, sw a5, TDEV_LINES(s0)

  /* ---- 90-96: WFI (gen/INTERFACE.md 7: in M there is no trap kind; a WFI
   * at commit retires in the cycle mip & mie != 0, whatever the global
   * enables, else stalls, PIPELINE.md 4.4: every stage holds, so the
   * instruction after it waits in EX and commits in the next cycle).
   * csrr s2 commits in a, the trigger store in a+1 = t, the WFI is at
   * commit from a+2 ---- */

  /* 90: woken by MEIP from COUNTDOWN = CD, mstatus.MIE = 0. The store of
   * COUNTDOWN at the edge ending t: CD in t+1, counting down at each edge,
   * so it is 1 in t+CD and fires at the edge ending t+CD (9.4): LINES bit
   * in t+CD+1, pending at the edge ending t+CD+1, EIP(0) in t+CD+2, the
   * unit's irq_meip in t+CD+3 = w: the WFI retires in w, csrr s3 commits in
   * w+1: s3 - s2 = (t+CD+4) - (t-1) = CD + 5 = 15 (rev. 3: CD + 4 = 14) */
  li t0, 1 << SRC_M
  sw t0, TDEV_ARM_LINES(s0)
  li t0, 1 << MIP_MEIP
  csrw mie, t0
  li t1, CD
  SETTLE
  csrr s2, mcycle           /* a */
  sw t1, TDEV_COUNTDOWN(s0) /* a+1 = t */
  wfi                       /* retires in w */
  csrr s3, mcycle           /* w+1 */
  sub t4, s3, s2
  REPORT 90, "WFI woken by MEIP (COUNTDOWN 10, MIE 0): cycles from csrr mcycle to csrr mcycle", t4, CD + 5
  csrw mie, zero
  sw zero, TDEV_ARM_LINES(s0)
  sw zero, TDEV_LINES(s0)
  CLAIM_COMPLETE PLIC_CLAIM0

  /* 91: woken by MTIP, the store of mtimecmp = 0 just before the WFI,
   * MIE = 0: irq_mtip from t+2; the WFI at commit in t+1 sees 0 and stalls,
   * in t+2 it retires, csrr s3 in t+3: s3 - s2 = 4 (rev. 3: irq_mtip in
   * t+1, no stall: 3) */
  li t0, -1
  sd t0, 0(s4)
  li t0, 1 << MIP_MTIP
  csrw mie, t0
  SETTLE
  csrr s2, mcycle           /* t-1 */
  sd zero, 0(s4)            /* t */
  wfi                       /* t+1 stalls, t+2 retires */
  csrr s3, mcycle           /* t+3 */
  sub t4, s3, s2
  REPORT 91, "WFI woken by MTIP (sd mtimecmp, then wfi, MIE 0): cycles", t4, 4
  csrw mie, zero
  li t0, -1
  sd t0, 0(s4)

  /* 92-93: as 90 with mstatus.MIE = 1. In w the WFI is waiting (wfi_wait =
   * 1: rule 1 is skipped, gen/INTERFACE.md 7) and retires; in w+1 the
   * instruction after it is at commit with the interrupt pending and
   * enabled: taken, mepc = that instruction (92: index 1 from the WFI, the
   * same in rev. 3). The handler's first instruction, csrr s3, mcycle,
   * commits 5 cycles after the trap (a redirect from commit: 4 bubbles,
   * PIPELINE.md 4.2 "Penalties", 4.1): w+6; s3 - s2 = CD + 4 + 6 = CD + 10
   * = 20 (93; rev. 3: CD + 9 = 19) */
  li s10, 0
  li s11, 0
  la s9, 1f
  li t0, 1 << SRC_M
  sw t0, TDEV_ARM_LINES(s0)
  li t0, 1 << MIP_MEIP
  csrw mie, t0
  csrsi mstatus, MSTATUS_MIE
  li t1, CD
  SETTLE
  csrr s2, mcycle           /* a */
  sw t1, TDEV_COUNTDOWN(s0) /* a+1 = t */
2:
  wfi                       /* retires in w */
  nop                       /* w+1: interrupted */
  nop
  nop
1:
  csrci mstatus, MSTATUS_MIE
  csrw mie, zero
  li t4, -1
  beqz s10, 3f
  la t0, 2b
  sub t4, s10, t0
  srai t4, t4, 2
3:
  REPORT 92, "WFI woken by MEIP (COUNTDOWN 10, MIE 1): mepc, index from the WFI", t4, 1
  sub t4, s3, s2
  REPORT 93, "WFI woken by MEIP (COUNTDOWN 10, MIE 1): cycles to the handler's first instruction", t4, CD + 10
  REPORT_HEX 94, "WFI woken by MEIP (COUNTDOWN 10, MIE 1): claimed", s8, SRC_M

  /* 95-96: the store of mtimecmp = 0 just before the WFI, MIE = 1. The
   * WFI at commit in t+1: wfi_wait = 0, irq_mtip 0: no interrupt (rule 1),
   * no wake: stall; t+2: wfi_wait = 1 (rule 1 skipped), wake: it retires;
   * t+3: the next instruction is interrupted, mepc = it (95: index 1 from
   * the WFI; rev. 3: irq_mtip already 1 in t+1 with wfi_wait = 0, rule 1
   * takes the interrupt at the WFI itself, index 0). The handler's first
   * instruction commits in t+8: s3 - s2 = 9 (96; rev. 3: trap in t+1,
   * handler in t+6: 7, two cycles less: the latency and the WFI that
   * does not retire first) */
  li s10, 0
  li s11, 0
  la s9, 1f
  li t0, -1
  sd t0, 0(s4)
  li t0, 1 << MIP_MTIP
  csrw mie, t0
  csrsi mstatus, MSTATUS_MIE
  SETTLE
  csrr s2, mcycle           /* t-1 */
  sd zero, 0(s4)            /* t */
2:
  wfi                       /* t+1 stalls, t+2 retires */
  nop                       /* t+3: interrupted */
  nop
  nop
1:
  csrci mstatus, MSTATUS_MIE
  csrw mie, zero
  li t4, -1
  beqz s10, 3f
  la t0, 2b
  sub t4, s10, t0
  srai t4, t4, 2
3:
  REPORT 95, "WFI woken by MTIP (sd mtimecmp, then wfi, MIE 1): mepc, index from the WFI", t4, 1
  sub t4, s3, s2
  REPORT 96, "WFI woken by MTIP (sd mtimecmp, then wfi, MIE 1): cycles to the handler's first instruction", t4, 9
  csrw mtvec, s7

  /* ---- 99: a clean end: nothing pending in the PLIC, no MTIP, SEIP or
   * MEIP (every line long settled) ---- */
  SETTLE
  li t0, PLIC_BASE + PLIC_PENDING
  lw t4, 0(t0)
  csrr t0, mip
  li t1, (1 << MIP_MTIP) | (1 << MIP_SEIP) | (1 << MIP_MEIP)
  and t0, t0, t1
  or t4, t4, t0
  REPORT_HEX 99, "the end: PLIC pending | mip MTIP, SEIP, MEIP", t4, 0

  /* ---- end: the first failing check, or 0 (pass) ---- */
  beqz s6, 1f
  la a0, test_name
  call puts
  PRINT ": "
  mv a0, s6
  call putdec
  PRINT " irqlat checks failed"
  li a0, '\n'
  call putc
1:
  mv a0, s5
  ld ra, 0(sp)
  addi sp, sp, 16
  ret

/* The handler (mtvec, direct): the mcycle stamp first (checks 93, 96),
 * then mepc and mcause; the interrupt sources off (mie, mtimecmp, the test
 * device's lines), both PLIC contexts claimed and completed, MPIE cleared
 * so that MRET leaves MIE = 0, back to s9. Uses t0, t1. */
  .align 2
irq_vec:
  csrr s3, mcycle
  csrr s10, mepc
  csrr s11, mcause
  csrw mie, zero
  li t0, MSTATUS_MPIE
  csrc mstatus, t0
  li t0, -1
  sd t0, 0(s4)
  sw zero, TDEV_ARM_LINES(s0)
  sw zero, TDEV_LINES(s0)
  li t0, PLIC_BASE + PLIC_CLAIM0
  lw t1, 0(t0)
  sw t1, 0(t0)
  mv s8, t1
  li t0, PLIC_BASE + PLIC_CLAIM1
  lw t1, 0(t0)
  sw t1, 0(t0)
  slli t1, t1, 8
  or s8, s8, t1
  csrw mepc, s9
  mret

/* report(a0 = check, a1 = name, a2 = measured, a3 = expected): if they
 * differ, print "irqlat: check N NAME: M, expected E" (signed decimal;
 * report_hex: hex) and count it. Clobbers a0-a3, t0-t3; keeps a4, a5, t4,
 * t5 and the s-registers. */
report_hex:
  li t0, 1
  j 1f
report:
  li t0, 0
1:
  bne a2, a3, 2f
  ret
2:
  addi sp, sp, -48
  sd ra, 0(sp)
  sd s7, 8(sp)
  sd s8, 16(sp)
  sd s9, 24(sp)
  sd s10, 32(sp)
  sd s11, 40(sp)
  mv s7, a0
  mv s8, a1
  mv s9, a2
  mv s10, a3
  mv s11, t0
  bnez s5, 3f
  mv s5, s7
3:
  addi s6, s6, 1
  mv a0, s7
  mv a1, s8
  call putcheck
  PRINT ": "
  mv a0, s9
  jal ra, putnum
  PRINT ", expected "
  mv a0, s10
  jal ra, putnum
  li a0, '\n'
  call putc
  ld ra, 0(sp)
  ld s7, 8(sp)
  ld s8, 16(sp)
  ld s9, 24(sp)
  ld s10, 32(sp)
  ld s11, 40(sp)
  addi sp, sp, 48
  ret

/* putnum(a0): hex if s11, else signed decimal (common/console.S) */
putnum:
  bnez s11, puthex
  j putsdec
