/* vitrap C model: MRET and SRET that retire (traps.md §4).
 * Each reads the state before the instruction (c), writes the next state (n)
 * and returns the target pc, which is xepc as read (already masked).
 */
#include "cm_internal.h"

uint64_t cm_mret(const struct cm_model *m, const struct cm_state *c,
                 struct cm_state *n)
{
    /* traps.md §4 MRET step 1: new mode from MPP/MPV read before any change;
     * MPP=3 -> M with V=0, MPV ignored */
    unsigned mpp = (unsigned)((c->mstatus & MS_MPP) >> MS_MPP_SHIFT);
    int mpv = m->cfg.h && (c->mstatus & MS_MPV);
    uint64_t ms = c->mstatus;

    ms &= ~(MS_MPV | MS_MPP | MS_MIE);       /* steps 2, 3: MPV <- 0, MPP <- U */
    if (c->mstatus & MS_MPIE)
        ms |= MS_MIE;                         /* step 4: MIE <- MPIE */
    ms |= MS_MPIE;                            /*         MPIE <- 1 */
    if (mpp != PRV_M)
        ms &= ~MS_MPRV;                       /* step 5: MPRV <- 0 below M */
    n->mstatus = ms;
    n->priv = mpp;
    n->v = (mpp != PRV_M) && mpv;
    return c->mepc;                           /* step 6 */
}

uint64_t cm_sret(const struct cm_model *m, const struct cm_state *c,
                 struct cm_state *n)
{
    if (!c->v) {
        /* traps.md §4 SRET with V=0 (in HS or M): new mode from
         * hstatus.SPV (H) and sstatus.SPP */
        int spp = (c->mstatus & MS_SPP) != 0;
        int spv = m->cfg.h && (c->hstatus & HS_SPV);
        uint64_t ms = c->mstatus;
        ms &= ~(MS_SPP | MS_SIE | MS_MPRV);   /* SPP <- 0, MPRV <- 0 */
        if (c->mstatus & MS_SPIE)
            ms |= MS_SIE;                      /* SIE <- SPIE */
        ms |= MS_SPIE;                         /* SPIE <- 1 */
        n->mstatus = ms;
        if (m->cfg.h)
            n->hstatus = c->hstatus & ~HS_SPV; /* SPV <- 0; SPVP, GVA kept */
        n->priv = spp ? PRV_S : PRV_U;
        n->v = spv;
        return c->sepc;
    }
    /* SRET with V=1 (in VS): vsstatus only, V stays 1 (traps.md §4).
     * MPRV is always 0 while V=1, so it is left alone. */
    {
        int spp = (c->vsstatus & MS_SPP) != 0;
        uint64_t vs = c->vsstatus;
        vs &= ~(MS_SPP | MS_SIE);
        if (c->vsstatus & MS_SPIE)
            vs |= MS_SIE;
        vs |= MS_SPIE;
        n->vsstatus = vs;
        n->priv = spp ? PRV_S : PRV_U;
        n->v = 1;
        return c->vsepc;
    }
}
