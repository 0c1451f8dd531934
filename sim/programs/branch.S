/* RV64I control transfer (unpriv rv32.adoc "Control Transfer Instructions"):
 * the six conditional branches taken and not taken, forward and backward
 * (both BTFN predictions, PIPELINE.md 4.2, right and wrong), JAL/JALR link
 * values (pc + 4), JALR clearing bit 0 of rs1 + imm, a backward loop. */
#include "test.h"
  TEST_NAME branch
  .text

/* op a, b must be taken: forward and backward */
.macro BR_TAKEN n, op, a, b
  li gp, \n
  li x11, \a
  li x12, \b
  \op x11, x12, 2001f
  j fail
2001:
  j 2003f
2002:
  j 2004f
2003:
  \op x11, x12, 2002b
  j fail
2004:
.endm

/* op a, b must not be taken: forward and backward */
.macro BR_NOT n, op, a, b
  li gp, \n
  li x11, \a
  li x12, \b
  \op x11, x12, 2005f
  j 2006f
2005:
  j fail
2006:
  j 2008f
2007:
  j fail
2008:
  \op x11, x12, 2007b
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  BR_TAKEN 1, beq, 5, 5
  BR_NOT   2, beq, 5, 6
  BR_TAKEN 3, bne, 5, 6
  BR_NOT   4, bne, 5, 5
  BR_TAKEN 5, blt, -1, 0
  BR_NOT   6, blt, 0, -1
  BR_NOT   7, blt, 3, 3
  BR_TAKEN 8, bge, 0, -1
  BR_TAKEN 9, bge, 3, 3
  BR_NOT   10, bge, -1, 0
  BR_TAKEN 11, bltu, 0, -1
  BR_NOT   12, bltu, -1, 0
  BR_NOT   13, bltu, 3, 3
  BR_TAKEN 14, bgeu, -1, 0
  BR_TAKEN 15, bgeu, 3, 3
  BR_NOT   16, bgeu, 0, -1
  BR_TAKEN 17, blt, 0x8000000000000000, 0x7fffffffffffffff
  BR_TAKEN 18, bltu, 0x7fffffffffffffff, 0x8000000000000000

  /* instructions in the shadow of a taken branch do nothing */
  CHECK 19
  li x14, 0
  beq x0, x0, 1f
  addi x14, x14, 1
  addi x14, x14, 2
1:
  EXPECT x14, 0

  /* JAL forward: link = pc + 4, shadow skipped */
  CHECK 20
  li x14, 0
  jal x1, 1f
2:
  addi x14, x14, 1
1:
  la x7, 2b
  EXPECT_R x1, x7
  EXPECT x14, 0

  /* JAL backward */
  CHECK 21
  j 3f
4:
  la x7, 5f
  EXPECT_R x5, x7
  j 6f
3:
  jal x5, 4b
5:
  j fail
6:

  /* JAL with rd = x0 writes nothing */
  CHECK 22
  jal x0, 1f
  j fail
1:
  EXPECT x0, 0

  /* JALR: target = (rs1 + imm) & ~1, link = pc + 4 */
  CHECK 23
  la t0, 1f
  addi t0, t0, 1           /* bit 0 set: cleared by JALR */
  jalr x1, 0(t0)
2:
  j fail
1:
  la x7, 2b
  EXPECT_R x1, x7

  CHECK 24
  la t0, 1f
  addi t0, t0, -8
  jalr x1, 8(t0)
2:
  j fail
1:
  la x7, 2b
  EXPECT_R x1, x7

  CHECK 25
  la t0, 1f
  addi t0, t0, 16
  jalr x1, -15(t0)         /* -15 + 16 = 1: bit 0 cleared */
  j fail
1:

  /* JALR rd = rs1: the target uses the old value */
  CHECK 26
  la x1, 1f
  jalr x1, 0(x1)
2:
  j fail
1:
  la x7, 2b
  EXPECT_R x1, x7

  /* JALR to pc + 4 still works */
  CHECK 27
  la t0, 1f
  jalr x0, 0(t0)
1:

  /* call / ret */
  CHECK 28
  li a0, 20
  call add_two
  EXPECT a0, 22

  /* backward-branch loops */
  CHECK 29
  li t0, 10
  li t1, 0
1:
  addi t1, t1, 1
  addi t0, t0, -1
  bnez t0, 1b
  EXPECT t1, 10

  CHECK 30
  li t0, 100
  li t1, 0
1:
  add t1, t1, t0
  addi t0, t0, -1
  bgtu t0, zero, 1b
  EXPECT t1, 5050

  /* nested loops: 7 x 9 */
  CHECK 31
  li t2, 0
  li t0, 7
1:
  li t1, 9
2:
  addi t2, t2, 1
  addi t1, t1, -1
  bnez t1, 2b
  addi t0, t0, -1
  bnez t0, 1b
  EXPECT t2, 63

  /* a branch on a value produced just before it (forwarding into EX) */
  CHECK 32
  li t0, 3
  addi t0, t0, -3
  beqz t0, 1f
  j fail
1:
  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

add_two:
  addi a0, a0, 2
  ret
