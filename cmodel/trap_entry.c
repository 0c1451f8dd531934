/* vitrap C model: trap entry into M, HS or VS (traps.md §1.1, §2, §3).
 *
 * cm_trap_pc gives the target pc from the state before the trap (cm_eval);
 * cm_trap_enter updates the state at the clock edge (cm_clock): it writes
 * exactly the fields traps.md §2.1 / §2.2 / §2.3 list, each from the state
 * before the trap.
 */
#include "cm_internal.h"

/* traps.md §1.1: target of a synchronous exception with code c. hedeleg
 * applies only when V=1 and the medeleg bit is set. */
enum cm_target cm_exc_target(const struct cm_model *m, const struct cm_state *s,
                             unsigned code)
{
    (void)m;
    uint64_t b = BIT(code & 0x3F);
    if (s->priv == PRV_M || !(s->medeleg & b))
        return TGT_M;
    if (s->v && (s->hedeleg & b))
        return TGT_VS;
    return TGT_HS;
}

/* traps.md §3: Direct -> BASE; Vectored -> BASE + 4 * code for interrupts,
 * code as written to xcause (translated for VS, ambiguity T2). */
static uint64_t tvec_target(uint64_t tvec, const struct cm_trap *t)
{
    uint64_t base = tvec & ~3ULL;
    if ((tvec & 1) && t->irq)
        return base + 4ULL * t->code;
    return base;
}

static uint64_t cause_value(const struct cm_trap *t)
{
    return (t->irq ? CAUSE_IRQ : 0) | (t->code & 0x1F);
}

/* The supervisor interrupt-enable stack on a trap into HS (sstatus, i.e.
 * mstatus) or VS (vsstatus): SPP <- nominal privilege, SPIE <- SIE, SIE <- 0
 * (traps.md §2.2, §2.3). */
static uint64_t push_s_stack(uint64_t status, unsigned priv)
{
    uint64_t old = status;
    status &= ~(MS_SPP | MS_SPIE | MS_SIE);
    if (priv != PRV_U)
        status |= MS_SPP;
    if (old & MS_SIE)
        status |= MS_SPIE;
    return status;
}

/* The pc of the handler: the target's xtvec (traps.md §3), read before the
 * trap like every other input of the trap. */
uint64_t cm_trap_pc(const struct cm_state *s, enum cm_target tgt,
                    const struct cm_trap *t)
{
    switch (tgt) {
    case TGT_M:  return tvec_target(s->mtvec, t);
    case TGT_HS: return tvec_target(s->stvec, t);
    case TGT_VS:
    default:     return tvec_target(s->vstvec, t);
    }
}

void cm_trap_enter(const struct cm_model *m, struct cm_state *s,
                   enum cm_target tgt, const struct cm_trap *t)
{
    const int h = m->cfg.h;
    /* the state before the trap that the fields written below depend on */
    const unsigned priv = s->priv;
    const int v = s->v;

    switch (tgt) {
    case TGT_M: {
        /* traps.md §2.1 */
        uint64_t ms = s->mstatus;
        ms &= ~(MS_MPP | MS_MPIE | MS_MIE);
        ms |= (uint64_t)priv << MS_MPP_SHIFT;          /* MPP <- priv */
        if (s->mstatus & MS_MIE)
            ms |= MS_MPIE;                              /* MPIE <- MIE, MIE <- 0 */
        if (h) {
            ms &= ~(MS_MPV | MS_GVA);
            if (v)
                ms |= MS_MPV;                           /* MPV <- V */
            if (t->gva)
                ms |= MS_GVA;                           /* GVA written on every trap */
            s->mtval2 = t->tval2;
            s->mtinst = t->tinst;
        }
        s->mstatus = ms;
        s->mepc = t->epc & m->epc_mask;
        s->mcause = cause_value(t);
        s->mtval = t->tval;
        s->priv = PRV_M;
        s->v = 0;
        return;
    }
    case TGT_HS: {
        /* traps.md §2.2 */
        s->mstatus = push_s_stack(s->mstatus, priv);
        if (h) {
            uint64_t hs = s->hstatus;
            hs &= ~(HS_SPV | HS_GVA);
            if (v) {
                hs |= HS_SPV;                           /* SPV <- V */
                /* SPVP <- SPP only on traps from V=1 (Spike PR #667) */
                hs &= ~HS_SPVP;
                if (priv != PRV_U)
                    hs |= HS_SPVP;
            }
            if (t->gva)
                hs |= HS_GVA;                           /* written on every trap */
            s->hstatus = hs;
            s->htval = t->tval2;
            s->htinst = t->tinst;
        }
        s->sepc = t->epc & m->epc_mask;
        s->scause = cause_value(t);
        s->stval = t->tval;
        s->priv = PRV_S;
        s->v = 0;
        return;
    }
    case TGT_VS:
    default: {
        /* traps.md §2.3: only vsstatus, vsepc, vscause, vstval; V stays 1 */
        s->vsstatus = push_s_stack(s->vsstatus, priv);
        s->vsepc = t->epc & m->epc_mask;
        s->vscause = cause_value(t);
        s->vstval = t->tval;
        s->priv = PRV_S;
        s->v = 1;
        return;
    }
    }
}
