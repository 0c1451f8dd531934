/* vitrap C model: decode of the committed instruction (gen/INTERFACE.md §3).
 * Only opcode 0x73 (SYSTEM) is decoded; anything else is ordinary.
 */
#include "cm_internal.h"

#define OPC_SYSTEM 0x73u

void cm_sys_decode(uint32_t insn, int h, struct sys_insn *d)
{
    unsigned opcode = insn & 0x7F;
    unsigned rd = (insn >> 7) & 0x1F;
    unsigned funct3 = (insn >> 12) & 7;
    unsigned rs1 = (insn >> 15) & 0x1F;
    unsigned rs2 = (insn >> 20) & 0x1F;
    unsigned funct7 = insn >> 25;

    d->kind = SK_OTHER;
    d->csr = 0;
    d->op = CSROP_RW;
    d->imm = 0;
    d->uimm = rs1;
    d->writes = 0;

    if (opcode != OPC_SYSTEM)
        return;

    switch (funct3) {
    case 1: case 2: case 3: case 5: case 6: case 7:
        /* Zicsr: CSRRW/S/C and their immediate forms. CSRRW(I) always
         * writes; CSRRS/C with rs1 field x0 and CSRRSI/CI with uimm 0 do not
         * (zicsr.adoc; csrs-rv64.md §1 "What counts as a write"). */
        d->kind = SK_CSR;
        d->csr = insn >> 20;
        d->imm = funct3 >= 5;
        d->op = (funct3 & 3) == 1 ? CSROP_RW : (funct3 & 3) == 2 ? CSROP_RS
                                                                 : CSROP_RC;
        d->writes = d->op == CSROP_RW || rs1 != 0;
        return;
    case 0:
        switch (insn) {
        case 0x00000073u: d->kind = SK_ECALL; return;
        case 0x00100073u: d->kind = SK_EBREAK; return;
        case 0x10200073u: d->kind = SK_SRET; return;
        case 0x30200073u: d->kind = SK_MRET; return;
        case INSN_WFI:    d->kind = SK_WFI; return;
        default: break;
        }
        if (rd == 0) {
            if (funct7 == 0x09) { d->kind = SK_SFENCE_VMA; return; }
            if (h && funct7 == 0x11) { d->kind = SK_HFENCE_VVMA; return; }
            if (h && funct7 == 0x31) { d->kind = SK_HFENCE_GVMA; return; }
        }
        d->kind = SK_ILLEGAL;
        return;
    case 4:
        /* hypervisor.adoc "Hypervisor Virtual-Machine Load and Store
         * Instructions": HLV/HLVX (rd any), HSV (rd = 0). H only. */
        if (h) {
            switch (funct7) {
            case 0x30: /* HLV.B, HLV.BU */
                if (rs2 <= 1) { d->kind = SK_HLV; return; }
                break;
            case 0x32: /* HLV.H, HLV.HU, HLVX.HU */
            case 0x34: /* HLV.W, HLV.WU, HLVX.WU */
                if (rs2 <= 1 || rs2 == 3) { d->kind = SK_HLV; return; }
                break;
            case 0x36: /* HLV.D */
                if (rs2 == 0) { d->kind = SK_HLV; return; }
                break;
            case 0x31: case 0x33: case 0x35: case 0x37: /* HSV.B/H/W/D */
                if (rd == 0) { d->kind = SK_HSV; return; }
                break;
            default:
                break;
            }
        }
        d->kind = SK_ILLEGAL;
        return;
    default:
        d->kind = SK_ILLEGAL;
        return;
    }
}
