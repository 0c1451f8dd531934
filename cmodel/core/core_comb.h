/* The combinational values of one cycle that the observation needs
 * (PIPELINE.md 10), computed by core_eval.c, read by obs.c. */
#ifndef VITRAP_CORE_COMB_H
#define VITRAP_CORE_COMB_H

#include "core_state.h"
#include "hazard.h"

struct core_comb {
    struct cm_out out;
    struct core_sig sig;
    uint8_t commit_valid, exc_gva, amo_hold;
    uint8_t d_priv, d_virt;
    uint8_t irq_meip, irq_seip, irq_mtip, irq_msip;
    uint8_t uart_tx;
    uint8_t hold_why, redirect_why; /* 10 */
    uint64_t wb_val;
};

void core_obs_fill(const struct core_model *m, const struct core_comb *k,
                   struct core_obs *o);

#endif
