/* wfipolicy: what a guest's idle WFI costs under the WFI policies of the
 * proposal thread (../shared/seed: "delegate the WFI instruction to the
 * guest" = hstatus.VTW = 0; trap it = VTW = 1) on units with different WFI
 * bounds (gen/INTERFACE.md 7; ../shared/spec/wfi.md 3, 4). One program for
 * every bound: it does not know the bound, the same code handles a WFI that
 * completes in VS and one that traps (cause 22) to the hypervisor, and the
 * measuring tool reads the cost from the event log with the labels below.
 *
 *  M  firmware (SBI-like): medeleg as an SBI (VS ECALL 10 and virtual
 *     instruction 22 included), mideleg SSI, STI, SEI (the VS-level bits
 *     and SGEI are read-only one, hypervisor.adoc "mideleg"); the PLIC:
 *     source SRC (test-device line 1) priority 1, enabled in context 1 (S,
 *     SEIP) only, threshold 0; TW = 0 (wfi.md 3: TW = 1 would make the
 *     guest's WFI II whatever VTW says); MRET into HS. The hypervisor's SBI
 *     system-reset call ends the run.
 *  HS hypervisor: hideleg = VSEIP, VSTIP (10, 6) to the guest, not SEIP
 *     (9: the host's PLIC interrupt, taken in HS from V = 1 whatever
 *     sstatus.SIE, traps.md 1.2); hstatus.VGEIN = 1 (guest external
 *     interrupt 1 = test-device SGEIP bit 0 is the guest's VSEIP, INTERFACE
 *     6), hgeie = 0; hie.VSEIE, VSTIE and sie.SEIE = 1 (the local enables a
 *     WFI wakes on, wfi.md 2); sstatus.SIE = 0 in HS throughout. Phase vtw0
 *     runs the guest with VTW = 0, phase vtw1 with VTW = 1. Its vector:
 *     - scause = interrupt 9 (SEIP): tb_seg_hs_host_irq: claim at context 1,
 *       LINES = 0, complete, then per the episode's kind (shared memory,
 *       written by the guest; hgatp is Bare): hvip.VSEIP (vseip), hvip.VSTIP
 *       (vstip) or nothing (host: the episode is over); SRET (sepc as is).
 *     - scause = 22 (the guest's WFI with VTW = 1 ran out of its bound):
 *       tb_seg_hs_wfi_wait: the hypervisor waits itself: a loop of HS WFIs
 *       (SIE = 0: they wake on any pending and locally enabled interrupt,
 *       VSEIP included, wfi.md 2, and are not taken) until sip.SEIP or
 *       hip.VSEIP is pending (VSEIP is not visible in sip: INTERFACE 10);
 *       SEIP is handled as above; then sepc += 4 (the WFI is done) and SRET:
 *       the guest takes its pending VS interrupt at once.
 *     - scause = 10 (the guest's ECALL, a7 = function): ack (clear
 *       hvip.VSEIP/VSTIP after an injected interrupt), phase switch
 *       (VTW = 1), end (check the counts, shut down).
 *  VS guest: vstvec = tb_seg_guest_irq, vsstatus.SIE = 1, vsie.SEIE/STIE = 1.
 *     Per episode: the kind for the hypervisor, both ARM registers (one of
 *     them 0, so an earlier episode's arming never fires again), COUNTDOWN =
 *     D, WFI, then a check that the episode is over (the handler that
 *     finished it counted it). Its handler: checks vscause against the
 *     kind (9 for vgein and vseip, 5 for vstip), counts, then clears the
 *     test device's SGEIP (vgein) or asks the hypervisor for the ack
 *     (vseip, vstip); SRET.
 *
 * Episodes: phase p in {vtw0, vtw1} x kind k in {vgein, vseip, vstip, host}
 * x D in {1, 3, 10, 30, 100, 300, 1000, 3000, 10000} cycles:
 *   vgein  ARM_SGEIP = 1: guest external interrupt 1 -> hip.VSEIP, taken by
 *          the guest without the hypervisor (unless its WFI trapped)
 *   vseip  ARM_LINES = 1 << SRC: SEIP to the hypervisor, which injects VSEIP
 *   vstip  the same, injecting VSTIP
 *   host   the same, injecting nothing: an interrupt only the host wants
 *
 * Labels for the measuring tool (global):
 *   tb_seg_arm_<p>_<k>_<D>  the guest's store to COUNTDOWN (the interrupt
 *                           line rises D cycles, the PLIC's SEIP D + 2
 *                           cycles, after its commit: PIPELINE.md 9.2, 9.4)
 *   tb_seg_wfi_<p>_<k>_<D>  the guest's WFI, the next instruction
 *   tb_seg_guest_irq        first instruction of the guest's vector
 *   tb_seg_hs_entry         first instruction of the hypervisor's vector
 *   tb_seg_hs_host_irq      first instruction after the vector has decided
 *                           it is SEIP
 *   tb_seg_hs_wfi_wait      first instruction of the handling of cause 22
 *   tb_seg_hs_host_irq_wait the same SEIP handling, found by the hypervisor
 *                           while it waits for a trapped guest WFI
 *   tb_seg_hs_return        first instruction of the hypervisor's return
 *
 * Self-check (at the guest's end ECALL, in HS): the guest's handler saw
 * 18 interrupts (2 phases x 9 D) of each of vgein, vseip, vstip and none of
 * host; the hypervisor's SEIP handling (either path) saw 18 of each of
 * vseip, vstip, host and none of vgein; 36 acks; 72 episodes over; no cause
 * 22 in phase vtw0; hvip clear, nothing left to claim. */
#include "test.h"
  .option arch, +h
  TEST_NAME wfipolicy
  .text

#define CAUSE_MISALIGNED_FETCH  0
#define CAUSE_BREAKPOINT        3
#define CAUSE_USER_ECALL        8
#define CAUSE_HS_ECALL          9
#define CAUSE_VS_ECALL          10
#define CAUSE_FETCH_PAGE_FAULT  12
#define CAUSE_LOAD_PAGE_FAULT   13
#define CAUSE_STORE_PAGE_FAULT  15
#define CAUSE_FETCH_GPF         20
#define CAUSE_LOAD_GPF          21
#define CAUSE_VIRTUAL_INSN      22
#define CAUSE_STORE_GPF         23

/* what an SBI firmware delegates (illegal instruction stays in M) */
#define FW_MEDELEG ((1 << CAUSE_MISALIGNED_FETCH) | (1 << CAUSE_BREAKPOINT) | \
                    (1 << CAUSE_USER_ECALL) | (1 << CAUSE_VS_ECALL) | \
                    (1 << CAUSE_FETCH_PAGE_FAULT) | (1 << CAUSE_LOAD_PAGE_FAULT) | \
                    (1 << CAUSE_STORE_PAGE_FAULT) | (1 << CAUSE_FETCH_GPF) | \
                    (1 << CAUSE_LOAD_GPF) | (1 << CAUSE_VIRTUAL_INSN) | \
                    (1 << CAUSE_STORE_GPF))
#define FW_MIDELEG ((1 << 1) | (1 << 5) | (1 << 9))   /* SSI, STI, SEI */

/* SBI system reset (EID "SRST", FID 0): a0 = type, a1 = reason */
#define SBI_EXT_SRST    0x53525354
#define SRST_SHUTDOWN   0

#define SRC        1               /* PLIC source = test-device line 1 */
#define IP_VSTIP   (1 << 6)
#define IP_SEIP    (1 << 9)
#define IP_VSEIP   (1 << 10)

/* episode kinds (the value the guest writes to SH_KIND): assembler
   symbols, so that EPISODE can name them from its argument */
  .equ K_vgein, 0
  .equ K_vseip, 1
  .equ K_vstip, 2
  .equ K_host,  3

/* the guest's ECALL functions (a7) */
#define FN_END    0
#define FN_PHASE  1
#define FN_ACK    2

#define EPISODES     72            /* 2 phases x 4 kinds x 9 delays */
#define PER_KIND     18            /* 2 phases x 9 delays */

/* shared: written by the guest, read by the hypervisor (8-byte slots;
   the per-kind arrays are indexed by 8 * kind) */
#define SH_KIND      0
#define SH_DONE      8             /* episodes over */
#define SH_GSEEN     16            /* [4] the guest handler, per kind */
#define SH_EXPCAUSE  48            /* [4] the vscause each kind must give */

/* hyp_data: the hypervisor's */
#define HD_SEEN      0             /* [4] its SEIP handling, per kind */
#define HD_INJECT    32            /* [4] the hvip bits per kind */
#define HD_DONEINC   64            /* [4] 1 where its handling ends the episode */
#define HD_VI        96            /* [2] cause 22 per phase */
#define HD_PHASE     112
#define HD_ACKS      120

/* ================================================= M firmware */
  .globl main
main:
  la t0, fw_trap
  csrw mtvec, t0
  li t0, FW_MEDELEG
  csrw medeleg, t0
  li t0, FW_MIDELEG
  csrw mideleg, t0
  csrw mie, zero
  /* TW = 0 (wfi.md 3), TVM = 0, TSR = 0, MPRV = 0 */
  li t0, MSTATUS_TW | MSTATUS_TVM | MSTATUS_TSR | MSTATUS_MPRV | MSTATUS_MIE
  csrc mstatus, t0
  /* the PLIC (PIPELINE.md 9.2): SRC priority 1 > threshold 0 of context 1
     (S), not enabled in context 0 (M) */
  li t0, PLIC_BASE
  li t1, 1
  sw t1, 4 * SRC(t0)
  li t1, PLIC_BASE + PLIC_ENABLE0
  sw zero, 0(t1)
  li t1, PLIC_BASE + PLIC_ENABLE1
  li t2, 1 << SRC
  sw t2, 0(t1)
  li t1, PLIC_BASE + PLIC_THRESH1
  sw zero, 0(t1)
  li t0, MSTATUS_MPP | MSTATUS_MPV
  csrc mstatus, t0
  li t0, 1 << 11            /* MPP = S, MPV = 0: MRET to HS */
  csrs mstatus, t0
  la t0, hyp_entry
  csrw mepc, t0
  mret

  /* M vector: only the hypervisor's SBI system reset is expected */
  .align 2
fw_trap:
  csrr t0, mcause
  li t1, CAUSE_HS_ECALL
  bne t0, t1, fw_bad_trap
  li t1, SBI_EXT_SRST
  bne a7, t1, fw_bad_trap
  bnez a6, fw_bad_trap
  bnez a1, 1f
  j pass                    /* shutdown, no reason: the run passed */
1:
  mv gp, a1                 /* the failed check */
  j fail

fw_bad_trap:
  la sp, _stack_top
  PRINT "M: unexpected trap: mcause="
  csrr a0, mcause
  call puthex
  PRINT " mepc="
  csrr a0, mepc
  call puthex
  PRINT "\n"
  li gp, 98
  j fail

/* ================================================= HS hypervisor */
hyp_entry:
  la t0, tb_seg_hs_entry
  csrw stvec, t0
  la t0, hyp_save
  csrw sscratch, t0
  csrw hedeleg, zero
  li t0, IP_VSEIP | IP_VSTIP  /* not SEIP: the host's own */
  csrw hideleg, t0
  csrw hvip, zero
  csrw hgeie, zero
  csrw hgatp, zero          /* Bare: guest physical = host physical */
  csrw vsatp, zero
  csrw vsstatus, zero
  li t0, IP_VSEIP | IP_VSTIP
  csrs hie, t0
  li t0, IP_SEIP
  csrs sie, t0
  csrci sstatus, MSTATUS_SIE  /* HS never takes an interrupt itself */
  li t0, HSTATUS_HU | HSTATUS_GVA | HSTATUS_SPVP | HSTATUS_VTSR | HSTATUS_VTW | HSTATUS_VTVM | (0x3f << HSTATUS_VGEIN_SHIFT)
  csrc hstatus, t0
  li t0, HSTATUS_SPV | (1 << HSTATUS_VGEIN_SHIFT)
  csrs hstatus, t0          /* phase vtw0: VTW = 0 */
  li t0, MSTATUS_SPP        /* SRET to VS */
  csrs sstatus, t0
  la t0, guest_entry
  csrw sepc, t0
  sret

/* The host's interrupt (SEIP from PLIC context 1), for both paths: claim,
   the line low, complete (the line must be low at the complete, or the
   level gateway makes the source pending again, PIPELINE.md 9.2); then per
   the episode's kind: count, inject (HD_INJECT), end the episode
   (HD_DONEINC). Table-driven so that every kind runs the same instructions.
   Uses t0-t3. */
.macro HOST_IRQ
  li t0, PLIC_BASE + PLIC_CLAIM1
  lw t1, 0(t0)              /* claim */
  li t2, TDEV_BASE
  sw zero, TDEV_LINES(t2)
  sw t1, 0(t0)              /* complete */
  li t2, SRC
  beq t1, t2, 1080f
  j hs_bad
1080:
  la t0, shared
  ld t1, SH_KIND(t0)
  slli t1, t1, 3
  la t2, hyp_data
  add t2, t2, t1
  ld t3, HD_SEEN(t2)
  addi t3, t3, 1
  sd t3, HD_SEEN(t2)
  ld t3, HD_INJECT(t2)
  csrs hvip, t3             /* hypervisor.adoc "hvip": VSEIP / VSTIP */
  ld t3, HD_DONEINC(t2)
  ld t1, SH_DONE(t0)
  add t1, t1, t3
  sd t1, SH_DONE(t0)
.endm

  .align 2
  .globl tb_seg_hs_entry
tb_seg_hs_entry:
  csrrw sp, sscratch, sp    /* sp = the save area, sscratch = guest sp */
  sd t0, 0(sp)
  sd t1, 8(sp)
  sd t2, 16(sp)
  sd t3, 24(sp)
  csrr t0, scause
  bgez t0, hs_exception
  li t1, IRQ_BIT | 9
  bne t0, t1, hs_bad
  .globl tb_seg_hs_host_irq
tb_seg_hs_host_irq:
  HOST_IRQ
  j tb_seg_hs_return        /* an interrupt: sepc as it is */

hs_exception:
  li t1, CAUSE_VIRTUAL_INSN
  bne t0, t1, hs_not_vi
  /* the guest's WFI trapped (VTW = 1, the bound ran out; wfi.md 3, 4): the
     only instruction of the guest that raises 22 */
  .globl tb_seg_hs_wfi_wait
tb_seg_hs_wfi_wait:
  la t2, hyp_data
  ld t1, HD_PHASE(t2)
  slli t1, t1, 3
  add t2, t2, t1
  ld t1, HD_VI(t2)
  addi t1, t1, 1
  sd t1, HD_VI(t2)
1:
  csrr t0, sip
  andi t0, t0, IP_SEIP
  bnez t0, 2f
  csrr t0, hip
  andi t0, t0, IP_VSEIP     /* the guest's own interrupt (VGEIN) */
  bnez t0, 3f
  wfi                       /* HS, TW = 0: waits until woken (wfi.md 2, 3) */
  j 1b
2:
  .globl tb_seg_hs_host_irq_wait
tb_seg_hs_host_irq_wait:    /* the host's interrupt, found while waiting */
  HOST_IRQ
3:
  csrr t0, sepc
  addi t0, t0, 4            /* the guest's WFI is done */
  csrw sepc, t0
  j tb_seg_hs_return

hs_not_vi:
  li t1, CAUSE_VS_ECALL
  bne t0, t1, hs_bad
  csrr t0, sepc
  addi t0, t0, 4
  csrw sepc, t0
  li t1, FN_ACK
  bne a7, t1, 1f
  /* the guest took its injected interrupt: withdraw it */
  li t1, IP_VSEIP | IP_VSTIP
  csrc hvip, t1
  la t2, hyp_data
  ld t1, HD_ACKS(t2)
  addi t1, t1, 1
  sd t1, HD_ACKS(t2)
  j tb_seg_hs_return
1:
  li t1, FN_PHASE
  bne a7, t1, 2f
  li t1, HSTATUS_VTW        /* phase vtw1 */
  csrs hstatus, t1
  la t2, hyp_data
  li t1, 1
  sd t1, HD_PHASE(t2)
  j tb_seg_hs_return
2:
  li t1, FN_END
  beq a7, t1, hs_end
  j hs_bad

  .globl tb_seg_hs_return
tb_seg_hs_return:
  ld t0, 0(sp)
  ld t1, 8(sp)
  ld t2, 16(sp)
  ld t3, 24(sp)
  csrrw sp, sscratch, sp
  sret

/* fail with check n unless the 8-byte word at off(base) is val (t5, t6) */
.macro EXPECT_MEM n, base, off, val
  CHECK \n
  ld t5, \off(\base)
  EXPECT t5, \val
.endm

  /* the guest is done (its a0: 0, or the check it failed) */
hs_end:
  bnez a0, hs_shutdown
  la s0, shared
  la s1, hyp_data
  EXPECT_MEM 1, s0, SH_DONE, EPISODES
  EXPECT_MEM 2, s0, SH_GSEEN + 8 * K_vgein, PER_KIND
  EXPECT_MEM 3, s0, SH_GSEEN + 8 * K_vseip, PER_KIND
  EXPECT_MEM 4, s0, SH_GSEEN + 8 * K_vstip, PER_KIND
  EXPECT_MEM 5, s0, SH_GSEEN + 8 * K_host, 0
  EXPECT_MEM 6, s1, HD_SEEN + 8 * K_vgein, 0
  EXPECT_MEM 7, s1, HD_SEEN + 8 * K_vseip, PER_KIND
  EXPECT_MEM 8, s1, HD_SEEN + 8 * K_vstip, PER_KIND
  EXPECT_MEM 9, s1, HD_SEEN + 8 * K_host, PER_KIND
  EXPECT_MEM 10, s1, HD_ACKS, 2 * PER_KIND
  EXPECT_MEM 11, s1, HD_VI, 0        /* VTW = 0: the WFI never traps */
  CHECK 12
  ld t5, HD_VI + 8(s1)
  li t6, EPISODES / 2
  bgeu t6, t5, 1f           /* at most one cause 22 per episode */
  j fail
1:
  CHECK 13
  csrr t5, hvip
  EXPECT t5, 0
  csrr t5, sip              /* (HS cannot read mip) */
  andi t5, t5, IP_SEIP
  EXPECT t5, 0
  csrr t5, hip
  andi t5, t5, IP_VSEIP | IP_VSTIP
  EXPECT t5, 0
  CHECK 14
  li t0, PLIC_BASE + PLIC_CLAIM1
  lw t5, 0(t0)
  EXPECT t5, 0              /* nothing left to claim */
#ifdef WFIPOLICY_SHOW
  /* developer aid (not in the expected console): cause 22 in phase vtw1 */
  la sp, _stack_top
  PRINT "vtw1 cause 22: "
  la s1, hyp_data
  ld a0, HD_VI + 8(s1)
  call puthex
  PRINT "\n"
#endif
  li a0, 0
hs_shutdown:
  mv a1, a0
  li a0, SRST_SHUTDOWN
  li a6, 0
  li a7, SBI_EXT_SRST
  ecall
  li gp, 97
  j fail

hs_bad:
  la sp, _stack_top
  PRINT "HS: unexpected trap: scause="
  csrr a0, scause
  call puthex
  PRINT " sepc="
  csrr a0, sepc
  call puthex
  PRINT "\n"
  li gp, 99
  j fail

/* ================================================= VS guest */

/* One episode: s0 = shared, s1 = the test device, s2 = episodes started.
   The bookkeeping is the same for every kind (two ARM stores, one of them
   0); COUNTDOWN and the WFI are back to back. */
.macro EPISODE p, k, d
  li t0, K_\k
  sd t0, SH_KIND(s0)
.ifc \k, vgein
  li t0, 1                  /* SGEIP bit 0 = guest external interrupt 1 */
  li t1, 0
.else
  li t0, 0
  li t1, 1 << SRC
.endif
  sd t0, TDEV_ARM_SGEIP(s1)
  sw t1, TDEV_ARM_LINES(s1)
  addi s2, s2, 1
  li t0, \d
  .globl tb_seg_arm_\p\()_\k\()_\d
tb_seg_arm_\p\()_\k\()_\d:
  sw t0, TDEV_COUNTDOWN(s1)
  .globl tb_seg_wfi_\p\()_\k\()_\d
tb_seg_wfi_\p\()_\k\()_\d:
  wfi
  ld t0, SH_DONE(s0)
  beq t0, s2, 1085f
  jal ra, guest_wait        /* not expected: the WFI ends with the episode */
1085:
.endm

.macro DELAYS p, k
  EPISODE \p, \k, 1
  EPISODE \p, \k, 3
  EPISODE \p, \k, 10
  EPISODE \p, \k, 30
  EPISODE \p, \k, 100
  EPISODE \p, \k, 300
  EPISODE \p, \k, 1000
  EPISODE \p, \k, 3000
  EPISODE \p, \k, 10000
.endm

.macro PHASE p
  DELAYS \p, vgein
  DELAYS \p, vseip
  DELAYS \p, vstip
  DELAYS \p, host
.endm

guest_entry:
  la t0, tb_seg_guest_irq
  csrw stvec, t0            /* vstvec, Direct */
  la t0, guest_save
  csrw sscratch, t0         /* vsscratch */
  li t0, (1 << 9) | (1 << 5)
  csrs sie, t0              /* vsie.SEIE, STIE (= hie.VSEIE, VSTIE) */
  csrsi sstatus, MSTATUS_SIE  /* vsstatus.SIE */
  la s0, shared
  li s1, TDEV_BASE
  li s2, 0
  PHASE vtw0
  li a7, FN_PHASE
  ecall
  PHASE vtw1
  li a0, 0
  li a7, FN_END
  ecall
  j fail

  /* the episode is not over after its WFI: spin (the interrupt preempts)
     for a while, then fail */
guest_wait:
  li t1, 200000
1:
  ld t0, SH_DONE(s0)
  beq t0, s2, 2f
  addi t1, t1, -1
  bnez t1, 1b
  li gp, 95
  j fail
2:
  ret

  /* the guest's vector (VS-level interrupts: hideleg 10, 6) */
  .align 2
  .globl tb_seg_guest_irq
tb_seg_guest_irq:
  csrrw sp, sscratch, sp
  sd t0, 0(sp)
  sd t1, 8(sp)
  sd t2, 16(sp)
  sd a7, 24(sp)
  la t1, shared
  ld t2, SH_KIND(t1)
  slli t2, t2, 3
  add t2, t2, t1
  csrr t0, scause           /* vscause */
  ld a7, SH_EXPCAUSE(t2)
  bne t0, a7, guest_bad
  ld a7, SH_GSEEN(t2)
  addi a7, a7, 1
  sd a7, SH_GSEEN(t2)
  ld a7, SH_DONE(t1)
  addi a7, a7, 1
  sd a7, SH_DONE(t1)
  ld t2, SH_KIND(t1)
  bnez t2, 1f
  li t0, TDEV_BASE          /* vgein: the guest's device line low */
  sd zero, TDEV_SGEIP(t0)
  j 2f
1:
  li a7, FN_ACK             /* vseip, vstip: the hypervisor withdraws it */
  ecall
2:
  ld t0, 0(sp)
  ld t1, 8(sp)
  ld t2, 16(sp)
  ld a7, 24(sp)
  csrrw sp, sscratch, sp
  sret

guest_bad:
  li gp, 96
  j fail

  .data
  .align 3
shared:
  .dword 0, 0               /* SH_KIND, SH_DONE */
  .dword 0, 0, 0, 0         /* SH_GSEEN */
  .dword IRQ_BIT | 9, IRQ_BIT | 9, IRQ_BIT | 5, 0   /* SH_EXPCAUSE */
hyp_data:
  .dword 0, 0, 0, 0         /* HD_SEEN */
  .dword 0, IP_VSEIP, IP_VSTIP, 0   /* HD_INJECT */
  .dword 0, 0, 0, 1         /* HD_DONEINC */
  .dword 0, 0               /* HD_VI */
  .dword 0                  /* HD_PHASE */
  .dword 0                  /* HD_ACKS */

  .bss
  .align 3
hyp_save:
  .space 32
guest_save:
  .space 32
