/* RV64I loads and stores (unpriv rv32.adoc / rv64.adoc "Load and Store
 * Instructions"): every width, sign and zero extension, byte lanes of the
 * doubleword, store then load, offsets at the immediate limits. */
#include "test.h"
  TEST_NAME loadstore
  .text

.macro LD_EXP n, op, off, exp
  li gp, \n
  \op x14, \off(a0)
  li x7, \exp
  BNE_FAIL x14, x7
.endm

  .globl main
main:
  la a0, buf
  CHECK 1
  li x11, 0x8877665544332211
  sd x11, 0(a0)
  ld x14, 0(a0)
  EXPECT_R x14, x11
  LD_EXP 2,  lb,  0, 0x11
  LD_EXP 3,  lb,  3, 0x44
  LD_EXP 4,  lb,  7, 0xffffffffffffff88
  LD_EXP 5,  lbu, 7, 0x88
  LD_EXP 6,  lbu, 5, 0x66
  LD_EXP 7,  lh,  0, 0x2211
  LD_EXP 8,  lh,  6, 0xffffffffffff8877
  LD_EXP 9,  lhu, 6, 0x8877
  LD_EXP 10, lhu, 2, 0x4433
  LD_EXP 11, lh,  4, 0x6655
  LD_EXP 12, lw,  0, 0x44332211
  LD_EXP 13, lw,  4, 0xffffffff88776655
  LD_EXP 14, lwu, 4, 0x88776655
  LD_EXP 15, lwu, 0, 0x44332211
  /* SB/SH/SW write only their lanes, from the low bits of rs2 */
  CHECK 16
  li x11, 0x123456789abcdeAA
  sb x11, 3(a0)
  ld x14, 0(a0)
  EXPECT x14, 0x88776655AA332211
  CHECK 17
  li x11, 0x7777beef
  sh x11, 6(a0)
  ld x14, 0(a0)
  EXPECT x14, 0xbeef6655AA332211
  CHECK 18
  li x11, 0xffffffffdeadc0de
  sw x11, 0(a0)
  ld x14, 0(a0)
  EXPECT x14, 0xbeef6655deadc0de
  CHECK 19
  li x11, 0x0102
  sh x11, 2(a0)
  ld x14, 0(a0)
  EXPECT x14, 0xbeef66550102c0de
  CHECK 20
  li x11, 0x55
  sw x11, 4(a0)
  ld x14, 0(a0)
  EXPECT x14, 0x000000550102c0de
  /* every byte lane by SB, read back by LD and by LBU */
  CHECK 21
  sd zero, 8(a0)
  li x11, 0xa0
  sb x11, 8(a0)
  addi x11, x11, 1
  sb x11, 9(a0)
  addi x11, x11, 1
  sb x11, 10(a0)
  addi x11, x11, 1
  sb x11, 11(a0)
  addi x11, x11, 1
  sb x11, 12(a0)
  addi x11, x11, 1
  sb x11, 13(a0)
  addi x11, x11, 1
  sb x11, 14(a0)
  addi x11, x11, 1
  sb x11, 15(a0)
  ld x14, 8(a0)
  EXPECT x14, 0xa7a6a5a4a3a2a1a0
  LD_EXP 22, lbu, 9, 0xa1
  LD_EXP 23, lb, 14, 0xffffffffffffffa6
  /* every halfword lane by SH */
  CHECK 24
  li x11, 0x1111
  sh x11, 16(a0)
  li x11, 0x2222
  sh x11, 18(a0)
  li x11, 0x3333
  sh x11, 20(a0)
  li x11, 0x8444
  sh x11, 22(a0)
  ld x14, 16(a0)
  EXPECT x14, 0x8444333322221111
  LD_EXP 25, lh, 22, 0xffffffffffff8444
  /* both word lanes by SW */
  CHECK 26
  li x11, 0x90000001
  sw x11, 24(a0)
  li x11, 0x70000002
  sw x11, 28(a0)
  ld x14, 24(a0)
  EXPECT x14, 0x7000000290000001
  LD_EXP 27, lw, 24, 0xffffffff90000001
  /* negative offsets and the immediate limits */
  CHECK 28
  addi s1, a0, 32
  li x11, 0x0badf00d0badf00d
  sd x11, -8(s1)
  ld x14, 24(a0)
  EXPECT_R x14, x11
  CHECK 29
  la s1, big
  addi s2, s1, 2047
  li x11, 0x5a5a
  sd x11, -2047(s2)        /* = big */
  ld x14, 0(s1)
  EXPECT_R x14, x11
  CHECK 30
  la s1, big_end
  addi s2, s1, -2047
  li x11, 0x6b6b
  sd x11, 2047-8(s2)       /* big_end - 8 */
  ld x14, -8(s1)
  EXPECT_R x14, x11
  CHECK 31
  la s1, big
  li s2, 2048
  add s2, s2, s1
  li x11, 0x7c7c
  sd x11, -2048(s2)
  ld x14, 0(s1)
  EXPECT_R x14, x11
  /* a load into x0 writes nothing */
  CHECK 32
  ld x0, 0(a0)
  EXPECT x0, 0
  add x14, x0, x0
  EXPECT x14, 0
  /* store then load at once, different widths on the same doubleword */
  CHECK 33
  li x11, -1
  sd x11, 32(a0)
  sb zero, 33(a0)
  lhu x14, 32(a0)
  EXPECT x14, 0x00ff
  CHECK 34
  sw zero, 36(a0)
  ld x14, 32(a0)
  EXPECT x14, 0x00000000ffff00ff
  li a0, 0
  ret

  .data
  .align 4
buf: .space 64
big: .space 4096
big_end:
