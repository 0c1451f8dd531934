#include "smoke.h"
SMOKE_START
  li s0, 0x10000000
  TEST(1);  li a0, 0x03; sb a0, 3(s0); lbu a1, 3(s0); CHECK(a1, 3)     /* LCR 8N1 */
  TEST(2);  lbu a1, 2(s0); CHECK(a1, 1)                               /* IIR: none */
  la s1, msg
1:          lbu a0, 0(s1); beqz a0, 3f
2:          lbu a1, 5(s0); andi a1, a1, 0x20; beqz a1, 2b             /* THRE */
            sb a0, 0(s0); addi s1, s1, 1; j 1b
3:
  TEST(3);  li a0, 2; sb a0, 1(s0); lbu a1, 2(s0); CHECK(a1, 2)        /* THRE interrupt id */
  TEST(4);  lbu a1, 2(s0); CHECK(a1, 1)                               /* read cleared it */
  TEST(5);  li a0, 0x5A; sb a0, 7(s0); lbu a1, 7(s0); CHECK(a1, 0x5A)  /* SCR */
  j pass
  .data
msg: .asciz "hello from vitrap\n"
SMOKE_END
