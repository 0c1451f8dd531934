/* Smoke-test helpers: gp holds the number of the current check; a failing
 * check jumps to fail, which writes (gp << 1) | 1 to tohost; pass writes 1.
 * The testbench stops at the first odd value stored to tohost. */
#define TEST(n)          li gp, n
#define CHECK(r, v)      li t6, v; bne r, t6, fail
#define CHECKR(r, s)     bne r, s, fail

#define SMOKE_START      .section .text.init; .globl _start; _start:
#define SMOKE_END .section .text.init; \
pass:                    li t6, 1; la t5, tohost; sd t6, 0(t5); 1: j 1b; \
fail:                    slli t6, gp, 1; ori t6, t6, 1; la t5, tohost; sd t6, 0(t5); 2: j 2b; \
  .section .tohost, "aw"; .align 6; .globl tohost; tohost: .dword 0; \
  .globl fromhost; fromhost: .dword 0
