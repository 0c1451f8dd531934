/* Decoded control of one instruction (PIPELINE.md 5): computed once when the
 * instruction enters ID (decode.c) and carried in the ID, EX and MEM latches. */
#ifndef VITRAP_CORE_CTL_H
#define VITRAP_CORE_CTL_H

#include <stdint.h>

/* what EX computes / what MEM does */
enum core_op {
    OPX_NONE,            /* FENCE, SYSTEM funct3 0, non-memory funct3 4 */
    OPX_ILLEGAL,         /* PIPELINE.md 5.1: exception 2 */
    OPX_LUI, OPX_AUIPC, OPX_JAL, OPX_JALR, OPX_BRANCH,
    OPX_ALU,             /* alu field says which */
    OPX_MUL,             /* alu field: MUL, MULH, MULHSU, MULHU, MULW (4.3: 3 cycles, rev. 3) */
    OPX_DIV,             /* alu field: DIV, DIVU, REM, REMU and the W forms (4.3) */
    OPX_LOAD, OPX_STORE, /* also HLV/HLVX/HSV (kind says) */
    OPX_LR, OPX_SC, OPX_AMO,
    OPX_CSR,
    OPX_FENCEI
};

/* flags */
#define CF_RS1   0x01u  /* uses rs1 (PIPELINE.md 5.2) */
#define CF_RS2   0x02u  /* uses rs2 (PIPELINE.md 5.2) */
#define CF_WRD   0x04u  /* writes rd (when rd != 0) */
#define CF_LATE  0x08u  /* late-result (PIPELINE.md 4 d_hazard) */
#define CF_IMM   0x10u  /* ALU operand b is the immediate */
#define CF_SIGN  0x20u  /* loads: sign-extend */
#define CF_HLSV  0x40u  /* HLV/HLVX/HSV: address = rs1, priv = hlsv_priv, V = 1 */
#define CF_WORD  0x80u  /* 32-bit (W) operation */

struct core_ctl {
    uint8_t op;    /* enum core_op */
    uint8_t alu;   /* enum alu_fn (alu.h) / amo function (lsu.h) / branch funct3 */
    uint8_t flags;
    uint8_t size;  /* memory ops: log2 bytes */
    uint8_t kind;  /* memory ops: d_kind (core_obs.h OBS_K_*) */
    uint8_t rd, rs1, rs2;
    uint8_t frd;   /* rd as MEM forwards it (PIPELINE.md 6): rd != 0 and not
                    * late-result, else 32 (no register); 0 only in a bubble,
                    * whose result 0 is what x0 reads */
    uint8_t lrd;   /* rd of a late-result instruction (4 d_hazard), else 0 */
    uint8_t drd;   /* rd of a load-data instruction (4 d_hazard, second term,
                    * rev. 3: a LOAD of opcode 0x03, LR, HLV, HLVX), else 0 */
    int32_t imm;   /* every RV64I immediate fits (U: 32 bits, sign-extended) */
};

#endif
