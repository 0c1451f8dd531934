/* CLINT (PIPELINE.md 9.1): msip, mtimecmp, mtime with a prescaler. */
#include "devices.h"

void clint_reset(struct clint *c)
{
    c->msip = 0;
    c->mtimecmp = ~0ULL;  /* 9.1: reset all ones */
    c->mtime = 0;
    c->presc = 0;
}

static uint32_t half(uint64_t v, int hi) { return (uint32_t)(hi ? v >> 32 : v); }

static void set_half(uint64_t *r, int hi, uint32_t v)
{
    if (hi) *r = (*r & 0xFFFFFFFFULL) | ((uint64_t)v << 32);
    else    *r = (*r & ~0xFFFFFFFFULL) | v;
}

/* 9.1: 4-byte words; other offsets read 0, writes ignored */
static uint32_t rd_word(const struct clint *c, uint64_t off)
{
    switch (off) {
    case 0x0000: return c->msip & 1;
    case 0x4000: case 0x4004: return half(c->mtimecmp, off & 4);
    case 0xBFF8: case 0xBFFC: return half(c->mtime, off & 4);
    default:     return 0;
    }
}

/* returns 1 when mtime was written */
static int wr_word(struct clint *c, uint64_t off, uint32_t v)
{
    switch (off) {
    case 0x0000: c->msip = v & 1; return 0;
    case 0x4000: case 0x4004: set_half(&c->mtimecmp, off & 4, v); return 0;
    case 0xBFF8: case 0xBFFC: set_half(&c->mtime, off & 4, v); return 1;
    default:     return 0;
    }
}

uint64_t clint_edge(struct clint *c, const struct dev_acc *a, unsigned mtime_div)
{
    uint64_t rd = 0;
    int mtime_written = 0;
    if (a && !a->we) {
        if (a->size == 3)
            rd = rd_word(c, a->off) | ((uint64_t)rd_word(c, a->off + 4) << 32);
        else
            rd = (uint64_t)rd_word(c, a->off) << (8 * (a->off & 4));
    }
    /* 9.1: mtime increments at every edge where the prescaler wraps */
    int wrap = c->presc + 1 >= mtime_div;
    c->presc = wrap ? 0 : c->presc + 1;
    if (a && a->we) {
        mtime_written |= wr_word(c, a->off, (uint32_t)a->data);
        if (a->size == 3)
            mtime_written |= wr_word(c, a->off + 4, (uint32_t)(a->data >> 32));
    }
    /* 9.1: a write to mtime replaces the bytes, no increment at that edge */
    if (wrap && !mtime_written)
        c->mtime++;
    return rd;
}
