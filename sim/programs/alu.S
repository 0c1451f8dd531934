/* RV64I integer computational instructions (unpriv rv64.adoc, rv32.adoc
 * "Integer Computational Instructions"), including the W forms whose 32-bit
 * results are sign-extended to 64 bits. */
#include "test.h"
  TEST_NAME alu
  .text
  .globl main
main:
  /* ADD / SUB */
  TEST_RR 1,  add, 0, 0, 0
  TEST_RR 2,  add, 2, 1, 1
  TEST_RR 3,  add, 0x8000000000000000, 0x7fffffffffffffff, 1
  TEST_RR 4,  add, 0, -1, 1
  TEST_RR 5,  sub, 0xffffffffffffffff, 0, 1
  TEST_RR 6,  sub, 0x7fffffffffffffff, 0x8000000000000000, 1
  /* ADDI: 12-bit sign-extended immediate */
  TEST_IMM 7, addi, 2, 5, -3
  TEST_IMM 8, addi, 0, -1, 1
  TEST_IMM 9, addi, 0x8000000000000000, 0x7fffffffffffffff, 1
  TEST_IMM 10, addi, 0xfffffffffffff800, 0, -2048
  /* logical */
  TEST_RR 11, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
  TEST_RR 12, or,  0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
  TEST_RR 13, xor, 0xf00ff00ff00ff00f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
  TEST_IMM 14, andi, 0x700, 0xff00ff00ff00ff00, 0x7f0
  TEST_IMM 15, ori,  0xffffffffffffff0f, 0xff00ff00ff00ff00, -241
  TEST_IMM 16, xori, 0x00ff00ff00ff07f0, 0x00ff00ff00ff00ff, 0x70f
  TEST_IMM 17, xori, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1
  /* LUI sign-extends its 32-bit result; AUIPC adds to its own pc */
  CHECK 18
  lui x14, 0x80000
  EXPECT x14, 0xffffffff80000000
  CHECK 19
  lui x14, 0x7ffff
  EXPECT x14, 0x7ffff000
  CHECK 20
1:
  auipc x14, 0
  la x7, 1b
  EXPECT_R x14, x7
  CHECK 21
2:
  auipc x14, 1
  la x7, 2b
  li x6, 0x1000
  add x7, x7, x6
  EXPECT_R x14, x7
  /* W forms: 32-bit operation, result sign-extended, upper source bits ignored */
  TEST_RR 22, addw, 0xffffffff80000000, 0x7fffffff, 1
  TEST_RR 23, addw, 0xffffffffffffffff, 0xffffffff, 0
  TEST_RR 24, addw, 3, 0x1234567800000001, 0x0000000100000002
  TEST_RR 25, subw, 0xffffffffffffffff, 0, 1
  TEST_RR 26, subw, 0x7fffffff, 0x80000000, 1
  TEST_RR 27, subw, 0, 0x1111111100000005, 0x2222222200000005
  TEST_IMM 28, addiw, 0xffffffff80000000, 0x7fffffff, 1
  TEST_IMM 29, addiw, 0, 0xffffffff00000000, 0
  TEST_IMM 30, addiw, 0xffffffffffffffff, 0x00000000fffffffe, 1
  TEST_IMM 31, addiw, 0xffffffff80000000, 0x0000000080000000, 0
  TEST_IMM 32, addiw, 0x7ffff800, 0x7fffffff, -2047
  /* x0 is never written */
  CHECK 33
  li x11, 5
  li x12, 6
  add x0, x11, x12
  add x13, x0, x0          /* x0 reads 0: nothing is forwarded for it */
  addi x0, x0, 7
  sub x14, x11, x0
  lui x0, 0x12345
  EXPECT x0, 0
  EXPECT x13, 0
  EXPECT x14, 5
  /* rd = rs1 = rs2 */
  TEST_RR_SAME 34, add, 6, 3
  TEST_RR_SAME 35, sub, 0, 0x123456789
  TEST_RR_SAME 36, xor, 0, -1
  TEST_RR_SAME 37, addw, 0xfffffffffffffffe, 0x7fffffff
  /* back-to-back dependences (forwarding from MEM and from WB) */
  CHECK 38
  li x11, 1
  add x12, x11, x11
  add x13, x12, x11
  add x14, x13, x12
  add x15, x14, x13
  EXPECT x15, 8
  li a0, 0
  ret
