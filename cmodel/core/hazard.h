/* The per-cycle move/hold/kill rules of PIPELINE.md 4 and 4.1. */
#ifndef VITRAP_CORE_HAZARD_H
#define VITRAP_CORE_HAZARD_H

#include <stdint.h>
#include "core_ctl.h"

/* the named signals of cycle t (PIPELINE.md 4) */
struct core_sig {
    uint8_t c_redirect, m_hold, e_busy, e_redirect, d_hazard, d_redirect;
    uint64_t c_target, e_target, d_target;
};

/* PIPELINE.md 4 d_hazard: ID's used sources against a late-result EX */
int hz_load_use(int id_valid, int id_fault, const struct core_ctl *id,
                int ex_valid, const struct core_ctl *ex);
/* 4.1, first rule that applies: NX_BUBBLE / NX_KEEP / NX_LOAD */
unsigned hz_mem_next(const struct core_sig *g);
unsigned hz_ex_next(const struct core_sig *g);
unsigned hz_id_next(const struct core_sig *g);
/* 4.1 fa */
uint64_t hz_fetch_addr(const struct core_sig *g, int if_valid, uint64_t if_pc,
                       uint64_t reset_pc);

#endif
