/* A constrained-random lock-step run (stim_random.c) with coverage and a
 * progress line. */
#ifndef TB_RANDOM_RUN_H
#define TB_RANDOM_RUN_H

#include <stdint.h>

#include "coverage.h"
#include "lockstep.h"

#include <signal.h>

struct random_options {
    uint64_t seed;
    uint64_t cycles;
    int quiet;           /* no progress line */
    uint64_t watchdog;   /* fail after this many cycles with no instruction completed */
    const volatile sig_atomic_t *stop; /* set asynchronously (Ctrl-C): stop early */
};

#define RANDOM_RUN_STOPPED 3

/* Returns 0 when the model and the RTL agreed for every cycle, 1 on a
 * mismatch or a failed check (reported by the lock-step engine),
 * RANDOM_RUN_STOPPED when *stop was set; *done = cycles run. */
int random_run(struct lockstep *ls, const struct random_options *opt, struct coverage *cov,
               uint64_t *done);

#endif
