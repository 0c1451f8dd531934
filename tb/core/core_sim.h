/* One run of the core SoC: the RTL, the C model, or both in lock-step, each
 * with its own RAM image and HTIF host, stepped one cycle at a time. In
 * lock-step every cycle compares the observation (core_obs.h), the register
 * file and the unit's CSRs (its debug slots), and stops at the first
 * difference. */
#ifndef TB_CORE_SIM_H
#define TB_CORE_SIM_H

#include <stdint.h>
#include <stdio.h>

#include "core_model.h"
#include "core_obs.h"
#include "core_rtl.h"
#include "htif.h"
#include "sparse_mem.h"

enum core_mode { MODE_LOCKSTEP, MODE_RTL, MODE_MODEL };

#define CORE_HIST 8 /* cycles of history kept for a mismatch report */

struct core_side {
    struct sparse_mem mem;
    struct htif htif;
    struct core_obs obs;
    uint64_t regs[32];
    const uint64_t *slots;   /* live (RTL) or slot_buf (model) */
    uint64_t *slot_buf;
    unsigned nslots;
};

struct core_hist {
    struct core_obs obs;
    uint32_t i_rdata;        /* RTL fetch data the cycle saw */
    uint64_t d_rdata;
};

struct core_sim {
    enum core_mode mode;
    struct core_rtl *rtl;
    struct core_model *model;
    struct core_side r, m;   /* RTL side, model side */
    uint32_t i_rdata;        /* the RTL's RAM output registers */
    uint64_t d_rdata;
    uint64_t cycle;          /* cycles since reset */
    uint64_t retired;        /* instructions retired (unit retire) */
    uint64_t trace_from, trace_until;
    int need_slots;          /* read the model's CSR slots every cycle (lock-step, commit log) */
    struct core_hist hist[CORE_HIST];
    char mismatch[4096];     /* the report of the first difference */
};

enum { SIM_RUN, SIM_EXIT, SIM_MISMATCH };

/* prog: the ELF; ram_base/ram_size; 0 on success, else a one-line error in
 * err (exit status 2 for the caller). */
int core_sim_init(struct core_sim *s, enum core_mode mode, const char *prog,
                  const struct core_model_cfg *cfg, const char *trace_path,
                  uint64_t trace_from, uint64_t trace_until, char *err, size_t errlen);
void core_sim_free(struct core_sim *s);

/* One cycle. SIM_EXIT sets *code; SIM_MISMATCH fills s->mismatch. */
int core_sim_step(struct core_sim *s, int *code);

/* The observation of the side that runs (the RTL's in lock-step). */
const struct core_obs *core_sim_obs(const struct core_sim *s);
const struct core_side *core_sim_side(const struct core_sim *s);

#endif
