/* vitrap core C cycle model: public API (the whole core and SoC of
 * rtl/core/PIPELINE.md: pipeline, the CSR/trap unit through its own C model
 * cmodel/cmodel.h, CLINT, PLIC, UART, interrupt test device).
 *
 * RAM is storage the runner owns (a sparse memory); the model reaches it
 * only through struct core_ram, at the edges PIPELINE.md section 8.3 names.
 * One cycle:  core_model_eval(m, &obs);   outputs of this cycle
 *             (compare, peek)
 *             core_model_clock(m);        the edge
 */
#ifndef VITRAP_CORE_MODEL_H
#define VITRAP_CORE_MODEL_H

#include <stdint.h>

#include "cmodel.h"
#include "core_obs.h"

struct core_model_cfg {
    struct cm_config unit; /* must have ext_a = ext_m = 1, ext_c = 0 */
    uint64_t reset_pc;     /* 0x80000000 */
    uint64_t ram_base;     /* 0x80000000 */
    uint64_t ram_size;     /* bytes, a multiple of 8 */
    unsigned mtime_div;    /* mtime ticks every mtime_div edges, >= 1 */
};

/* The RAM. Addresses are absolute and inside [ram_base, ram_base+ram_size). */
struct core_ram {
    void *ctx;
    uint32_t (*read32)(void *ctx, uint64_t addr);  /* addr 4-aligned */
    uint64_t (*read64)(void *ctx, uint64_t addr);  /* addr 8-aligned */
    /* write the bytes of data whose bit in mask (bit k = byte k) is set */
    void (*write64)(void *ctx, uint64_t addr, uint64_t data, unsigned mask);
};

struct core_model;

/* NULL on a bad configuration or out of memory. The model starts in reset:
 * its state is what the edge of a cycle with rst = 1 leaves. */
struct core_model *core_model_new(const struct core_model_cfg *cfg,
                                  const struct core_ram *ram);
void core_model_free(struct core_model *m);

/* A cycle with rst = 1: every latch takes its reset value at the edge. */
void core_model_reset(struct core_model *m);

/* Combinational evaluation of this cycle (rst = 0): fills *obs and decides
 * the next state. */
void core_model_eval(struct core_model *m, struct core_obs *obs);

/* The edge: RAM reads and writes of this cycle (PIPELINE.md 8.3), device
 * and latch updates. No effect without a core_model_eval since the last
 * core_model_clock. */
void core_model_clock(struct core_model *m);

/* x0..x31 as stored (x0 = 0): the register file after the last clock. */
void core_model_regs(const struct core_model *m, uint64_t regs[32]);

/* The unit's C model inside the core (for cm_read_slots, cm_mode). */
const struct cm_model *core_model_unit(const struct core_model *m);

#endif
