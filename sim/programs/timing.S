/* Cycle counts of the vitrap core against the pipeline contract
 * (rtl/core/PIPELINE.md, revision 2): branch and jump penalties with the
 * IF-stage prediction (4.2), the load-use and late-result bubble (4
 * d_hazard), MUL (4.3), the early-out divider (4.3: L = max(n,1)+1 cycles
 * in EX) and their combinations. Every expected number below comes from
 * PIPELINE.md and the ISA/priv specs alone; the comment next to it names
 * the rule. (Revision 1 numbers, for reference, are given as "rev. 1".)
 *
 * Method.
 * - `csrr rd, mcycle` is a CSR instruction: the unit gives its value when it
 *   retires it at commit, in MEM (PIPELINE.md 3; gen/INTERFACE.md 2:
 *   csr_rdata = the CSR value before this cycle's write), and mcycle counts
 *   +1 every cycle (gen/INTERFACE.md 8, priv spec "Hardware Performance
 *   Monitor"; mcountinhibit is 0 from reset). So two reads differ by the
 *   number of cycles between their two commits.
 * - With no hold and no redirect every latch loads its predecessor at every
 *   edge (PIPELINE.md 4.1), so k single-cycle instructions between the two
 *   reads commit in k consecutive cycles: the difference is k + 1 (checks
 *   1-5 measure exactly that). Each bubble that reaches MEM between the
 *   two commits adds one cycle.
 * - Each check first measures a baseline: the two reads around k
 *   single-cycle instructions (nop), k = the number of instructions its
 *   body commits; then the body between the same two reads. extra = body -
 *   baseline = the bubbles the body makes, whatever the reads cost.
 * - The csrr is itself late-result (PIPELINE.md 4 d_hazard): the first
 *   instruction of every body never uses s2, and nothing reads s3 before
 *   the measurement is over.
 * - Every body is straight-line code, or jumps/branches whose path is fixed,
 *   so the expected extra is simple arithmetic. No interrupt can be taken
 *   (M-mode with mstatus.MIE = 0 from reset), no CSR here writes one of the
 *   addresses that flush (gen/INTERFACE.md 2 `flush`).
 *
 * A failing check prints one line, "timing: check N NAME: extra X cycles
 * (M measured - B baseline), expected E", and the run goes on; at the end
 * the program fails with the first failing check (crt0.S). All pass:
 * "timing: pass".
 *
 * Registers: s0 = &tdata, s2/s3 = mcycle before/after, s4 = the baseline,
 * s5 = the first failing check (0: none), s6 = failures. */
#include "test.h"
  TEST_NAME timing
  .text

/* s4 = cycles from one mcycle read to the next with k nops between */
.macro BASE k
  csrr s2, mcycle
  .rept \k
  nop
  .endr
  csrr s3, mcycle
  sub s4, s3, s2
.endm

/* Compare (s3 - s2) - s4 with exp; report under check n, name. */
.macro REPORT n, name, exp
  .pushsection .rodata
1095: .asciz "\name"
  .popsection
  li a0, \n
  la a1, 1095b
  sub a2, s3, s2
  mv a3, s4
  li a4, \exp
  call check_one
.endm

/* A measured body committing k instructions goes between T_BEGIN k
 * (the baseline of k, then the first read) and T_END (the second read and
 * the comparison with exp). */
.macro T_BEGIN k
  BASE \k
  csrr s2, mcycle
.endm

.macro T_END n, name, exp
  csrr s3, mcycle
  REPORT \n, "\name", \exp
.endm

/* One divide, dividend a, divisor b, in a body of k = 1: its extra is
 * L - 1 = max(n, 1) (PIPELINE.md 4.3: L cycles in EX instead of one; e_busy
 * in cycles 0..L-2 sends L-1 bubbles to MEM and holds ID and IF). */
.macro DIVT n, name, op, a, b, exp
  li a1, \a
  li a2, \b
  T_BEGIN 1
  \op t1, a1, a2
  T_END \n, "\name", \exp
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  li s5, 0
  li s6, 0
  la s0, tdata

  /* ---- 1-5: the straight line itself (PIPELINE.md 4.1, no hold, no
   * redirect): k nops between the reads commit in consecutive cycles, the
   * reads differ by k + 1. Baseline register 0: extra = the raw count. ---- */
  li s4, 0
  csrr s2, mcycle
  csrr s3, mcycle
  REPORT 1, "straight line, 0 between", 1      /* 0 + 1 */
  li s4, 0
  csrr s2, mcycle
  nop
  csrr s3, mcycle
  REPORT 2, "straight line, 1 between", 2      /* 1 + 1 */
  li s4, 0
  csrr s2, mcycle
  nop
  nop
  csrr s3, mcycle
  REPORT 3, "straight line, 2 between", 3      /* 2 + 1 */
  li s4, 0
  csrr s2, mcycle
  addi t0, x0, 1
  add t1, t0, t0
  xor t2, t1, t0
  slli t3, t2, 3
  csrr s3, mcycle
  REPORT 4, "straight line, 4 dependent ALU ops", 5  /* 4 + 1: ALU results forward from MEM (6), no hazard */
  li s4, 0
  BASE 8
  mv s3, s4
  li s2, 0
  li s4, 0
  REPORT 5, "baseline, 8 nops", 9              /* 8 + 1 */

  /* ---- 10-29: jumps and branches (PIPELINE.md 4.2) ---- */

  /* 10: taken JAL, forward: IF pre-decodes it and f_redirect sends fa =
   * f_target in the same cycle, so the target is in IF the next cycle: 0
   * bubbles (4.2 "Penalties"; rev. 1: 1) */
  BASE 1
  csrr s2, mcycle
  j 1f
  nop
  nop
1:
  csrr s3, mcycle
  REPORT 10, "jal forward", 0

  /* 11: taken JAL, backward: 0 bubbles (as 10; rev. 1: 1) */
  BASE 1
  j 2f
1:
  csrr s3, mcycle
  j 3f
2:
  csrr s2, mcycle
  j 1b
3:
  REPORT 11, "jal backward", 0

  /* 12: JAL with a link register, the link used at once: 0 bubbles (4.2;
   * the link pc + 4 is an EX result forwarded from MEM, not late-result, 6) */
  BASE 2
  csrr s2, mcycle
  jal t4, 1f
  nop
1:
  add t5, t4, x0
  csrr s3, mcycle
  REPORT 12, "jal with link, link used", 0

  /* 13: four JALs in a row (forward, backward, backward, forward), each
   * jumping to the next: 4 x 0 bubbles (rev. 1: 4) */
  BASE 4
  csrr s2, mcycle
  j 3f
1:
  j 4f
2:
  j 1b
3:
  j 2b
4:
  csrr s3, mcycle
  REPORT 13, "four jals in a row", 0

  /* 14: backward conditional branch, taken: predicted taken in IF (bit 31
   * = 1, f_pred), taken in EX with pred = 1: no redirect, 0 bubbles (rev. 1:
   * 1) */
  BASE 1
  j 2f
1:
  csrr s3, mcycle
  j 3f
2:
  csrr s2, mcycle
  beq x0, x0, 1b
3:
  REPORT 14, "backward branch taken", 0

  /* 15: six backward taken branches in a row, one of each funct3 (0 BEQ,
   * 1 BNE, 4 BLT, 5 BGE, 6 BLTU, 7 BGEU, all in f_pred's set): 6 x 0
   * (rev. 1: 6). t4 = 1 < t5 = 2. */
  li t4, 1
  li t5, 2
  BASE 6
  j 7f
1:
  csrr s3, mcycle
  j 8f
2:
  bgeu t5, t4, 1b
3:
  bltu t4, t5, 2b
4:
  bge t5, t4, 3b
5:
  blt t4, t5, 4b
6:
  bne t4, t5, 5b
7:
  csrr s2, mcycle
  beq x0, x0, 6b
8:
  REPORT 15, "six backward branches taken", 0

  /* 16: backward branch not taken: predicted taken in IF, not taken in EX
   * with pred = 1: mispredict, e_target = pc + 4, the ID and IF
   * instructions (the target and its successor) killed: 2 bubbles (4.2;
   * rev. 1 also 2: one for the ID prediction, then the EX redirect at the
   * same distance) */
  BASE 1
  j 2f
1:
  nop
  j fail                /* never: the branch is not taken */
2:
  csrr s2, mcycle
  bne x0, x0, 1b
  csrr s3, mcycle
  REPORT 16, "backward branch not taken", 2

  /* 17: forward branch taken: predicted not taken (4.2), taken in EX with
   * pred = 0: mispredict, 2 bubbles */
  BASE 1
  csrr s2, mcycle
  beq x0, x0, 1f
  nop
  nop
1:
  csrr s3, mcycle
  REPORT 17, "forward branch taken", 2

  /* 18: forward branch taken whose target is pc + 4: still "taken and not
   * pred", a mispredict (4.2): 2 bubbles */
  BASE 1
  csrr s2, mcycle
  beq x0, x0, 1f
1:
  csrr s3, mcycle
  REPORT 18, "forward branch taken to pc+4", 2

  /* 19: forward branch not taken: predicted not taken, correct: 0 */
  BASE 1
  csrr s2, mcycle
  bne x0, x0, 9f
  csrr s3, mcycle
  j 1f
9:
  j fail
1:
  REPORT 19, "forward branch not taken", 0

  /* 20: a counted loop of 8 iterations (addi, bnez back): 16 instructions;
   * 7 backward branches taken and predicted (0 each), the last not taken
   * (mispredict, 2); addi -> bnez forwards from MEM (6): extra 2 (rev. 1:
   * 7 + 2 = 9) */
  BASE 16
  li t0, 8
  csrr s2, mcycle
1:
  addi t0, t0, -1
  bnez t0, 1b
  csrr s3, mcycle
  REPORT 20, "loop of 8 iterations", 2

  /* 21: JALR: always an EX redirect (4.2), ID and IF killed: 2 bubbles */
  la t0, 1f
  BASE 1
  csrr s2, mcycle
  jalr x0, 0(t0)
  nop
  nop
1:
  csrr s3, mcycle
  REPORT 21, "jalr", 2

  /* 22: JALR to pc + 4: a redirect "whether or not the target happens to be
   * pc + 4" (4.2): 2 bubbles */
  la t0, 1f
  BASE 1
  csrr s2, mcycle
  jalr x0, 0(t0)
1:
  csrr s3, mcycle
  REPORT 22, "jalr to pc+4", 2

  /* 23: JALR whose rs1 the instruction before makes: forwarded from MEM (6),
   * no hazard (ALU is not late-result); the JALR's 2 bubbles */
  la t3, 1f
  BASE 2
  csrr s2, mcycle
  addi t0, t3, 0
  jalr t4, 0(t0)
  nop
  nop
1:
  csrr s3, mcycle
  REPORT 23, "jalr, rs1 just computed", 2

  /* ---- 30-49: late results, MUL (PIPELINE.md 4 d_hazard, 5.2, 6) ---- */
  /* 30: load, then a use as rs1: d_hazard, EX gets one bubble: 1 */
  T_BEGIN 2
  ld t1, 0(s0)
  add t2, t1, x0
  T_END 30, "load-use rs1", 1
  /* 31: load, then a use as rs2: 1 */
  T_BEGIN 2
  ld t1, 0(s0)
  add t2, x0, t1
  T_END 31, "load-use rs2", 1
  /* 32: load, then an independent instruction: no hazard, 0 */
  T_BEGIN 2
  ld t1, 0(s0)
  add t2, t3, x0
  T_END 32, "load, independent next", 0
  /* 33: load, one instruction, then the use: d_hazard looks at EX only; at
   * the use's EX the load is in WB and forwards (6): 0 */
  T_BEGIN 3
  ld t1, 0(s0)
  nop
  add t2, t1, x0
  T_END 33, "load, use at distance 2", 0
  /* 34: load, then a store of it: STORE uses rs2 (5.2): 1 */
  T_BEGIN 2
  ld t1, 0(s0)
  sd t1, 8(s0)
  T_END 34, "load-use store data", 1
  /* 35: load of a pointer, then a load through it: LOAD uses rs1: 1 */
  T_BEGIN 2
  ld t1, 16(s0)
  ld t2, 0(t1)
  T_END 35, "load-use load address", 1
  /* 36: load to x0, then x0 used: "rd != 0", x0 never causes a hazard: 0 */
  T_BEGIN 2
  ld x0, 0(s0)
  add t2, x0, x0
  T_END 36, "load to x0, x0 used", 0
  /* 37: load-use, then a JAL: while the hazard holds, f_redirect is off and
   * IF refetches the JAL, which is predicted again the next cycle (4.2):
   * 1 + 0 (rev. 1: 1 + 1) */
  BASE 3
  csrr s2, mcycle
  ld t1, 0(s0)
  add t2, t1, x0
  j 1f
  nop
1:
  csrr s3, mcycle
  REPORT 37, "load-use, then jal", 1
  /* 38: a backward branch on a just-loaded value, taken: predicted in IF
   * (ID.pred kept while ID holds, 4.1), the hazard's bubble, no redirect:
   * 1 (rev. 1: 2, ID predicted only after the hazard, then its bubble) */
  BASE 2
  j 2f
1:
  csrr s3, mcycle
  j 3f
2:
  csrr s2, mcycle
  ld t1, 0(s0)            /* tdata[0] != 0 */
  bnez t1, 1b
  j fail
3:
  REPORT 38, "load-use, backward branch taken", 1
  /* 40: CSR read, then its use: CSR instructions are late-result: 1 */
  li t0, 0x1234
  csrw mscratch, t0
  T_BEGIN 2
  csrr t1, mscratch
  addi t2, t1, 1
  T_END 40, "csr read-use", 1
  /* 41: CSR read, then an independent instruction (rs1 of csrr = x0, no
   * hazard with the csrr before it either): 0 */
  T_BEGIN 2
  csrr t1, mscratch
  addi t2, t3, 1
  T_END 41, "csr read, independent next", 0
  /* 42: the mcycle read itself, used by the next instruction: 1 (the
   * bubble is between the first read and its use) */
  T_BEGIN 1
  add t1, s2, x0
  T_END 42, "mcycle read-use", 1
  /* 43: MUL, then its use: MUL is one cycle in EX (4.3) and not
   * late-result, forwarded from MEM (6): 0 */
  li t2, 3
  li t3, 7
  T_BEGIN 2
  mul t1, t2, t3
  add t4, t1, x0
  T_END 43, "mul then use", 0
  /* 44: a chain of the five multiplies, each using the one before: 0 */
  li t2, 3
  li t3, 7
  T_BEGIN 5
  mul t1, t2, t3
  mulh t4, t1, t3
  mulhsu t5, t4, t1
  mulhu t4, t5, t1
  mulw t5, t4, t1
  T_END 44, "mul chain", 0

  /* ---- 50-99: 64-bit divides (PIPELINE.md 4.3): extra = L - 1 =
   * max(n, 1), n = significant bits of the dividend's magnitude: unsigned
   * ops the 64-bit value, signed ops its absolute value (INT_MIN: 2^63);
   * the divisor (3 unless said) does not matter. rev. 1: 64 for all. ---- */
  DIVT 50, "div 0/3",          div, 0, 3, 1                    /* m 0, n 0 -> 1 */
  DIVT 51, "div 1/3",          div, 1, 3, 1                    /* m 1, n 1 */
  DIVT 52, "div -1/3",         div, -1, 3, 1                   /* |-1| = 1, n 1 */
  DIVT 53, "div 2/3",          div, 2, 3, 2                    /* n 2 */
  DIVT 54, "div 255/3",        div, 255, 3, 8                  /* n 8 */
  DIVT 55, "div 2^32/3",       div, 0x100000000, 3, 33         /* n 33 */
  DIVT 56, "div INT_MIN/3",    div, 0x8000000000000000, 3, 64  /* |INT_MIN| = 2^63, n 64 */
  DIVT 57, "div 255/0",        div, 255, 0, 8                  /* by zero: n 8 still */
  DIVT 58, "div INT_MIN/-1",   div, 0x8000000000000000, -1, 64 /* overflow: n 64 still */
  DIVT 59, "div -256/3",       div, -256, 3, 9                 /* |-256| = 2^8, n 9 */
  DIVT 60, "div INT_MAX/3",    div, 0x7fffffffffffffff, 3, 63  /* n 63 */
  DIVT 61, "div -2^32/3",      div, -0x100000000, 3, 33        /* |.| = 2^32, n 33 */

  DIVT 62, "divu 0/3",         divu, 0, 3, 1                   /* n 0 -> 1 */
  DIVT 63, "divu 1/3",         divu, 1, 3, 1                   /* n 1 */
  DIVT 64, "divu 2^64-1/3",    divu, -1, 3, 64                 /* unsigned all ones: n 64 */
  DIVT 65, "divu 2/3",         divu, 2, 3, 2
  DIVT 66, "divu 255/3",       divu, 255, 3, 8
  DIVT 67, "divu 2^32/3",      divu, 0x100000000, 3, 33
  DIVT 68, "divu 2^63/3",      divu, 0x8000000000000000, 3, 64 /* n 64 */
  DIVT 69, "divu 255/0",       divu, 255, 0, 8
  DIVT 70, "divu 2^63/2^64-1", divu, 0x8000000000000000, -1, 64
  DIVT 71, "divu -256/3",      divu, -256, 3, 64               /* 0xff..ff00 unsigned: n 64 */

  DIVT 72, "rem 0/3",          rem, 0, 3, 1
  DIVT 73, "rem 1/3",          rem, 1, 3, 1
  DIVT 74, "rem -1/3",         rem, -1, 3, 1                   /* |-1| = 1 */
  DIVT 75, "rem 2/3",          rem, 2, 3, 2
  DIVT 76, "rem 255/3",        rem, 255, 3, 8
  DIVT 77, "rem 2^32/3",       rem, 0x100000000, 3, 33
  DIVT 78, "rem INT_MIN/3",    rem, 0x8000000000000000, 3, 64
  DIVT 79, "rem 255/0",        rem, 255, 0, 8
  DIVT 80, "rem INT_MIN/-1",   rem, 0x8000000000000000, -1, 64
  DIVT 81, "rem -256/3",       rem, -256, 3, 9

  DIVT 82, "remu 0/3",         remu, 0, 3, 1
  DIVT 83, "remu 1/3",         remu, 1, 3, 1
  DIVT 84, "remu 2^64-1/3",    remu, -1, 3, 64
  DIVT 85, "remu 2/3",         remu, 2, 3, 2
  DIVT 86, "remu 255/3",       remu, 255, 3, 8
  DIVT 87, "remu 2^32/3",      remu, 0x100000000, 3, 33
  DIVT 88, "remu 2^63/3",      remu, 0x8000000000000000, 3, 64
  DIVT 89, "remu 255/0",       remu, 255, 0, 8
  DIVT 90, "remu 2^63/2^64-1", remu, 0x8000000000000000, -1, 64

  /* ---- 100-149: W divides (4.3): the dividend is rs1's low 32 bits;
   * unsigned ops: that 32-bit value, signed ops: its absolute value as a
   * 32-bit number (INT32_MIN: 2^31); extra = max(n, 1), n <= 32. rev. 1: 32
   * for all. ---- */
  DIVT 100, "divw 0/3",          divw, 0, 3, 1
  DIVT 101, "divw 1/3",          divw, 1, 3, 1
  DIVT 102, "divw 0xffff/3",     divw, 0xffff, 3, 16           /* n 16 */
  DIVT 103, "divw INT32_MIN/3",  divw, 0xffffffff80000000, 3, 32 /* |.| = 2^31, n 32 */
  DIVT 104, "divw -1/3",         divw, -1, 3, 1                /* low 32 = -1, |.| = 1 */
  DIVT 105, "divw 2^32/3",       divw, 0x100000000, 3, 1       /* low 32 bits = 0 */
  DIVT 106, "divw 0xffff/0",     divw, 0xffff, 0, 16           /* by zero */
  DIVT 107, "divw INT32_MIN/-1", divw, 0xffffffff80000000, -1, 32 /* overflow */
  DIVT 108, "divw INT32_MAX/3",  divw, 0x7fffffff, 3, 31
  DIVT 109, "divw hi junk,0xffff/3", divw, 0x123456780000ffff, 3, 16 /* high half ignored */
  DIVT 110, "divw -256/3",       divw, -256, 3, 9              /* |.| = 2^8, n 9 */

  DIVT 111, "divuw 0/3",         divuw, 0, 3, 1
  DIVT 112, "divuw 1/3",         divuw, 1, 3, 1
  DIVT 113, "divuw 0xffff/3",    divuw, 0xffff, 3, 16
  DIVT 114, "divuw INT32_MIN/3", divuw, 0xffffffff80000000, 3, 32 /* 0x80000000: n 32 */
  DIVT 115, "divuw -1/3",        divuw, -1, 3, 32              /* 0xffffffff: n 32 */
  DIVT 116, "divuw 2^32/3",      divuw, 0x100000000, 3, 1      /* low 32 bits = 0 */
  DIVT 117, "divuw 0xffff/0",    divuw, 0xffff, 0, 16
  DIVT 118, "divuw INT32_MIN/-1", divuw, 0xffffffff80000000, -1, 32
  DIVT 119, "divuw hi junk,0xffff/3", divuw, 0x123456780000ffff, 3, 16

  DIVT 120, "remw 0/3",          remw, 0, 3, 1
  DIVT 121, "remw 1/3",          remw, 1, 3, 1
  DIVT 122, "remw 0xffff/3",     remw, 0xffff, 3, 16
  DIVT 123, "remw INT32_MIN/3",  remw, 0xffffffff80000000, 3, 32
  DIVT 124, "remw -1/3",         remw, -1, 3, 1
  DIVT 125, "remw 2^32/3",       remw, 0x100000000, 3, 1
  DIVT 126, "remw 0xffff/0",     remw, 0xffff, 0, 16
  DIVT 127, "remw INT32_MIN/-1", remw, 0xffffffff80000000, -1, 32

  DIVT 130, "remuw 0/3",         remuw, 0, 3, 1
  DIVT 131, "remuw 1/3",         remuw, 1, 3, 1
  DIVT 132, "remuw 0xffff/3",    remuw, 0xffff, 3, 16
  DIVT 133, "remuw INT32_MIN/3", remuw, 0xffffffff80000000, 3, 32
  DIVT 134, "remuw -1/3",        remuw, -1, 3, 32
  DIVT 135, "remuw 2^32/3",      remuw, 0x100000000, 3, 1
  DIVT 136, "remuw 0xffff/0",    remuw, 0xffff, 0, 16
  DIVT 137, "remuw INT32_MIN/-1", remuw, 0xffffffff80000000, -1, 32

  /* ---- 150-169: divides with their neighbours (operands set before
   * each check: REPORT clobbers a0-a4, t0-t3) ---- */
  /* 150: load, then a divide of the loaded value: the load-use bubble
   * (4 d_hazard: DIV uses rs1), then the dividend forwarded from WB in the
   * divide's cycle 0 (6): 1 + max(8, 1) = 9 (rev. 1: 1 + 64) */
  li a2, 3
  T_BEGIN 2
  ld a1, 0(s0)            /* 255 */
  div t1, a1, a2
  T_END 150, "load-use, div 255", 9
  /* 151: the same, dividend 2^63 loaded: 1 + 64 = 65 (rev. 1: 65 too) */
  li a2, 3
  T_BEGIN 2
  ld a1, 24(s0)           /* 2^63 */
  divu t1, a1, a2
  T_END 151, "load-use, divu 2^63", 65
  /* 152: the same, dividend 0 loaded: 1 + max(0, 1) = 2 (rev. 1: 65) */
  li a2, 3
  li a1, -1               /* stale value: n 64 */
  T_BEGIN 2
  ld a1, 32(s0)           /* 0 */
  remu t1, a1, a2
  T_END 152, "load-use, remu 0", 2
  /* 153: the same for a W op, low half 0xffff loaded: 1 + 16 = 17 (rev. 1:
   * 1 + 32) */
  li a2, 3
  T_BEGIN 2
  ld a1, 40(s0)           /* 0xffffffff0000ffff */
  divw t1, a1, a2
  T_END 153, "load-use, divw 0xffff", 17
  /* 154: load, then a divide by the loaded value (rs2 used, 5.2): 1 +
   * max(n(255), 1) = 9 */
  li a1, 255
  T_BEGIN 2
  ld a2, 48(s0)           /* 3 */
  div t1, a1, a2
  T_END 154, "load-use divisor, div 255", 9
  /* 155: dividend made by the instruction just before: forwarded from MEM
   * in cycle 0 (6, 4.3): 255 -> 8; the stale register value (all ones for
   * DIVU, n 64) would give 64 */
  li a1, -1
  li a2, 3
  T_BEGIN 2
  addi a1, x0, 255
  divu t1, a1, a2
  T_END 155, "divu, dividend from MEM", 8
  /* 156: dividend made two instructions before: from WB (6): 2^40 -> n 41;
   * the stale value (0) would give 1 */
  li a1, 0
  li a2, 3
  li t4, 1
  T_BEGIN 3
  slli a1, t4, 40
  nop
  div t1, a1, a2
  T_END 156, "div, dividend from WB", 41
  /* 157: a divide, then a use of its result: the result is in MEM (not
   * late-result) and forwards, no bubble beyond the divide's: 8 */
  li a1, 255
  li a2, 3
  T_BEGIN 2
  divu t1, a1, a2
  add t2, t1, x0
  T_END 157, "divu 255, result used", 8
  /* 158: two dependent divides: 255/1 = 255 (8), then 255/3 with the
   * dividend forwarded from MEM in its cycle 0 (8); the counter restarts
   * for the second (4.3): 8 + 8 = 16 (rev. 1: 128); the stale t1 (0)
   * would give 8 + 1 */
  li a1, 255
  li a2, 3
  li t4, 1
  li t1, 0
  T_BEGIN 2
  divu t1, a1, t4
  divu t2, t1, a2
  T_END 158, "divu, then divu of its result", 16
  /* 159: two independent divides, different lengths: 255 (8) then 2 (2):
   * 10 (rev. 1: 128) */
  li a1, 255
  li a2, 3
  li a3, 2
  T_BEGIN 2
  divu t1, a1, a2
  divu t2, a3, a2
  T_END 159, "divu 255, then divu 2", 10
  /* 160: a divide, then a JAL: IF predicted the JAL the cycle before the
   * divide entered EX (no hold yet), ID keeps it with its pred while e_busy
   * holds (4.1), the target waits in IF: 8 + 0 (rev. 1: 64 + 1) */
  li a1, 255
  li a2, 3
  BASE 2
  csrr s2, mcycle
  divu t1, a1, a2
  j 1f
  nop
1:
  csrr s3, mcycle
  REPORT 160, "divu 255, then jal", 8
  /* 161: a divide, then a backward branch taken: as 160, the branch's
   * pred kept in ID while e_busy holds, correct in EX: 8 + 0 (rev. 1:
   * 64 + 1) */
  li a1, 255
  li a2, 3
  BASE 2
  j 2f
1:
  csrr s3, mcycle
  j 3f
2:
  csrr s2, mcycle
  divu t1, a1, a2
  beq x0, x0, 1b
3:
  REPORT 161, "divu 255, then backward branch", 8
  /* 162: a divide with dividend x0 (DIV uses rs1, x0 reads 0; divisor 0
   * too): n 0 -> 1 */
  T_BEGIN 1
  div t1, x0, x0
  T_END 162, "div x0/x0", 1
  /* 163: a divide, a nop, then a JAL: the JAL is in IF while e_busy holds,
   * so no f_redirect (4 f_redirect: not under hold); IF refetches it and
   * predicts it again in the divide's last cycle (e_busy = 0, no hold,
   * 4.2): 8 + 0 (rev. 1: 64 + 1) */
  li a1, 255
  li a2, 3
  BASE 3
  csrr s2, mcycle
  divu t1, a1, a2
  nop
  j 1f
  nop
1:
  csrr s3, mcycle
  REPORT 163, "divu 255, nop, then jal", 8

  /* ---- end: the first failing check, or 0 (pass) ---- */
  beqz s6, 1f
  la a0, test_name
  call puts
  PRINT ": "
  mv a0, s6
  call putdec
  PRINT " timing checks failed"
  li a0, '\n'
  call putc
1:
  mv a0, s5
  ld ra, 0(sp)
  addi sp, sp, 16
  ret

/* check_one(a0 = check, a1 = name, a2 = measured, a3 = baseline, a4 =
 * expected extra): if a2 - a3 != a4, print the line and count it.
 * Clobbers a0-a4, t0-t3; keeps s0-s4. */
check_one:
#ifdef ON_QEMU /* QEMU (TCG) has no cycle timing: nothing to compare */
  ret
#endif
  sub t0, a2, a3
  bne t0, a4, 1f
  ret
1:
  addi sp, sp, -48
  sd ra, 0(sp)
  sd s7, 8(sp)
  sd s8, 16(sp)
  sd s9, 24(sp)
  sd s10, 32(sp)
  sd s11, 40(sp)
  mv s7, a0
  mv s8, a1
  mv s9, a2
  mv s10, a3
  mv s11, a4
  bnez s5, 2f
  mv s5, s7
2:
  addi s6, s6, 1
  la a0, test_name
  call puts
  PRINT ": check "
  mv a0, s7
  call putdec
  PRINT " "
  mv a0, s8
  call puts
  PRINT ": extra "
  sub a0, s9, s10
  call putsdec
  PRINT " cycles ("
  mv a0, s9
  call putdec
  PRINT " measured - "
  mv a0, s10
  call putdec
  PRINT " baseline), expected "
  mv a0, s11
  call putsdec
  li a0, '\n'
  call putc
  ld ra, 0(sp)
  ld s7, 8(sp)
  ld s8, 16(sp)
  ld s9, 24(sp)
  ld s10, 32(sp)
  ld s11, 40(sp)
  addi sp, sp, 48
  ret

/* putsdec(a0): signed decimal */
putsdec:
  bgez a0, putdec
  addi sp, sp, -16
  sd ra, 0(sp)
  sd a0, 8(sp)
  li a0, '-'
  call putc
  ld a0, 8(sp)
  neg a0, a0
  call putdec
  ld ra, 0(sp)
  addi sp, sp, 16
  ret

  .data
  .align 4
tdata:
  .dword 255                    /*  0: nonzero, a dividend of n 8 */
  .dword 0                      /*  8: store target */
  .dword tdata                  /* 16: a pointer */
  .dword 0x8000000000000000     /* 24: 2^63 */
  .dword 0                      /* 32: 0 */
  .dword 0xffffffff0000ffff     /* 40: low half 0xffff */
  .dword 3                      /* 48: a divisor */
