/* RV64A (unpriv a-st-ext.adoc): LR/SC success and failure (SC without a
 * reservation fails with rd = 1 here, writes nothing; a second SC fails),
 * every AMO .W and .D: rd = the old value (sign-extended for .W), memory =
 * the operation's result; .W touches only its 32 bits. */
#include "test.h"
  TEST_NAME amo
  .text

/* AMO .D: mem = a, rs2 = b -> rd = a, mem = m */
.macro AMO_D n, op, a, b, m
  li gp, \n
  li x11, \a
  sd x11, 0(s0)
  li x12, \b
  \op x14, x12, (s0)
  li x7, \a
  BNE_FAIL x14, x7
  ld x15, 0(s0)
  li x7, \m
  BNE_FAIL x15, x7
.endm

/* AMO .W on the low word of s1 (the high word holds a sentinel):
 * rd = sext(a), mem word = m */
.macro AMO_W n, op, a, b, m
  li gp, \n
  li x11, \a
  sw x11, 0(s1)
  li x12, \b
  \op x14, x12, (s1)
  li x7, \a
  sext.w x7, x7
  BNE_FAIL x14, x7
  lwu x15, 0(s1)
  li x7, \m
  BNE_FAIL x15, x7
  lwu x15, 4(s1)
  li x7, 0x5e5e5e5e
  BNE_FAIL x15, x7
.endm

  .globl main
main:
  la s0, amo_d
  la s1, amo_w
  li t0, 0x5e5e5e5e
  sw t0, 4(s1)

  /* LR/SC success */
  CHECK 1
  li t0, 5
  sd t0, 0(s0)
  lr.d x14, (s0)
  EXPECT x14, 5
  li t1, 6
  sc.d x15, t1, (s0)
  EXPECT x15, 0
  ld x16, 0(s0)
  EXPECT x16, 6
  /* SC after SC fails: the first SC used the reservation up */
  CHECK 2
  li t1, 7
  sc.d x15, t1, (s0)
  EXPECT x15, 1
  ld x16, 0(s0)
  EXPECT x16, 6
  /* SC without LR fails (a store ends any reservation) and writes nothing */
  CHECK 3
  li t0, 8
  sd t0, 0(s0)
  li t1, 9
  sc.d x15, t1, (s0)
  EXPECT x15, 1
  ld x16, 0(s0)
  EXPECT x16, 8
  /* LR, then a store of another value, then SC: fails */
  CHECK 4
  lr.d x14, (s0)
  li t0, 10
  sd t0, 0(s0)
  li t1, 11
  sc.d x15, t1, (s0)
  EXPECT x15, 1
  ld x16, 0(s0)
  EXPECT x16, 10
  /* LR.W sign-extends; SC.W writes 32 bits */
  CHECK 5
  li t0, 0x80000000
  sw t0, 0(s1)
  lr.w x14, (s1)
  EXPECT x14, 0xffffffff80000000
  li t1, 0x1234567876543210
  sc.w x15, t1, (s1)
  EXPECT x15, 0
  lwu x16, 0(s1)
  EXPECT x16, 0x76543210
  lwu x16, 4(s1)
  EXPECT x16, 0x5e5e5e5e
  CHECK 6
  sc.w x15, t1, (s1)
  EXPECT x15, 1
  /* SC rd = x0: the result is not visible, the write still happens */
  CHECK 7
  lr.d x14, (s0)
  li t1, 12
  sc.d x0, t1, (s0)
  ld x16, 0(s0)
  EXPECT x16, 12
  /* AMO .D: mem = -3, rs2 = 5 */
  AMO_D 10, amoswap.d, -3, 5, 5
  AMO_D 11, amoadd.d,  -3, 5, 2
  AMO_D 12, amoxor.d,  -3, 5, 0xfffffffffffffff8
  AMO_D 13, amoand.d,  -3, 5, 5
  AMO_D 14, amoor.d,   -3, 5, 0xfffffffffffffffd
  AMO_D 15, amomin.d,  -3, 5, 0xfffffffffffffffd
  AMO_D 16, amomax.d,  -3, 5, 5
  AMO_D 17, amominu.d, -3, 5, 5
  AMO_D 18, amomaxu.d, -3, 5, 0xfffffffffffffffd
  AMO_D 19, amoadd.d, 0x7fffffffffffffff, 1, 0x8000000000000000
  AMO_D 20, amomin.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000
  AMO_D 21, amominu.d, 0x8000000000000000, 0x7fffffffffffffff, 0x7fffffffffffffff
  /* AMO .W: mem word = 0xfffffffd (-3), rs2 = 5 */
  AMO_W 30, amoswap.w, 0xfffffffd, 5, 5
  AMO_W 31, amoadd.w,  0xfffffffd, 5, 2
  AMO_W 32, amoxor.w,  0xfffffffd, 5, 0xfffffff8
  AMO_W 33, amoand.w,  0xfffffffd, 5, 5
  AMO_W 34, amoor.w,   0xfffffffd, 5, 0xfffffffd
  AMO_W 35, amomin.w,  0xfffffffd, 5, 0xfffffffd
  AMO_W 36, amomax.w,  0xfffffffd, 5, 5
  AMO_W 37, amominu.w, 0xfffffffd, 5, 5
  AMO_W 38, amomaxu.w, 0xfffffffd, 5, 0xfffffffd
  /* .W: sign extension of rd, upper bits of rs2 ignored, 32-bit compares */
  AMO_W 39, amoadd.w, 0x80000000, 0x1234567800000001, 0x80000001
  AMO_W 40, amoadd.w, 0x7fffffff, 1, 0x80000000
  AMO_W 41, amomax.w, 1, 0x00000000ffffffff, 1
  AMO_W 42, amominu.w, 5, 0x100000000, 0
  AMO_W 43, amomaxu.w, 0x80000000, 0x7fffffff, 0x80000000
  AMO_W 44, amomin.w, 0x7fffffff, 0x80000000, 0x80000000
  /* .W on the high word of a doubleword: the low word is untouched */
  CHECK 45
  addi s2, s0, 12
  li t0, 0x1111111122222222
  sd t0, 8(s0)
  li t1, 0x80000000
  amoswap.w x14, t1, (s2)
  EXPECT x14, 0x11111111
  ld x15, 8(s0)
  EXPECT x15, 0x8000000022222222
  /* AMO with rd = x0 still updates memory */
  CHECK 47
  li t0, 40
  sd t0, 0(s0)
  li t1, 2
  amoadd.d x0, t1, (s0)
  ld x15, 0(s0)
  EXPECT x15, 42
  EXPECT x0, 0
  /* the AMO's result used at once, and AMO after AMO */
  CHECK 48
  li t1, 1
  amoadd.d x14, t1, (s0)   /* 42 -> 43 */
  addi x14, x14, 100       /* 142 */
  amoadd.d x15, x14, (s0)  /* 43 -> 185 */
  add x15, x15, x14        /* 43 + 142 */
  EXPECT x15, 185
  ld x16, 0(s0)
  EXPECT x16, 185
  /* an AMO ends the reservation */
  CHECK 49
  lr.d x14, (s0)
  amoadd.d x0, t1, (s0)
  sc.d x15, t1, (s0)
  EXPECT x15, 1
  /* a trap ends the reservation (PIPELINE.md 8.4): LR, then the ECALL of
     END_RUN traps to the monitor; the SC after it fails */
  CHECK 50
  mv s11, ra                /* main keeps no frame; run_in keeps s11 */
  RUN MODE_M
  lr.d x14, (s0)
  END_RUN
  mv ra, s11
  li t1, 7
  sc.d x15, t1, (s0)
  EXPECT x15, 1
  li a0, 0
  ret

  .data
  .align 4
amo_d: .space 16
amo_w: .space 8
