/* RV64M (unpriv m-st-ext.adoc): MUL/MULH/MULHSU/MULHU/MULW, DIV/DIVU/REM/REMU
 * and the W forms; division by zero (quotient all ones, remainder = dividend)
 * and signed overflow (INT_MIN / -1 = INT_MIN, remainder 0), 64-bit and W;
 * W results, DIVUW/REMUW included, are sign-extended. */
#include "test.h"
  TEST_NAME muldiv
  .text
  .globl main
main:
  TEST_RR 1,  mul, 21, 3, 7
  TEST_RR 2,  mul, 1, -1, -1
  TEST_RR 3,  mul, 0xfffffffffffffffe, 0x7fffffffffffffff, 2
  TEST_RR 4,  mul, 0x8000000000000000, 0x8000000000000000, -1
  TEST_RR 5,  mulh, 0, -1, -1
  TEST_RR 6,  mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000
  TEST_RR 7,  mulh, 0xffffffffffffffff, -1, 1
  TEST_RR 8,  mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
  TEST_RR 9,  mulhu, 0xfffffffffffffffe, -1, -1
  TEST_RR 10, mulhu, 0, -1, 1
  TEST_RR 11, mulhu, 1, 0x8000000000000000, 2
  TEST_RR 12, mulhsu, 0xffffffffffffffff, -1, -1
  TEST_RR 13, mulhsu, 0, 1, -1
  TEST_RR 14, mulhsu, 0xffffffffffffffff, 0x8000000000000000, 2
  TEST_RR 15, mulhsu, 0xffffffffffffffff, -2, 0x8000000000000000
  TEST_RR 16, mulw, 0xfffffffffffffffe, 0x7fffffff, 2
  TEST_RR 17, mulw, 1, 0x100000001, 0x100000001
  TEST_RR 18, mulw, 1, -1, -1
  TEST_RR 19, mulw, 0, 0x10000, 0x10000
  TEST_RR 20, div, 3, 20, 6
  TEST_RR 21, div, -3, -20, 6
  TEST_RR 22, div, -3, 20, -6
  TEST_RR 23, div, 3, -20, -6
  TEST_RR 24, div, -1, 5, 0
  TEST_RR 25, div, 0x8000000000000000, 0x8000000000000000, -1
  TEST_RR 26, divu, 3, 20, 6
  TEST_RR 27, divu, 0x2aaaaaaaaaaaaaa7, -20, 6
  TEST_RR 28, divu, 0xffffffffffffffff, 5, 0
  TEST_RR 29, rem, 2, 20, 6
  TEST_RR 30, rem, -2, -20, 6
  TEST_RR 31, rem, 2, 20, -6
  TEST_RR 32, rem, -2, -20, -6
  TEST_RR 33, rem, 5, 5, 0
  TEST_RR 34, rem, 0, 0x8000000000000000, -1
  TEST_RR 35, remu, 2, 20, 6
  TEST_RR 36, remu, 2, -20, 6
  TEST_RR 37, remu, 5, 5, 0
  TEST_RR 38, divw, 3, 0x0000000100000014, 6
  TEST_RR 39, divw, -3, -20, 6
  TEST_RR 40, divw, 0xffffffffffffffff, 5, 0
  TEST_RR 41, divw, 0xffffffff80000000, 0x80000000, -1
  TEST_RR 42, divuw, 0xfffffffffffffffe, 0xfffffffe, 1
  TEST_RR 43, divuw, 3, 20, 6
  TEST_RR 44, divuw, 0xffffffffffffffff, 5, 0
  TEST_RR 45, divuw, 0xffffffff80000000, 0x80000000, 1
  TEST_RR 46, remw, -2, -20, 6
  TEST_RR 47, remw, 5, 5, 0
  TEST_RR 48, remw, 0, 0x80000000, -1
  TEST_RR 49, remw, -5, 0x00000000fffffffb, 0
  TEST_RR 50, remuw, 0xffffffff80000005, 0x80000005, 0
  TEST_RR 51, remuw, 0xfffffffffffffffe, 0xfffffffe, 0xffffffff
  TEST_RR 52, remuw, 2, 20, 6
  TEST_RR 53, remuw, 1, 0x12345678ffffffff, 0x7fffffff
  /* rd = rs1 = rs2 */
  TEST_RR_SAME 54, mul, 49, 7
  TEST_RR_SAME 55, div, 1, -9
  TEST_RR_SAME 56, remu, 0, 12345
  /* dependent chains around the iterative divider */
  CHECK 57
  li x11, 1000
  li x12, 7
  div x13, x11, x12        /* 142 */
  addi x13, x13, 1         /* uses the result at once */
  rem x14, x13, x12        /* 143 % 7 = 3 */
  mul x15, x14, x13        /* 429 */
  divw x16, x15, x14       /* 143 */
  EXPECT x16, 143
  EXPECT x15, 429
  /* division by zero of a negative dividend: still all ones (RV64M
     'Division Operations' table: x/0 = -1 whatever the sign of x) */
  TEST_RR 60, div, -1, -5, 0
  TEST_RR 61, div, -1, 0x8000000000000000, 0
  TEST_RR 62, divw, -1, 0x0000000080000000, 0
  TEST_RR 63, divw, -1, -7, 0
  TEST_RR 64, rem, -5, -5, 0
  TEST_RR 65, remw, 0xffffffff80000000, 0x0000000080000000, 0
  li a0, 0
  ret
