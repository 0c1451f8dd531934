/* vitrap test programs: console output.
 *
 * The UART (16550 at UART_BASE, PIPELINE.md 9.3: THR at +0, LSR bit 5 THRE)
 * when it answers, else the HTIF console device (device 1, command 1:
 * putchar) through tohost, which QEMU's spike machine and Spike provide.
 * console_init (M-mode, before the monitor) probes the UART by reading LSR:
 * a load access fault, or THRE = 0 at reset, means "no UART".
 * Callable from every mode (Bare translation). ABI: clobbers a0-a3, t0-t3. */
#include "test.h"

  .text
  .globl console_init
console_init:
  csrr t3, mtvec
  la t0, probe_trap
  csrw mtvec, t0
  li t1, 0                  /* t1 = 1 if the UART answered */
  li t0, UART_BASE
  lbu t2, UART_LSR(t0)      /* faults on a machine without a UART here */
  andi t2, t2, 0x20
  beqz t2, 1f
  li t1, 1
1:
  csrw mtvec, t3
  la t0, console_uart
  sd t1, 0(t0)
  ret

  .align 2
probe_trap:                 /* the LSR load faulted: skip it, t2 = 0 */
  li t2, 0
  csrr t0, mepc
  addi t0, t0, 4
  csrw mepc, t0
  mret

  /* putc(a0): one byte */
  .globl putc
putc:
  la t0, console_uart
  ld t0, 0(t0)
  beqz t0, putc_htif
  li t0, UART_BASE
  li t1, 100000             /* bounded wait for THRE */
1:
  lbu t2, UART_LSR(t0)
  andi t2, t2, 0x20
  bnez t2, 2f
  addi t1, t1, -1
  bnez t1, 1b
2:
  sb a0, 0(t0)
  ret

putc_htif:
  la t0, tohost
  li t1, 100000
1:                          /* wait for the host to take the previous word */
  ld t2, 0(t0)
  beqz t2, 2f
  addi t1, t1, -1
  bnez t1, 1b
2:
  li t2, 0x0101
  slli t2, t2, 48           /* device 1, command 1 */
  andi t3, a0, 0xFF
  or t2, t2, t3
  sd t2, 0(t0)
  la t0, fromhost
  li t1, 100000
3:                          /* wait for the acknowledgement, then clear it */
  ld t2, 0(t0)
  bnez t2, 4f
  addi t1, t1, -1
  bnez t1, 3b
4:
  sd zero, 0(t0)
  ret

  /* puts(a0): a NUL-terminated string */
  .globl puts
puts:
  addi sp, sp, -16
  sd ra, 0(sp)
  sd s0, 8(sp)
  mv s0, a0
1:
  lbu a0, 0(s0)
  beqz a0, 2f
  call putc
  addi s0, s0, 1
  j 1b
2:
  ld ra, 0(sp)
  ld s0, 8(sp)
  addi sp, sp, 16
  ret

  /* puthex(a0): "0x" and the value in hex without leading zeros */
  .globl puthex
puthex:
  addi sp, sp, -32
  sd ra, 0(sp)
  sd s0, 8(sp)
  sd s1, 16(sp)
  mv s0, a0
  li a0, '0'
  call putc
  li a0, 'x'
  call putc
  li s1, 60
1:                          /* skip leading zero digits, keep the last one */
  beqz s1, 2f
  srl t0, s0, s1
  bnez t0, 2f
  addi s1, s1, -4
  j 1b
2:
  srl a0, s0, s1
  andi a0, a0, 0xF
  li t0, 10
  blt a0, t0, 3f
  addi a0, a0, 'a' - 10 - '0'
3:
  addi a0, a0, '0'
  call putc
  addi s1, s1, -4
  bgez s1, 2b
  ld ra, 0(sp)
  ld s0, 8(sp)
  ld s1, 16(sp)
  addi sp, sp, 32
  ret

  /* putdec(a0): unsigned decimal */
  .globl putdec
putdec:
  addi sp, sp, -48
  sd ra, 0(sp)
  sd s0, 8(sp)
  addi s0, sp, 40           /* digits go downwards from here */
  sb zero, 0(s0)
  li t1, 10
1:
  remu t0, a0, t1
  divu a0, a0, t1
  addi t0, t0, '0'
  addi s0, s0, -1
  sb t0, 0(s0)
  bnez a0, 1b
  mv a0, s0
  call puts
  ld ra, 0(sp)
  ld s0, 8(sp)
  addi sp, sp, 48
  ret

  /* putsdec(a0): signed decimal */
  .globl putsdec
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

  /* putcheck(a0 = check number, a1 = name): "TEST: check N NAME", the start
   * of a failing check's line (timing.S, irqlat.S) */
  .globl putcheck
putcheck:
  addi sp, sp, -32
  sd ra, 0(sp)
  sd s0, 8(sp)
  sd s1, 16(sp)
  mv s0, a0
  mv s1, a1
  la a0, test_name
  call puts
  la a0, check_word
  call puts
  mv a0, s0
  call putdec
  li a0, ' '
  call putc
  mv a0, s1
  call puts
  ld ra, 0(sp)
  ld s0, 8(sp)
  ld s1, 16(sp)
  addi sp, sp, 32
  ret

  .section .rodata
check_word: .asciz ": check "

  .bss
  .align 3
console_uart: .dword 0
