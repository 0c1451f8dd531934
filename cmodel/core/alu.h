/* ALU, branch compare, MUL and DIV results (RV64I, RV64M). */
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

uint64_t core_alu(unsigned fn, uint64_t a, uint64_t b);
int core_branch_taken(unsigned funct3, uint64_t a, uint64_t b);
uint64_t core_mul(unsigned fn, uint64_t a, uint64_t b);
uint64_t core_div(unsigned fn, uint64_t a, uint64_t b);
/* PIPELINE.md 4.3: the last EX cycle of a divide (64 or 32) */
unsigned core_div_last(unsigned fn);
#define core_div_last_of(ctl) core_div_last((ctl)->alu)

#endif
