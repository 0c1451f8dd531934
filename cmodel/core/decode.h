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
