/* hvdemo: a tiny hypervisor stack on the vitrap core, every step printed.
 *
 *  M  firmware : delegates cause 22 and the VS/VU ECALLs to HS (medeleg),
 *                enters HS by MRET.
 *  HS hypervisor: turns on hstatus.VTSR and VTW, delegates VU ECALLs on to
 *                the guest (hedeleg[8]), starts the guest kernel in VS by SRET
 *                (hstatus.SPV = 1, SPP = 1). Its trap handler emulates the
 *                guest's cause-22 instructions (decodes stval, does the
 *                effect, advances sepc): a read of hstatus (an HS CSR: VI in
 *                VS, virtual-instruction.md 3), WFI under VTW, SRET under
 *                VTSR (it performs the guest's return into VU).
 *  VS guest kernel: reads hstatus, idles with WFI, starts a VU task by SRET.
 *  VU task    : ECALL to the guest kernel (cause 8, delegated to VS).
 *  The guest kernel's ECALL (cause 10) tells the hypervisor it is done. */
#include "test.h"
  .option arch, +h
  TEST_NAME hvdemo
  .text

#define GUEST_HSTATUS 0x5a5a        /* what the hypervisor shows the guest */

  /* ================================================= M firmware */
  .globl main
main:
  PRINT "M: firmware: medeleg sends cause 22 and the VS/VU ECALLs to HS\n"
  li t0, (1 << 22) | (1 << 10) | (1 << 8)
  csrw medeleg, t0
  la t0, hyp_trap
  csrw stvec, t0
  la t0, hyp_stack_top
  csrw sscratch, t0
  li t0, MSTATUS_MPP | MSTATUS_MPV
  csrc mstatus, t0
  li t0, 1 << 11            /* MPP = S, MPV = 0: HS */
  csrs mstatus, t0
  la t0, hyp_entry
  csrw mepc, t0
  mret

  /* ================================================= HS hypervisor */
hyp_entry:
  PRINT "HS: hypervisor: starting the VS guest (VTSR, VTW on)\n"
  li t0, 1 << 8
  csrw hedeleg, t0
  csrw hgatp, zero
  csrw vsatp, zero
  li t0, HSTATUS_VTSR | HSTATUS_VTW | HSTATUS_SPV
  csrs hstatus, t0
  li t0, MSTATUS_SPP
  csrs sstatus, t0
  la t0, guest_entry
  csrw sepc, t0
  sret

  .align 2
hyp_trap:
  csrrw sp, sscratch, sp    /* sp = the hypervisor stack */
  addi sp, sp, -256
  .irp r, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
  sd x\r, 8 * \r(sp)
  .endr
  csrr t0, sscratch
  sd t0, 16(sp)             /* the guest's sp */
  csrr t0, scause
  li t1, 22
  beq t0, t1, hyp_virtual
  li t1, 10
  beq t0, t1, hyp_guest_done
  j hyp_bad

hyp_virtual:
  csrr s0, stval            /* the instruction bits */
  bnez s0, 1f
  /* stval may be 0 (an implementation without mtval_insn, or QEMU 7.2):
     fetch the instruction at sepc (the guest runs with Bare translation) */
  csrr t0, sepc
  lwu s0, 0(t0)
1:
  li t0, 0x10500073
  beq s0, t0, emu_wfi
  li t0, 0x10200073
  beq s0, t0, emu_sret
  /* CSRRS rd, hstatus, x0 (csrr): funct3 = 2, csr = 0x600, rs1 = 0 */
  li t0, 0xfff0707f
  and t1, s0, t0
  li t0, 0x60002073
  beq t1, t0, emu_csrr_hstatus
#ifdef ON_QEMU
  /* QEMU 7.2 reports a WFI's virtual-instruction trap with sepc = WFI + 4
     and stval = 0 (the spec: sepc = the WFI); accept that here only */
  csrr t0, sepc
  lwu t1, -4(t0)
  li t2, 0x10500073
  bne t1, t2, hyp_bad
  PRINT "HS: cause 22: emulated wfi\n"
  j hyp_return
#endif
  j hyp_bad

emu_csrr_hstatus:
  PRINT "HS: cause 22: emulated csrr hstatus\n"
  srli t0, s0, 7
  andi t0, t0, 31           /* rd */
  beqz t0, 1f
  slli t0, t0, 3
  add t0, t0, sp
  li t1, GUEST_HSTATUS
  sd t1, 0(t0)              /* the guest's rd in the saved frame */
1:
  j hyp_skip

emu_wfi:
  PRINT "HS: cause 22: emulated wfi\n"
  j hyp_skip

emu_sret:
  /* the guest's SRET: vsstatus.SPP chooses VS or VU, SIE <- SPIE,
     SPIE <- 1, SPP <- 0, pc <- vsepc; done by an HS SRET with SPV = 1 */
  PRINT "HS: cause 22: emulated sret into VU\n"
  csrr t0, vsstatus
  li t1, MSTATUS_SPP
  csrc sstatus, t1
  and t2, t0, t1
  csrs sstatus, t2          /* SPP = the guest's SPP */
  li t1, MSTATUS_SIE
  csrc vsstatus, t1
  andi t2, t0, MSTATUS_SPIE
  srli t2, t2, 4            /* SPIE (5) -> SIE (1) */
  csrs vsstatus, t2
  li t1, MSTATUS_SPIE
  csrs vsstatus, t1
  li t1, MSTATUS_SPP
  csrc vsstatus, t1
  csrr t0, vsepc
  csrw sepc, t0
  li t0, HSTATUS_SPV
  csrs hstatus, t0
  j hyp_return

hyp_skip:
  csrr t0, sepc
  addi t0, t0, 4
  csrw sepc, t0
hyp_return:
  ld t0, 16(sp)
  csrw sscratch, t0
  .irp r, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
  ld x\r, 8 * \r(sp)
  .endr
  addi sp, sp, 256
  csrrw sp, sscratch, sp    /* sp = the guest's, sscratch = ours again */
  sret

hyp_guest_done:
  PRINT "HS: guest finished (ecall from VS)\n"
  j pass

hyp_bad:
  PRINT "HS: unexpected trap\n"
  li gp, 99
  j fail

  /* ================================================= VS guest kernel */
guest_entry:
  la sp, guest_stack_top
  la t0, guest_trap
  csrw stvec, t0            /* vstvec */
  PRINT "VS: guest kernel: booted\n"
  csrr s1, hstatus          /* cause 22: the hypervisor emulates it */
  PRINT "VS: guest kernel: hstatus reads "
  mv a0, s1
  call puthex
  PRINT "\n"
  li t0, GUEST_HSTATUS
  beq s1, t0, 1f
  li gp, 1
  j fail
1:
  wfi                       /* cause 22 under VTW */
  PRINT "VS: guest kernel: back from wfi, starting the VU task\n"
  la t0, task_entry
  csrw sepc, t0             /* vsepc */
  li t0, MSTATUS_SPP
  csrc sstatus, t0          /* vsstatus.SPP = 0: VU */
  sret                      /* cause 22 under VTSR */
  li gp, 2
  j fail

  .align 2
guest_trap:
  csrr s1, scause           /* vscause */
  li t0, 8
  beq s1, t0, 1f
  li gp, 3
  j fail
1:
  la sp, guest_stack_top
  PRINT "VS: guest kernel: ecall from the task (scause 8)\n"
  li a7, 0
  ecall                     /* cause 10 to the hypervisor: done */
  li gp, 4
  j fail

  /* ================================================= VU task */
task_entry:
  la sp, task_stack_top
  PRINT "VU: task: running, ecall to the guest kernel\n"
  ecall
  li gp, 5
  j fail

  .bss
  .align 4
  .space 2048
hyp_stack_top:
  .space 2048
guest_stack_top:
  .space 2048
task_stack_top:
