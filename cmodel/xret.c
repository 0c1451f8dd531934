/* vitrap C model: MRET and SRET that retire (traps.md §4).
 * cm_mret_pc / cm_sret_pc give the target pc, xepc as read (already masked),
 * from the state before the instruction (cm_eval); cm_mret / cm_sret update
 * the state at the clock edge (cm_clock), each field from the state before.
 */
#include "cm_internal.h"

/* traps.md §4 MRET step 6: pc <- mepc */
uint64_t cm_mret_pc(const struct cm_state *s)
{
    return s->mepc;
}

/* traps.md §4 SRET: pc <- sepc with V=0, vsepc with V=1 */
uint64_t cm_sret_pc(const struct cm_state *s)
{
    return s->v ? s->vsepc : s->sepc;
}

void cm_mret(const struct cm_model *m, struct cm_state *s)
{
    /* traps.md §4 MRET step 1: new mode from MPP/MPV read before any change;
     * MPP=3 -> M with V=0, MPV ignored */
    const uint64_t old = s->mstatus;
    unsigned mpp = (unsigned)((old & MS_MPP) >> MS_MPP_SHIFT);
    int mpv = m->cfg.h && (old & MS_MPV);
    uint64_t ms = old;

    ms &= ~(MS_MPV | MS_MPP | MS_MIE);       /* steps 2, 3: MPV <- 0, MPP <- U */
    if (old & MS_MPIE)
        ms |= MS_MIE;                         /* step 4: MIE <- MPIE */
    ms |= MS_MPIE;                            /*         MPIE <- 1 */
    if (mpp != PRV_M)
        ms &= ~MS_MPRV;                       /* step 5: MPRV <- 0 below M */
    s->mstatus = ms;
    s->priv = mpp;
    s->v = (mpp != PRV_M) && mpv;
}

void cm_sret(const struct cm_model *m, struct cm_state *s)
{
    if (!s->v) {
        /* traps.md §4 SRET with V=0 (in HS or M): new mode from
         * hstatus.SPV (H) and sstatus.SPP */
        const uint64_t old = s->mstatus;
        int spp = (old & MS_SPP) != 0;
        int spv = m->cfg.h && (s->hstatus & HS_SPV);
        uint64_t ms = old;
        ms &= ~(MS_SPP | MS_SIE | MS_MPRV);   /* SPP <- 0, MPRV <- 0 */
        if (old & MS_SPIE)
            ms |= MS_SIE;                      /* SIE <- SPIE */
        ms |= MS_SPIE;                         /* SPIE <- 1 */
        s->mstatus = ms;
        if (m->cfg.h)
            s->hstatus &= ~HS_SPV;             /* SPV <- 0; SPVP, GVA kept */
        s->priv = spp ? PRV_S : PRV_U;
        s->v = spv;
        return;
    }
    /* SRET with V=1 (in VS): vsstatus only, V stays 1 (traps.md §4).
     * MPRV is always 0 while V=1, so it is left alone. */
    {
        const uint64_t old = s->vsstatus;
        int spp = (old & MS_SPP) != 0;
        uint64_t vs = old;
        vs &= ~(MS_SPP | MS_SIE);
        if (old & MS_SPIE)
            vs |= MS_SIE;
        vs |= MS_SPIE;
        s->vsstatus = vs;
        s->priv = spp ? PRV_S : PRV_U;
        s->v = 1;
    }
}
