/* Zifencei (unpriv zifencei.adoc): a store to an instruction, FENCE.I, then
 * the new instruction executes (PIPELINE.md 4 and 8.3: FENCE.I refetches
 * from pc + 4, there is no cache). */
#include "test.h"
  TEST_NAME fencei
  .text
  .globl main
main:
  addi sp, sp, -16
  sd ra, 0(sp)
  /* patch an instruction a few words ahead of the FENCE.I */
  CHECK 1
  la t0, patch1
  la t1, tmpl_42
  lwu t1, 0(t1)
  sw t1, 0(t0)
  fence.i
  li x14, 0
patch1:
  addi x14, x0, 1          /* replaced by addi x14, x0, 42 */
  EXPECT x14, 42

  /* patch the instruction right after the FENCE.I */
  CHECK 2
  la t0, patch2
  la t1, tmpl_43
  lwu t1, 0(t1)
  sw t1, 0(t0)
  fence.i
patch2:
  addi x14, x0, 2          /* replaced by addi x14, x0, 43 */
  EXPECT x14, 43

  /* a function: run it, patch it, run it again */
  CHECK 3
  call patch_fn
  EXPECT a0, 1
  CHECK 4
  la t0, patch_fn
  la t1, tmpl_a0_2
  lwu t1, 0(t1)
  sw t1, 0(t0)
  fence.i
  call patch_fn
  EXPECT a0, 2

  /* write a two-instruction function into a data buffer and call it */
  CHECK 5
  la t0, code_buf
  la t1, tmpl_a0_7
  lwu t2, 0(t1)
  sw t2, 0(t0)
  lwu t2, 4(t1)
  sw t2, 4(t0)
  fence.i
  li a0, 0
  jalr ra, 0(t0)
  EXPECT a0, 7
  /* and rewrite it */
  CHECK 6
  la t0, code_buf
  la t1, tmpl_a0_9
  lwu t2, 0(t1)
  sw t2, 0(t0)
  fence.i
  jalr ra, 0(t0)
  EXPECT a0, 9

  ld ra, 0(sp)
  addi sp, sp, 16
  li a0, 0
  ret

patch_fn:
  li a0, 1
  ret

  /* templates: never executed in place */
  .align 2
tmpl_42:   addi x14, x0, 42
tmpl_43:   addi x14, x0, 43
tmpl_a0_2: addi a0, x0, 2
tmpl_a0_7: addi a0, x0, 7
           ret
tmpl_a0_9: addi a0, x0, 9

  .data
  .align 4
code_buf: .space 16
