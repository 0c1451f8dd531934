/* ID decode, table-driven (PIPELINE.md 5.1 legal encodings, 5.2 source
 * registers used). Each row is one encoding (mask/match), its control and
 * its immediate format. A word no row matches is illegal. */
#include "decode.h"
#include "alu.h"
#include "core_obs.h"
#include "lsu.h"

enum imm_fmt { IM_0, IM_I, IM_S, IM_B, IM_U, IM_J };

struct dec_row {
    uint32_t mask, match;
    uint8_t op, alu, flags, size, kind, imm, h;
};

#define RS12 (CF_RS1 | CF_RS2)
#define M_OP   0x0000007Fu              /* opcode */
#define M_F3   0x0000707Fu              /* + funct3 */
#define M_F7   0xFE00707Fu              /* + funct7 */
#define M_F6   0xFC00707Fu              /* + insn[31:26] (RV64 shamt) */
#define M_AMO  0xF800707Fu              /* + funct5 */
#define M_LR   0xF9F0707Fu              /* + funct5 + rs2 */
#define M_HLV  0xFFF0707Fu              /* + funct7 + rs2 */
#define M_HSV  0xFE007FFFu              /* + funct7 + rd */
#define F3(f)  ((uint32_t)(f) << 12)
#define F7(f)  ((uint32_t)(f) << 25)
#define F5(f)  ((uint32_t)(f) << 27)
#define RS2(r) ((uint32_t)(r) << 20)

/* LOAD/STORE/AMO rows: op, size, kind */
#define LD(f3, sz, sg) { M_F3, F3(f3) | 0x03, OPX_LOAD, 0, CF_RS1 | CF_WRD | CF_LATE | (sg), sz, OBS_K_LOAD, IM_I, 0 }
#define ST(f3, sz)     { M_F3, F3(f3) | 0x23, OPX_STORE, 0, RS12, sz, OBS_K_STORE, IM_S, 0 }
#define AMO(f5, fn, f3) { M_AMO, F5(f5) | F3(f3) | 0x2F, OPX_AMO, fn, RS12 | CF_WRD | CF_LATE | CF_SIGN, (f3), OBS_K_AMO, IM_0, 0 }
#define AMOS(f3) \
    { M_LR, F5(0x02) | F3(f3) | 0x2F, OPX_LR, 0, CF_RS1 | CF_WRD | CF_LATE | CF_SIGN, (f3), OBS_K_LR, IM_0, 0 }, \
    { M_AMO, F5(0x03) | F3(f3) | 0x2F, OPX_SC, 0, RS12 | CF_WRD | CF_LATE, (f3), OBS_K_SC, IM_0, 0 }, \
    AMO(0x01, AMO_SWAP, f3), AMO(0x00, AMO_ADD, f3), AMO(0x04, AMO_XOR, f3), \
    AMO(0x0C, AMO_AND, f3), AMO(0x08, AMO_OR, f3), AMO(0x10, AMO_MIN, f3), \
    AMO(0x14, AMO_MAX, f3), AMO(0x18, AMO_MINU, f3), AMO(0x1C, AMO_MAXU, f3)
#define OPI(f3, fn)    { M_F3, F3(f3) | 0x13, OPX_ALU, fn, CF_RS1 | CF_WRD | CF_IMM, 0, 0, IM_I, 0 }
#define OPR(f7, f3, op, fn) { M_F7, F7(f7) | F3(f3) | 0x33, op, fn, RS12 | CF_WRD, 0, 0, IM_0, 0 }
#define OPW(f7, f3, op, fn) { M_F7, F7(f7) | F3(f3) | 0x3B, op, fn, RS12 | CF_WRD | CF_WORD, 0, 0, IM_0, 0 }
#define BR(f3)         { M_F3, F3(f3) | 0x63, OPX_BRANCH, f3, RS12, 0, 0, IM_B, 0 }
#define CSR(f3, fl)    { M_F3, F3(f3) | 0x73, OPX_CSR, 0, CF_WRD | CF_LATE | (fl), 0, 0, IM_0, 0 }
/* gen/INTERFACE.md 3: HLV/HLVX (funct7, rs2) and HSV (funct7, rd = 0) */
#define HLV(f7, r2, sz, sg, k) { M_HLV, F7(f7) | RS2(r2) | F3(4) | 0x73, OPX_LOAD, 0, CF_RS1 | CF_WRD | CF_LATE | CF_HLSV | (sg), sz, k, IM_0, 1 }
#define HSV(f7, sz)    { M_HSV, F7(f7) | F3(4) | 0x73, OPX_STORE, 0, RS12 | CF_HLSV, sz, OBS_K_HSV, IM_0, 1 }

static const struct dec_row rows[] = {
    /* PIPELINE.md 5.1: LUI, AUIPC, JAL always */
    { M_OP, 0x37, OPX_LUI, 0, CF_WRD, 0, 0, IM_U, 0 },
    { M_OP, 0x17, OPX_AUIPC, 0, CF_WRD, 0, 0, IM_U, 0 },
    { M_OP, 0x6F, OPX_JAL, 0, CF_WRD, 0, 0, IM_J, 0 },
    /* JALR funct3 = 0 */
    { M_F3, 0x67, OPX_JALR, 0, CF_RS1 | CF_WRD, 0, 0, IM_I, 0 },
    /* BRANCH funct3 0, 1, 4-7 */
    BR(0), BR(1), BR(4), BR(5), BR(6), BR(7),
    /* LOAD funct3 0-6 */
    LD(0, 0, CF_SIGN), LD(1, 1, CF_SIGN), LD(2, 2, CF_SIGN), LD(3, 3, CF_SIGN),
    LD(4, 0, 0), LD(5, 1, 0), LD(6, 2, 0),
    /* STORE funct3 0-3 */
    ST(0, 0), ST(1, 1), ST(2, 2), ST(3, 3),
    /* OP-IMM; SLLI insn[31:26] = 0; SRLI 000000 / SRAI 010000 */
    OPI(0, ALU_ADD), OPI(2, ALU_SLT), OPI(3, ALU_SLTU), OPI(4, ALU_XOR),
    OPI(6, ALU_OR), OPI(7, ALU_AND),
    { M_F6, F3(1) | 0x13, OPX_ALU, ALU_SLL, CF_RS1 | CF_WRD | CF_IMM, 0, 0, IM_I, 0 },
    { M_F6, F3(5) | 0x13, OPX_ALU, ALU_SRL, CF_RS1 | CF_WRD | CF_IMM, 0, 0, IM_I, 0 },
    { M_F6, 0x40000000u | F3(5) | 0x13, OPX_ALU, ALU_SRA, CF_RS1 | CF_WRD | CF_IMM, 0, 0, IM_I, 0 },
    /* OP-IMM-32: ADDIW; SLLIW funct7 0; SRLIW 0 / SRAIW 0100000 */
    { M_F3, F3(0) | 0x1B, OPX_ALU, ALU_ADDW, CF_RS1 | CF_WRD | CF_IMM | CF_WORD, 0, 0, IM_I, 0 },
    { M_F7, F3(1) | 0x1B, OPX_ALU, ALU_SLLW, CF_RS1 | CF_WRD | CF_IMM | CF_WORD, 0, 0, IM_I, 0 },
    { M_F7, F3(5) | 0x1B, OPX_ALU, ALU_SRLW, CF_RS1 | CF_WRD | CF_IMM | CF_WORD, 0, 0, IM_I, 0 },
    { M_F7, F7(0x20) | F3(5) | 0x1B, OPX_ALU, ALU_SRAW, CF_RS1 | CF_WRD | CF_IMM | CF_WORD, 0, 0, IM_I, 0 },
    /* OP: funct7 0 all funct3; 0100000 SUB, SRA; 0000001 M */
    OPR(0, 0, OPX_ALU, ALU_ADD), OPR(0, 1, OPX_ALU, ALU_SLL), OPR(0, 2, OPX_ALU, ALU_SLT),
    OPR(0, 3, OPX_ALU, ALU_SLTU), OPR(0, 4, OPX_ALU, ALU_XOR), OPR(0, 5, OPX_ALU, ALU_SRL),
    OPR(0, 6, OPX_ALU, ALU_OR), OPR(0, 7, OPX_ALU, ALU_AND),
    OPR(0x20, 0, OPX_ALU, ALU_SUB), OPR(0x20, 5, OPX_ALU, ALU_SRA),
    OPR(1, 0, OPX_MUL, MD_MUL), OPR(1, 1, OPX_MUL, MD_MULH), OPR(1, 2, OPX_MUL, MD_MULHSU),
    OPR(1, 3, OPX_MUL, MD_MULHU), OPR(1, 4, OPX_DIV, MD_DIV), OPR(1, 5, OPX_DIV, MD_DIVU),
    OPR(1, 6, OPX_DIV, MD_REM), OPR(1, 7, OPX_DIV, MD_REMU),
    /* OP-32: funct7 0: 0, 1, 5; 0100000: 0, 5; 0000001: 0, 4-7 */
    OPW(0, 0, OPX_ALU, ALU_ADDW), OPW(0, 1, OPX_ALU, ALU_SLLW), OPW(0, 5, OPX_ALU, ALU_SRLW),
    OPW(0x20, 0, OPX_ALU, ALU_SUBW), OPW(0x20, 5, OPX_ALU, ALU_SRAW),
    OPW(1, 0, OPX_MUL, MD_MULW), OPW(1, 4, OPX_DIV, MD_DIVW), OPW(1, 5, OPX_DIV, MD_DIVUW),
    OPW(1, 6, OPX_DIV, MD_REMW), OPW(1, 7, OPX_DIV, MD_REMUW),
    /* MISC-MEM: FENCE (other fields ignored), FENCE.I */
    { M_F3, F3(0) | 0x0F, OPX_NONE, 0, 0, 0, 0, IM_0, 0 },
    { M_F3, F3(1) | 0x0F, OPX_FENCEI, 0, 0, 0, 0, IM_0, 0 },
    /* AMO funct3 2 (.W), 3 (.D); LR needs rs2 = 0; aq/rl ignored */
    AMOS(2), AMOS(3),
    /* SYSTEM: always legal in ID, the unit decides (gen/INTERFACE.md 3) */
    CSR(1, CF_RS1), CSR(2, CF_RS1), CSR(3, CF_RS1), CSR(5, 0), CSR(6, 0), CSR(7, 0),
    { M_F3, F3(0) | 0x73, OPX_NONE, 0, 0, 0, 0, IM_0, 0 },
    /* SYSTEM funct3 4 with H: HLV/HLVX/HSV are memory operations (5.1) */
    HLV(0x30, 0, 0, CF_SIGN, OBS_K_HLV), HLV(0x30, 1, 0, 0, OBS_K_HLV),
    HLV(0x32, 0, 1, CF_SIGN, OBS_K_HLV), HLV(0x32, 1, 1, 0, OBS_K_HLV),
    HLV(0x32, 3, 1, 0, OBS_K_HLVX),
    HLV(0x34, 0, 2, CF_SIGN, OBS_K_HLV), HLV(0x34, 1, 2, 0, OBS_K_HLV),
    HLV(0x34, 3, 2, 0, OBS_K_HLVX),
    HLV(0x36, 0, 3, CF_SIGN, OBS_K_HLV),
    HSV(0x31, 0), HSV(0x33, 1), HSV(0x35, 2), HSV(0x37, 3),
    /* other funct3 4 words: nothing; rs1 used, rs2 when funct7 bit 0 (5.2) */
    { 0x0200707Fu, 0x02000000u | F3(4) | 0x73, OPX_NONE, 0, RS12, 0, 0, IM_0, 0 },
    { M_F3, F3(4) | 0x73, OPX_NONE, 0, CF_RS1, 0, 0, IM_0, 0 },
};

#define NROWS (sizeof rows / sizeof rows[0])

void core_decoder_build(struct core_decoder *d, int h)
{
    unsigned used = 0;
    for (unsigned b = 0; b < DEC_BUCKETS; b++) {
        uint32_t probe = ((b >> 3) & 0x7Fu) | ((b & 7u) << 12);
        d->start[b] = (uint16_t)used;
        d->count[b] = 0;
        for (unsigned r = 0; r < NROWS; r++) {
            if (rows[r].h && !h)
                continue;
            /* could the row match this opcode and funct3? */
            if ((probe & rows[r].mask & M_F3) != (rows[r].match & M_F3))
                continue;
            if (used < DEC_POOL) {
                d->pool[used++] = (uint8_t)r;
                d->count[b]++;
            }
        }
    }
}

static int64_t imm_of(unsigned fmt, uint32_t i)
{
    /* unpriv 'Immediate Encoding Variants': sign from bit 31 */
    int64_t sg = (int64_t)(int32_t)i >> 31;   /* 0 or -1 */
    switch (fmt) {
    case IM_I: return (int64_t)(int32_t)i >> 20;
    case IM_S: return (int64_t)((uint64_t)sg << 12) | ((i >> 20) & 0xFE0) | ((i >> 7) & 0x1F);
    case IM_B: return (int64_t)((uint64_t)sg << 12) | ((i & 0x80) << 4) | ((i >> 20) & 0x7E0) |
                      ((i >> 7) & 0x1E);
    case IM_U: return (int64_t)(int32_t)(i & 0xFFFFF000u);
    case IM_J: return (int64_t)((uint64_t)sg << 20) | (i & 0xFF000) | ((i >> 9) & 0x800) |
                      ((i >> 20) & 0x7FE);
    default:   return 0;
    }
}

void core_decode(const struct core_decoder *d, uint32_t insn, struct core_ctl *c)
{
    const struct dec_row *row = 0;
    /* PIPELINE.md 5.1: bits 1:0 != 11 is illegal */
    if ((insn & 3) == 3) {
        unsigned b = ((insn & 0x7Fu) << 3) | ((insn >> 12) & 7u);
        const uint8_t *p = &d->pool[d->start[b]];
        for (unsigned k = 0; k < d->count[b]; k++) {
            if ((insn & rows[p[k]].mask) == rows[p[k]].match) {
                row = &rows[p[k]];
                break;
            }
        }
    }
    if (!row) {
        /* illegal: uses nothing, writes nothing (5.2) */
        c->op = OPX_ILLEGAL;
        c->alu = c->flags = c->size = c->kind = 0;
        c->rd = c->rs1 = c->rs2 = c->lrd = c->drd = 0;
        c->frd = 32;
        c->imm = 0;
        return;
    }
    c->op = row->op;
    c->alu = row->alu;
    c->flags = row->flags;
    c->size = row->size;
    c->kind = row->kind;
    c->imm = (int32_t)imm_of(row->imm, insn);
    c->rd = (row->flags & CF_WRD) ? (uint8_t)((insn >> 7) & 31) : 0;
    c->frd = (uint8_t)(((row->flags & CF_LATE) || c->rd == 0) ? 32 : c->rd);
    c->lrd = (row->flags & CF_LATE) ? c->rd : 0;
    /* PIPELINE.md 4 d_hazard second term (rev. 3): load-data = the rows whose
     * rd value WB formats from d_rdata: LOAD (0x03, and HLV/HLVX, which
     * decode to OPX_LOAD) and LR; not SC, AMOs or CSR instructions */
    c->drd = (row->op == OPX_LOAD || row->op == OPX_LR) ? c->rd : 0;
    c->rs1 = (row->flags & CF_RS1) ? (uint8_t)((insn >> 15) & 31) : 0;
    c->rs2 = (row->flags & CF_RS2) ? (uint8_t)((insn >> 20) & 31) : 0;
}
