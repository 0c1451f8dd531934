/* The commit log in Spike's --log-commits format (README "Commit log"):
 *   core   0: <priv> 0x<pc> (0x<insn>) [x<rd> 0x<value>] [c<n>_<name> 0x<value>]
 *             [mem 0x<addr> [0x<data>]]
 * one line per retired instruction, when it leaves WB; <priv> is 0, 1 or 3,
 * followed by "v" when V = 1 (Spike has no V). Traps as Spike's -l prints them:
 *   core   0: exception trap_<name>, epc 0x<pc>
 *   core   0:           tval 0x<tval>
 * (interrupts: "interrupt trap_<name>", no tval line). */
#ifndef TB_CORE_COMMIT_LOG_H
#define TB_CORE_COMMIT_LOG_H

#include <stdint.h>
#include <stdio.h>

#include "core_obs.h"

struct commit_log {
    FILE *f;
    int trap_pending;    /* a trap was taken in the previous cycle */
    uint64_t trap_epc, trap_code, trap_irq;
    int slot_mcause, slot_mtval, slot_scause, slot_stval, slot_vscause, slot_vstval;
};

/* slot_of(addr): index of a CSR in the debug slots, or -1. */
void commit_log_init(struct commit_log *l, FILE *f, int (*slot_of)(unsigned addr));

/* Called every cycle with that cycle's observation and CSR slots (state
 * before the edge), after the previous cycle's edge. */
void commit_log_cycle(struct commit_log *l, const struct core_obs *o, const uint64_t *slots,
                      int (*slot_of)(unsigned addr));

#endif
