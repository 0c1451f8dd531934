/* AMO arithmetic and the reservation test (lanes and load format: lsu.h). */
#include "lsu.h"

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
