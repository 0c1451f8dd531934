/* vitrap C model: decode of the committed instruction (gen/INTERFACE.md §3).
 * Only opcode 0x73 (SYSTEM) is decoded; anything else is ordinary. The
 * fields of a CSR instruction are read by the helpers of cm_internal.h.
 *
 * Header-only: it runs every cycle, and the model's files are compiled one by
 * one, so only a function the compiler sees in the caller's file can be
 * inlined there (the call would cost more than the work). Included by commit.c.
 */
#ifndef VITRAP_SYS_DECODE_H
#define VITRAP_SYS_DECODE_H

#include "cm_internal.h"

#define OPC_SYSTEM 0x73u

static inline enum sys_kind cm_sys_decode(uint32_t insn, int h)
{
    if ((insn & 0x7F) != OPC_SYSTEM)
        return SK_OTHER;
    if (insn == INSN_WFI)
        return SK_WFI;  /* first: a waiting WFI is decoded every cycle */

    const unsigned funct3 = (insn >> 12) & 7;
    if (funct3 & 3)
        return SK_CSR;  /* funct3 1, 2, 3, 5, 6, 7: Zicsr (fields: cm_internal.h) */

    const unsigned rd = (insn >> 7) & 0x1F;
    const unsigned funct7 = insn >> 25;
    if (funct3 == 0) {
        switch (insn) {
        case 0x00000073u: return SK_ECALL;
        case 0x00100073u: return SK_EBREAK;
        case 0x10200073u: return SK_SRET;
        case 0x30200073u: return SK_MRET;
        default: break;
        }
        if (rd == 0) {
            if (funct7 == 0x09) return SK_SFENCE_VMA;
            if (h && funct7 == 0x11) return SK_HFENCE_VVMA;
            if (h && funct7 == 0x31) return SK_HFENCE_GVMA;
        }
        return SK_ILLEGAL;
    }

    /* funct3 = 4: hypervisor.adoc "Hypervisor Virtual-Machine Load and Store
     * Instructions": HLV/HLVX (rd any), HSV (rd = 0). H only. */
    if (h) {
        const unsigned rs2 = (insn >> 20) & 0x1F;
        switch (funct7) {
        case 0x30: /* HLV.B, HLV.BU */
            if (rs2 <= 1) return SK_HLV;
            break;
        case 0x32: /* HLV.H, HLV.HU, HLVX.HU */
        case 0x34: /* HLV.W, HLV.WU, HLVX.WU */
            if (rs2 <= 1 || rs2 == 3) return SK_HLV;
            break;
        case 0x36: /* HLV.D */
            if (rs2 == 0) return SK_HLV;
            break;
        case 0x31: case 0x33: case 0x35: case 0x37: /* HSV.B/H/W/D */
            if (rd == 0) return SK_HSV;
            break;
        default:
            break;
        }
    }
    return SK_ILLEGAL;
}


/* The fields of a CSR instruction (kind SK_CSR), zicsr.adoc: funct3 14:12
 * is 1/5 CSRRW(I), 2/6 CSRRS(I), 3/7 CSRRC(I); 4..7 take the zero-extended
 * uimm 19:15 as the source instead of rs1. */
enum csr_op { CSROP_RW = 1, CSROP_RS = 2, CSROP_RC = 3 };
static inline unsigned csr_insn_addr(uint32_t insn) { return insn >> 20; }
static inline enum csr_op csr_insn_op(uint32_t insn)
{
    return (enum csr_op)((insn >> 12) & 3);
}
static inline int csr_insn_imm(uint32_t insn) { return (insn >> 14) & 1; }
static inline unsigned csr_insn_uimm(uint32_t insn) { return (insn >> 15) & 0x1F; }
/* CSRRW(I) always writes; CSRRS/C with rs1 field x0 and CSRRSI/CI with uimm
 * 0 do not (csrs-rv64.md §1 "What counts as a write") */
static inline int csr_insn_writes(uint32_t insn)
{
    return csr_insn_op(insn) == CSROP_RW || csr_insn_uimm(insn) != 0;
}

#endif
