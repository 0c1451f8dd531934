/* The combinational values of one cycle that the observation needs
 * (PIPELINE.md 10), computed by core_eval.c, read by obs.h. The unit's
 * outputs (struct cm_out) are a local of their own, so that this struct
 * never escapes and can live in registers. */
#ifndef VITRAP_CORE_COMB_H
#define VITRAP_CORE_COMB_H

#include "core_state.h"
#include "hazard.h"

struct core_comb {
    struct core_sig sig;
    uint8_t commit_valid, exc_gva, amo_hold;
    uint8_t uart_tx;
    uint8_t hold_why, redirect_why; /* 10 */
    uint64_t wb_val;
};

#endif
