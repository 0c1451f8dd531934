#include "smoke.h"
/* HLV/HSV from M-mode (Bare translation: guest physical = physical), with H;
 * without H they are illegal (cause 2). gen/INTERFACE.md section 3. */
#define HLV_D(rd, rs1)  .word (0x36 << 25) | ((rs1) << 15) | (4 << 12) | ((rd) << 7) | 0x73
#define HLV_BU(rd, rs1) .word (0x30 << 25) | (1 << 20) | ((rs1) << 15) | (4 << 12) | ((rd) << 7) | 0x73
#define HSV_W(rs2, rs1) .word (0x35 << 25) | ((rs2) << 20) | ((rs1) << 15) | (4 << 12) | 0x73
SMOKE_START
  la t0, handler; csrw mtvec, t0
  la s0, data
  csrr a3, misa; slli a3, a3, 56; srli a3, a3, 63                 /* misa.H */
  TEST(1);  li s2, 0; li a0, 0x1122334455667788; sd a0, 0(s0)
            HLV_D(11, 8)                                         /* hlv.d a1, (s0) */
            beqz a3, noh
            CHECK(s2, 0); CHECKR(a1, a0)
  TEST(2);  addi a2, s0, 7; HLV_BU(12, 12); CHECK(a2, 0x11)     /* hlv.bu a2, (a2) */
  TEST(3);  li a4, -1; HSV_W(14, 8); ld a1, 0(s0); CHECK(a1, 0x11223344FFFFFFFF)
  TEST(4);  addi t2, s0, 1; HLV_D(11, 7); CHECK(s2, 1); CHECK(s3, 4); CHECKR(s5, t2)
  j pass
noh:        CHECK(s2, 1); CHECK(s3, 2)
  j pass
handler:    addi s2, s2, 1; csrr s3, mcause; csrr s4, mepc; csrr s5, mtval
            addi t3, s4, 4; csrw mepc, t3; mret
  .data
  .align 3
data: .dword 0
SMOKE_END
