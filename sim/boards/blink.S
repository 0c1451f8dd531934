/* blink: a board-simulation program that runs long enough for the
 * heartbeat LED (board_soc.v: bit BLINK_LOG2 = 22 of a cycle counter, lit
 * from cycle 2^22 to 2^23): it spins until mcycle (priv machine.adoc
 * "Hardware Performance Monitor") passes 9,000,000, then passes. The board
 * simulation checks that the heartbeat lit near cycle 2^22 and went dark
 * near 2^23 (scripts/board-tests.sh, phase sim). */
#include "test.h"
  TEST_NAME blink
  .text
  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  la a0, msg_start
  call puts
  li t1, 9000000
1:
  csrr t0, mcycle
  bltu t0, t1, 1b
  li a0, 0
  ld ra, 0(sp)
  addi sp, sp, 16
  ret

  .section .rodata
msg_start: .asciz "blink: spinning past cycle 2^23\n"
