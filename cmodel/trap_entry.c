/* vitrap C model: trap entry into M, HS or VS (traps.md §1.1, §2, §3).
 *
 * cm_trap_enter reads the state before the trap (c) and writes exactly the
 * fields traps.md §2.1 / §2.2 / §2.3 list into the next state (n). It returns
 * the target pc.
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
 * (traps.md §2.2, §2.3). old_status supplies SIE before the trap. */
static uint64_t push_s_stack(uint64_t status, unsigned priv, uint64_t old_status)
{
    status &= ~(MS_SPP | MS_SPIE | MS_SIE);
    if (priv != PRV_U)
        status |= MS_SPP;
    if (old_status & MS_SIE)
        status |= MS_SPIE;
    return status;
}

uint64_t cm_trap_enter(const struct cm_model *m, const struct cm_state *c,
                       struct cm_state *n, enum cm_target tgt,
                       const struct cm_trap *t)
{
    const int h = m->cfg.h;

    switch (tgt) {
    case TGT_M: {
        /* traps.md §2.1 */
        uint64_t ms = n->mstatus;
        ms &= ~(MS_MPP | MS_MPIE | MS_MIE);
        ms |= (uint64_t)c->priv << MS_MPP_SHIFT;       /* MPP <- priv */
        if (c->mstatus & MS_MIE)
            ms |= MS_MPIE;                              /* MPIE <- MIE, MIE <- 0 */
        if (h) {
            ms &= ~(MS_MPV | MS_GVA);
            if (c->v)
                ms |= MS_MPV;                           /* MPV <- V */
            if (t->gva)
                ms |= MS_GVA;                           /* GVA written on every trap */
            n->mtval2 = t->tval2;
            n->mtinst = t->tinst;
        }
        n->mstatus = ms;
        n->mepc = t->epc & m->epc_mask;
        n->mcause = cause_value(t);
        n->mtval = t->tval;
        n->priv = PRV_M;
        n->v = 0;
        return tvec_target(c->mtvec, t);
    }
    case TGT_HS: {
        /* traps.md §2.2 */
        n->mstatus = push_s_stack(n->mstatus, c->priv, c->mstatus);
        if (h) {
            uint64_t hs = n->hstatus;
            hs &= ~(HS_SPV | HS_GVA);
            if (c->v) {
                hs |= HS_SPV;                           /* SPV <- V */
                /* SPVP <- SPP only on traps from V=1 (Spike PR #667) */
                hs &= ~HS_SPVP;
                if (c->priv != PRV_U)
                    hs |= HS_SPVP;
            }
            if (t->gva)
                hs |= HS_GVA;                           /* written on every trap */
            n->hstatus = hs;
            n->htval = t->tval2;
            n->htinst = t->tinst;
        }
        n->sepc = t->epc & m->epc_mask;
        n->scause = cause_value(t);
        n->stval = t->tval;
        n->priv = PRV_S;
        n->v = 0;
        return tvec_target(c->stvec, t);
    }
    case TGT_VS:
    default: {
        /* traps.md §2.3: only vsstatus, vsepc, vscause, vstval; V stays 1 */
        n->vsstatus = push_s_stack(n->vsstatus, c->priv, c->vsstatus);
        n->vsepc = t->epc & m->epc_mask;
        n->vscause = cause_value(t);
        n->vstval = t->tval;
        n->priv = PRV_S;
        n->v = 1;
        return tvec_target(c->vstvec, t);
    }
    }
}
