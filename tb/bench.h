/* make bench: C model alone, RTL alone and the lock-step pair, side by side. */
#ifndef TB_BENCH_H
#define TB_BENCH_H

#include <stdint.h>

/* Prints the table and the ratios; returns the exit status. */
int bench_run(uint64_t seed, uint64_t cycles);

/* Records the stimulus, then runs only one phase ("model", "rtl" or
 * "lockstep") in this process, for callgrind (scripts/bench.sh counts only
 * the phase's loop, bench_loop_<phase>). Returns the exit status. */
int bench_one_phase(const char *name, uint64_t seed, uint64_t cycles);

#endif
