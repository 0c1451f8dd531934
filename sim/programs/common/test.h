/* vitrap test programs: constants and assembler macros (riscv-tests p-env
 * style). Include from a .S file. Register conventions:
 *   gp  = the current check number (the exit code on failure)
 *   t6  = scratch of the CHECK macros
 * Pass: store 1 to tohost; fail: store (N<<1)|1 (crt0.S: pass / fail). */
#ifndef VITRAP_TEST_H
#define VITRAP_TEST_H

/* PIPELINE.md 7.1 / 9: the memory map of the vitrap SoC */
#define RAM_BASE        0x80000000
#define CLINT_BASE      0x02000000
#define CLINT_MSIP      0x0000
#define CLINT_MTIMECMP  0x4000
#define CLINT_MTIME     0xBFF8
#define PLIC_BASE       0x0C000000
#define PLIC_PENDING    0x001000
#define PLIC_ENABLE0    0x002000
#define PLIC_ENABLE1    0x002080
#define PLIC_THRESH0    0x200000
#define PLIC_CLAIM0     0x200004
#define PLIC_THRESH1    0x201000
#define PLIC_CLAIM1     0x201004
#define UART_BASE       0x10000000
#define UART_LSR        5
#define TDEV_BASE       0x00101000
#define TDEV_LINES      0x00
#define TDEV_SGEIP      0x08
#define TDEV_COUNTDOWN  0x10
#define TDEV_ARM_LINES  0x18
#define TDEV_ARM_SGEIP  0x20

/* mstatus / hstatus bits (priv "Machine Status", hypervisor "hstatus") */
#define MSTATUS_SIE   (1 << 1)
#define MSTATUS_MIE   (1 << 3)
#define MSTATUS_SPIE  (1 << 5)
#define MSTATUS_MPIE  (1 << 7)
#define MSTATUS_SPP   (1 << 8)
#define MSTATUS_MPP   (3 << 11)
#define MSTATUS_MPRV  (1 << 17)
#define MSTATUS_TVM   (1 << 20)
#define MSTATUS_TW    (1 << 21)
#define MSTATUS_TSR   (1 << 22)
#define MSTATUS_GVA   (1 << 38)
#define MSTATUS_MPV   (1 << 39)
#define HSTATUS_GVA   (1 << 6)
#define HSTATUS_SPV   (1 << 7)
#define HSTATUS_SPVP  (1 << 8)
#define HSTATUS_HU    (1 << 9)
#define HSTATUS_VGEIN_SHIFT 12
#define HSTATUS_VTVM  (1 << 20)
#define HSTATUS_VTW   (1 << 21)
#define HSTATUS_VTSR  (1 << 22)

/* CSR numbers the assembler has no name for */
#define CSR_MTINST  0x34A
#define CSR_MTVAL2  0x34B

/* monitor.S: modes for run_in (bit 2 = V, bits 1:0 = nominal privilege) */
#define MODE_U   0
#define MODE_HS  1
#define MODE_M   3
#define MODE_VU  4
#define MODE_VS  5

/* the value of a7 that marks a monitor "done" ECALL */
#define MON_MAGIC 0x5EC0DE

/* trap record (monitor.S symbol trec): who took the trap and what it saw.
 * level: 0 no trap, 3 M (mtvec), 2 HS (stvec), 1 VS (vstvec). */
#define TR_LEVEL    0
#define TR_CAUSE    8
#define TR_EPC      16
#define TR_TVAL     24
#define TR_STATUS   32   /* mstatus, sstatus or vsstatus as the handler reads it */
#define TR_HSTATUS  40   /* HS handler: hstatus; M handler: hstatus too (H only) */
#define TR_TVAL2    48   /* mtval2 / htval */
#define TR_TINST    56   /* mtinst / htinst */
#define TR_COUNT    64   /* traps recorded since run_in */
#define TR_SIZE     72

#define LVL_NONE 0
#define LVL_VS   1
#define LVL_HS   2
#define LVL_M    3

#define IRQ_BIT (1 << 63)

#ifdef __ASSEMBLER__

/* A program names itself for the pass / FAIL lines. */
.macro TEST_NAME name
  .pushsection .rodata
  .globl test_name
test_name: .asciz "\name"
  .popsection
.endm

/* Far branch to fail (a plain bne may be out of range). In a QEMU build
 * (ON_QEMU) a difference is reported by soft_fail (crt0.S), which returns,
 * so that one run lists every check where QEMU disagrees; the run then ends
 * with the first of them. */
#ifdef ON_QEMU
.macro BNE_FAIL a, b
  beq \a, \b, 1010f
  jal tp, soft_fail
1010:
.endm
#else
.macro BNE_FAIL a, b
  beq \a, \b, 1010f
  j fail
1010:
.endm
#endif

.macro BEQ_FAIL a, b
  bne \a, \b, 1011f
  j fail
1011:
.endm

/* Set the check number. */
.macro CHECK n
  li gp, \n
.endm

/* reg must equal the constant val (uses t6). */
.macro EXPECT reg, val
  li t6, \val
  BNE_FAIL \reg, t6
.endm

/* reg must equal the register other. */
.macro EXPECT_R reg, other
  BNE_FAIL \reg, \other
.endm

/* --- ISA test patterns: rd = x14, sources x11, x12, reference x7 --- */
.macro TEST_RR n, op, exp, a, b
  li gp, \n
  li x11, \a
  li x12, \b
  \op x14, x11, x12
  li x7, \exp
  BNE_FAIL x14, x7
.endm

.macro TEST_IMM n, op, exp, a, imm
  li gp, \n
  li x11, \a
  \op x14, x11, \imm
  li x7, \exp
  BNE_FAIL x14, x7
.endm

/* rd = rs1 (same register) */
.macro TEST_RR_SAME n, op, exp, a
  li gp, \n
  li x11, \a
  \op x11, x11, x11
  li x7, \exp
  BNE_FAIL x11, x7
.endm

/* --- privileged: monitor helpers --- */

/* Run the code between RUN and END_RUN in mode m (MODE_*): the monitor
 * enters it by MRET and comes back when it traps or when END_RUN's ECALL
 * arrives. Labels 1090/1091 are used. */
.macro RUN m
  li a0, \m
  la a1, 1090f
  call run_in
  j 1091f
1090:
.endm

.macro END_RUN
  li a7, MON_MAGIC
  ecall
1091:
.endm

/* Load a trap-record field into reg. */
.macro TREC reg, field
  la \reg, trec
  ld \reg, \field(\reg)
.endm

/* The last run trapped exactly once, to level lvl with cause c. */
.macro EXPECT_TRAP lvl, c
  TREC t5, TR_COUNT
  EXPECT t5, 1
  TREC t5, TR_LEVEL
  EXPECT t5, \lvl
  TREC t5, TR_CAUSE
  EXPECT t5, \c
.endm

/* The last run did not trap. */
.macro EXPECT_NO_TRAP
  TREC t5, TR_COUNT
  EXPECT t5, 0
.endm

/* The trap's epc is the address of label lab. */
.macro EXPECT_EPC lab
  TREC t5, TR_EPC
  la t6, \lab
  BNE_FAIL t5, t6
.endm

/* The trap's tval is the instruction word at label lab (mtval_insn on). */
.macro EXPECT_TVAL_INSN lab
  TREC t5, TR_TVAL
  la t6, \lab
  lwu t6, 0(t6)
  BNE_FAIL t5, t6
.endm

.macro EXPECT_TVAL val
  TREC t5, TR_TVAL
  EXPECT t5, \val
.endm

/* (trap-record field & mask) == val */
.macro EXPECT_FIELD field, mask, val
  TREC t5, \field
  li t6, \mask
  and t5, t5, t6
  EXPECT t5, \val
.endm

/* csr & mask == val (uses t5, t6) */
.macro EXPECT_CSR csr, mask, val
  csrr t5, \csr
  li t6, \mask
  and t5, t5, t6
  EXPECT t5, \val
.endm

/* One instruction run in mode m must trap to HS with cause c, epc = it,
 * tval = its bits (medeleg delegates c). */
.macro TRAP_CASE n, m, lvl, c, insn:vararg
  CHECK \n
  RUN \m
1093:
  \insn
  END_RUN
  EXPECT_TRAP \lvl, \c
  EXPECT_EPC 1093b
  EXPECT_TVAL_INSN 1093b
.endm

/* The two outcomes of the master table when medeleg sends causes 22 and 2
 * to HS: virtual instruction (22) and illegal instruction (2). */
.macro VI n, m, insn:vararg
  TRAP_CASE \n, \m, LVL_HS, 22, \insn
.endm
.macro II n, m, insn:vararg
  TRAP_CASE \n, \m, LVL_HS, 2, \insn
.endm

/* One instruction run in mode m must not trap. */
.macro OK_CASE n, m, insn:vararg
  CHECK \n
  RUN \m
  \insn
  END_RUN
  EXPECT_NO_TRAP
.endm

/* Print the string s (a literal) with puts (clobbers a0-a3, t0-t3, ra). */
.macro PRINT s
  .pushsection .rodata
1092: .asciz "\s"
  .popsection
  la a0, 1092b
  call puts
.endm

#endif /* __ASSEMBLER__ */
#endif
