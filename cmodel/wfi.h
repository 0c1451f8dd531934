/* vitrap C model: WFI trap kind, wake-up and the bounded counter
 * (gen/INTERFACE.md §7; wfi.md §2, §3, §7). The edge writes the WFI fields
 * (model.c) from what cm_wfi_step and cm_wfi_count decide.
 *
 * Header-only: it runs every cycle, and the model's files are compiled one by
 * one, so only a function the compiler sees in the caller's file can be
 * inlined there (the call would cost more than the work). Included by commit.c.
 */
#ifndef VITRAP_WFI_H
#define VITRAP_WFI_H

#include "cm_internal.h"

/* wfi.md §3 and INTERFACE.md §7: M never traps; TW=1 -> II in every mode
 * below M (TW wins over VTW, VU with TW=1 is II; Spike #1577); VU -> VI;
 * VS with VTW -> VI; U (V=0) -> II whatever TW is; else no trap. The VI
 * raises cause 2 with virtual_insn = 0 (commit.c, INTERFACE.md §1
 * `virtual_instruction`). */
static inline enum cm_verdict cm_wfi_trap_kind(const struct cm_state *s)
{
    if (s->priv == PRV_M)
        return VERDICT_OK;
    if (s->mstatus & MS_TW)
        return VERDICT_II;
    if (s->v && s->priv == PRV_U)
        return VERDICT_VI;
    if (s->v && s->priv == PRV_S && (s->hstatus & HS_VTW))
        return VERDICT_VI;
    if (!s->v && s->priv == PRV_U)
        return VERDICT_II;
    return VERDICT_OK;
}

/* One cycle of a WFI at commit, after rules 1 and 2 of INTERFACE.md §5 did
 * not fire. At the bound the trap wins over a wake in the same cycle. */
/* pe: mip & mie; *kind is set only for WFI_TRAP */
static inline enum wfi_outcome cm_wfi_step(const struct cm_model *m,
                                           const struct cm_state *s,
                                           uint64_t pe, enum cm_verdict *kind)
{
    if (s->wfi_cnt == m->cfg.wfi_timeout) {
        *kind = cm_wfi_trap_kind(s);
        if (*kind != VERDICT_OK)
            return WFI_TRAP;
    }
    /* wfi.md §2: wake on any locally enabled pending interrupt, ignoring
     * global enables and delegation */
    if (pe)
        return WFI_RETIRE;
    return WFI_STALL;
}

/* INTERFACE.md §7: while stalling, wfi_wait=1 and the counter counts up,
 * saturating at WFI_TIMEOUT; in every cycle without stall both clear (the
 * edge, struct cm_edge, starts with both 0). The counter after the edge of a
 * cycle that stalls: */
static inline uint32_t cm_wfi_count(const struct cm_model *m,
                                    const struct cm_state *s)
{
    return s->wfi_cnt < m->cfg.wfi_timeout ? s->wfi_cnt + 1 : m->cfg.wfi_timeout;
}

#endif
