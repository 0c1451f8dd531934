/* Device rules a plain ISA suite never looks at (PIPELINE.md 9.2, 9.3) and
 * an exception that meets a pending but disabled interrupt (PIPELINE.md 3,
 * priv machine.adoc "Machine Interrupt Registers": an interrupt is taken
 * only when enabled; until then every exception is still taken).
 *  - UART: LSR THRE/TEMT read 0 in the cycle after a THR write (tx_busy),
 *    1 again afterwards;
 *  - PLIC: a source whose priority equals the threshold is not claimable
 *    and raises no MEIP; equal priorities claim the lowest ID;
 *  - an illegal instruction with MTIP, MSIP and MEIP pending (mie = 0)
 *    still traps with cause 2. All in M with interrupts off. */
#include "test.h"
  TEST_NAME devices
  .text
  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  csrw medeleg, zero
  csrw mideleg, zero
  csrw mie, zero

#ifndef ON_QEMU /* QEMU's spike machine has no 16550, PLIC or test device */
  /* UART: each byte of "tx\n" written to THR, LSR read at once: the
     transmitter is busy (THRE = TEMT = 0); a few cycles on, both are 1 */
  li s1, UART_BASE
  li s2, 3
  la s3, tx_bytes
  CHECK 1
1:
  lbu a0, 0(s3)
  nop
  nop
  sb a0, 0(s1)
  lbu t0, UART_LSR(s1)      /* the cycle after the THR write */
  EXPECT t0, 0
  lbu t0, UART_LSR(s1)
  EXPECT t0, 0x60
  addi s3, s3, 1
  addi s2, s2, -1
  bnez s2, 1b

  /* PLIC context 0: source 3 with priority 2 at threshold 2 */
  CHECK 2
  li s1, PLIC_BASE
  li s2, TDEV_BASE
  li t0, 2
  sw t0, 4 * 3(s1)
  sw t0, 4 * 5(s1)
  li t1, PLIC_BASE + PLIC_THRESH0
  sw t0, 0(t1)
  li t0, 1 << 3
  li t1, PLIC_BASE + PLIC_ENABLE0
  sw t0, 0(t1)
  li t0, 1 << 3
  sw t0, TDEV_LINES(s2)
  nop
  nop
  nop
  li t1, PLIC_BASE + PLIC_PENDING
  lw t2, 0(t1)
  EXPECT t2, 1 << 3         /* the gateway made it pending */
  csrr t2, mip
  li t3, 1 << 11
  and t2, t2, t3
  EXPECT t2, 0              /* priority 2 is not > threshold 2: no MEIP */
  CHECK 3
  li t1, PLIC_BASE + PLIC_CLAIM0
  lw t2, 0(t1)
  EXPECT t2, 0              /* nothing to claim */
  /* threshold 1: source 3 interrupts and is claimed */
  CHECK 4
  li t1, PLIC_BASE + PLIC_THRESH0
  li t0, 1
  sw t0, 0(t1)
  nop                 /* PIPELINE.md revision 4: EIP reaches mip one cycle after the PLIC shows it */
  csrr t2, mip
  li t3, 1 << 11
  and t2, t2, t3
  EXPECT t2, 1 << 11
  li t1, PLIC_BASE + PLIC_CLAIM0
  lw t2, 0(t1)
  EXPECT t2, 3
  sw t2, 0(t1)              /* complete; the line is still 1 */
  /* sources 3 and 5 at the same priority: the lowest ID is claimed first */
  CHECK 5
  li t0, (1 << 3) | (1 << 5)
  li t1, PLIC_BASE + PLIC_ENABLE0
  sw t0, 0(t1)
  sw t0, TDEV_LINES(s2)
  nop
  nop
  nop
  li t1, PLIC_BASE + PLIC_CLAIM0
  lw t2, 0(t1)
  EXPECT t2, 3
  CHECK 6
  lw t3, 0(t1)
  EXPECT t3, 5
  sw zero, TDEV_LINES(s2)
  sw t2, 0(t1)
  sw t3, 0(t1)
  CHECK 7
  lw t2, 0(t1)
  EXPECT t2, 0
  li t1, PLIC_BASE + PLIC_ENABLE0
  sw zero, 0(t1)
  sw zero, 4 * 3(s1)
  sw zero, 4 * 5(s1)
  li t1, PLIC_BASE + PLIC_THRESH0
  sw zero, 0(t1)
#endif

  /* an illegal instruction while MTIP (mtimecmp 0) and MSIP are pending
     with mie = 0: the exception is taken, cause 2, epc = it */
  li s1, CLINT_BASE + CLINT_MTIMECMP
  sd zero, 0(s1)
  li s2, CLINT_BASE + CLINT_MSIP
  li t0, 1
  sw t0, 0(s2)
  CHECK 10
  csrr t2, mip
  andi t2, t2, (1 << 7) | (1 << 3)
  EXPECT t2, (1 << 7) | (1 << 3)
  TRAP_CASE 11, MODE_M, LVL_M, 2, .word 0
  TRAP_CASE 12, MODE_M, LVL_M, 2, .word 0x0000707f   /* opcode 0x7f: not legal */
  TRAP_CASE 13, MODE_U, LVL_M, 2, .word 0xffffffff
  /* and a load access fault likewise */
  CHECK 14
  li s3, 0x70000000
  RUN MODE_M
1:
  lw t0, 0(s3)
  END_RUN
  EXPECT_TRAP LVL_M, 5
  EXPECT_EPC 1b
  sw zero, 0(s2)
  li t1, -1
  sd t1, 0(s1)

  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .section .rodata
tx_bytes: .byte 't', 'x', '\n'
