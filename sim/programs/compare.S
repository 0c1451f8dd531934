/* RV64I SLT/SLTU/SLTI/SLTIU (unpriv rv32.adoc "Integer Computational
 * Instructions"): signed / unsigned compare; SLTIU sign-extends its
 * immediate, then compares unsigned. */
#include "test.h"
  TEST_NAME compare
  .text
  .globl main
main:
  TEST_RR 1,  slt, 0, 0, 0
  TEST_RR 2,  slt, 1, -1, 0
  TEST_RR 3,  slt, 0, 0, -1
  TEST_RR 4,  slt, 1, 0x8000000000000000, 0x7fffffffffffffff
  TEST_RR 5,  slt, 0, 0x7fffffffffffffff, 0x8000000000000000
  TEST_RR 6,  slt, 0, 5, 5
  TEST_RR 7,  slt, 1, 4, 5
  TEST_RR 8,  sltu, 1, 0, -1
  TEST_RR 9,  sltu, 0, -1, 0
  TEST_RR 10, sltu, 0, 0x8000000000000000, 0x7fffffffffffffff
  TEST_RR 11, sltu, 1, 0x7fffffffffffffff, 0x8000000000000000
  TEST_RR 12, sltu, 0, 5, 5
  TEST_RR 13, sltu, 0, 0, 0
  TEST_IMM 14, slti, 1, -1, 0
  TEST_IMM 15, slti, 0, 0, -1
  TEST_IMM 16, slti, 0, 0x7ff, 0x7ff
  TEST_IMM 17, slti, 1, 0x7fe, 0x7ff
  TEST_IMM 18, slti, 1, 0x8000000000000000, -2048
  TEST_IMM 19, slti, 1, -2049, -2048
  TEST_IMM 20, slti, 0, -2048, -2048
  TEST_IMM 21, sltiu, 1, 0, -1
  TEST_IMM 22, sltiu, 0, 0xffffffffffffffff, -1
  TEST_IMM 23, sltiu, 1, 0xfffffffffffffffe, -1
  TEST_IMM 24, sltiu, 1, 0, 1
  TEST_IMM 25, sltiu, 0, 1, 1
  TEST_IMM 26, sltiu, 0, 0x800, 0x7ff
  TEST_IMM 27, sltiu, 0, 0xfffffffffffff800, -2048
  TEST_IMM 28, sltiu, 1, 0xfffffffffffff7ff, -2048
  /* SLTU rd, x0, rs2 (SNEZ) */
  CHECK 29
  li x12, 5
  sltu x14, x0, x12
  EXPECT x14, 1
  CHECK 30
  sltu x14, x0, x0
  EXPECT x14, 0
  li a0, 0
  ret
