#include "smoke.h"
SMOKE_START
  la s0, buf
  TEST(1);  li a0, 0x1122334455667788; sd a0, 0(s0); ld a1, 0(s0); CHECKR(a1, a0)
  TEST(2);  lw a1, 0(s0); CHECK(a1, 0x55667788)
  TEST(3);  lw a1, 4(s0); CHECK(a1, 0x11223344)
  TEST(4);  lb a1, 0(s0); CHECK(a1, -120)               /* 0x88 sign-extended */
  TEST(5);  lbu a1, 0(s0); CHECK(a1, 0x88)
  TEST(6);  lh a1, 6(s0); CHECK(a1, 0x1122)
  TEST(7);  li a0, -2; sw a0, 8(s0); lwu a1, 8(s0); CHECK(a1, 0xFFFFFFFE)
  TEST(8);  lw a1, 8(s0); CHECK(a1, -2)
  TEST(9);  li a0, 0xAB; sb a0, 3(s0); ld a1, 0(s0); CHECK(a1, 0x11223344AB667788)
  TEST(10); li a0, 0xBEEF; sh a0, 12(s0); lhu a1, 12(s0); CHECK(a1, 0xBEEF)
  TEST(11); lh a1, 12(s0); CHECK(a1, 0xFFFFFFFFFFFFBEEF)
  /* load-use: the next instruction uses the loaded value (distance 0..2) */
  TEST(12); li a0, 100; sd a0, 16(s0); ld a1, 16(s0); addi a2, a1, 1; CHECK(a2, 101)
  TEST(13); ld a1, 16(s0); nop; addi a2, a1, 2; CHECK(a2, 102)
  TEST(14); ld a1, 16(s0); nop; nop; addi a2, a1, 3; CHECK(a2, 103)
  TEST(15); ld a1, 16(s0); sd a1, 24(s0); ld a2, 24(s0); CHECK(a2, 100)   /* store data forwarded */
  TEST(16); addi s1, s0, 16; ld a1, 0(s1); ld a2, 8(s1); CHECK(a2, 100)   /* address forwarded */
  TEST(17); ld a1, 16(s0); beq a1, zero, fail; li a3, 100; bne a1, a3, fail  /* load-branch */
  /* a load chain through memory: pointers */
  TEST(18); la a0, buf; sd a0, 32(s0); ld a1, 32(s0); ld a2, 32(a1); CHECKR(a2, a0)
  /* fence.i after a store into the instruction stream: the new word runs */
  TEST(19); la a0, patch; li a1, 0x00700513; sw a1, 0(a0); fence.i   /* li a0, 7 */
patch:      li a0, 1; CHECK(a0, 7)
  j pass
  .data
  .align 3
buf: .space 64
SMOKE_END
