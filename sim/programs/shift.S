/* RV64I shifts (unpriv rv64.adoc "Integer Register-Immediate/Register-Register
 * Operations"): 64-bit shifts use rs2[5:0] / shamt[5:0]; the W forms use
 * rs2[4:0] / shamt[4:0] on the low 32 bits and sign-extend the result. */
#include "test.h"
  TEST_NAME shift
  .text
  .globl main
main:
  TEST_RR 1,  sll, 1, 1, 0
  TEST_RR 2,  sll, 0x8000000000000000, 1, 63
  TEST_RR 3,  sll, 2, 1, 65
  TEST_RR 4,  sll, 0xfffffffffffffff0, -1, 4
  TEST_RR 5,  srl, 1, 0x8000000000000000, 63
  TEST_RR 6,  srl, 0x4000000000000000, 0x8000000000000000, 65
  TEST_RR 7,  srl, 0x0fffffffffffffff, -1, 4
  TEST_RR 8,  sra, 0xffffffffffffffff, 0x8000000000000000, 63
  TEST_RR 9,  sra, 0xc000000000000000, 0x8000000000000000, 1
  TEST_RR 10, sra, 1, 0x7fffffffffffffff, 62
  TEST_RR 11, sra, 0x8000000000000001, 0x8000000000000001, 64
  TEST_IMM 12, slli, 0x8000000000000000, 1, 63
  TEST_IMM 13, slli, 0x123456789abcdef0, 0x0123456789abcdef, 4
  TEST_IMM 14, srli, 0x80000000, 0x8000000000000000, 32
  TEST_IMM 15, srai, 0xffffffff80000000, 0x8000000000000000, 32
  TEST_IMM 16, srai, 0x7fffffffffffffff, 0x7fffffffffffffff, 0
  /* SLLW / SRLW / SRAW: rs2[4:0] */
  TEST_RR 17, sllw, 0xffffffff80000000, 1, 31
  TEST_RR 18, sllw, 1, 1, 32
  TEST_RR 19, sllw, 2, 1, 33
  TEST_RR 20, sllw, 0x23456780, 0xffffffff12345678, 4
  TEST_RR 21, sllw, 0xffffffff80000000, 1, 63
  TEST_RR 22, srlw, 1, 0xffffffff80000000, 31
  TEST_RR 23, srlw, 0xffffffff80000000, 0x80000000, 0
  TEST_RR 24, srlw, 0xffffffff80000000, 0xffffffff80000000, 32
  TEST_RR 25, srlw, 0x0fffffff, 0x00000000fffffff0, 4
  TEST_RR 26, srlw, 0x40000000, 0x1234567880000000, 1
  TEST_RR 27, sraw, 0xffffffffffffffff, 0x80000000, 31
  TEST_RR 28, sraw, 1, 0x7fffffff, 30
  TEST_RR 29, sraw, 0xfffffffff8000000, 0x0000000080000000, 36
  TEST_RR 30, sraw, 0x20000000, 0x0000000140000000, 1
  /* SLLIW / SRLIW / SRAIW */
  TEST_IMM 31, slliw, 0xffffffff80000000, 1, 31
  TEST_IMM 32, slliw, 1, 0xffffffff00000001, 0
  TEST_IMM 33, srliw, 0xffffffff80000000, 0xffffffff80000000, 0
  TEST_IMM 34, srliw, 0x40000000, 0x80000000, 1
  TEST_IMM 35, srliw, 1, 0xffffffffffffffff, 31
  TEST_IMM 36, srliw, 0x0fffffff, 0x12345678ffffffff, 4
  TEST_IMM 37, sraiw, 0xffffffffffffffff, 0x80000000, 31
  TEST_IMM 38, sraiw, 0xfffffffff8000000, 0x80000000, 4
  TEST_IMM 39, sraiw, 0x07000000, 0x1234567870000000, 4
  TEST_IMM 40, sraiw, 0xffffffffffffffff, 0x00000000ffffffff, 0
  /* shift amount from a just-computed register */
  CHECK 41
  li x11, 0xff
  li x12, 60
  addi x12, x12, 4         /* 64: rs2[5:0] = 0 */
  sll x14, x11, x12
  EXPECT x14, 0xff
  li a0, 0
  ret
