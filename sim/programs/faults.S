/* Exceptions found before commit (PIPELINE.md 7; priv machine.adoc
 * "Machine Cause", "Machine Trap Value"): misaligned loads (4), stores and
 * AMOs (6) with tval = the address; access faults outside RAM or with a width
 * a device does not allow (5 load, 7 store/AMO); a fetch from an unmapped
 * address (1, tval = epc = that address); a taken jump or branch to a target
 * with bit 1 set (0, tval = the target, epc = the jump). All run in M. */
#include "test.h"

/* The end of RAM: 256 MiB on the vitrap SoC (PIPELINE.md 7.1); in the board
 * self-test firmware (mk/firmware.mk) the board's RAM size. */
#ifdef FW_RAM_SIZE
#define RAM_END (RAM_BASE + FW_RAM_SIZE)
#else
#define RAM_END 0x90000000
#endif
  TEST_NAME faults
  .text

/* insn (using base s1) traps to M with cause c, tval = s1 + off */
.macro MEMF n, c, off, insn:vararg
  CHECK \n
  RUN MODE_M
1094:
  \insn
  END_RUN
  EXPECT_TRAP LVL_M, \c
  EXPECT_EPC 1094b
  TREC t5, TR_TVAL
  addi t6, s1, \off
  BNE_FAIL t5, t6
.endm

  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  csrw medeleg, zero

#ifndef ON_QEMU /* QEMU performs misaligned accesses itself (legal) */
  la s1, buf
  MEMF 1, 4, 1, lh t0, 1(s1)
  MEMF 2, 4, 3, lhu t0, 3(s1)
  MEMF 3, 4, 2, lw t0, 2(s1)
  MEMF 4, 4, 1, lwu t0, 1(s1)
  MEMF 5, 4, 4, ld t0, 4(s1)
  MEMF 6, 4, 7, ld t0, 7(s1)
  MEMF 7, 6, 1, sh t0, 1(s1)
  MEMF 8, 6, 2, sw t0, 2(s1)
  MEMF 9, 6, 4, sd t0, 4(s1)
  addi s1, s1, 4
  MEMF 10, 6, 0, amoadd.d t0, t1, (s1)
  MEMF 11, 4, 0, lr.d t0, (s1)
  MEMF 12, 6, 0, sc.d t0, t1, (s1)
  addi s1, s1, -2
  MEMF 13, 6, 0, amoswap.w t0, t1, (s1)
  MEMF 14, 4, 0, lr.w t0, (s1)
  /* misaligned is checked before the access fault */
  li s1, 0x70000001
  MEMF 15, 4, 0, lh t0, 0(s1)
  MEMF 16, 6, 0, sw t0, 0(s1)
  /* the misaligned store did not write */
  CHECK 17
  la s1, buf
  li t0, 0x1122334455667788
  sd t0, 0(s1)
  RUN MODE_M
  li t1, -1
  sd t1, 4(s1)
  END_RUN
  ld t0, 0(s1)
  EXPECT t0, 0x1122334455667788
#endif

  /* access faults outside every region */
  li s1, 0x70000000
  MEMF 20, 5, 0, lw t0, 0(s1)
  MEMF 21, 7, 0, sd t0, 0(s1)
  MEMF 22, 5, 8, lb t0, 8(s1)
  li s1, 0
  MEMF 23, 5, 0, ld t0, 0(s1)
  li s1, 0x90000000 + 0x10000000   /* past the end of RAM (256 MiB) */
  MEMF 24, 5, 0, lbu t0, 0(s1)
#ifndef ON_QEMU /* the vitrap SoC's RAM is [0x8000_0000, 0x9000_0000) (PIPELINE.md 7.1) */
  li s1, RAM_END                   /* the first byte past the end of RAM */
  MEMF 25, 5, 0, lbu t0, 0(s1)
  MEMF 26, 7, 0, sb t0, 0(s1)
  li s1, RAM_END - 8               /* the last doubleword is RAM */
  CHECK 27
  RUN MODE_M
  ld t0, 0(s1)
  END_RUN
  EXPECT_NO_TRAP
#endif

#ifndef ON_QEMU /* the vitrap SoC's devices and their allowed widths (PIPELINE.md 7.1) */
  li s1, CLINT_BASE
  MEMF 30, 5, 0, lb t0, 0(s1)
  MEMF 31, 7, 2, sh t0, 2(s1)
  li s1, CLINT_BASE + CLINT_MTIMECMP
  MEMF 32, 5, 0, lr.w t0, (s1)
  MEMF 33, 7, 0, amoadd.w t0, t1, (s1)
  li s1, PLIC_BASE
  MEMF 34, 7, 4, sb t0, 4(s1)
  MEMF 35, 5, 0, ld t0, 0(s1)
  li s1, UART_BASE
  MEMF 36, 5, 0, lw t0, 0(s1)
  MEMF 37, 7, 0, sh t0, 0(s1)
  li s1, TDEV_BASE
  MEMF 38, 5, 0, lhu t0, 0(s1)
  MEMF 39, 7, 0, sc.w t0, t1, (s1)
  /* allowed widths do not fault */
  CHECK 40
  RUN MODE_M
  li s1, CLINT_BASE
  lw t0, 0(s1)
  li s1, CLINT_BASE + CLINT_MTIME
  ld t0, 0(s1)
  li s1, PLIC_BASE
  lw t0, 4(s1)
  li s1, UART_BASE
  lbu t0, UART_LSR(s1)
  li s1, TDEV_BASE
  ld t0, 0(s1)
  lw t0, 0x18(s1)
  END_RUN
  EXPECT_NO_TRAP
#endif

  /* a fetch from an unmapped address: cause 1, epc = tval = the address */
  CHECK 50
  RUN MODE_M
  li t0, 0x70000000
  jr t0
  END_RUN
  EXPECT_TRAP LVL_M, 1
  TREC t5, TR_EPC
  EXPECT t5, 0x70000000
  EXPECT_TVAL 0x70000000
  /* falling off the end of RAM into nothing (a jump just below 0x8000_0000) */
  CHECK 51
  RUN MODE_M
  li t0, 0x7ffffffc
  jr t0
  END_RUN
  EXPECT_TRAP LVL_M, 1
  EXPECT_TVAL 0x7ffffffc

  /* misaligned jump targets (IALIGN = 32): cause 0, epc = the jump */
  CHECK 60
  RUN MODE_M
  la t0, 1f
  addi t0, t0, 2
jalr_mis:
  jalr x0, 0(t0)
  nop
1:
  nop
  END_RUN
  EXPECT_TRAP LVL_M, 0
  EXPECT_EPC jalr_mis
  TREC t5, TR_TVAL
  la t6, 1b
  addi t6, t6, 2
  BNE_FAIL t5, t6
  CHECK 61
  RUN MODE_M
jal_mis:
  .word 0x0060006f           /* jal x0, . + 6 */
  nop
  nop
  END_RUN
  EXPECT_TRAP LVL_M, 0
  EXPECT_EPC jal_mis
  TREC t5, TR_TVAL
  la t6, jal_mis
  addi t6, t6, 6
  BNE_FAIL t5, t6
  CHECK 62
  RUN MODE_M
br_mis:
  .word 0x00000563           /* beq x0, x0, . + 10 (forward) */
  nop
  nop
  nop
  END_RUN
  EXPECT_TRAP LVL_M, 0
  EXPECT_EPC br_mis
  TREC t5, TR_TVAL
  la t6, br_mis
  addi t6, t6, 10
  BNE_FAIL t5, t6
  CHECK 63
  RUN MODE_M
  li t6, 1
  j 2f
  nop
  nop
2:
br_mis_back:
  .word 0xfff01de3           /* bne x0, t6 (!= 0), . - 6 (backward) */
  END_RUN
  EXPECT_TRAP LVL_M, 0
  EXPECT_EPC br_mis_back
  /* an untaken branch never faults */
  CHECK 64
  RUN MODE_M
  li t0, 1
  .word 0x00500563           /* beq x0, t0, . + 10: not taken */
  END_RUN
  EXPECT_NO_TRAP
  /* JALR with bit 0 set and bit 1 clear does not fault (bit 0 is cleared) */
  CHECK 65
  RUN MODE_M
  la t0, 1f
  addi t0, t0, 1
  jalr x0, 0(t0)
  nop
1:
  END_RUN
  EXPECT_NO_TRAP
  /* misaligned JALR from U, delegated to HS: tval = the target */
  CHECK 66
  li t0, 1
  csrw medeleg, t0
  RUN MODE_U
  la t0, 1f
  addi t0, t0, 2
2:
  jalr x0, 0(t0)
1:
  nop
  END_RUN
  EXPECT_TRAP LVL_HS, 0
  EXPECT_EPC 2b
  csrw medeleg, zero

  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

  .data
  .align 4
buf: .space 32
