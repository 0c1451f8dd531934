/* vitrap C model: counter increments of one cycle (gen/INTERFACE.md §8).
 *
 * Runs before the retiring CSR instruction's write is applied to the next
 * state, so a CSR write to a counter overwrites the increment ("the written
 * value wins"). mcountinhibit and mhpmevent are taken from the current state.
 */
#include "cm_internal.h"

/* mhpmevent codes, INTERFACE.md §8 */
enum {
    HPM_EV_NONE = 0, HPM_EV_EXC_TRAP = 1, HPM_EV_IRQ_TRAP = 2,
    HPM_EV_CAUSE2 = 3, HPM_EV_CAUSE22 = 4, HPM_EV_STALL = 5, HPM_EV_XRET = 6
};

void cm_counters_step(const struct cm_model *m, const struct cm_state *c,
                      struct cm_state *n, const struct cm_cycle_events *ev)
{
    uint64_t inh = c->mcountinhibit;

    /* mcycle: +1 every cycle unless mcountinhibit.CY */
    if (!(inh & BIT(0)))
        n->mcycle = c->mcycle + 1;
    /* minstret: retire_in, no trap, no stall, mcountinhibit.IR = 0 */
    if (!(inh & BIT(2)) && ev->retire_in && !ev->trap && !ev->stall)
        n->minstret = c->minstret + 1;

    if (m->nhpm == 0)
        return;
    /* which events happen this cycle, one bit per event code. Events 3 and
     * 4 count exception traps with cause 2 / 22 (an interrupt's xcause is
     * never the plain number 2). */
    unsigned happened = 0;
    if (ev->trap && !ev->trap_irq) {
        happened |= 1u << HPM_EV_EXC_TRAP;
        if (ev->trap_code == EXC_ILLEGAL)
            happened |= 1u << HPM_EV_CAUSE2;
        if (ev->trap_code == EXC_VIRTUAL)
            happened |= 1u << HPM_EV_CAUSE22;
    }
    if (ev->trap && ev->trap_irq)
        happened |= 1u << HPM_EV_IRQ_TRAP;
    if (ev->stall)
        happened |= 1u << HPM_EV_STALL;
    if (ev->xret)
        happened |= 1u << HPM_EV_XRET;
    if (!happened)
        return;
    for (unsigned k = 0; k < m->nhpm; k++) {
        unsigned nidx = k + 3;
        if (!(inh & BIT(nidx)) && ((happened >> c->mhpmevent[k]) & 1))
            n->mhpmcounter[k] = c->mhpmcounter[k] + 1;
    }
}
