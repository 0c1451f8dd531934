/* The constrained-random program generator of the core (README "Random
 * programs"): one seed gives one RV64 ELF whose boot code sets up
 * delegation, interrupts (CLINT timer, PLIC and the interrupt test device)
 * and trap handlers in M, HS and VS, then runs a random body of legal and
 * illegal instructions in a loop; every trap handler acknowledges what it
 * can and sends the hart to a randomly chosen mode (M, HS, U, VS, VU). The
 * program checks nothing itself: lock-step is the oracle. It ends by
 * writing 1 to tohost after its last iteration. */
#ifndef PROGEN_H
#define PROGEN_H

#include <stdint.h>

struct progen_opts {
    uint64_t seed;
    unsigned body;        /* instructions in the body (sequences count 1) */
    unsigned iterations;  /* times the body runs */
    int h;                /* the hypervisor extension is there */
};

/* 0 on success; -1 (with a message on stderr) on failure. */
int progen_write(const struct progen_opts *o, const char *path);

#endif
