/* Load-use (PIPELINE.md 4 d_hazard, 6 forwarding): a load followed by a
 * dependent instruction at distance 0, 1, 2 and 3, for every load width,
 * the loaded register used as rs1 and as rs2; the late-result LR, AMO and
 * CSR reads; address and store-data dependences; a load to x0. */
#include "test.h"
  TEST_NAME loaduse
  .text

/* distance k (nops between), rs1 use then rs2 use; checks n (rs1), n+1 (rs2) */
.macro LU1 n, op, off, exp, k
  li gp, \n
  \op x14, \off(s0)
  .rept \k
  nop
  .endr
  add x15, x14, x0
  li x7, \exp
  BNE_FAIL x15, x7
  li gp, \n + 1
  \op x14, \off(s0)
  .rept \k
  nop
  .endr
  add x15, x0, x14
  li x7, \exp
  BNE_FAIL x15, x7
.endm

/* distances 0..3: checks n .. n+7 */
.macro LU n, op, off, exp
  LU1 \n, \op, \off, \exp, 0
  LU1 \n+2, \op, \off, \exp, 1
  LU1 \n+4, \op, \off, \exp, 2
  LU1 \n+6, \op, \off, \exp, 3
.endm

  .globl main
main:
  la s0, ludata
  LU 1,  lb,  7, 0xffffffffffffff88
  LU 9,  lbu, 7, 0x88
  LU 17, lh,  6, 0xffffffffffff8877
  LU 25, lhu, 6, 0x8877
  LU 33, lw,  4, 0xffffffff88776655
  LU 41, lwu, 4, 0x88776655
  LU 49, ld,  0, 0x8877665544332211
  /* address dependence: load a pointer, load through it at once */
  CHECK 57
  ld a1, 8(s0)             /* &ludata */
  ld x14, 0(a1)
  EXPECT x14, 0x8877665544332211
  /* store-data dependence */
  CHECK 58
  lw x14, 0(s0)
  sw x14, 16(s0)
  lwu x15, 16(s0)
  EXPECT x15, 0x44332211
  /* store-address dependence */
  CHECK 59
  ld a1, 8(s0)
  sd zero, 24(a1)
  ld x15, 24(s0)
  EXPECT x15, 0
  /* branch on a just-loaded value, both ways */
  CHECK 60
  lbu x14, 0(s0)
  li x7, 0x11
  bne x14, x7, 1f
  j 2f
1:
  j fail
2:
  CHECK 61
  lbu x14, 1(s0)
  beq x14, x7, 1b
  /* JALR through a just-loaded address */
  CHECK 62
  la t0, 3f
  sd t0, 32(s0)
  ld t1, 32(s0)
  jalr x0, 0(t1)
  j fail
3:
  /* load, then the same register loaded again and used */
  CHECK 63
  lb x14, 0(s0)
  lb x14, 7(s0)
  addi x15, x14, 0
  EXPECT x15, 0xffffffffffffff88
  /* chained loads, each using the previous */
  CHECK 64
  ld a1, 8(s0)
  ld a2, 8(a1)
  ld a3, 8(a2)
  ld x14, 0(a3)
  EXPECT x14, 0x8877665544332211
  /* a load to x0 does not create a value or a hazard */
  CHECK 65
  li x14, 5
  ld x0, 0(s0)
  add x15, x0, x14
  EXPECT x15, 5
  EXPECT x0, 0
  /* late results: LR, AMO, CSR read, used at once */
  CHECK 66
  lr.d x14, (s0)
  add x15, x14, x0
  EXPECT x15, 0x8877665544332211
  CHECK 67
  addi a1, s0, 40
  li t0, 7
  sd t0, 0(a1)
  amoadd.d x14, t0, (a1)
  add x15, x0, x14
  EXPECT x15, 7
  ld x15, 0(a1)
  EXPECT x15, 14
  CHECK 68
  li t0, 0x1234
  csrw mscratch, t0
  csrr x14, mscratch
  addi x15, x14, 1
  EXPECT x15, 0x1235
  CHECK 69
  csrr x14, mscratch
  nop
  add x15, x0, x14
  EXPECT x15, 0x1234
  li a0, 0
  ret

  .data
  .align 4
ludata:
  .dword 0x8877665544332211
  .dword ludata
  .dword 0
  .dword 0
  .dword 0
  .dword 0
