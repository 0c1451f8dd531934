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
    struct core_dec_entry {
        uint32_t insn;
        uint8_t full;
        uint8_t bt;     /* PIPELINE.md 4.2: a JAL or a backward branch */
        struct core_ctl ctl;
    } cache[DEC_CACHE];
};

void core_decoder_build(struct core_decoder *d, int h);
/* ctl of a fetched word; OPX_ILLEGAL when PIPELINE.md 5.1 says illegal */
void core_decode(const struct core_decoder *d, uint32_t insn, struct core_ctl *c);
/* the same through the cache: the entry of the word (valid until the next
 * lookup of another word with the same hash) */
static inline const struct core_dec_entry *core_decode_entry(struct core_decoder *d,
                                                             uint32_t insn)
{
    unsigned h = (insn ^ (insn >> 10) ^ (insn >> 20)) & (DEC_CACHE - 1);
    struct core_dec_entry *e = &d->cache[h];
    if (!e->full || e->insn != insn) {
        core_decode(d, insn, &e->ctl);
        e->insn = insn;
        e->full = 1;
        /* 4.2 f_pred's pattern: a JAL (0x6F), or a branch (0x63, funct3 0, 1,
         * 4-7: the legal ones, OPX_BRANCH) with bit 31 = 1 (imm < 0); imm is
         * the J- resp. B-immediate */
        e->bt = (uint8_t)(e->ctl.op == OPX_JAL || (e->ctl.op == OPX_BRANCH && e->ctl.imm < 0));
    }
    return e;
}

#endif
