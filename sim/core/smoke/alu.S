#include "smoke.h"
SMOKE_START
  TEST(1);  li a0, 5; li a1, 7; add a2, a0, a1; CHECK(a2, 12)
  TEST(2);  sub a2, a0, a1; CHECK(a2, -2)
  TEST(3);  li a0, 0x12345678; slli a1, a0, 36; srli a2, a1, 36; CHECK(a2, 0x2345678)
  TEST(4);  li a0, -16; srai a1, a0, 2; CHECK(a1, -4)
  TEST(5);  srli a1, a0, 60; CHECK(a1, 15)
  TEST(6);  li a0, -1; li a1, 1; slt a2, a0, a1; CHECK(a2, 1)
  TEST(7);  sltu a2, a0, a1; CHECK(a2, 0)
  TEST(8);  slti a2, a0, 0; CHECK(a2, 1)
  TEST(9);  sltiu a2, a1, -1; CHECK(a2, 1)
  TEST(10); li a0, 0xF0F0; li a1, 0xFF00; xor a2, a0, a1; CHECK(a2, 0x0FF0)
  TEST(11); or a2, a0, a1; CHECK(a2, 0xFFF0)
  TEST(12); and a2, a0, a1; CHECK(a2, 0xF000)
  TEST(13); andi a2, a0, 0x0F0; CHECK(a2, 0x0F0)
  TEST(14); lui a0, 0x80000; CHECK(a0, 0xFFFFFFFF80000000)
  TEST(15); li a0, 0x7FFFFFFF; addiw a1, a0, 1; CHECK(a1, 0xFFFFFFFF80000000)
  TEST(16); li a0, 0xFFFFFFFF00000001; li a1, 1; subw a2, a0, a1; CHECK(a2, 0)
  TEST(17); li a0, 0x80000000; srlw a2, a0, a1; CHECK(a2, 0x40000000)
  TEST(18); sraw a2, a0, a1; CHECK(a2, 0xFFFFFFFFC0000000)
  TEST(19); li a0, 0xFFFFFFFF00000001; slliw a2, a0, 31; CHECK(a2, 0xFFFFFFFF80000000)
  TEST(20); li a1, 33; sllw a2, a0, a1; CHECK(a2, 2)         /* shamt = rs2[4:0] */
  TEST(21); sraiw a2, a0, 0; CHECK(a2, 1)
  TEST(22); 1: auipc a0, 0; la a1, 1b; CHECKR(a0, a1)
  /* back-to-back dependences: forwarding from MEM and WB */
  TEST(23); li a0, 1; addi a0, a0, 1; addi a0, a0, 1; addi a0, a0, 1; CHECK(a0, 4)
  TEST(24); li a0, 3; li a1, 4; nop; add a2, a0, a1; CHECK(a2, 7)
  /* MUL family */
  TEST(30); li a0, -3; li a1, 7; mul a2, a0, a1; CHECK(a2, -21)
  TEST(31); li a0, -1; li a1, -1; mulh a2, a0, a1; CHECK(a2, 0)
  TEST(32); mulhu a2, a0, a1; CHECK(a2, -2)
  TEST(33); li a1, 2; mulhsu a2, a0, a1; CHECK(a2, -1)
  TEST(34); li a0, 0x7FFFFFFF; li a1, 2; mulw a2, a0, a1; CHECK(a2, -2)
  TEST(35); li a0, 0x100000000; mulh a2, a0, a0; mul a3, a0, a0; CHECK(a2, 1); CHECK(a3, 0)
  /* x0 is never written */
  TEST(40); addi x0, x0, 5; CHECKR(x0, zero); bnez x0, fail
  j pass
SMOKE_END
