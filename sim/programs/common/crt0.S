/* vitrap test programs: start-up, pass/fail exits, the HTIF words.
 *
 * _start (M-mode, reset PC = RAM_BASE, PIPELINE.md 4.4): sp = top of the
 * stack area, bss cleared, the console chosen (console.S), the monitor's
 * trap vectors installed (monitor.S), then main. main returns 0 for pass,
 * else the failing check number; asm programs may also jump to pass / fail.
 * Exit (riscv-tests convention): tohost = 1 pass, (N << 1) | 1 fail N. */
#include "test.h"

  .section .text.init, "ax"
  .globl _start
_start:
  la sp, _stack_top
  /* until the monitor is up, any trap is a failure */
  la t0, early_trap
  csrw mtvec, t0
  la t0, _bss_start
  la t1, _bss_end
1:
  bgeu t0, t1, 2f
  sd zero, 0(t0)
  addi t0, t0, 8
  j 1b
2:
  call console_init
  call monitor_init
  li gp, 0
  call main
  bnez a0, 3f
  j pass
3:
  mv gp, a0
  j fail

early_trap:
  li a0, 0xFF
  j fail_code

  .text
  /* pass: print "NAME: pass", exit 0 */
  .globl pass
pass:
  la sp, _stack_top
  la a0, test_name
  call puts
  la a0, msg_pass
  call puts
  li a0, 1
  j write_tohost

  /* fail: gp = the check number (0 becomes 0xFF so that it is not a pass) */
  .globl fail
fail:
  mv a0, gp
  .globl fail_code
fail_code:
  bnez a0, 1f
  li a0, 0xFF
1:
  mv s0, a0
  la sp, _stack_top
  la a0, test_name
  call puts
  la a0, msg_fail
  call puts
  mv a0, s0
  call putdec
  li a0, '\n'
  call putc
  slli a0, s0, 1
  ori a0, a0, 1

write_tohost:
  la t0, tohost
  sd a0, 0(t0)
1:
  j 1b          /* the host ends the run at the tohost store */

  .section .rodata
msg_pass: .asciz ": pass\n"
msg_fail: .asciz ": FAIL check "

  .section .tohost, "aw", @progbits
  .align 6
  .globl tohost
  .type tohost, @object
  .size tohost, 8
tohost: .dword 0
  .align 6
  .globl fromhost
  .type fromhost, @object
  .size fromhost, 8
fromhost: .dword 0
