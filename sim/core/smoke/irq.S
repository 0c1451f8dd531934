#include "smoke.h"
/* External interrupt through the test device and the PLIC (PIPELINE.md 9.2,
 * 9.4), and memory exceptions of the atomics (7.2). */
#define PLIC      0x0C000000
#define TDEV      0x00101000
SMOKE_START
  la t0, handler; csrw mtvec, t0
  /* PLIC: source 3 priority 1, enabled in context 0, threshold 0 */
  TEST(1);  li s0, PLIC; li a0, 1; sw a0, 12(s0)
            li t0, PLIC + 0x2000; li a0, 8; sw a0, 0(t0)
            li t1, PLIC + 0x200000; sw zero, 0(t1)
            lw a1, 12(s0); CHECK(a1, 1); lw a1, 0(t0); CHECK(a1, 8)
  /* the test device: arm line 3, count down from 20 */
  TEST(2);  li s1, TDEV; li a0, 8; sw a0, 0x18(s1); li a0, 20; sw a0, 0x10(s1)
            li s2, 0; li a0, 0x800; csrw mie, a0; csrsi mstatus, 8
1:          beqz s2, 1b
            li a2, 0x800000000000000B; CHECKR(s3, a2); CHECK(s6, 3)
  TEST(3);  lw a1, 0x10(s1); CHECK(a1, 0)                 /* countdown ran out */
            li t0, PLIC + 0x1000; lw a1, 0(t0); CHECK(a1, 0)   /* nothing pending */
  TEST(4);  csrci mstatus, 8; csrw mie, zero
  /* the test device's 8-byte access and 4-byte halves */
  TEST(5);  li a0, -1; sd a0, 0x20(s1); ld a1, 0x20(s1); lw a2, 0x24(s1)
            csrr a3, misa; slli a3, a3, 56; srli a3, a3, 63       /* misa.H (bit 7) */
            beqz a3, 2f
            CHECK(a1, 1); CHECK(a2, 0); j 3f                      /* GEILEN = 1 */
2:          CHECK(a1, 0)                                          /* GEILEN = 0 */
3:          li a0, -1; sw a0, 0x18(s1); lw a1, 0x18(s1); CHECK(a1, 0xFFFFFFFFFFFFFBFE)
  /* atomics: misaligned is 6, outside RAM is 7; LR misaligned is 4 */
  TEST(6);  la t2, data; addi t2, t2, 2; li s2, 0
            amoadd.w a0, a0, (t2); CHECK(s2, 1); CHECK(s3, 6); CHECKR(s5, t2)
  TEST(7);  li s2, 0; lr.d a0, (t2); CHECK(s2, 1); CHECK(s3, 4)
  TEST(8);  li s2, 0; li t2, TDEV; amoswap.d a0, a0, (t2); CHECK(s2, 1); CHECK(s3, 7)
  TEST(9);  li s2, 0; li t2, TDEV; lr.d a0, (t2); CHECK(s2, 1); CHECK(s3, 5)
  TEST(10); li s2, 0; li t2, 0x10000000; sh a0, 0(t2); CHECK(s2, 1); CHECK(s3, 7)
  TEST(11); li s2, 0; li t2, 0x0C000000; ld a0, 0(t2); CHECK(s2, 1); CHECK(s3, 5)
  TEST(12); li s2, 0; li t2, 0x70000000; jalr t2; CHECK(s2, 1); CHECK(s3, 1); CHECKR(s5, t2)
  j pass

/* s2 count, s3 mcause, s4 mepc, s5 mtval; external: claim into s6, lower the
 * line, complete. Exceptions resume at mepc + 4, except a fetch fault which
 * resumes at ra. */
handler:    addi s2, s2, 1; csrr s3, mcause; csrr s4, mepc; csrr s5, mtval
            bltz s3, 1f
            li t3, 1; beq s3, t3, 2f
            addi t3, s4, 4; csrw mepc, t3; mret
2:          csrw mepc, ra; mret
1:          li t3, PLIC + 0x200004; lw s6, 0(t3)
            li t4, TDEV; sw zero, 0(t4)
            sw s6, 0(t3); mret
  .data
  .align 3
data: .dword 0
SMOKE_END
