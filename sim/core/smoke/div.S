#include "smoke.h"
SMOKE_START
  TEST(1);  li a0, 100; li a1, 7; div a2, a0, a1; CHECK(a2, 14)
  TEST(2);  rem a2, a0, a1; CHECK(a2, 2)
  TEST(3);  li a0, -100; div a2, a0, a1; CHECK(a2, -14)
  TEST(4);  rem a2, a0, a1; CHECK(a2, -2)
  TEST(5);  li a1, -7; div a2, a0, a1; CHECK(a2, 14)
  TEST(6);  rem a2, a0, a1; CHECK(a2, -2)
  TEST(7);  li a0, 100; div a2, a0, a1; CHECK(a2, -14)
  TEST(8);  rem a2, a0, a1; CHECK(a2, 2)
  TEST(9);  li a0, -1; li a1, 3; divu a2, a0, a1; CHECK(a2, 0x5555555555555555)
  TEST(10); remu a2, a0, a1; CHECK(a2, 0)
  /* division by zero */
  TEST(11); li a0, 1234; div a2, a0, zero; CHECK(a2, -1)
  TEST(12); rem a2, a0, zero; CHECK(a2, 1234)
  TEST(13); divu a2, a0, zero; CHECK(a2, -1)
  TEST(14); li a0, -5; rem a2, a0, zero; CHECK(a2, -5)
  /* overflow */
  TEST(15); li a0, 0x8000000000000000; li a1, -1; div a2, a0, a1; CHECKR(a2, a0)
  TEST(16); rem a2, a0, a1; CHECK(a2, 0)
  /* W forms */
  TEST(17); li a0, 0xFFFFFFFF80000000; li a1, -1; divw a2, a0, a1; CHECK(a2, 0xFFFFFFFF80000000)
  TEST(18); remw a2, a0, a1; CHECK(a2, 0)
  TEST(19); li a0, 0x123456789; li a1, 0x10; divuw a2, a0, a1; CHECK(a2, 0x2345678)
  TEST(20); li a0, -1; li a1, 1; divuw a2, a0, a1; CHECK(a2, -1)    /* 0xFFFFFFFF sign-extended */
  TEST(21); remuw a2, a0, zero; CHECK(a2, -1)
  TEST(22); li a0, 7; divw a2, a0, zero; CHECK(a2, -1)
  TEST(23); li a0, -7; li a1, 2; remw a2, a0, a1; CHECK(a2, -1)
  /* result used at once, divides back to back, operands from a load */
  TEST(24); li a0, 81; li a1, 3; div a2, a0, a1; div a3, a2, a1; div a4, a3, a1; CHECK(a4, 3)
  TEST(25); la t0, val; ld a0, 0(t0); divu a2, a0, a1; CHECK(a2, 333)
  TEST(26); li a1, -1; div a2, a1, a1; CHECK(a2, 1)
  j pass
  .data
  .align 3
val: .dword 999
SMOKE_END
