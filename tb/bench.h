/* make bench: C model alone, RTL alone and the lock-step pair, side by side. */
#ifndef TB_BENCH_H
#define TB_BENCH_H

#include <stdint.h>

/* Prints the table and the ratios; returns the exit status. */
int bench_run(uint64_t seed, uint64_t cycles);

#endif
