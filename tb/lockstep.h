/* Lock-step engine: one cycle of the C model and the Verilated RTL side by
 * side, every output and every debug CSR slot compared. */
#ifndef TB_LOCKSTEP_H
#define TB_LOCKSTEP_H

#include <stdint.h>
#include <stdio.h>

#include "cmodel.h"

#define LS_HISTORY 32

struct rtl;

struct lockstep {
    struct cm_config cfg;
    struct cm_model *model;
    struct rtl *rtl;
    uint64_t cycle;            /* cycles stepped so far */
    const uint64_t *rtl_dbg;   /* the RTL's debug slots, live (rtl_dbg_slots) */
    uint64_t *model_dbg;       /* the model's, read every cycle (cm_read_slots) */
    unsigned *model_addrs;     /* the model's slot list (cm_slot_addrs) */
    unsigned nslots;           /* its length */
    struct cm_in history[LS_HISTORY];
    int mismatch;              /* set at the first difference; stepping stops */
    uint64_t mismatch_cycle;
    uint64_t trace_from;       /* VCD dumping starts at this cycle */
    uint64_t trace_until;      /* and stops after this one */
    const char *context;       /* e.g. "script foo.vts line 12", for reports */
    const char *repro;         /* the command that reproduces this run */
    int silent;
    int reset_pending, reset_done; /* no comparison before the first reset edge */
    int coverage_checked;      /* the slot list was checked against the model once */
};

/* The configuration the RTL was generated with (vitrap_cfg.h). */
void ls_config_from_rtl(struct cm_config *cfg);
/* One line describing it, for reports. */
void ls_config_describe(const struct cm_config *cfg, char *buf, size_t size);

/* 0 on success. trace_path may be NULL (no waveform). */
int ls_init(struct lockstep *ls, const char *trace_path, uint64_t trace_from, uint64_t trace_until);
void ls_fini(struct lockstep *ls);

/* Evaluate one cycle on both sides and compare. Returns 0 when they agree
 * (out = the outputs, identical on both sides); on the first difference
 * prints a report to stderr, sets ls->mismatch and returns 1. The clock edge
 * is not taken: call ls_clock next. */
int ls_eval(struct lockstep *ls, const struct cm_in *in, struct cm_out *out);
/* A failed check other than a mismatch (a watchdog, say): reported like a
 * mismatch (context, inputs, reproduce command, waveform) and stops the run. */
void ls_fail(struct lockstep *ls, const char *what);

/* Rising edge on both sides. */
void ls_clock(struct lockstep *ls);

/* M-mode read view of a CSR after the last step, from the model; when the
 * CSR is a debug slot the RTL value is checked too (a difference is a
 * mismatch and is reported). Returns 1 if the CSR exists. */
int ls_peek(struct lockstep *ls, unsigned addr, uint64_t *val);

#endif
