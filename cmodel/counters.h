/* vitrap C model: counter increments of one cycle (gen/INTERFACE.md §8).
 *
 * Runs at the clock edge (cm_clock) before the retiring CSR instruction's
 * write is applied, so a CSR write to a counter overwrites the increment
 * ("the written value wins"), and mcountinhibit and mhpmevent are those
 * before the edge.
 *
 * Header-only: it runs every cycle, and the model's files are compiled one by
 * one, so only a function the compiler sees in the caller's file can be
 * inlined there (the call would cost more than the work). Included by model.c.
 */
#ifndef VITRAP_COUNTERS_H
#define VITRAP_COUNTERS_H

#include "cm_internal.h"

/* mhpmevent codes, INTERFACE.md §8 */
enum {
    HPM_EV_NONE = 0, HPM_EV_EXC_TRAP = 1, HPM_EV_IRQ_TRAP = 2,
    HPM_EV_CAUSE2 = 3, HPM_EV_CAUSE22 = 4, HPM_EV_STALL = 5, HPM_EV_XRET = 6
};

/* m->hpm_counts from the mhpmevent fields of the current state: which
 * implemented counter counts which event. Runs when an mhpmevent may have
 * changed (cm_new, reset, a CSR write to one). */
static inline void cm_counters_select(struct cm_model *m)
{
    for (unsigned ev = 0; ev < 8; ev++)
        m->hpm_counts[ev] = 0;
    for (unsigned k = 0; k < m->nhpm; k++)
        m->hpm_counts[m->cur.mhpmevent[k] & 7] |= 1u << k;
}

/* The counters that count in the cycle of edge e because the event their
 * mhpmevent selects happens (bit k: mhpmcounter(3+k)). Events 3 and 4 count
 * exception traps with cause 2 / 22 (an interrupt's xcause is never the
 * plain number 2); event 0 never happens. They look at the cause raised, so
 * with virtual_insn = 0 a would-be VI counts as 3 and the unit's own traps
 * never count as 4 (INTERFACE.md §1 `virtual_instruction`). */
static inline uint32_t counting(const struct cm_model *m,
                                const struct cm_edge *e)
{
    if (e->stall)
        return m->hpm_counts[HPM_EV_STALL];
    switch (e->effect) {
    case EFFECT_TRAP:
        if (e->trap.irq)
            return m->hpm_counts[HPM_EV_IRQ_TRAP];
        return m->hpm_counts[HPM_EV_EXC_TRAP] |
               (e->trap.code == EXC_ILLEGAL ? m->hpm_counts[HPM_EV_CAUSE2] : 0) |
               (e->trap.code == EXC_VIRTUAL ? m->hpm_counts[HPM_EV_CAUSE22] : 0);
    case EFFECT_MRET:
    case EFFECT_SRET:
        return m->hpm_counts[HPM_EV_XRET];
    default:
        return 0;
    }
}

static inline void cm_counters_step(const struct cm_model *m,
                                    struct cm_state *s, const struct cm_edge *e)
{
    const uint64_t inh = s->mcountinhibit;

    /* mcycle: +1 every cycle unless mcountinhibit.CY */
    if (!(inh & BIT(0)))
        s->mcycle++;
    /* minstret: retire_in, no trap, no stall, mcountinhibit.IR = 0 */
    if (e->retire_in && e->effect != EFFECT_TRAP && !e->stall && !(inh & BIT(2)))
        s->minstret++;
    /* mhpmcounterN: +1 when the event its mhpmevent selects happens, unless
     * mcountinhibit bit N */
    uint32_t hits = counting(m, e) & (uint32_t)~(inh >> 3);
    for (unsigned k = 0; hits; k++, hits >>= 1)
        if (hits & 1)
            s->mhpmcounter[k]++;
}


/* Does the edge change an mhpmevent (so cm_counters_select must run)? */
static inline int cm_edge_writes_hpmevent(const struct cm_edge *e)
{
    return e->effect == EFFECT_CSR_WRITE &&
           e->csr_addr >= CSR_MHPMEVENT3 && e->csr_addr <= CSR_MHPMEVENT31;
}

#endif
