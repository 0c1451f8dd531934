/* The per-cycle move/hold/kill rules of PIPELINE.md 4 and 4.1, first rule
 * that applies, written as the table is (inline: they run every cycle). */
#ifndef VITRAP_CORE_HAZARD_H
#define VITRAP_CORE_HAZARD_H

#include <stdint.h>
#include "core_ctl.h"

enum { NX_BUBBLE, NX_KEEP, NX_LOAD };

/* the named signals of cycle t (PIPELINE.md 4) */
struct core_sig {
    uint8_t c_redirect, m_hold, e_busy, e_redirect, d_hazard, f_redirect;
    uint64_t c_target, e_target, f_target;
};

/* PIPELINE.md 4 d_hazard: ID valid, no fault, EX valid and late-result with
 * rd != 0, rd = a source ID uses (5.2). lrd is that rd (0 otherwise, and in
 * a bubble); an invalid, faulted or illegal ID uses no source (0 in its
 * ctl), so the comparison alone decides */
static inline int hz_load_use(const struct core_ctl *id, const struct core_ctl *ex)
{
    return ex->lrd != 0 && (ex->lrd == id->rs1 || ex->lrd == id->rs2);
}

/* 4.1 MEM: c_redirect bubble; m_hold keeps; e_busy bubble; else EX */
static inline unsigned hz_mem_next(const struct core_sig *g)
{
    if (g->c_redirect) return NX_BUBBLE;
    if (g->m_hold)     return NX_KEEP;
    if (g->e_busy)     return NX_BUBBLE;
    return NX_LOAD;
}

/* 4.1 EX: c_redirect bubble; m_hold or e_busy keeps (operands reloaded);
 * e_redirect bubble; d_hazard bubble; else ID */
static inline unsigned hz_ex_next(const struct core_sig *g)
{
    if (g->c_redirect)            return NX_BUBBLE;
    if (g->m_hold || g->e_busy)   return NX_KEEP;
    if (g->e_redirect)            return NX_BUBBLE;
    if (g->d_hazard)              return NX_BUBBLE;
    return NX_LOAD;
}

/* 4.1 ID: c_redirect or e_redirect bubble; hold keeps (with its pred);
 * else IF (pred = f_redirect) */
static inline unsigned hz_id_next(const struct core_sig *g)
{
    if (g->c_redirect || g->e_redirect)           return NX_BUBBLE;
    if (g->m_hold || g->e_busy || g->d_hazard)    return NX_KEEP;
    return NX_LOAD;
}

/* 4.1 fa: c_redirect, e_redirect, IF.valid = 0 (reset PC), hold (IF.pc
 * again), f_redirect (f_target), else IF.pc + 4 */
static inline uint64_t hz_fetch_addr(const struct core_sig *g, int if_valid, uint64_t if_pc,
                       uint64_t reset_pc)
{
    if (g->c_redirect)                          return g->c_target;
    if (g->e_redirect)                          return g->e_target;
    if (!if_valid)                              return reset_pc;
    if (g->m_hold || g->e_busy || g->d_hazard)  return if_pc;
    if (g->f_redirect)                          return g->f_target;
    return if_pc + 4;
}

#endif
