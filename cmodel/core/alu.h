/* ALU, branch compare, MUL and DIV results (RV64I, RV64M). The ALU and the
 * branch compare run every cycle: static inline here (unpriv 'RV32I Base
 * Integer Instruction Set' / 'RV64I Base Integer Instruction Set'). */
#ifndef VITRAP_CORE_ALU_H
#define VITRAP_CORE_ALU_H

#include <stdint.h>

enum alu_fn {
    ALU_ADD, ALU_SUB, ALU_SLL, ALU_SLT, ALU_SLTU, ALU_XOR, ALU_SRL, ALU_SRA,
    ALU_OR, ALU_AND,
    ALU_ADDW, ALU_SUBW, ALU_SLLW, ALU_SRLW, ALU_SRAW,
    MD_MUL, MD_MULH, MD_MULHSU, MD_MULHU, MD_MULW,
    MD_DIV, MD_DIVU, MD_REM, MD_REMU, MD_DIVW, MD_DIVUW, MD_REMW, MD_REMUW
};

static inline uint64_t core_sext32(uint64_t v)
{
    return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
}

static inline uint64_t core_alu(unsigned fn, uint64_t a, uint64_t b)
{
    switch (fn) {
    case ALU_ADD:  return a + b;
    case ALU_SUB:  return a - b;
    /* RV64I: shift amount is the low 6 bits */
    case ALU_SLL:  return a << (b & 63);
    case ALU_SLT:  return (int64_t)a < (int64_t)b;
    case ALU_SLTU: return a < b;
    case ALU_XOR:  return a ^ b;
    case ALU_SRL:  return a >> (b & 63);
    case ALU_SRA:  return (uint64_t)((int64_t)a >> (b & 63));
    case ALU_OR:   return a | b;
    case ALU_AND:  return a & b;
    /* RV64I W forms: 32-bit result sign-extended, shift amount low 5 bits,
     * SRLW/SRAW shift the low 32 bits only */
    case ALU_ADDW: return core_sext32(a + b);
    case ALU_SUBW: return core_sext32(a - b);
    case ALU_SLLW: return core_sext32((uint32_t)a << (b & 31));
    case ALU_SRLW: return core_sext32((uint32_t)a >> (b & 31));
    case ALU_SRAW: return core_sext32((uint64_t)((int32_t)(uint32_t)a >> (b & 31)));
    default:       return 0;
    }
}

/* RV32I 'Conditional Branches': funct3 0 BEQ, 1 BNE, 4 BLT, 5 BGE, 6 BLTU,
 * 7 BGEU */
static inline int core_branch_taken(unsigned funct3, uint64_t a, uint64_t b)
{
    switch (funct3) {
    case 0:  return a == b;
    case 1:  return a != b;
    case 4:  return (int64_t)a < (int64_t)b;
    case 5:  return (int64_t)a >= (int64_t)b;
    case 6:  return a < b;
    case 7:  return a >= b;
    default: return 0;
    }
}

uint64_t core_mul(unsigned fn, uint64_t a, uint64_t b);
uint64_t core_div(unsigned fn, uint64_t a, uint64_t b);
/* PIPELINE.md 4.3 (rev. 3, early-out divider): the last EX cycle
 * L - 1 = max(n, 1) + 1 of a divide (L = max(n, 1) + 2), n = significant
 * bits of the dividend's magnitude */
unsigned core_div_last(unsigned fn, uint64_t dividend);
/* PIPELINE.md 4.3 (rev. 3): MUL, MULH, MULHSU, MULHU, MULW are in EX for
 * exactly L = 3 cycles, whatever the operands: the last cycle L - 1 = 2 */
#define CORE_MUL_LAST 2u

#endif
