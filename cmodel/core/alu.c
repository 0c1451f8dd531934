/* RV64I integer computation and branch compare (unpriv 'RV32I Base Integer
 * Instruction Set' / 'RV64I Base Integer Instruction Set'). */
#include "alu.h"

static uint64_t sext32(uint64_t v)
{
    return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
}

uint64_t core_alu(unsigned fn, uint64_t a, uint64_t b)
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
    case ALU_ADDW: return sext32(a + b);
    case ALU_SUBW: return sext32(a - b);
    case ALU_SLLW: return sext32((uint32_t)a << (b & 31));
    case ALU_SRLW: return sext32((uint32_t)a >> (b & 31));
    case ALU_SRAW: return sext32((uint64_t)((int32_t)(uint32_t)a >> (b & 31)));
    default:       return 0;
    }
}

/* RV32I 'Conditional Branches': funct3 0 BEQ, 1 BNE, 4 BLT, 5 BGE, 6 BLTU,
 * 7 BGEU */
int core_branch_taken(unsigned funct3, uint64_t a, uint64_t b)
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
