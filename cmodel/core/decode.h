/* ID decode (PIPELINE.md 5): legality (5.1), sources used (5.2), control. */
#ifndef VITRAP_CORE_DECODE_H
#define VITRAP_CORE_DECODE_H

#include <stdint.h>
#include "core_ctl.h"

#define DEC_BUCKETS 1024 /* opcode (7 bits) x funct3 */
#define DEC_POOL    256

/* Per-model index into the constant row table: the rows that can match a
 * given opcode and funct3, in table order (the H rows only with H). */
struct core_decoder {
    uint16_t start[DEC_BUCKETS];
    uint8_t count[DEC_BUCKETS];
    uint8_t pool[DEC_POOL];
};

void core_decoder_build(struct core_decoder *d, int h);
/* ctl of a fetched word; OPX_ILLEGAL when PIPELINE.md 5.1 says illegal */
void core_decode(const struct core_decoder *d, uint32_t insn, struct core_ctl *c);

#endif
