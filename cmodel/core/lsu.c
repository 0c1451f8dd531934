/* Load/store lanes, load formatting, AMO arithmetic, reservation test. */
#include "lsu.h"

uint64_t lsu_trunc(uint64_t v, unsigned size)
{
    return size >= 3 ? v : v & ((1ULL << (8u << size)) - 1);
}

/* PIPELINE.md 8.1: d_wmask, bit k = byte lane k */
unsigned lsu_mask(uint64_t addr, unsigned size)
{
    return (((1u << (1u << size)) - 1u) << (addr & 7)) & 0xFFu;
}

/* PIPELINE.md 2.1 WB formats the load data; RV32I/RV64I 'Load and Store
 * Instructions': LB/LH/LW sign-extend, LBU/LHU/LWU zero-extend */
uint64_t lsu_load_format(uint64_t dword, uint64_t addr, unsigned size, int sign)
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

/* 'Atomic Memory Operations': .W operate on the low 32 bits (signed or
 * unsigned as the op says); the value written is size bytes */
uint64_t lsu_amo(unsigned fn, unsigned size, uint64_t old, uint64_t src)
{
    int64_t a, b;
    uint64_t ua, ub;
    if (size == 2) {
        a = (int32_t)(uint32_t)old;
        b = (int32_t)(uint32_t)src;
        ua = (uint32_t)old;
        ub = (uint32_t)src;
    } else {
        a = (int64_t)old;
        b = (int64_t)src;
        ua = old;
        ub = src;
    }
    uint64_t r;
    switch (fn) {
    case AMO_SWAP: r = src; break;
    case AMO_ADD:  r = old + src; break;
    case AMO_XOR:  r = old ^ src; break;
    case AMO_AND:  r = old & src; break;
    case AMO_OR:   r = old | src; break;
    case AMO_MIN:  r = a < b ? old : src; break;
    case AMO_MAX:  r = a > b ? old : src; break;
    case AMO_MINU: r = ua < ub ? old : src; break;
    case AMO_MAXU: r = ua > ub ? old : src; break;
    default:       r = old; break;
    }
    return lsu_trunc(r, size);
}

/* PIPELINE.md 8.4: valid and the address inside the 8-byte block */
int lsu_sc_ok(const struct core_resv *r, uint64_t addr)
{
    return r->valid && r->addr == (addr & ~7ULL);
}
