#include "smoke.h"
SMOKE_START
  la t0, handler; csrw mtvec, t0
  TEST(1);  li a0, 0x1234; csrw mscratch, a0; csrr a1, mscratch; CHECK(a1, 0x1234)
  TEST(2);  csrrw a2, mscratch, zero; CHECK(a2, 0x1234); csrr a1, mscratch; CHECK(a1, 0)
  TEST(3);  csrsi mscratch, 5; csrrs a1, mscratch, zero; addi a1, a1, 1; CHECK(a1, 6)  /* CSR-use */
  TEST(4);  csrr a1, mhartid; CHECK(a1, 0)
  /* ECALL from M: cause 11, mepc = the ecall */
  TEST(5);  li s2, 0
ecall1:     ecall
            CHECK(s2, 1); CHECK(s3, 11); la t1, ecall1; CHECKR(s4, t1)
  /* illegal instruction: cause 2, tval = the bits */
  TEST(6);  li s2, 0
ill1:       .word 0xFFFFFFFF
            CHECK(s2, 1); CHECK(s3, 2); la t1, ill1; CHECKR(s4, t1); CHECK(s5, 0xFFFFFFFF)
  /* misaligned load: cause 4, tval = address */
  TEST(7);  li s2, 0; la t2, data; addi t2, t2, 1
mis1:       lw a0, 0(t2)
            CHECK(s2, 1); CHECK(s3, 4); CHECKR(s5, t2)
  /* store access fault outside every region: cause 7 */
  TEST(8);  li s2, 0; li t2, 0x40000000
acc1:       sd a0, 0(t2)
            CHECK(s2, 1); CHECK(s3, 7); CHECKR(s5, t2)
  /* jump to a misaligned target: cause 0 on the jump */
  TEST(9);  li s2, 0; la t2, data; addi t2, t2, 2
jmp1:       jalr ra, 0(t2)
            CHECK(s2, 1); CHECK(s3, 0); CHECKR(s5, t2); la t1, jmp1; CHECKR(s4, t1)
  /* a UART byte load is fine, a UART word load is an access fault (5) */
  TEST(10); li s2, 0; li t2, 0x10000005; lbu a0, 0(t2); CHECK(a0, 0x60)
            li t2, 0x10000004
acc2:       lw a0, 0(t2)
            CHECK(s2, 1); CHECK(s3, 5)
  /* minstret counts, mcycle runs */
  TEST(11); csrr a0, minstret; csrr a1, minstret; sub a2, a1, a0; CHECK(a2, 1)
  TEST(12); csrr a0, mcycle; nop; csrr a1, mcycle; bleu a1, a0, fail
  /* timer interrupt via the CLINT: mtimecmp = mtime + 50, MTIE, MIE */
  TEST(13); li s2, 0; li t0, 0x0200BFF8; ld a0, 0(t0); addi a0, a0, 50
            li t1, 0x02004000; sd a0, 0(t1)
            li a1, 0x80; csrw mie, a1; csrsi mstatus, 8
1:          beqz s2, 1b
            li a2, 0x8000000000000007; CHECKR(s3, a2)
  /* WFI with the interrupt already pending-and-enabled retires */
  TEST(14); csrci mstatus, 8; li t1, 0x02004000; sd zero, 0(t1)   /* MTIP now */
            wfi
            csrw mie, zero; li t3, -1; sd t3, 0(t1)
  /* WFI waits (stall) until MTIP rises 40 ticks later, then retires */
  TEST(15); li s2, 0; li a1, 0x80; csrw mie, a1; li t0, 0x0200BFF8; ld a0, 0(t0); addi a0, a0, 40
            sd a0, 0(t1); csrr s7, mcycle; wfi; csrr s8, mcycle; sub s8, s8, s7
            li a2, 35; bltu s8, a2, fail
            csrw mie, zero; li t3, -1; sd t3, 0(t1); CHECK(s2, 0)
  j pass

/* handler: s2 = count, s3 = mcause, s4 = mepc, s5 = mtval; resume after the
 * trapping instruction (interrupts: at mepc; timer: push mtimecmp away) */
handler:    addi s2, s2, 1; csrr s3, mcause; csrr s4, mepc; csrr s5, mtval
            bltz s3, 1f
            addi t3, s4, 4; csrw mepc, t3; mret
1:          li t3, -1; li t4, 0x02004000; sd t3, 0(t4); mret
  .data
  .align 3
data: .dword 0
SMOKE_END
