/* trapbench: the cost of a guest's trapping operations, one program for two
 * units: the ratified one (the guest's operations raise the virtual-
 * instruction exception, cause 22, which the firmware delegates to HS) and
 * the pre-proposal one (`vitrap-gen --virtual-instruction off`,
 * gen/INTERFACE.md 1: the same cases raise illegal instruction, cause 2,
 * which an SBI-style firmware keeps in M and forwards to HS in software).
 * The program does not know which unit it runs on: the same code path
 * handles both, and the measuring tool reads the cost from the commit log
 * with the labels below.
 *
 *  M  firmware (OpenSBI-like): medeleg sends 0, 3, 8, 10, 12, 13, 15 and
 *     20-23 to HS (22 included), keeps 2 (and the misaligned loads/stores,
 *     9) in M. Its trap vector: an illegal instruction from V = 1 is
 *     redirected to HS by hand (what the unit does on a trap into HS,
 *     traps.md 2.2), then MRET into the HS handler; the hypervisor's SBI
 *     system-reset call (ECALL from HS) ends the run; anything else fails.
 *  HS hypervisor: hstatus.VTSR, VTW, VTVM = 1, hcounteren = 0 (mcounteren
 *     all ones), hedeleg = 0. One trap handler for scause 22 and 2 (the same
 *     instructions for both): saves the guest's 31 registers, decodes stval
 *     (the instruction bits: mtval_insn on), emulates, sepc += 4 (SRET: the
 *     guest's return), counts the exit, restores, SRET.
 *  VS guest (a guest kernel acting as a nested hypervisor): each operation
 *     8 times in a row, then checks what the hypervisor returned and that it
 *     counted exactly 8 exits; ECALL (cause 10) when done.
 *
 * Operations (each raises 22 in VS on the ratified unit,
 * virtual-instruction.md 2, VS items; 2 on the pre-proposal unit):
 *   csrr_hstatus  csrr of a hypervisor CSR (item 4)
 *   csrw_hgatp    csrw of a hypervisor CSR (item 4; VI even with TVM, 4.5)
 *   csrr_vsatp    csrr of a VS CSR by its own address 0x280 (item 4, 4.5)
 *   sret_vtsr     SRET with hstatus.VTSR = 1 (item 6)
 *   sfence_vtvm   SFENCE.VMA with hstatus.VTVM = 1 (item 7)
 *   hfence_vvma   HFENCE.VVMA (item 3)
 *   hlv_d         HLV.D (item 3)
 *   counter       rdtime with mcounteren.TM = 1, hcounteren.TM = 0 (item 1)
 *   wfi_vtw       WFI with VTW = 1, TW = 0 (item 5; wfi_timeout 0: at once)
 *
 * Labels for the measuring tool (global):
 *   tb_op_<name>_<i>   the trapping guest instruction, i = 0..7
 *   tb_seg_m_entry     first instruction of the M trap vector
 *   tb_seg_m_forward   first instruction of the forwarding to HS
 *   tb_seg_hs_entry    first instruction of the HS trap vector
 *   tb_seg_hs_emulate  first instruction after the save and the decode
 *                      (the per-operation dispatch)
 *   tb_seg_hs_return   first instruction of the restore/return path */
#include "test.h"
  .option arch, +h
  TEST_NAME trapbench
  .text

#define CAUSE_MISALIGNED_FETCH  0
#define CAUSE_ILLEGAL_INSN      2
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
#define SRST_NO_REASON  0

/* the hypervisor's per-vCPU area (hyp_vcpu): the guest's registers x0..x31
   (slot 0 reads 0: the emulation of rd = x0 writes it, the save clears it),
   the guest's virtual hypervisor CSRs, the exit count */
#define VCPU_X(r)     (8 * (r))
#define VCPU_HSTATUS  256
#define VCPU_HGATP    264
#define VCPU_VSATP    272
#define VCPU_EXITS    280
#define VCPU_SIZE     288

/* what the hypervisor shows the guest */
#define GUEST_HSTATUS  0x0000000200000080   /* VSXL = 2 (64), SPV = 1 */
#define GUEST_VSATP    0x8005000000081234   /* Sv39, ASID 5, PPN 0x81234 */
#define GUEST_HGATP(i) (0x8000000000082000 + ((i + 1) << 44) + 4 * (i))
#define GUEST_TIMEDELTA 0x0000100000000000
#define GUEST_SSCRATCH 0x5c5c5c5c00000000
#define HLV_DATA(i)    (0x0123456789ab0000 + 0x1111 * (i))

/* A trapping guest operation with its label tb_op_<name>_<i>. */
.macro TB_OP name, i, insn:vararg
  .globl tb_op_\name\()_\i
tb_op_\name\()_\i:
  \insn
.endm

  /* ================================================= M firmware */
  .globl main
main:
  la t0, tb_seg_m_entry
  csrw mtvec, t0
  la t0, fw_scratch
  csrw mscratch, t0
  li t0, FW_MEDELEG
  csrw medeleg, t0
  li t0, FW_MIDELEG
  csrw mideleg, t0
  li t0, -1
  csrw mcounteren, t0       /* HS may read every counter */
  /* TW = 0: with TW = 1 a guest WFI is II on either unit (wfi.md 3);
     TVM = 0: the hypervisor writes hgatp; TSR = 0: it uses SRET */
  li t0, MSTATUS_TW | MSTATUS_TVM | MSTATUS_TSR | MSTATUS_MPRV
  csrc mstatus, t0
  li t0, MSTATUS_MPP | MSTATUS_MPV
  csrc mstatus, t0
  li t0, 1 << 11            /* MPP = S, MPV = 0: MRET to HS */
  csrs mstatus, t0
  la t0, hyp_entry
  csrw mepc, t0
  mret

  /* M trap vector: the SBI fast path saves only what it uses */
  .align 2
  .globl tb_seg_m_entry
tb_seg_m_entry:
  csrrw sp, mscratch, sp    /* sp = the firmware's scratch area */
  sd t0, 0(sp)
  sd t1, 8(sp)
  sd t2, 16(sp)
  csrr t0, mcause
  li t1, CAUSE_ILLEGAL_INSN
  bne t0, t1, fw_other_trap
  csrr t1, mstatus
  slli t2, t1, 63 - 39      /* MPV to the sign bit */
  bgez t2, fw_bad_trap      /* from HS or U: nothing here emulates that */

  /* Redirect the guest's trap to HS, writing what the unit writes on a trap
     into HS from V = 1 (traps.md 2.2): sepc, scause, stval, htval, htinst;
     hstatus.SPV = 1, SPVP = the nominal privilege before the trap (written
     because V was 1, csrs-rv64.md 4.4), GVA = 0 (stval holds instruction
     bits, traps.md 2.6); sstatus.SPP = that privilege, SPIE = SIE, SIE = 0;
     then MRET to HS (MPP = S, MPV = 0) at stvec (Direct). */
  .globl tb_seg_m_forward
tb_seg_m_forward:
  csrw scause, t0
  csrr t0, mepc
  csrw sepc, t0
  csrr t0, mtval
  csrw stval, t0
  csrr t0, CSR_MTVAL2
  csrw htval, t0
  csrr t0, CSR_MTINST
  csrw htinst, t0
  srli t2, t1, 11
  andi t2, t2, 1            /* MPP[0]: 1 from VS, 0 from VU (MPV = 1) */
  slli t2, t2, 8            /* bit 8 is hstatus.SPVP and mstatus.SPP */
  csrr t0, hstatus
  andi t0, t0, ~(HSTATUS_SPVP | HSTATUS_GVA)
  ori t0, t0, HSTATUS_SPV
  or t0, t0, t2
  csrw hstatus, t0
  andi t0, t1, MSTATUS_SIE
  slli t0, t0, 4            /* SIE (bit 1) -> SPIE (bit 5) */
  or t2, t2, t0
  li t0, 1 << 11            /* MPP = S */
  or t2, t2, t0
  li t0, ~(MSTATUS_MPV | MSTATUS_MPP | MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE)
  and t1, t1, t0
  or t1, t1, t2
  csrw mstatus, t1
  csrr t0, stvec
  csrw mepc, t0
  ld t0, 0(sp)
  ld t1, 8(sp)
  ld t2, 16(sp)
  csrrw sp, mscratch, sp
  mret

fw_other_trap:
  li t1, CAUSE_HS_ECALL
  bne t0, t1, fw_bad_trap
  /* an SBI call from the hypervisor: only system reset exists here */
  li t1, SBI_EXT_SRST
  bne a7, t1, fw_bad_trap
  bnez a6, fw_bad_trap
  bnez a1, 1f
  j pass                    /* shutdown, no reason: the run passed */
1:
  mv gp, a1                 /* a failure reason: the guest's check */
  j fail

fw_bad_trap:
  la sp, _stack_top
  PRINT "M: unexpected trap: mcause="
  csrr a0, mcause
  call puthex
  PRINT " mepc="
  csrr a0, mepc
  call puthex
  PRINT " mtval="
  csrr a0, mtval
  call puthex
  PRINT "\n"
  li gp, 98
  j fail

  /* ================================================= HS hypervisor */
hyp_entry:
  la t0, tb_seg_hs_entry
  csrw stvec, t0
  la t0, hyp_vcpu
  csrw sscratch, t0         /* while the guest runs: the vCPU area */
  li t1, GUEST_HSTATUS
  sd t1, VCPU_HSTATUS(t0)
  sd zero, VCPU_HGATP(t0)
  li t1, GUEST_VSATP
  sd t1, VCPU_VSATP(t0)
  sd zero, VCPU_EXITS(t0)
  csrw hedeleg, zero        /* every guest trap comes here */
  csrw hideleg, zero
  csrw hcounteren, zero     /* guest counter reads trap (VI, mcounteren set) */
  li t0, GUEST_TIMEDELTA
  csrw htimedelta, t0
  csrw hgatp, zero          /* Bare: guest physical = host physical */
  csrw vsatp, zero
  csrw vsstatus, zero
  li t0, HSTATUS_HU | HSTATUS_GVA | HSTATUS_SPVP
  csrc hstatus, t0
  li t0, HSTATUS_VTSR | HSTATUS_VTW | HSTATUS_VTVM | HSTATUS_SPV
  csrs hstatus, t0
  li t0, MSTATUS_SPP        /* SRET to VS */
  csrs sstatus, t0
  la t0, guest_entry
  csrw sepc, t0
  sret

  /* HS trap vector. The same instructions for scause 2 and 22 (a bit test
     of one mask), so that the two units differ only by the M detour. */
  .align 2
  .globl tb_seg_hs_entry
tb_seg_hs_entry:
  csrrw sp, sscratch, sp    /* sp = the vCPU area, sscratch = guest sp */
  sd zero, VCPU_X(0)(sp)
  .irp r, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
  sd x\r, VCPU_X(\r)(sp)
  .endr
  csrr t0, sscratch
  sd t0, VCPU_X(2)(sp)
  csrr t0, scause
  bltz t0, hs_other_trap    /* an interrupt */
  li t1, (1 << CAUSE_ILLEGAL_INSN) | (1 << CAUSE_VIRTUAL_INSN)
  srl t1, t1, t0
  andi t1, t1, 1
  beqz t1, hs_other_trap
  /* decode: s0 = the instruction, s1 = funct3, s2 = &the guest's rd,
     s3 = the guest's rs1 value, s4 = bits 31:20 (CSR number / funct12) */
  csrr s0, stval
  beqz s0, hs_fetch_insn    /* an xtval of 0 is allowed too (traps.md 2.5) */
hs_decode:
  srli s1, s0, 12
  andi s1, s1, 7
  srli s2, s0, 7
  andi s2, s2, 31
  slli s2, s2, 3
  add s2, s2, sp
  srli t1, s0, 15
  andi t1, t1, 31
  slli t1, t1, 3
  add t1, t1, sp
  ld s3, 0(t1)
  srli s4, s0, 20

  .globl tb_seg_hs_emulate
tb_seg_hs_emulate:
  beqz s1, emu_priv         /* funct3 0: SRET, WFI, SFENCE.VMA, HFENCE */
  li t1, 4
  beq s1, t1, emu_hlv       /* funct3 4: HLV/HLVX/HSV */
  /* a CSR instruction: the guest's virtual copy of the CSR it names */
  li t1, 0x600
  addi s5, sp, VCPU_HSTATUS
  beq s4, t1, emu_csr
  li t1, 0x680
  addi s5, sp, VCPU_HGATP
  beq s4, t1, emu_csr
  li t1, 0x280
  addi s5, sp, VCPU_VSATP
  beq s4, t1, emu_csr
  li t1, 0xC01
  beq s4, t1, emu_time
  j hs_bad

  /* CSRRW/S/C(I) on a virtual CSR: rd = old value; new value by funct3
     (zicsr; a set/clear with a zero source leaves it unchanged) */
emu_csr:
  ld t1, 0(s5)              /* old */
  andi t2, s1, 4
  beqz t2, 1f
  srli s3, s0, 15
  andi s3, s3, 31           /* the immediate forms: uimm */
1:
  andi t2, s1, 3
  mv t3, s3                 /* CSRRW */
  li t4, 2
  blt t2, t4, 2f
  or t3, t1, s3             /* CSRRS */
  beq t2, t4, 2f
  not t3, s3
  and t3, t1, t3            /* CSRRC */
2:
  sd t3, 0(s5)
  sd t1, 0(s2)
  j hs_skip

  /* the guest's time: what it would read natively, time + htimedelta
     (csrs-rv64.md 2.1; HS reads time itself, mcounteren.TM = 1) */
emu_time:
  csrr t1, time
  csrr t2, htimedelta
  add t1, t1, t2
  sd t1, 0(s2)
  j hs_skip

emu_priv:
  li t1, 0x105
  beq s4, t1, hs_skip       /* WFI: a no-op return */
  li t1, 0x102
  beq s4, t1, emu_sret
  srli t1, s4, 5            /* funct7 */
  li t2, 0x09
  beq t1, t2, emu_fence     /* SFENCE.VMA */
  li t2, 0x11
  beq t1, t2, emu_fence     /* HFENCE.VVMA (the nested guest's) */
  j hs_bad

  /* both fences: flush the guest's VS-stage translations (a superset of
     what either asked for) */
emu_fence:
  hfence.vvma zero, zero
  j hs_skip

  /* HLV.D for the guest: our own HLV.D (hstatus.SPVP = the guest's
     privilege, set by the trap from V = 1) */
emu_hlv:
  li t1, 0x6C0              /* funct7 0110110, rs2 0: HLV.D */
  bne s4, t1, hs_bad
  hlv.d t1, (s3)
  sd t1, 0(s2)
  j hs_skip

  /* the guest's SRET (traps.md 4, V = 1): vsstatus.SPP picks VS or VU,
     SIE <- SPIE, SPIE <- 1, SPP <- 0, pc <- vsepc. Done by our SRET with
     SPV = 1 (set by the trap) and sstatus.SPP = the guest's SPP. */
emu_sret:
  csrr t1, vsstatus
  andi t2, t1, MSTATUS_SPP
  li t3, MSTATUS_SPP
  csrc sstatus, t3
  csrs sstatus, t2
  andi t2, t1, MSTATUS_SPIE
  srli t2, t2, 4            /* SPIE (bit 5) -> SIE (bit 1) */
  andi t1, t1, ~(MSTATUS_SIE | MSTATUS_SPP)
  or t1, t1, t2
  ori t1, t1, MSTATUS_SPIE
  csrw vsstatus, t1
  csrr t1, vsepc
  csrw sepc, t1
  j tb_seg_hs_return

hs_skip:
  csrr t0, sepc
  addi t0, t0, 4
  csrw sepc, t0
  .globl tb_seg_hs_return
tb_seg_hs_return:
  ld t0, VCPU_EXITS(sp)
  addi t0, t0, 1
  sd t0, VCPU_EXITS(sp)
  ld t0, VCPU_X(2)(sp)
  csrw sscratch, t0
  .irp r, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
  ld x\r, VCPU_X(\r)(sp)
  .endr
  csrrw sp, sscratch, sp    /* sp = the guest's, sscratch = the vCPU area */
  sret

  /* stval = 0: read the instruction at sepc the way the guest sees it */
hs_fetch_insn:
  csrr t1, sepc
  hlvx.wu s0, (t1)
  j hs_decode

hs_other_trap:
  li t1, CAUSE_VS_ECALL
  bne t0, t1, hs_bad
  /* the guest is done: shut the machine down with the guest's a0 as the
     reason (0: all checks passed) */
  ld a1, VCPU_X(10)(sp)
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
  PRINT " stval="
  csrr a0, stval
  call puthex
  PRINT "\n"
  li gp, 99
  j fail

  /* ================================================= VS guest */

/* fail if a < b (unsigned) */
.macro BLTU_FAIL a, b
  bgeu \a, \b, 1012f
  j fail
1012:
.endm

/* the hypervisor counted exactly n more exits (s10 = the count so far) */
.macro EXITS n
  ld t0, VCPU_EXITS(s11)
  addi s10, s10, \n
  BNE_FAIL t0, s10
.endm

guest_entry:
  la t0, guest_trap
  csrw stvec, t0            /* vstvec */
  li t0, GUEST_SSCRATCH
  csrw sscratch, t0         /* vsscratch: tells VS from HS below */
  la s11, hyp_vcpu
  ld s10, VCPU_EXITS(s11)

  /* 1. csrr hstatus: the hypervisor's virtual copy */
  CHECK 1
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  TB_OP csrr_hstatus, \i, csrr a\i, hstatus
  .endr
  EXITS 8
  li t1, GUEST_HSTATUS
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  BNE_FAIL a\i, t1
  .endr

  /* 2. csrw hgatp: eight values, the last one reads back */
  CHECK 2
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  li a\i, GUEST_HGATP(\i)
  .endr
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  TB_OP csrw_hgatp, \i, csrw hgatp, a\i
  .endr
  EXITS 8
  csrr t1, hgatp
  EXITS 1
  BNE_FAIL t1, a7
  .irp i, 0, 1, 2, 3, 4, 5, 6
  BEQ_FAIL t1, a\i          /* the values really differ */
  .endr

  /* 3. csrr vsatp (0x280 from VS: VI, virtual-instruction.md 4.5) */
  CHECK 3
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  TB_OP csrr_vsatp, \i, csrr a\i, vsatp
  .endr
  EXITS 8
  li t1, GUEST_VSATP
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  BNE_FAIL a\i, t1
  .endr

  /* 4. SRET under VTSR: to VS at vsepc (the label after the fail jump),
     vsstatus SPP 1 -> 0, SPIE 0 -> 1, SIE <- 0 */
  CHECK 4
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  la t0, 1f
  csrw sepc, t0             /* vsepc */
  li t0, MSTATUS_SPP | MSTATUS_SIE
  csrs sstatus, t0          /* vsstatus: SPP = 1 (VS), SIE = 1 */
  li t0, MSTATUS_SPIE
  csrc sstatus, t0          /* SPIE = 0 */
  TB_OP sret_vtsr, \i, sret
  j fail
1:
  csrr t0, sscratch         /* vsscratch in VS (VU would trap, HS differs) */
  li t1, GUEST_SSCRATCH
  BNE_FAIL t0, t1
  csrr t0, sstatus
  andi t0, t0, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE
  li t1, MSTATUS_SPIE
  BNE_FAIL t0, t1
  .endr
  EXITS 8

  /* 5. SFENCE.VMA under VTVM */
  CHECK 5
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  TB_OP sfence_vtvm, \i, sfence.vma zero, zero
  .endr
  EXITS 8

  /* 6. HFENCE.VVMA */
  CHECK 6
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  TB_OP hfence_vvma, \i, hfence.vvma zero, zero
  .endr
  EXITS 8

  /* 7. HLV.D: rd = rs1, so the emulation must read rs1 before it writes */
  CHECK 7
  la t0, hlv_data
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  addi a\i, t0, 8 * \i
  .endr
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  TB_OP hlv_d, \i, hlv.d a\i, (a\i)
  .endr
  EXITS 8
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  li t1, HLV_DATA(\i)
  BNE_FAIL a\i, t1
  .endr

  /* 8. rdtime blocked by hcounteren: time + htimedelta, between the
     CLINT's mtime before and after (+ the delta), never going back */
  CHECK 8
  li t0, CLINT_BASE + CLINT_MTIME
  ld s0, 0(t0)
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  TB_OP counter, \i, rdtime a\i
  .endr
  li t0, CLINT_BASE + CLINT_MTIME
  ld s1, 0(t0)
  EXITS 8
  li t1, GUEST_TIMEDELTA
  add s0, s0, t1
  add s1, s1, t1
  BLTU_FAIL a0, s0
  BLTU_FAIL a1, a0
  BLTU_FAIL a2, a1
  BLTU_FAIL a3, a2
  BLTU_FAIL a4, a3
  BLTU_FAIL a5, a4
  BLTU_FAIL a6, a5
  BLTU_FAIL a7, a6
  BLTU_FAIL s1, a7

  /* 9. WFI under VTW (TW = 0) */
  CHECK 9
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  TB_OP wfi_vtw, \i, wfi
  .endr
  EXITS 8

  /* done: ECALL to the hypervisor, a0 = 0 (no failure) */
  CHECK 10
  li a0, 0
  ecall
  j fail

  /* nothing is delegated to the guest: a trap here is a failure */
  .align 2
guest_trap:
  li gp, 96
  j fail

  .section .rodata
  .align 3
hlv_data:
  .irp i, 0, 1, 2, 3, 4, 5, 6, 7
  .dword HLV_DATA(\i)
  .endr

  .bss
  .align 3
fw_scratch:
  .space 32
hyp_vcpu:
  .space VCPU_SIZE
