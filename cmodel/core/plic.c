/* PLIC (PIPELINE.md 9.2): 31 level sources, two contexts. */
#include "devices.h"

void plic_reset(struct plic *p)
{
    for (unsigned i = 0; i < 32; i++)
        p->prio[i] = 0;
    p->pending = p->inflight = 0;
    p->enable[0] = p->enable[1] = 0;
    p->thr[0] = p->thr[1] = 0;
}

/* 9.2: the highest-priority source pending, enabled in ctx, priority >
 * threshold; ties the lowest ID; 0 when none */
static unsigned best(const struct plic *p, unsigned ctx)
{
    uint32_t cand = p->pending & p->enable[ctx];
    unsigned id = 0, pr = p->thr[ctx];
    while (cand) {
        unsigned i = (unsigned)__builtin_ctz(cand);
        cand &= cand - 1;
        if (p->prio[i] > pr) {
            pr = p->prio[i];
            id = i;
        }
    }
    return id;
}

/* 9.2 EIP(c): some source pending, enabled in c, priority > threshold */
int plic_eip_slow(const struct plic *p, unsigned ctx)
{
    return best(p, ctx) != 0;
}

/* context of a threshold/claim offset, or -1 */
static int ctx_of(uint64_t off)
{
    if (off == 0x200000 || off == 0x200004) return 0;
    if (off == 0x201000 || off == 0x201004) return 1;
    return -1;
}

uint64_t plic_edge(struct plic *p, const struct dev_acc *a, uint32_t lines)
{
    uint32_t rd = 0;
    unsigned claim_id = 0;
    int c = a ? ctx_of(a->off) : -1;
    if (a && !a->we) {
        if (a->off < 0x80)
            rd = p->prio[a->off >> 2];
        else if (a->off == 0x1000)
            rd = p->pending;
        else if (a->off == 0x2000)
            rd = p->enable[0];
        else if (a->off == 0x2080)
            rd = p->enable[1];
        else if (c >= 0 && !(a->off & 4))
            rd = p->thr[c];
        else if (c >= 0)
            rd = claim_id = best(p, (unsigned)c);  /* 9.2 claim */
    }
    /* 9.2 gateway (level): pending := 1 for a line that is 1 and neither
     * pending nor in flight (state before the edge) */
    lines &= 0xFFFFFFFEu;
    p->pending |= lines & ~p->pending & ~p->inflight;
    if (claim_id) {
        p->pending &= ~(1u << claim_id);
        p->inflight |= 1u << claim_id;
    }
    if (a && a->we) {
        uint32_t v = (uint32_t)a->data;
        if (a->off < 0x80) {
            if (a->off)
                p->prio[a->off >> 2] = (uint8_t)(v & 7);
        } else if (a->off == 0x2000) {
            p->enable[0] = v & 0xFFFFFFFEu;
        } else if (a->off == 0x2080) {
            p->enable[1] = v & 0xFFFFFFFEu;
        } else if (c >= 0 && !(a->off & 4)) {
            p->thr[c] = v & 7;
        } else if (c >= 0) {
            /* 9.2 complete: an ID 1..31 enabled in c ends its flight */
            if (v >= 1 && v <= 31 && (p->enable[c] >> v & 1))
                p->inflight &= ~(1u << v);
        }
    }
    return (uint64_t)rd << (8 * (a ? (a->off & 4) : 0));
}
