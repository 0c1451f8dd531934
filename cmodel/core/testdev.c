/* Interrupt test device (PIPELINE.md 9.4): LINES, SGEIP, COUNTDOWN, ARM_*. */
#include "devices.h"

#define LINES_MASK 0xFFFFFBFEu  /* 9.4: bit 0 and bit 10 read 0 */

void testdev_reset(struct testdev *t, unsigned geilen)
{
    t->lines = t->countdown = t->arm_lines = 0;
    t->sgeip = t->arm_sgeip = 0;
    t->sgeip_mask = geilen ? ((geilen >= 64 ? 0 : (1ULL << geilen)) - 1) : 0;
}

static uint32_t rd_word(const struct testdev *t, uint64_t off)
{
    switch (off) {
    case 0x00: return t->lines;
    case 0x08: return (uint32_t)t->sgeip;
    case 0x0C: return (uint32_t)(t->sgeip >> 32);
    case 0x10: return t->countdown;
    case 0x18: return t->arm_lines;
    case 0x20: return (uint32_t)t->arm_sgeip;
    case 0x24: return (uint32_t)(t->arm_sgeip >> 32);
    default:   return 0;
    }
}

static void set_half(uint64_t *r, int hi, uint32_t v, uint64_t mask)
{
    if (hi) *r = (*r & 0xFFFFFFFFULL) | ((uint64_t)v << 32);
    else    *r = (*r & ~0xFFFFFFFFULL) | v;
    *r &= mask;
}

static void wr_word(struct testdev *t, uint64_t off, uint32_t v)
{
    switch (off) {
    case 0x00: t->lines = v & LINES_MASK; break;
    case 0x08: case 0x0C: set_half(&t->sgeip, off & 4, v, t->sgeip_mask); break;
    case 0x10: t->countdown = v; break;
    case 0x18: t->arm_lines = v & LINES_MASK; break;
    case 0x20: case 0x24: set_half(&t->arm_sgeip, off & 4, v, t->sgeip_mask); break;
    default:   break;
    }
}

uint64_t testdev_edge(struct testdev *t, const struct dev_acc *a)
{
    uint64_t rd = 0;
    if (a && !a->we) {
        if (a->size == 3)
            rd = rd_word(t, a->off) | ((uint64_t)rd_word(t, a->off + 4) << 32);
        else
            rd = (uint64_t)rd_word(t, a->off) << (8 * (a->off & 4));
    }
    /* 9.4: COUNTDOWN counts down while nonzero; 1 -> 0 fires the ARM bits */
    if (t->countdown) {
        if (--t->countdown == 0) {
            t->lines |= t->arm_lines;
            t->sgeip |= t->arm_sgeip;
        }
    }
    /* 9.4: a write at the edge where COUNTDOWN fires wins for its register
     * (the bytes it writes) */
    if (a && a->we) {
        wr_word(t, a->off, (uint32_t)a->data);
        if (a->size == 3)
            wr_word(t, a->off + 4, (uint32_t)(a->data >> 32));
    }
    return rd;
}
