/* A constrained-random lock-step run (stim_random.c) with coverage and a
 * progress line. */
#ifndef TB_RANDOM_RUN_H
#define TB_RANDOM_RUN_H

#include <stdint.h>

#include "coverage.h"
#include "lockstep.h"

struct random_options {
    uint64_t seed;
    uint64_t cycles;
    int quiet;           /* no progress line */
};

/* Returns 0 when the model and the RTL agreed for every cycle, 1 on a
 * mismatch (reported by the lock-step engine). */
int random_run(struct lockstep *ls, const struct random_options *opt, struct coverage *cov);

#endif
