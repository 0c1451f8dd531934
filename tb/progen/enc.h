/* RISC-V instruction encoders for the random program generator (RV64IMA,
 * Zicsr, Zifencei, H): the base formats of the unprivileged spec chapter
 * "RV32I Base Integer Instruction Set", "Base Instruction Formats". */
#ifndef PROGEN_ENC_H
#define PROGEN_ENC_H

#include <stdint.h>

static inline uint32_t enc_r(unsigned op, unsigned rd, unsigned f3, unsigned rs1, unsigned rs2,
                             unsigned f7)
{
    return op | rd << 7 | f3 << 12 | rs1 << 15 | rs2 << 20 | f7 << 25;
}
static inline uint32_t enc_i(unsigned op, unsigned rd, unsigned f3, unsigned rs1, int32_t imm)
{
    return op | rd << 7 | f3 << 12 | rs1 << 15 | ((uint32_t)imm & 0xfff) << 20;
}
static inline uint32_t enc_s(unsigned op, unsigned f3, unsigned rs1, unsigned rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return op | (u & 0x1f) << 7 | f3 << 12 | rs1 << 15 | rs2 << 20 | (u >> 5 & 0x7f) << 25;
}
static inline uint32_t enc_b(unsigned f3, unsigned rs1, unsigned rs2, int32_t off)
{
    uint32_t u = (uint32_t)off;
    return 0x63 | (u >> 11 & 1) << 7 | (u >> 1 & 0xf) << 8 | f3 << 12 | rs1 << 15 | rs2 << 20 |
           (u >> 5 & 0x3f) << 25 | (u >> 12 & 1) << 31;
}
static inline uint32_t enc_u(unsigned op, unsigned rd, uint32_t imm20)
{
    return op | rd << 7 | (imm20 & 0xfffff) << 12;
}
static inline uint32_t enc_j(unsigned rd, int32_t off)
{
    uint32_t u = (uint32_t)off;
    return 0x6f | rd << 7 | (u >> 12 & 0xff) << 12 | (u >> 11 & 1) << 20 | (u >> 1 & 0x3ff) << 21 |
           (u >> 20 & 1) << 31;
}
/* CSRRW/S/C (f3 1-3) and the immediate forms (5-7): "Zicsr" chapter */
static inline uint32_t enc_csr(unsigned f3, unsigned rd, unsigned csr, unsigned rs1_or_uimm)
{
    return 0x73 | rd << 7 | f3 << 12 | rs1_or_uimm << 15 | csr << 20;
}
/* "A" extension: funct5, aq, rl; width f3 2 (W) or 3 (D) */
static inline uint32_t enc_amo(unsigned f5, unsigned f3, unsigned rd, unsigned rs1, unsigned rs2)
{
    return 0x2f | rd << 7 | f3 << 12 | rs1 << 15 | rs2 << 20 | f5 << 27;
}

#define OP_LOAD   0x03u
#define OP_FENCE  0x0fu
#define OP_IMM    0x13u
#define OP_AUIPC  0x17u
#define OP_IMM32  0x1bu
#define OP_STORE  0x23u
#define OP_OP     0x33u
#define OP_LUI    0x37u
#define OP_OP32   0x3bu
#define OP_JALR   0x67u
#define OP_SYSTEM 0x73u

#define I_ECALL   0x00000073u
#define I_EBREAK  0x00100073u
#define I_SRET    0x10200073u
#define I_MRET    0x30200073u
#define I_WFI     0x10500073u
#define I_FENCEI  0x0000100fu
#define I_FENCE   0x0ff0000fu

static inline uint32_t enc_addi(unsigned rd, unsigned rs1, int32_t imm) { return enc_i(OP_IMM, rd, 0, rs1, imm); }
static inline uint32_t enc_ld(unsigned rd, unsigned rs1, int32_t imm) { return enc_i(OP_LOAD, rd, 3, rs1, imm); }
static inline uint32_t enc_lw(unsigned rd, unsigned rs1, int32_t imm) { return enc_i(OP_LOAD, rd, 2, rs1, imm); }
static inline uint32_t enc_sd(unsigned rs2, unsigned rs1, int32_t imm) { return enc_s(OP_STORE, 3, rs1, rs2, imm); }
static inline uint32_t enc_sw(unsigned rs2, unsigned rs1, int32_t imm) { return enc_s(OP_STORE, 2, rs1, rs2, imm); }

#endif
