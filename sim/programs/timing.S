/* Cycle counts of the vitrap core against the pipeline contract
 * (rtl/core/PIPELINE.md, revision 3): branch and jump penalties with the
 * IF-stage prediction, a redirect's target fetched in the cycle after the
 * redirect (4.1, 4.2), redirects from commit (4 c_redirect), the load-use
 * hazard's two terms (4 d_hazard: a late-result instruction in EX, a
 * load-data instruction in MEM) and the other late results, MUL (4.3: 3
 * cycles in EX), the early-out divider (4.3: L = max(n,1)+2 cycles in EX,
 * the extra cycle registering its operands; rev. 2: max(n,1)+1), the word
 * IF holds under a hold (IF.buf, 2 and 4.1) and their combinations. Every
 * expected number below comes from PIPELINE.md and the ISA/priv specs
 * alone; the comment next to it names the rule. (The numbers of earlier
 * revisions, for reference, are given as "rev. 1" / "rev. 2" where they
 * differ. Revision 3 as first written kept rev. 2's divider: a check's
 * number then was one less per divide in its body.)
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
 *   body brings to commit (a trapping ECALL counts: it is at commit for one
 *   cycle); then the body between the same two reads. extra = body -
 *   baseline = the bubbles the body makes, whatever the reads cost.
 * - The csrr is itself late-result (PIPELINE.md 4 d_hazard, the first
 *   term), but not load-data (the second term does not apply to it): the
 *   first instruction of every body never uses s2, and nothing reads s3
 *   before the measurement is over.
 * - A hold does not cost a fetch (revision 3, 4.1): IF keeps its word in
 *   IF.buf and presents the next fetch address all along, so the
 *   instruction after it is in IF in the cycle after the hold ends.
 * - Every body is straight-line code, or jumps/branches whose path is fixed,
 *   so the expected extra is simple arithmetic. No interrupt can be taken
 *   (M-mode with mstatus.MIE = 0 from reset); only the checks of 220-229
 *   write one of the CSR addresses that flush (gen/INTERFACE.md 2 `flush`)
 *   or trap.
 *
 * A failing check prints one line, "timing: check N NAME: extra X cycles
 * (M measured - B baseline), expected E", and the run goes on; at the end
 * the program fails with the first failing check (crt0.S). All pass:
 * "timing: pass".
 *
 * Registers: s0 = &tdata, s1 = misa.H (the HLV/HLVX checks run only with
 * H), s2/s3 = mcycle before/after, s4 = the baseline, s5 = the first
 * failing check (0: none), s6 = failures, s7/s8 = mtvec/mstatus saved
 * around the trap checks. */
#include "test.h"
  .option arch, +h
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
  li a2, \exp
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
 * L - 1 = max(n, 1) + 1 (PIPELINE.md 4.3, revision 3: L = max(n, 1) + 2
 * cycles in EX instead of one; e_busy in cycles 0..L-2 sends L-1 bubbles to
 * MEM and holds ID and IF; rev. 2: max(n, 1)). */
.macro DIVT n, name, op, a, b, exp
  li a1, \a
  li a2, \b
  T_BEGIN 1
  \op t1, a1, a2
  T_END \n, "\name", \exp
.endm

/* One multiply alone, operands 3 and 7, in a body of k = 1: its extra is
 * L - 1 = 2 (PIPELINE.md 4.3, revision 3: L = 3 cycles in EX whatever the
 * operands, e_busy in cycles 0 and 1; rev. 1, 2: one cycle, 0). */
.macro MULT n, name, op
  li t2, 3
  li t3, 7
  T_BEGIN 1
  \op t1, t2, t3
  T_END \n, "\name", 2
.endm

/* A load-data instruction (PIPELINE.md 4 d_hazard, second term) `insn`
 * writing t1, then its use `add t2, t1, x0` at distance 1 (check n) and
 * at distance 2, one nop between (check n+1). Distance 1: the use waits in
 * ID while the load is in EX (first term) and while it is in MEM (second
 * term), then reads the loaded value in ID through the register file's
 * write-through while the load is in WB (6): 2 (rev. 1, 2: 1). Distance 2:
 * the use is in ID when the load is in MEM: the second term, 1 (rev. 1, 2:
 * 0, the value forwarded from WB into EX; revision 3 has no such path). */
.macro LDT n, name, insn:vararg
  T_BEGIN 2
  \insn
  add t2, t1, x0
  T_END \n, "\name, use at distance 1", 2
  T_BEGIN 3
  \insn
  nop
  add t2, t1, x0
  T_END \n+1, "\name, use at distance 2", 1
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  li s5, 0
  li s6, 0
  la s0, tdata
  csrr s1, misa
  srli s1, s1, 7            /* misa bit 7: H */
  andi s1, s1, 1

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

  /* ---- 10-29: jumps and branches (PIPELINE.md 4.1, 4.2). Revision 3: a
   * redirect from EX in cycle t makes IF a bubble holding the target, which
   * is fetched in t+1 and is in IF in t+2: a mispredict or a JALR costs 3
   * bubbles (the ID and IF instructions killed, and the cycle IF fetches
   * the target; rev. 2: 2). A prediction in IF (f_pred) steers the fetch
   * address in the same cycle: 0 (unchanged since rev. 2). ---- */

  /* 10: taken JAL, forward: IF pre-decodes it and fa = f_target in the same
   * cycle, so the target is in IF the next cycle: 0 bubbles (4.2
   * "Penalties"; rev. 1: 1) */
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
   * with pred = 1: mispredict, e_target = pc + 4: 3 bubbles (4.2; rev. 1
   * and rev. 2: 2) */
  BASE 1
  j 2f
1:
  nop
  j fail                /* never: the branch is not taken */
2:
  csrr s2, mcycle
  bne x0, x0, 1b
  csrr s3, mcycle
  REPORT 16, "backward branch not taken", 3

  /* 17: forward branch taken: predicted not taken (4.2), taken in EX with
   * pred = 0: mispredict, 3 bubbles (rev. 2: 2) */
  BASE 1
  csrr s2, mcycle
  beq x0, x0, 1f
  nop
  nop
1:
  csrr s3, mcycle
  REPORT 17, "forward branch taken", 3

  /* 18: forward branch taken whose target is pc + 4: still "taken and not
   * pred", a mispredict (4.2): 3 bubbles (rev. 2: 2) */
  BASE 1
  csrr s2, mcycle
  beq x0, x0, 1f
1:
  csrr s3, mcycle
  REPORT 18, "forward branch taken to pc+4", 3

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
   * (mispredict, 3); addi -> bnez forwards from MEM (6): extra 3 (rev. 1:
   * 7 + 2 = 9; rev. 2: 2) */
  BASE 16
  li t0, 8
  csrr s2, mcycle
1:
  addi t0, t0, -1
  bnez t0, 1b
  csrr s3, mcycle
  REPORT 20, "loop of 8 iterations", 3

  /* 21: JALR: always an EX redirect (4.2), ID and IF killed, the target
   * fetched in the next cycle: 3 bubbles (rev. 2: 2) */
  la t0, 1f
  BASE 1
  csrr s2, mcycle
  jalr x0, 0(t0)
  nop
  nop
1:
  csrr s3, mcycle
  REPORT 21, "jalr", 3

  /* 22: JALR to pc + 4: a redirect "whether or not the target happens to be
   * pc + 4" (4.2): 3 bubbles (rev. 2: 2) */
  la t0, 1f
  BASE 1
  csrr s2, mcycle
  jalr x0, 0(t0)
1:
  csrr s3, mcycle
  REPORT 22, "jalr to pc+4", 3

  /* 23: JALR whose rs1 the instruction before makes: forwarded from MEM (6),
   * no hazard (ALU is not late-result); the JALR's 3 bubbles (rev. 2: 2) */
  la t3, 1f
  BASE 2
  csrr s2, mcycle
  addi t0, t3, 0
  jalr t4, 0(t0)
  nop
  nop
1:
  csrr s3, mcycle
  REPORT 23, "jalr, rs1 just computed", 3

  /* 24: forward branch taken to a JAL: the mispredict's 3; the target is
   * the valid IF instruction two cycles after the redirect and is
   * predicted there like any other (f_pred looks at the IF latch and
   * if_insn only, 2.1): + 0 = 3 (rev. 2: 2) */
  BASE 2
  csrr s2, mcycle
  beq x0, x0, 1f
  nop
1:
  j 2f
  nop
2:
  csrr s3, mcycle
  REPORT 24, "forward branch taken to a jal", 3

  /* 25: forward branch taken to another forward branch taken: two
   * mispredicts, 3 + 3 = 6 (rev. 2: 4) */
  BASE 2
  csrr s2, mcycle
  beq x0, x0, 1f
  nop
1:
  beq x0, x0, 2f
  nop
2:
  csrr s3, mcycle
  REPORT 25, "two forward branches taken", 6

  /* ---- 30-49: late results, MUL (PIPELINE.md 4 d_hazard, 5.2, 6).
   * Revision 3: a load-data instruction (a load, LR, HLV/HLVX) also holds
   * a user in ID while it is in MEM (the second term), and no load data is
   * forwarded into EX: the user reads it in ID from the register file's
   * write-through while the load is in WB. A load's user at distance 1
   * waits 2 cycles, at distance 2 one (rev. 1, 2: 1 and 0). ---- */
  /* 30: load, then a use as rs1: held in ID by both terms: 2 (rev. 2: 1) */
  T_BEGIN 2
  ld t1, 0(s0)
  add t2, t1, x0
  T_END 30, "load-use rs1", 2
  /* 31: load, then a use as rs2: 2 (rev. 2: 1) */
  T_BEGIN 2
  ld t1, 0(s0)
  add t2, x0, t1
  T_END 31, "load-use rs2", 2
  /* 32: load, then an independent instruction: no hazard, 0 */
  T_BEGIN 2
  ld t1, 0(s0)
  add t2, t3, x0
  T_END 32, "load, independent next", 0
  /* 33: load, one instruction, then the use: when the use is in ID the
   * load is in MEM, the second term: 1 (rev. 1, 2: 0, forwarded from WB) */
  T_BEGIN 3
  ld t1, 0(s0)
  nop
  add t2, t1, x0
  T_END 33, "load, use at distance 2", 1
  /* 34: load, then a store of it: STORE uses rs2 (5.2): 2 (rev. 2: 1) */
  T_BEGIN 2
  ld t1, 0(s0)
  sd t1, 8(s0)
  T_END 34, "load-use store data", 2
  /* 35: load of a pointer, then a load through it: LOAD uses rs1: 2
   * (rev. 2: 1) */
  T_BEGIN 2
  ld t1, 16(s0)
  ld t2, 0(t1)
  T_END 35, "load-use load address", 2
  /* 36: load to x0, then x0 used: "rd != 0" in both terms, x0 never causes
   * a hazard: 0 */
  T_BEGIN 2
  ld x0, 0(s0)
  add t2, x0, x0
  T_END 36, "load to x0, x0 used", 0
  /* 37: load-use, then a JAL: the JAL is in IF during the 2 held cycles
   * (f_redirect is off under hold), its word kept in IF.buf; it is
   * predicted again in the cycle the hold ends (4.2): 2 + 0 (rev. 1: 1 + 1;
   * rev. 2: 1 + 0) */
  BASE 3
  csrr s2, mcycle
  ld t1, 0(s0)
  add t2, t1, x0
  j 1f
  nop
1:
  csrr s3, mcycle
  REPORT 37, "load-use, then jal", 2
  /* 38: a backward branch on a just-loaded value, taken: predicted in IF
   * (ID.pred kept while ID holds, 4.1), the hazard's 2 bubbles, no
   * redirect: 2 (rev. 1: 2, ID predicted only after the hazard, then its
   * bubble; rev. 2: 1) */
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
  REPORT 38, "load-use, backward branch taken", 2
  /* 40: CSR read, then its use: CSR instructions are late-result (the
   * first term): 1 (unchanged) */
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
  /* 43: MUL, then its use: MUL is 3 cycles in EX (4.3, revision 3: e_busy
   * in its cycles 0 and 1), not late-result, its result forwarded from MEM
   * (6): 2 (rev. 1, 2: 0) */
  li t2, 3
  li t3, 7
  T_BEGIN 2
  mul t1, t2, t3
  add t4, t1, x0
  T_END 43, "mul then use", 2
  /* 44: a chain of the five multiplies, each using the one before: each
   * is 3 cycles in EX, its operand forwarded from the multiply in MEM in
   * its cycle 0, the cycle counter restarting for each (4.3): 5 x 2 = 10
   * (rev. 1, 2: 0) */
  li t2, 3
  li t3, 7
  T_BEGIN 5
  mul t1, t2, t3
  mulh t4, t1, t3
  mulhsu t5, t4, t1
  mulhu t4, t5, t1
  mulw t5, t4, t1
  T_END 44, "mul chain", 10
  /* 45: CSR read, use at distance 2: a CSR instruction is late-result but
   * not load-data (its value is csr_rdata at commit, in the WB latch, and
   * forwarded from WB, 6): 0 */
  T_BEGIN 3
  csrr t1, mscratch
  nop
  addi t2, t1, 1
  T_END 45, "csr read, use at distance 2", 0

  /* ---- 50-99: 64-bit divides (PIPELINE.md 4.3): extra = L - 1 =
   * max(n, 1) + 1, n = significant bits of the dividend's magnitude:
   * unsigned ops the 64-bit value, signed ops its absolute value (INT_MIN:
   * 2^63); the divisor (3 unless said) does not matter. The two ends: a
   * dividend of 0 or magnitude 1, L = 3, 2 bubbles (50-52, 62, 63, ...);
   * a magnitude of 2^63 or more, L = 66, 65 bubbles (56, 58, 64, 68, ...).
   * rev. 1: 64 for all; rev. 2: max(n, 1), 1 to 64. ---- */
  DIVT 50, "div 0/3",          div, 0, 3, 2                    /* m 0, n 0 -> max 1, + 1 */
  DIVT 51, "div 1/3",          div, 1, 3, 2                    /* m 1, n 1 */
  DIVT 52, "div -1/3",         div, -1, 3, 2                   /* |-1| = 1, n 1 */
  DIVT 53, "div 2/3",          div, 2, 3, 3                    /* n 2 */
  DIVT 54, "div 255/3",        div, 255, 3, 9                  /* n 8 */
  DIVT 55, "div 2^32/3",       div, 0x100000000, 3, 34         /* n 33 */
  DIVT 56, "div INT_MIN/3",    div, 0x8000000000000000, 3, 65  /* |INT_MIN| = 2^63, n 64 */
  DIVT 57, "div 255/0",        div, 255, 0, 9                  /* by zero: n 8 still */
  DIVT 58, "div INT_MIN/-1",   div, 0x8000000000000000, -1, 65 /* overflow: n 64 still */
  DIVT 59, "div -256/3",       div, -256, 3, 10                /* |-256| = 2^8, n 9 */
  DIVT 60, "div INT_MAX/3",    div, 0x7fffffffffffffff, 3, 64  /* n 63 */
  DIVT 61, "div -2^32/3",      div, -0x100000000, 3, 34        /* |.| = 2^32, n 33 */

  DIVT 62, "divu 0/3",         divu, 0, 3, 2                   /* n 0 -> max 1, + 1 */
  DIVT 63, "divu 1/3",         divu, 1, 3, 2                   /* n 1 */
  DIVT 64, "divu 2^64-1/3",    divu, -1, 3, 65                 /* unsigned all ones: n 64 */
  DIVT 65, "divu 2/3",         divu, 2, 3, 3
  DIVT 66, "divu 255/3",       divu, 255, 3, 9
  DIVT 67, "divu 2^32/3",      divu, 0x100000000, 3, 34
  DIVT 68, "divu 2^63/3",      divu, 0x8000000000000000, 3, 65 /* n 64: L = 66, the longest */
  DIVT 69, "divu 255/0",       divu, 255, 0, 9
  DIVT 70, "divu 2^63/2^64-1", divu, 0x8000000000000000, -1, 65
  DIVT 71, "divu -256/3",      divu, -256, 3, 65               /* 0xff..ff00 unsigned: n 64 */

  DIVT 72, "rem 0/3",          rem, 0, 3, 2
  DIVT 73, "rem 1/3",          rem, 1, 3, 2
  DIVT 74, "rem -1/3",         rem, -1, 3, 2                   /* |-1| = 1 */
  DIVT 75, "rem 2/3",          rem, 2, 3, 3
  DIVT 76, "rem 255/3",        rem, 255, 3, 9
  DIVT 77, "rem 2^32/3",       rem, 0x100000000, 3, 34
  DIVT 78, "rem INT_MIN/3",    rem, 0x8000000000000000, 3, 65
  DIVT 79, "rem 255/0",        rem, 255, 0, 9
  DIVT 80, "rem INT_MIN/-1",   rem, 0x8000000000000000, -1, 65
  DIVT 81, "rem -256/3",       rem, -256, 3, 10

  DIVT 82, "remu 0/3",         remu, 0, 3, 2
  DIVT 83, "remu 1/3",         remu, 1, 3, 2
  DIVT 84, "remu 2^64-1/3",    remu, -1, 3, 65
  DIVT 85, "remu 2/3",         remu, 2, 3, 3
  DIVT 86, "remu 255/3",       remu, 255, 3, 9
  DIVT 87, "remu 2^32/3",      remu, 0x100000000, 3, 34
  DIVT 88, "remu 2^63/3",      remu, 0x8000000000000000, 3, 65
  DIVT 89, "remu 255/0",       remu, 255, 0, 9
  DIVT 90, "remu 2^63/2^64-1", remu, 0x8000000000000000, -1, 65

  /* ---- 100-149: W divides (4.3): the dividend is rs1's low 32 bits;
   * unsigned ops: that 32-bit value, signed ops: its absolute value as a
   * 32-bit number (INT32_MIN: 2^31); extra = max(n, 1) + 1, n <= 32: from 2
   * (L = 3) to 33 (L = 34: 103, 107, 114, 115, ...). rev. 1: 32 for all;
   * rev. 2: max(n, 1). ---- */
  DIVT 100, "divw 0/3",          divw, 0, 3, 2
  DIVT 101, "divw 1/3",          divw, 1, 3, 2
  DIVT 102, "divw 0xffff/3",     divw, 0xffff, 3, 17           /* n 16 */
  DIVT 103, "divw INT32_MIN/3",  divw, 0xffffffff80000000, 3, 33 /* |.| = 2^31, n 32: L = 34 */
  DIVT 104, "divw -1/3",         divw, -1, 3, 2                /* low 32 = -1, |.| = 1 */
  DIVT 105, "divw 2^32/3",       divw, 0x100000000, 3, 2       /* low 32 bits = 0 */
  DIVT 106, "divw 0xffff/0",     divw, 0xffff, 0, 17           /* by zero */
  DIVT 107, "divw INT32_MIN/-1", divw, 0xffffffff80000000, -1, 33 /* overflow */
  DIVT 108, "divw INT32_MAX/3",  divw, 0x7fffffff, 3, 32
  DIVT 109, "divw hi junk,0xffff/3", divw, 0x123456780000ffff, 3, 17 /* high half ignored */
  DIVT 110, "divw -256/3",       divw, -256, 3, 10             /* |.| = 2^8, n 9 */

  DIVT 111, "divuw 0/3",         divuw, 0, 3, 2
  DIVT 112, "divuw 1/3",         divuw, 1, 3, 2
  DIVT 113, "divuw 0xffff/3",    divuw, 0xffff, 3, 17
  DIVT 114, "divuw INT32_MIN/3", divuw, 0xffffffff80000000, 3, 33 /* 0x80000000: n 32 */
  DIVT 115, "divuw -1/3",        divuw, -1, 3, 33              /* 0xffffffff: n 32 */
  DIVT 116, "divuw 2^32/3",      divuw, 0x100000000, 3, 2      /* low 32 bits = 0 */
  DIVT 117, "divuw 0xffff/0",    divuw, 0xffff, 0, 17
  DIVT 118, "divuw INT32_MIN/-1", divuw, 0xffffffff80000000, -1, 33
  DIVT 119, "divuw hi junk,0xffff/3", divuw, 0x123456780000ffff, 3, 17

  DIVT 120, "remw 0/3",          remw, 0, 3, 2
  DIVT 121, "remw 1/3",          remw, 1, 3, 2
  DIVT 122, "remw 0xffff/3",     remw, 0xffff, 3, 17
  DIVT 123, "remw INT32_MIN/3",  remw, 0xffffffff80000000, 3, 33
  DIVT 124, "remw -1/3",         remw, -1, 3, 2
  DIVT 125, "remw 2^32/3",       remw, 0x100000000, 3, 2
  DIVT 126, "remw 0xffff/0",     remw, 0xffff, 0, 17
  DIVT 127, "remw INT32_MIN/-1", remw, 0xffffffff80000000, -1, 33

  DIVT 130, "remuw 0/3",         remuw, 0, 3, 2
  DIVT 131, "remuw 1/3",         remuw, 1, 3, 2
  DIVT 132, "remuw 0xffff/3",    remuw, 0xffff, 3, 17
  DIVT 133, "remuw INT32_MIN/3", remuw, 0xffffffff80000000, 3, 33
  DIVT 134, "remuw -1/3",        remuw, -1, 3, 33
  DIVT 135, "remuw 2^32/3",      remuw, 0x100000000, 3, 2
  DIVT 136, "remuw 0xffff/0",    remuw, 0xffff, 0, 17
  DIVT 137, "remuw INT32_MIN/-1", remuw, 0xffffffff80000000, -1, 33

  /* ---- 150-169: divides with their neighbours (operands set before
   * each check: REPORT clobbers a0-a4, t0-t3). A divide's own part is
   * max(n, 1) + 1 as in 50-137 (rev. 2: max(n, 1)); the rules of its
   * neighbours do not change with its length. ---- */
  /* 150: load, then a divide of the loaded value: the load-use hazard's 2
   * bubbles (4 d_hazard, both terms: DIV uses rs1), the divide reading the
   * loaded dividend in ID through the write-through while the load is in
   * WB (6), its EX latch value in cycle 0: 2 + max(8, 1) + 1 = 11 (rev. 1:
   * 1 + 64; rev. 2: 1 + 8) */
  li a2, 3
  T_BEGIN 2
  ld a1, 0(s0)            /* 255 */
  div t1, a1, a2
  T_END 150, "load-use, div 255", 11
  /* 151: the same, dividend 2^63 loaded: 2 + 64 + 1 = 67 (rev. 1, 2: 1 +
   * 64 = 65) */
  li a2, 3
  T_BEGIN 2
  ld a1, 24(s0)           /* 2^63 */
  divu t1, a1, a2
  T_END 151, "load-use, divu 2^63", 67
  /* 152: the same, dividend 0 loaded: 2 + max(0, 1) + 1 = 4 (rev. 1: 65;
   * rev. 2: 1 + 1) */
  li a2, 3
  li a1, -1               /* stale value: n 64 */
  T_BEGIN 2
  ld a1, 32(s0)           /* 0 */
  remu t1, a1, a2
  T_END 152, "load-use, remu 0", 4
  /* 153: the same for a W op, low half 0xffff loaded: 2 + 16 + 1 = 19
   * (rev. 1: 1 + 32; rev. 2: 1 + 16) */
  li a2, 3
  T_BEGIN 2
  ld a1, 40(s0)           /* 0xffffffff0000ffff */
  divw t1, a1, a2
  T_END 153, "load-use, divw 0xffff", 19
  /* 154: load, then a divide by the loaded value (rs2 used, 5.2): 2 +
   * max(n(255), 1) + 1 = 11 (rev. 2: 1 + 8) */
  li a1, 255
  T_BEGIN 2
  ld a2, 48(s0)           /* 3 */
  div t1, a1, a2
  T_END 154, "load-use divisor, div 255", 11
  /* 155: dividend made by the instruction just before: forwarded from MEM
   * in cycle 0 (6, 4.3): 255 -> 8 + 1 = 9 (rev. 2: 8); the stale register
   * value (all ones for DIVU, n 64) would give 65 */
  li a1, -1
  li a2, 3
  T_BEGIN 2
  addi a1, x0, 255
  divu t1, a1, a2
  T_END 155, "divu, dividend from MEM", 9
  /* 156: dividend made two instructions before: from WB (6; an ALU result,
   * not load-data): 2^40 -> n 41, 41 + 1 = 42 (rev. 2: 41); the stale
   * value (0) would give 2 */
  li a1, 0
  li a2, 3
  li t4, 1
  T_BEGIN 3
  slli a1, t4, 40
  nop
  div t1, a1, a2
  T_END 156, "div, dividend from WB", 42
  /* 157: a divide, then a use of its result: the result is in MEM (not
   * late-result) and forwards, no bubble beyond the divide's: 9 (rev. 2:
   * 8) */
  li a1, 255
  li a2, 3
  T_BEGIN 2
  divu t1, a1, a2
  add t2, t1, x0
  T_END 157, "divu 255, result used", 9
  /* 158: two dependent divides: 255/1 = 255 (9), then 255/3 with the
   * dividend forwarded from MEM in its cycle 0 (9); the counter restarts
   * for the second (4.3): 9 + 9 = 18 (rev. 1: 128; rev. 2: 8 + 8); the
   * stale t1 (0) would give 9 + 2 */
  li a1, 255
  li a2, 3
  li t4, 1
  li t1, 0
  T_BEGIN 2
  divu t1, a1, t4
  divu t2, t1, a2
  T_END 158, "divu, then divu of its result", 18
  /* 159: two independent divides, different lengths: 255 (9) then 2 (3):
   * 12 (rev. 1: 128; rev. 2: 8 + 2) */
  li a1, 255
  li a2, 3
  li a3, 2
  T_BEGIN 2
  divu t1, a1, a2
  divu t2, a3, a2
  T_END 159, "divu 255, then divu 2", 12
  /* 160: a divide, then a JAL: IF predicted the JAL the cycle before the
   * divide entered EX (no hold yet), ID keeps it with its pred while e_busy
   * holds (4.1), the target waits in IF (IF.buf): 9 + 0 (rev. 1: 64 + 1;
   * rev. 2: 8 + 0) */
  li a1, 255
  li a2, 3
  BASE 2
  csrr s2, mcycle
  divu t1, a1, a2
  j 1f
  nop
1:
  csrr s3, mcycle
  REPORT 160, "divu 255, then jal", 9
  /* 161: a divide, then a backward branch taken: as 160, the branch's
   * pred kept in ID while e_busy holds, correct in EX: 9 + 0 (rev. 1:
   * 64 + 1; rev. 2: 8 + 0) */
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
  REPORT 161, "divu 255, then backward branch", 9
  /* 162: a divide with dividend x0 (DIV uses rs1, x0 reads 0; divisor 0
   * too): n 0 -> max 1, + 1 = 2, L = 3 (rev. 2: 1) */
  T_BEGIN 1
  div t1, x0, x0
  T_END 162, "div x0/x0", 2
  /* 163: a divide, a nop, then a JAL: the JAL is in IF while e_busy holds,
   * so no f_redirect (4 f_redirect: not under hold); IF keeps it, its word
   * in IF.buf, and predicts it again in the divide's last cycle (e_busy =
   * 0, no hold, 4.2): 9 + 0 (rev. 1: 64 + 1; rev. 2: 8 + 0, the JAL
   * refetched) */
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
  REPORT 163, "divu 255, nop, then jal", 9

  /* ---- 170-199: load data (PIPELINE.md revision 3: 4 d_hazard's second
   * term, 6). A load-data instruction is a load of opcode 0x03, LR, HLV or
   * HLVX, whose rd value is formatted from d_rdata in WB; the other
   * late-result ones (SC, AMOs, CSR instructions) have their rd value in
   * the WB latch and forward from WB into EX as before. ---- */
  /* 170-175: each kind of load-data instruction, use at distance 1: 2 and
   * at distance 2: 1 (LDT; rev. 1, 2: 1 and 0; LD: checks 30 and 33) */
  LDT 170, "lw", lw t1, 4(s0)
  LDT 172, "lbu", lbu t1, 0(s0)
  LDT 174, "lr.d", lr.d t1, (s0)
  /* 176-178: HLV and HLVX (from M; hgatp and vsatp are Bare from reset),
   * load-data too (4 d_hazard): 2 / 1 / 1 (rev. 2: 1 / 0 / 0). Only with
   * H (misa.H); without it the checks are skipped. */
  beqz s1, 9f
  LDT 176, "hlv.d", hlv.d t1, (s0)
  T_BEGIN 3
  hlvx.wu t1, (s0)
  nop
  add t2, t1, x0
  T_END 178, "hlvx.wu, use at distance 2", 1
9:
  /* 180: load, use at distance 3 (two between): the load is in WB when the
   * use is in ID, neither term: 0 */
  T_BEGIN 4
  ld t1, 0(s0)
  nop
  nop
  add t2, t1, x0
  T_END 180, "load, use at distance 3", 0
  /* 181: load, use as rs2 at distance 2: the second term compares every
   * source the ID instruction uses (5.2): 1 (rev. 2: 0) */
  T_BEGIN 3
  ld t1, 0(s0)
  nop
  add t2, x0, t1
  T_END 181, "load, use as rs2 at distance 2", 1
  /* 182: load, then a store of it at distance 2 (its rd only the store's
   * rs2, used by STORE, 5.2): 1 (rev. 2: 0) */
  T_BEGIN 3
  ld t1, 0(s0)
  nop
  sd t1, 8(s0)
  T_END 182, "load, store data at distance 2", 1
  /* 183: load of a pointer, a load through it at distance 2: 1 (rev. 2: 0) */
  T_BEGIN 3
  ld t1, 16(s0)
  nop
  ld t2, 0(t1)
  T_END 183, "load, load address at distance 2", 1
  /* 184: load to x0, x0 used at distance 2: "rd != 0": 0 */
  T_BEGIN 3
  ld x0, 0(s0)
  nop
  add t2, x0, x0
  T_END 184, "load to x0, x0 at distance 2", 0
  /* 185: load, then an ALU op writing the same rd, then a use of rd: the
   * second term compares the MEM load's rd with the ID sources whatever is
   * between them (4 d_hazard): 1; the value is the ALU op's, from WB */
  T_BEGIN 3
  ld t1, 0(s0)
  addi t1, x0, 5
  add t2, t1, x0
  T_END 185, "load, rd rewritten, then used", 1
  /* 186: two loads, then one instruction using both: the first load in
   * MEM and the second in EX (both terms), then the second in MEM: 2 */
  T_BEGIN 3
  ld t1, 0(s0)
  ld t2, 48(s0)
  add t3, t1, t2
  T_END 186, "two loads, then a use of both", 2
  /* 187: load of a code address, JALR through it at distance 1: 2 + the
   * JALR's 3 = 5 (rev. 2: 1 + 2) */
  la t0, 1f
  sd t0, 56(s0)
  T_BEGIN 2
  ld t1, 56(s0)
  jalr x0, 0(t1)
  nop
  nop
1:
  T_END 187, "load, jalr through it", 5
  /* 188: the same at distance 2: 1 + 3 = 4 (rev. 2: 0 + 2) */
  la t0, 1f
  sd t0, 56(s0)
  T_BEGIN 3
  ld t1, 56(s0)
  nop
  jalr x0, 0(t1)
  nop
1:
  T_END 188, "load, jalr through it at distance 2", 4
  /* 189: load, then a forward branch taken (a mispredict, e_redirect)
   * while the wrong-path instruction after it uses the load's rd and the
   * load is in MEM (d_hazard, second term): the redirect kills ID and IF
   * (4.1: c_redirect or e_redirect come first in the ID and IF rows): 3
   * (rev. 2: 2) */
  T_BEGIN 2
  ld t1, 0(s0)
  beq x0, x0, 1f
  add t2, t1, x0          /* wrong path: killed in ID */
  nop
1:
  T_END 189, "load, mispredict, wrong-path use", 3
  /* 190: load, nop, then a divide of the loaded value: the second term's
   * 1, then the dividend 255 read in ID through the write-through: 1 + 8 +
   * 1 = 10 (rev. 2: 0 + 8); the stale a1 (all ones, n 64) would give
   * 1 + 65 */
  li a1, -1
  li a2, 3
  T_BEGIN 3
  ld a1, 0(s0)            /* 255 */
  nop
  div t1, a1, a2
  T_END 190, "load, nop, div of it", 10
  /* 191: load, nop, backward branch taken on the loaded value: predicted
   * in IF (no hold that cycle), its pred kept in ID while the second term
   * holds it: 1 + 0 (rev. 2: 0) */
  BASE 3
  j 2f
1:
  csrr s3, mcycle
  j 3f
2:
  csrr s2, mcycle
  ld t1, 0(s0)
  nop
  bnez t1, 1b
  j fail
3:
  REPORT 191, "load, nop, backward branch taken on it", 1
  /* 192: SC, use of its rd at distance 1: late-result (the first term): 1
   * (unchanged; the SC fails, the stores since the LR of 174 cleared the
   * reservation: rd = 1, no write; its timing is the same either way) */
  addi t4, s0, 8
  T_BEGIN 2
  sc.d t1, x0, (t4)
  add t2, t1, x0
  T_END 192, "sc, use at distance 1", 1
  /* 193: SC, use at distance 2: SC is not load-data (its rd value is made
   * at commit), forwarded from WB: 0 */
  addi t4, s0, 8
  T_BEGIN 3
  sc.d t1, x0, (t4)
  nop
  add t2, t1, x0
  T_END 193, "sc, use at distance 2", 0
  /* 194: AMO, an independent next instruction: the AMO is two cycles in
   * MEM (8.2, m_hold in the first): 1 */
  addi t4, s0, 8
  li t5, 0
  T_BEGIN 2
  amoadd.d t1, t5, (t4)   /* adds 0 */
  add t2, t3, x0
  T_END 194, "amo, independent next", 1
  /* 195: AMO, use at distance 1: the first term (late-result) while the
   * AMO is in EX, then the m_hold cycle; in the amo_b cycle MEM holds an
   * AMO, which is not load-data (its rd value comes to the WB latch at
   * amo_b), so the use goes on and is forwarded from WB: 1 + 1 = 2 (as in
   * rev. 2) */
  addi t4, s0, 8
  li t5, 0
  T_BEGIN 2
  amoadd.d t1, t5, (t4)
  add t2, t1, x0
  T_END 195, "amo, use at distance 1", 2
  /* 196: AMO, use at distance 2: the amo_b cycle only, the value from WB:
   * 1 (as in rev. 2) */
  addi t4, s0, 8
  li t5, 0
  T_BEGIN 3
  amoadd.d t1, t5, (t4)
  nop
  add t2, t1, x0
  T_END 196, "amo, use at distance 2", 1

  /* ---- 200-219: MUL (PIPELINE.md 4.3, revision 3): MUL, MULH, MULHSU,
   * MULHU, MULW are in EX for L = 3 cycles whatever the operands and rd,
   * e_busy in cycles 0 and 1: 2 bubbles each (rev. 1, 2: one cycle, 0;
   * MULHSU and MULHU alone: in the chain of check 44) ---- */
  MULT 200, "mul", mul
  MULT 201, "mulh", mulh
  MULT 202, "mulw", mulw
  /* 203: operands x0 (no early out for a multiply): 2 */
  T_BEGIN 1
  mul t1, x0, x0
  T_END 203, "mul x0, x0", 2
  /* 204: rd = x0: 3 cycles all the same: 2 */
  li t2, 3
  li t3, 7
  T_BEGIN 1
  mul x0, t2, t3
  T_END 204, "mul to x0", 2
  /* 205: two independent multiplies back to back: 2 + 2 = 4 */
  li t2, 3
  li t3, 7
  T_BEGIN 2
  mul t1, t2, t3
  mul t4, t2, t3
  T_END 205, "two independent muls", 4
  /* 206: two dependent multiplies: the second's operand forwarded from
   * the first in MEM in its cycle 0: 2 + 2 = 4 */
  li t2, 3
  li t3, 7
  T_BEGIN 2
  mul t1, t2, t3
  mul t4, t1, t3
  T_END 206, "two dependent muls", 4
  /* 207: MUL, then a divide of its result: 85 * 3 = 255 forwarded from MEM
   * in the divide's cycle 0 (n 8), the counter restarting for the divide
   * (4.3): 2 + 9 = 11 (rev. 2: 0 + 8); the stale t1 (all ones, n 64) would
   * give 2 + 65 */
  li a1, 85
  li a2, 3
  li t4, 3
  li t1, -1
  T_BEGIN 2
  mul t1, a1, t4
  divu t2, t1, a2
  T_END 207, "mul, then divu of its result", 11
  /* 208: a divide, then a MUL of its result: 9 + 2 = 11 (rev. 2: 8 + 0) */
  li a1, 255
  li a2, 3
  li t3, 7
  T_BEGIN 2
  divu t1, a1, a2
  mul t2, t1, t3
  T_END 208, "divu 255, then mul of its result", 11
  /* 209: load-use by a MUL: 2 + 2 = 4 (rev. 2: 1) */
  li t3, 7
  T_BEGIN 2
  ld t1, 0(s0)
  mul t2, t1, t3
  T_END 209, "load-use, mul", 4
  /* 210: MUL, then a store of its result (rs2, forwarded from MEM): 2 */
  li t2, 3
  li t3, 7
  T_BEGIN 2
  mul t1, t2, t3
  sd t1, 8(s0)
  T_END 210, "mul, then a store of it", 2
  /* 211: MUL, then a forward branch taken on its result: 2 + the
   * mispredict's 3 = 5 (rev. 2: 2) */
  li t2, 3
  li t3, 7
  T_BEGIN 2
  mul t1, t2, t3
  bnez t1, 1f
  nop
1:
  T_END 211, "mul, then forward branch taken on it", 5

  /* 212: AMO, then an independent MUL: the MUL is in EX, cycle 0, in the
   * AMO's first (m_hold) cycle; its counter advances while m_hold (4.3), so
   * its cycle 1 is the AMO's amo_b cycle: the two overlap, 1 + 2 - 1 = 2
   * (rev. 2: 1, the AMO's alone) */
  addi t4, s0, 8
  li t5, 0
  li t2, 3
  li t3, 7
  T_BEGIN 2
  amoadd.d t1, t5, (t4)
  mul t2, t2, t3
  T_END 212, "amo, then mul", 2
  /* 213: AMO, then an independent divide, dividend 255 (L = 10): as 212,
   * the divide is in EX, cycle 0, in the AMO's m_hold cycle and its counter
   * advances there (4.3: every cycle in EX counts, also while m_hold): the
   * two overlap by one cycle, 1 + 9 - 1 = 9 (rev. 2: 1 + 8 - 1 = 8) */
  addi t4, s0, 8
  li t5, 0
  li a1, 255
  li a2, 3
  T_BEGIN 2
  amoadd.d t1, t5, (t4)
  divu t2, a1, a2
  T_END 213, "amo, then divu 255", 9

  /* ---- 220-229: redirects from commit (PIPELINE.md 4 c_redirect, 4.1):
   * revision 3: the target is fetched in the cycle after the redirect and
   * is in IF in the next, so the instruction after the redirecting one
   * commits 5 cycles after it: 4 bubbles (4.2 "Penalties"; rev. 1, 2: 3) */
  /* 220: FENCE.I: retires, then refetches MEM.pc + 4 (4 c_redirect): 4 */
  T_BEGIN 1
  fence.i
  T_END 220, "fence.i", 4
  /* 221: FENCE.I, then a JAL: the refetched JAL is predicted as it arrives
   * in IF: 4 + 0 */
  T_BEGIN 2
  fence.i
  j 1f
  nop
1:
  T_END 221, "fence.i, then jal", 4
  /* 222: SFENCE.VMA (legal in M): the unit's flush (a fence retires,
   * gen/INTERFACE.md 2): 4 */
  T_BEGIN 1
  sfence.vma
  T_END 222, "sfence.vma", 4
  /* 223: a CSR write to a flushing address (mstatus 0x300; CSRRC with rs1
   * field != 0 writes, gen/INTERFACE.md 3, here clearing no bit): 4 */
  li t5, 0
  T_BEGIN 1
  csrc mstatus, t5
  T_END 223, "csr write of mstatus (flush)", 4
  /* 224: FENCE: an ordinary instruction for the unit (only SYSTEM is
   * decoded, gen/INTERFACE.md 3) and not FENCE.I: no redirect, 0 */
  T_BEGIN 1
  fence
  T_END 224, "fence", 0
  /* 225: a CSR write to an address that does not flush (mscratch), and a
   * read of one that does (mstatus, no write): no redirect, 0 */
  li t5, 0x55
  T_BEGIN 2
  csrw mscratch, t5
  csrr t1, mstatus
  T_END 225, "csr write mscratch, read mstatus", 0
  /* 226-228: an ECALL into a local trap vector and its MRET (trap and xRET
   * at commit: unit redirect): each 4 (rev. 2: 3) */
  csrr s7, mtvec
  csrr s8, mstatus
  /* 226: the ECALL (at commit one cycle, it traps), then the first
   * instruction of the vector: 4 */
  la t0, 9f
  csrw mtvec, t0
  la t6, 8f
  BASE 1
  csrr s2, mcycle
  ecall
  j fail
9:
  csrr s3, mcycle
  csrw mepc, t6
  mret
8:
  REPORT 226, "ecall, to the trap vector", 4
  /* 227: the MRET back from the vector (to mepc): 4 */
  la t0, 9f
  csrw mtvec, t0
  la t6, 8f
  ecall
  j fail
9:
  csrw mepc, t6
  BASE 1
  csrr s2, mcycle
  mret
  j fail
8:
  csrr s3, mcycle
  REPORT 227, "mret", 4
  /* 228: the round trip: ECALL, the vector's csrw mepc and MRET, back:
   * k = 3, 4 + 4 = 8 (rev. 2: 6) */
  la t0, 9f
  csrw mtvec, t0
  la t6, 8f
  BASE 3
  csrr s2, mcycle
  ecall
  j fail
9:
  csrw mepc, t6
  mret
  j fail
8:
  csrr s3, mcycle
  REPORT 228, "ecall and mret round trip", 8
  csrw mtvec, s7
  csrw mstatus, s8

  /* ---- 230-239: IF's held word (PIPELINE.md revision 3, 2 and 4.1:
   * under hold IF keeps its instruction, the word in IF.buf, and presents
   * the fa of its own prediction; f_pred is computed from IF.buf in every
   * held cycle, f_redirect when the hold ends). A predicted-taken branch
   * or JAL in IF during a hold costs nothing beyond the hold. ---- */
  /* 230: load-use (2 held cycles), a backward branch taken in IF all the
   * while: 2 + 0 */
  BASE 3
  j 2f
1:
  csrr s3, mcycle
  j 3f
2:
  csrr s2, mcycle
  ld t1, 0(s0)
  add t2, t1, x0
  beq x0, x0, 1b
3:
  REPORT 230, "load-use, backward branch in IF", 2
  /* 231: load, nop, use (the second term, 1 held cycle) with a JAL in IF:
   * 1 + 0 */
  T_BEGIN 4
  ld t1, 0(s0)
  nop
  add t2, t1, x0
  j 1f
  nop
1:
  T_END 231, "load, nop, use, then jal in IF", 1
  /* 232: load, a JAL, the use at the JAL's target (distance 2): 1 + 0 */
  T_BEGIN 3
  ld t1, 0(s0)
  j 1f
  nop
1:
  add t2, t1, x0
  T_END 232, "load, jal, use at its target", 1
  /* 233: MUL, nop, JAL: the JAL is in IF during e_busy: 2 + 0 */
  li t2, 3
  li t3, 7
  T_BEGIN 3
  mul t1, t2, t3
  nop
  j 1f
  nop
1:
  T_END 233, "mul, nop, then jal in IF", 2
  /* 234: a 65-cycle hold (divu 2^63: L = 66, 65 bubbles) with a JAL in
   * IF, its word kept in IF.buf all along while the fetch port reads its
   * target: 65 + 0 (rev. 2: 64 + 0) */
  li a1, 0x8000000000000000
  li a2, 3
  T_BEGIN 3
  divu t1, a1, a2
  nop
  j 1f
  nop
1:
  T_END 234, "divu 2^63, nop, then jal in IF", 65
  /* 235: divide, nop, backward branch taken in IF: 9 + 0 (rev. 2: 8 + 0) */
  li a1, 255
  li a2, 3
  BASE 3
  j 2f
1:
  csrr s3, mcycle
  j 3f
2:
  csrr s2, mcycle
  divu t1, a1, a2
  nop
  beq x0, x0, 1b
3:
  REPORT 235, "divu 255, nop, backward branch in IF", 9
  /* 236: AMO, two nops, JAL: the JAL is in IF in the AMO's first (m_hold)
   * cycle: the amo_b cycle's 1 + 0 */
  addi t4, s0, 8
  li t5, 0
  T_BEGIN 4
  amoadd.d t1, t5, (t4)
  nop
  nop
  j 1f
  nop
1:
  T_END 236, "amo, nop, nop, then jal in IF", 1

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

/* check_one(a0 = check, a1 = name, a2 = expected extra), with s3 - s2 the
 * measured cycles and s4 the baseline: if (s3 - s2) - s4 != a2, print the
 * line and count it. Clobbers a0-a4, t0-t3; keeps s0-s4 (and s7-s11). */
check_one:
#ifdef ON_QEMU /* QEMU (TCG) has no cycle timing: nothing to compare */
  ret
#endif
  sub t0, s3, s2
  sub t0, t0, s4
  bne t0, a2, 1f
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
  sub s9, s3, s2
  mv s10, s4
  mv s11, a2
  bnez s5, 2f
  mv s5, s7
2:
  addi s6, s6, 1
  mv a0, s7
  mv a1, s8
  call putcheck
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
  .dword 0                      /* 56: a code address (187, 188) */
