/* Interrupts (priv machine.adoc "Machine Interrupt Registers", "Machine
 * Trap Delegation"; hypervisor.adoc "Hypervisor Interrupt Registers",
 * "Hypervisor Trap Delegation"; traps.md 1.2): the CLINT timer to M; SEI
 * delegated to HS (mideleg) from the PLIC's context 1; VS-level interrupts
 * (hideleg) from hvip taken in VS with vscause 1/5/9; guest external
 * interrupts through hstatus.VGEIN and hgeie from the test device's SGEIP. */
#include "test.h"
  .option arch, +h
  TEST_NAME irq
  .text

#ifdef ON_QEMU
#define WAKE 20000
#define SPIN 20000000
#else
#define WAKE 200
#define SPIN 20000
#endif

/* a bounded loop that an interrupt is expected to cut short */
.macro SPIN_LOOP
  li t0, SPIN
1095:
  addi t0, t0, -1
  bnez t0, 1095b
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  csrw medeleg, zero
  csrw mideleg, zero
  csrw hideleg, zero
  csrw mie, zero
  csrw hvip, zero
  li t0, CLINT_BASE + CLINT_MTIMECMP
  li t1, -1
  sd t1, 0(t0)

  /* the timer to M, in M with MIE = 1 (MRET with MPIE = 1) */
  CHECK 1
  li t0, 1 << 7
  csrw mie, t0
  li t0, CLINT_BASE + CLINT_MTIME
  ld t1, 0(t0)
  li t2, WAKE
  add t1, t1, t2
  li t0, CLINT_BASE + CLINT_MTIMECMP
  sd t1, 0(t0)
  li t0, MSTATUS_MPIE
  csrs mstatus, t0
  RUN MODE_M
  SPIN_LOOP
  END_RUN
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_FIELD TR_STATUS, MSTATUS_MPIE|MSTATUS_MIE, MSTATUS_MPIE
  EXPECT_TVAL 0
  /* the same pending timer, from U: taken at once (M-level is always
     enabled below M), mepc = the first instruction */
  CHECK 2
  li t0, MSTATUS_MPIE
  csrc mstatus, t0
  RUN MODE_U
u_first:
  nop
  END_RUN
  EXPECT_TRAP LVL_M, IRQ_BIT | 7
  EXPECT_EPC u_first
  li t0, CLINT_BASE + CLINT_MTIMECMP
  li t1, -1
  sd t1, 0(t0)
  csrw mie, zero

  /* MSIP through the CLINT's msip, to M from HS */
  CHECK 3
  li t0, 1 << 3
  csrw mie, t0
  li t0, CLINT_BASE + CLINT_MSIP
  li t1, 1
  sw t1, 0(t0)
  RUN MODE_HS
  nop
  END_RUN
  EXPECT_TRAP LVL_M, IRQ_BIT | 3
  li t0, CLINT_BASE + CLINT_MSIP
  sw zero, 0(t0)
  csrw mie, zero

  /* SSIP delegated to HS: taken in HS with SIE = 1, scause = 1 */
  CHECK 4
  li t0, 1 << 1
  csrw mideleg, t0
  csrw mie, t0
  csrs mip, t0
  li t0, MSTATUS_SPIE
  csrs mstatus, t0
  RUN MODE_HS
  csrsi sstatus, MSTATUS_SIE
hs_ssi:
  nop
  END_RUN
  EXPECT_TRAP LVL_HS, IRQ_BIT | 1
  EXPECT_EPC hs_ssi
  EXPECT_FIELD TR_STATUS, MSTATUS_SPIE|MSTATUS_SIE|MSTATUS_SPP, MSTATUS_SPIE|MSTATUS_SPP
  /* not taken in HS with SIE = 0 */
  CHECK 5
  RUN MODE_HS
  csrci sstatus, MSTATUS_SIE
  nop
  END_RUN
  EXPECT_NO_TRAP
  li t0, 1 << 1
  csrc mip, t0
  csrw mie, zero
  csrw mideleg, zero

#ifndef ON_QEMU /* QEMU's spike machine has no PLIC and no test device */
  /* SEI delegated to HS: test-device line 5 -> PLIC context 1 -> SEIP */
  CHECK 6
  li s1, PLIC_BASE
  li t0, 2
  sw t0, 4 * 5(s1)          /* priority of source 5 */
  li t0, 1 << 5
  li t1, PLIC_BASE + PLIC_ENABLE1
  sw t0, 0(t1)
  li t1, PLIC_BASE + PLIC_THRESH1
  li t0, 1
  sw t0, 0(t1)              /* priority 2 > threshold 1 */
  li t0, 1 << 9
  csrw mideleg, t0
  csrw mie, t0
  RUN MODE_U
  li t0, TDEV_BASE
  li t1, 1 << 5
  sw t1, TDEV_LINES(t0)
  SPIN_LOOP
  END_RUN
  EXPECT_TRAP LVL_HS, IRQ_BIT | 9
  li t1, PLIC_BASE + PLIC_CLAIM1
  lw t2, 0(t1)
  EXPECT t2, 5
  li t0, TDEV_BASE
  sw zero, TDEV_LINES(t0)
  sw t2, 0(t1)
  csrr t2, mip
  andi t2, t2, 1 << 9
  EXPECT t2, 0
  /* the same source is not seen by context 0 (not enabled there) */
  csrr t2, mip
  li t3, 1 << 11
  and t2, t2, t3
  EXPECT t2, 0
  csrw mie, zero
  csrw mideleg, zero
#endif

  /* VS-level interrupts from hvip (hideleg): taken in VS, vscause 1/5/9 */
.macro VSIRQ n, bit, code, mode
  CHECK \n
  li t0, 1 << \bit
  csrw hideleg, t0
  csrw mie, t0
  csrw hvip, t0
  li t0, MSTATUS_SIE
  csrs vsstatus, t0
  RUN \mode
1096:
  nop
  END_RUN
  EXPECT_TRAP LVL_VS, IRQ_BIT | \code
  EXPECT_EPC 1096b
  csrw hvip, zero
  csrw mie, zero
  csrw hideleg, zero
.endm
  VSIRQ 10, 2, 1, MODE_VS
  VSIRQ 11, 6, 5, MODE_VS
  VSIRQ 12, 10, 9, MODE_VS
  VSIRQ 13, 2, 1, MODE_VU
  /* in VS with vsstatus.SIE = 0: not taken */
  CHECK 14
  li t0, 1 << 2
  csrw hideleg, t0
  csrw mie, t0
  csrw hvip, t0
  li t0, MSTATUS_SIE
  csrc vsstatus, t0
  RUN MODE_VS
  nop
  END_RUN
  EXPECT_NO_TRAP
  /* never taken when V = 0, even in U */
  CHECK 15
  RUN MODE_U
  nop
  END_RUN
  EXPECT_NO_TRAP
  /* hideleg = 0: the same VSSIP is an HS-level interrupt, scause 2 */
  CHECK 16
  csrw hideleg, zero
  RUN MODE_VS
  nop
  END_RUN
  EXPECT_TRAP LVL_HS, IRQ_BIT | 2
  csrw hvip, zero
  csrw mie, zero

#ifndef ON_QEMU
  /* guest external interrupt 1 (test device SGEIP bit 0 -> hgeip[1]) */
  CHECK 20
  li s2, TDEV_BASE
  li t0, 1
  sd t0, TDEV_SGEIP(s2)
  csrr t1, hgeip
  EXPECT t1, 2
  /* VGEIN = 1: VSEIP, taken in VS as vscause 9 */
  CHECK 21
  li t0, 1 << HSTATUS_VGEIN_SHIFT
  csrs hstatus, t0
  csrr t1, hip
  andi t1, t1, 1 << 10
  EXPECT t1, 1 << 10
  li t0, 1 << 10
  csrw hideleg, t0
  csrw mie, t0
  li t0, MSTATUS_SIE
  csrs vsstatus, t0
  RUN MODE_VS
1:
  nop
  END_RUN
  EXPECT_TRAP LVL_VS, IRQ_BIT | 9
  EXPECT_EPC 1b
  csrw mie, zero
  csrw hideleg, zero
  li t0, 0x3f << HSTATUS_VGEIN_SHIFT
  csrc hstatus, t0
  /* hgeie[1] and SGEIE: SGEI, an HS-level interrupt, scause 12 */
  CHECK 22
  li t0, 2
  csrw hgeie, t0
  li t0, 1 << 12
  csrw mie, t0
  RUN MODE_VS
  nop
  END_RUN
  EXPECT_TRAP LVL_HS, IRQ_BIT | 12
  /* and it goes away with the device's line */
  CHECK 23
  sd zero, TDEV_SGEIP(s2)
  csrr t1, mip
  li t2, 1 << 12
  and t1, t1, t2
  EXPECT t1, 0
  /* the device's countdown raises SGEIP later: taken from a spin loop */
  CHECK 24
  li t0, 1
  sd t0, TDEV_ARM_SGEIP(s2)
  li t0, 100
  sw t0, TDEV_COUNTDOWN(s2)
  RUN MODE_VU
  SPIN_LOOP
  END_RUN
  EXPECT_TRAP LVL_HS, IRQ_BIT | 12
  sd zero, TDEV_SGEIP(s2)
  sd zero, TDEV_ARM_SGEIP(s2)
  csrw hgeie, zero
  csrw mie, zero
#endif

  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret
