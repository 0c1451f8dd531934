/* vitrap C model: which interrupt, if any, is taken (gen/INTERFACE.md §6).
 *
 * Levels, global enables and priorities: traps.md §1.2 and §5. Pending and
 * enabled = mip & mie. The level of interrupt i is M if mideleg[i]=0, HS if
 * mideleg[i]=1 and hideleg[i]=0, VS if both are 1. The highest globally
 * enabled level with something pending wins; inside a level the fixed order
 * of traps.md §5 applies.
 */
#include "cm_internal.h"

/* traps.md §5: into M: MEI, MSI, MTI, SEI, SSI, STI */
static const uint8_t order_m[] = { IRQ_MEI, IRQ_MSI, IRQ_MTI,
                                   IRQ_SEI, IRQ_SSI, IRQ_STI };
/* traps.md §5 (hypervisor.adoc norm:hsint_priority): into HS: SEI, SSI, STI,
 * SGEI, VSEI, VSSI, VSTI */
static const uint8_t order_hs[] = { IRQ_SEI, IRQ_SSI, IRQ_STI, IRQ_SGEI,
                                    IRQ_VSEI, IRQ_VSSI, IRQ_VSTI };
/* traps.md §5: into VS: VSEI, VSSI, VSTI (reported as 9, 1, 5) */
static const uint8_t order_vs[] = { IRQ_VSEI, IRQ_VSSI, IRQ_VSTI };

static int first_of(uint64_t set, const uint8_t *order, unsigned n)
{
    for (unsigned k = 0; k < n; k++)
        if (set & BIT(order[k]))
            return order[k];
    return -1;
}

int cm_irq_select(const struct cm_model *m, const struct cm_state *s,
                  uint64_t pe, struct cm_irq *irq)
{
    if (!pe)
        return 0;
    uint64_t mideleg = cm_mideleg(m, s);
    uint64_t hideleg = s->hideleg;          /* 0 without H */
    uint64_t lvl_m = pe & ~mideleg;
    uint64_t lvl_hs = pe & mideleg & ~hideleg;
    uint64_t lvl_vs = pe & mideleg & hideleg;
    int mmode = s->priv == PRV_M;

    /* traps.md §1.2: M-level globally enabled in M with MIE, always below M */
    if (lvl_m && (!mmode || (s->mstatus & MS_MIE))) {
        int i = first_of(lvl_m, order_m, sizeof order_m);
        if (i >= 0) {
            irq->target = TGT_M;
            irq->code = (unsigned)i;
            return 1;
        }
    }
    /* HS-level: never in M; in HS with sstatus.SIE; always in U, VS, VU */
    if (lvl_hs && !mmode &&
        (s->v || s->priv == PRV_U || (s->mstatus & MS_SIE))) {
        int i = first_of(lvl_hs, order_hs, sizeof order_hs);
        if (i >= 0) {
            irq->target = TGT_HS;
            irq->code = (unsigned)i;  /* untranslated (traps.md §2.2) */
            return 1;
        }
    }
    /* VS-level: only when V=1; in VS with vsstatus.SIE; always in VU */
    if (lvl_vs && s->v &&
        (s->priv == PRV_U || (s->vsstatus & MS_SIE))) {
        int i = first_of(lvl_vs, order_vs, sizeof order_vs);
        if (i >= 0) {
            irq->target = TGT_VS;
            /* translated 10/6/2 -> 9/5/1 (traps.md §2.3, hideleg_trans) */
            irq->code = (unsigned)i - 1;
            return 1;
        }
    }
    return 0;
}
