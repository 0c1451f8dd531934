/* ID decode (PIPELINE.md 5): legality (5.1), sources used (5.2), control. */
#ifndef VITRAP_CORE_DECODE_H
#define VITRAP_CORE_DECODE_H

#include <stdint.h>
#include "core_ctl.h"

#define DEC_BUCKETS 1024 /* opcode (7 bits) x funct3 */
#define DEC_POOL    256
#define DEC_CACHE   1024

/* Per-model index into the constant row table: the rows that can match a
 * given opcode and funct3, in table order (the H rows only with H). */
struct core_decoder {
    uint16_t start[DEC_BUCKETS];
    uint8_t count[DEC_BUCKETS];
    uint8_t pool[DEC_POOL];
    /* decoded words, direct-mapped (decode is a pure function of the word) */
    struct { uint32_t insn, full; struct core_ctl ctl; } cache[DEC_CACHE];
};

/* unpriv 'Immediate Encoding Variants': the B- and J-immediates (sign from
 * bit 31); used by decode.c and by IF's pre-decode */
static inline int64_t core_imm_b(uint32_t i)
{
    int64_t sg = (int64_t)(int32_t)i >> 31;   /* 0 or -1 */
    return (int64_t)((uint64_t)sg << 12) | ((i & 0x80) << 4) | ((i >> 20) & 0x7E0) |
           ((i >> 7) & 0x1E);
}
static inline int64_t core_imm_j(uint32_t i)
{
    int64_t sg = (int64_t)(int32_t)i >> 31;
    return (int64_t)((uint64_t)sg << 20) | (i & 0xFF000) | ((i >> 9) & 0x800) |
           ((i >> 20) & 0x7FE);
}

/* PIPELINE.md 4.2 f_pred, f_target: IF pre-decodes if_insn (the word at pc;
 * 0 with a fetch fault, which predicts nothing): a JAL, or a conditional
 * branch (funct3 0, 1, 4-7) with bit 31 set, whose target pc + imm has bits
 * 1:0 = 0. Returns f_pred (the caller has IF.valid); *target = f_target
 * (0 when not predicted). */
static inline uint8_t core_if_predict(uint32_t w, uint64_t pc, uint64_t *target)
{
    uint64_t t;
    if ((w & 0x7Fu) == 0x6Fu)
        t = pc + (uint64_t)core_imm_j(w);
    else if ((w & 0x8000007Fu) == 0x80000063u && ((0xF3u >> ((w >> 12) & 7u)) & 1u))
        t = pc + (uint64_t)core_imm_b(w);
    else {
        *target = 0;
        return 0;
    }
    *target = t;
    return (t & 3) == 0;
}

void core_decoder_build(struct core_decoder *d, int h);
/* ctl of a fetched word; OPX_ILLEGAL when PIPELINE.md 5.1 says illegal */
void core_decode(const struct core_decoder *d, uint32_t insn, struct core_ctl *c);
/* the same through the cache */
static inline void core_decode_cached(struct core_decoder *d, uint32_t insn,
                                      struct core_ctl *c)
{
    unsigned h = (insn ^ (insn >> 10) ^ (insn >> 20)) & (DEC_CACHE - 1);
    if (!d->cache[h].full || d->cache[h].insn != insn) {
        core_decode(d, insn, &d->cache[h].ctl);
        d->cache[h].insn = insn;
        d->cache[h].full = 1;
    }
    *c = d->cache[h].ctl;
}

#endif
