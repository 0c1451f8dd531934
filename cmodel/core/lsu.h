/* Load/store unit helpers: lanes, load format, AMO operations, the LR/SC
 * reservation (PIPELINE.md 8.1, 8.2, 8.4; unpriv 'A' Extension). */
#ifndef VITRAP_CORE_LSU_H
#define VITRAP_CORE_LSU_H

#include <stdint.h>

enum amo_fn { AMO_SWAP, AMO_ADD, AMO_XOR, AMO_AND, AMO_OR, AMO_MIN, AMO_MAX,
              AMO_MINU, AMO_MAXU };

struct core_resv {
    int valid;
    uint64_t addr; /* the aligned 8-byte block */
};

/* the value truncated to 1 << size bytes (inline: every store) */
static inline uint64_t lsu_trunc(uint64_t v, unsigned size)
{
    return size >= 3 ? v : v & ((1ULL << (8u << size)) - 1);
}

/* PIPELINE.md 8.1 d_wmask: the lanes of an access of 1 << size bytes at
 * addr, bit k = byte lane k */
static inline unsigned lsu_mask(uint64_t addr, unsigned size)
{
    return (((1u << (1u << size)) - 1u) << (addr & 7)) & 0xFFu;
}

/* 8.1 d_rdata is the aligned doubleword: extract and extend (PIPELINE.md
 * 2.1 WB formats the load data; RV32I/RV64I 'Load and Store Instructions':
 * LB/LH/LW sign-extend, LBU/LHU/LWU zero-extend) */
static inline uint64_t lsu_load_format(uint64_t dword, uint64_t addr, unsigned size, int sign)
{
    uint64_t v = dword >> (8 * (addr & 7));
    if (size >= 3)
        return v;
    unsigned bits = 8u << size;
    v &= (1ULL << bits) - 1;
    if (sign && (v >> (bits - 1)))
        v |= ~0ULL << bits;
    return v;
}
/* 'Atomic Memory Operations': the new value from old and rs2 (size 2 or 3) */
uint64_t lsu_amo(unsigned fn, unsigned size, uint64_t old, uint64_t src);
/* 8.4: does an SC at addr succeed */
int lsu_sc_ok(const struct core_resv *r, uint64_t addr);

#endif
