#include "smoke.h"
SMOKE_START
  TEST(1);  li a0, 0; li a1, 10
1:          addi a0, a0, 1; blt a0, a1, 1b          /* backward, predicted taken */
            CHECK(a0, 10)
  TEST(2);  li a0, 1; beq a0, zero, fail; bne a0, zero, 2f; j fail
2:          li a2, -1; bltu a0, a2, 3f; j fail
3:          bge a2, a0, fail; bgeu a0, a2, fail
  TEST(3);  jal ra, sub1; CHECK(a0, 42)
  TEST(4);  la t0, sub1; jalr ra, 0(t0); CHECK(a0, 42)
  TEST(5);  la t0, 4f; addi t0, t0, 1; jalr zero, 0(t0) /* bit 0 cleared */
            j fail
4:          nop
  TEST(6);  /* backward branch not taken after a loop exit: mispredict */
            li a0, 3
5:          addi a0, a0, -1; bnez a0, 5b; CHECK(a0, 0)
  TEST(7);  /* a JAL rd link value */
            jal a3, 6f
6:          la a4, 6b; CHECKR(a3, a4)
  TEST(8);  /* jalr to pc+4 still redirects, link correct */
            la t0, 7f; jalr a5, 0(t0)
7:          la a4, 7b; CHECKR(a5, a4)
  /* nested counted loops */
  TEST(9);  li a0, 0; li t1, 5
8:          li t2, 4
9:          addi a0, a0, 1; addi t2, t2, -1; bnez t2, 9b; addi t1, t1, -1; bnez t1, 8b
            CHECK(a0, 20)
  j pass
sub1:       li a0, 42; ret
SMOKE_END
