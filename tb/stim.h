/* Constrained-random stimulus for the CSR/trap unit: a stream of committed
 * instructions that behaves like a small program with trap handlers, so the
 * hart keeps moving between M, HS, U, VS and VU, plus handed-in exceptions,
 * toggling interrupt lines and an advancing mtime. Deterministic for a seed:
 * it only looks at the outputs of the unit (identical on both sides while
 * they agree) and at the model's mode. */
#ifndef TB_STIM_H
#define TB_STIM_H

#include <stdint.h>

#include "cmodel.h"

#define STIM_QUEUE 48

struct stim_item {
    uint32_t insn;
    uint64_t rs1;
};

struct stim {
    struct cm_config cfg;
    uint64_t rng;
    uint64_t pc;
    struct cm_in lines;         /* interrupt lines, sgeip, mtime: held */
    struct stim_item queue[STIM_QUEUE]; /* a handler being run */
    int qhead, qlen;
    int holding;                /* the instruction at commit stalled: present it again */
    struct cm_in held;
    uint64_t stall_cycles;      /* cycles the held WFI has waited */
    uint64_t wfi_giveup;        /* stall length after which the WFI is abandoned */
    int bubble;                 /* the previous cycle presented no instruction */
    uint64_t since_m;           /* instructions since the hart was last in M-mode */
    uint64_t watchdog;          /* ... after which the stimulus resets the hart */
    uint64_t retire_rng;        /* retire_in's own stream, so the rest stays as it was */
};

void stim_init(struct stim *s, const struct cm_config *cfg, uint64_t seed);

/* The inputs of the next cycle. */
void stim_next(struct stim *s, struct cm_in *in);

/* What the unit did with them; priv/virt are the mode after the clock edge. */
void stim_observe(struct stim *s, const struct cm_in *in, const struct cm_out *out,
                  unsigned priv, int virt);

/* The random number generator, for other parts of the harness (random
 * configurations). */
uint64_t stim_rand(uint64_t *state);

#endif
