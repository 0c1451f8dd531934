#include "smoke.h"
SMOKE_START
  la s0, word
  TEST(1);  li a0, 5; sd a0, 0(s0); li a1, 3; amoadd.d a2, a1, (s0); CHECK(a2, 5)
            ld a3, 0(s0); CHECK(a3, 8)
  TEST(2);  li a1, 100; amoswap.d a2, a1, (s0); CHECK(a2, 8); ld a3, 0(s0); CHECK(a3, 100)
  TEST(3);  li a1, -1; amomin.d a2, a1, (s0); CHECK(a2, 100); ld a3, 0(s0); CHECK(a3, -1)
  TEST(4);  li a1, 7; amomaxu.d a2, a1, (s0); CHECK(a2, -1); ld a3, 0(s0); CHECK(a3, -1)
  TEST(5);  amominu.d a2, a1, (s0); ld a3, 0(s0); CHECK(a3, 7)
  TEST(6);  li a1, 0xF0; amoor.d a2, a1, (s0); ld a3, 0(s0); CHECK(a3, 0xF7)
  TEST(7);  li a1, 0x3C; amoand.d a2, a1, (s0); ld a3, 0(s0); CHECK(a3, 0x34)
  TEST(8);  li a1, 0xFF; amoxor.d a2, a1, (s0); ld a3, 0(s0); CHECK(a3, 0xCB)
  TEST(9);  li a1, -2; amomax.d a2, a1, (s0); ld a3, 0(s0); CHECK(a3, 0xCB)
  /* .W on the upper word: sign-extended old value, 32-bit compare */
  TEST(10); li a0, 0x80000000; sw a0, 4(s0); addi s1, s0, 4; li a1, 1
            amoadd.w a2, a1, (s1); CHECK(a2, 0xFFFFFFFF80000000)
            lw a3, 4(s0); CHECK(a3, 0xFFFFFFFF80000001); lw a4, 0(s0); CHECK(a4, 0xCB)
  TEST(11); amomin.w a2, a1, (s1); lw a3, 4(s0); CHECK(a3, 0xFFFFFFFF80000001)
  TEST(12); amominu.w a2, a1, (s1); lw a3, 4(s0); CHECK(a3, 1)
  /* AMO result used at once */
  TEST(13); li a1, 10; amoswap.w a2, a1, (s1); addi a3, a2, 1; CHECK(a3, 2)
  /* LR/SC */
  TEST(20); lr.d a0, (s0); addi a0, a0, 1; sc.d a1, a0, (s0); CHECK(a1, 0)
            ld a2, 0(s0); CHECKR(a2, a0)
  TEST(21); sc.d a1, a0, (s0); CHECK(a1, 1)          /* no reservation: fails */
  TEST(22); lr.d a0, (s0); sd a0, 8(s0); sc.d a1, a0, (s0); CHECK(a1, 1)   /* a store clears it */
  TEST(23); lr.w a0, (s1); sc.w a1, zero, (s1); CHECK(a1, 0); lw a2, 4(s0); CHECK(a2, 0)
  TEST(24); lr.d a0, (s0); sc.d a1, a0, (s0); sc.d a2, a0, (s0); CHECK(a1, 0); CHECK(a2, 1)
  TEST(25); /* a retry loop */
1:          lr.d a0, (s0); addi a0, a0, 5; sc.d a1, a0, (s0); bnez a1, 1b
  j pass
  .data
  .align 3
word: .dword 0, 0
SMOKE_END
