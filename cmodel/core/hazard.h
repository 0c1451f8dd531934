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

/* PIPELINE.md 4 d_hazard: ID valid, no fault, and either
 * - EX valid and late-result with rd != 0, rd = a source ID uses (5.2); lrd
 *   is that rd (0 otherwise, and in a bubble); or
 * - (PIPELINE.md 4, rev. 3) MEM valid and load-data (LOAD, LR, HLV, HLVX) with rd != 0,
 *   rd = a source ID uses; drd is that rd (0 otherwise, in a bubble, and in
 *   an illegal or faulted MEM instruction, whose ctl is the illegal one).
 *   Evaluated whatever MEM does (a trap, a kill: raw, 4).
 * An invalid, faulted or illegal ID uses no source (0 in its ctl), so the
 * comparisons alone decide. */
static inline int hz_load_use(const struct core_ctl *id, const struct core_ctl *ex,
                              const struct core_ctl *mem)
{
    return (ex->lrd != 0 && (ex->lrd == id->rs1 || ex->lrd == id->rs2)) ||
           (mem->drd != 0 && (mem->drd == id->rs1 || mem->drd == id->rs2));
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

/* PIPELINE.md 4.1 IF (rev. 3): c_redirect: a bubble holding c_target; e_redirect: a
 * bubble holding e_target; hold: keeps (the word into buf); else loads fa */
enum { IF_REDIRECT, IF_KEEP, IF_LOAD };
static inline unsigned hz_if_next(const struct core_sig *g)
{
    if (g->c_redirect || g->e_redirect)           return IF_REDIRECT;
    if (g->m_hold || g->e_busy || g->d_hazard)    return IF_KEEP;
    return IF_LOAD;
}

/* PIPELINE.md 4.1 fa (rev. 3), first rule that applies: IF.valid = 0: IF.pc (a redirect
 * target or the reset PC); f_pred: f_target; else IF.pc + 4. A function of
 * the IF latch and if_insn only: no redirect, no hold. */
static inline uint64_t hz_fetch_addr(int if_valid, uint64_t if_pc, int f_pred,
                                     uint64_t f_target)
{
    if (!if_valid) return if_pc;
    if (f_pred)    return f_target;
    return if_pc + 4;
}

#endif
