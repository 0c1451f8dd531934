/* echo: the UART's receive path on a board (PIPELINE.md 9.3, 9.3.1): the
 * board simulation sends a line into the RX pin as 8N1 (vitrap-boardsim
 * --rx-text); the program polls LSR.DR (bit 0), reads RBR and sends every
 * byte back through THR until the newline, then passes. */
#include "test.h"
  TEST_NAME echo
  .text
  .globl main
main:
  addi sp, sp, -32
  sd ra, 0(sp)
  sd s0, 8(sp)
  sd s1, 16(sp)
  la a0, msg_ready
  call puts
  li s0, UART_BASE
1:
  lbu t0, UART_LSR(s0)
  andi t0, t0, 1
  beqz t0, 1b
  lbu s1, 0(s0)              /* RBR (DLAB 0) */
  mv a0, s1
  call putc
  li t0, '\n'
  bne s1, t0, 1b
  li a0, 0
  ld ra, 0(sp)
  ld s0, 8(sp)
  ld s1, 16(sp)
  addi sp, sp, 32
  ret

  .section .rodata
msg_ready: .asciz "echo: ready\n"
