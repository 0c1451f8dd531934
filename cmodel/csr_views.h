/* vitrap C model: the read value of every CSR that is not just its stored
 * field (gen/INTERFACE.md section 10): read-only constants added, and the
 * views that have no storage of their own.
 *
 * The one definition of these values: csr_read.c (one CSR, for CSR
 * instructions and cm_peek_csr) and csr_slots.c (all debug slots at once)
 * both read them from here, so the two cannot disagree. The views of mip
 * take the mip value, so a caller that needs several computes it once.
 */
#ifndef VITRAP_CSR_VIEWS_H
#define VITRAP_CSR_VIEWS_H

#include <stdint.h>
#include "cm_state.h"
#include "cm_bits.h"

/* hgeip: bit i (1..GEILEN) = irq_sgeip[i-1] (INTERFACE.md §10 hgeip); bit 0
 * and the bits above GEILEN read 0. */
static inline uint64_t cm_hgeip(const struct cm_model *m, const struct cm_in_view *iv)
{
    return (iv->irq_sgeip << 1) & m->hgeie_mask;
}

/* mideleg read value: writable bits plus the read-only ones (2, 6, 10 and 12
 * with GEILEN>0) of csrs-rv64.md §6. */
static inline uint64_t cm_mideleg(const struct cm_model *m, const struct cm_state *s)
{
    return s->mideleg | m->mideleg_ro1;
}

/* mip read value = the pending bits of INTERFACE.md §6 / csrs-rv64.md §5:
 * SSIP, STIP software bits; SEIP = software bit OR irq_seip; MSIP, MTIP, MEIP
 * the lines. With H: VSSIP/VSTIP from hvip; VSEIP = hvip.VSEIP |
 * hgeip[VGEIN] (VGEIN=0 selects nothing: hgeip bit 0 reads 0); SGEIP = OR of
 * (hgeip & hgeie). Without H hvip, hgeip, hgeie are 0. */
static inline uint64_t cm_mip(const struct cm_model *m, const struct cm_state *s,
                              const struct cm_in_view *iv)
{
    uint64_t v = s->mip_sw & S_IRQ_BITS;
    if (iv->irq_msip)
        v |= MIP_MSIP;
    if (iv->irq_mtip)
        v |= MIP_MTIP;
    if (iv->irq_meip)
        v |= MIP_MEIP;
    if (iv->irq_seip)
        v |= MIP_SEIP;
    if (m->cfg.h) {
        uint64_t hgeip = cm_hgeip(m, iv);
        unsigned vgein = (unsigned)((s->hstatus & HS_VGEIN) >> HS_VGEIN_SHIFT);
        v |= s->hvip & HVIP_WMASK;
        if ((hgeip >> vgein) & 1)
            v |= MIP_VSEIP;
        if (hgeip & s->hgeie)
            v |= MIP_SGEIP;
    }
    return v;
}

/* mstatus: UXL = SXL = 2 read-only (INTERFACE.md §10 mstatus) */
static inline uint64_t cm_view_mstatus(const struct cm_state *s)
{
    return s->mstatus | MS_UXL_64 | MS_SXL_64;
}

/* sstatus: view of mstatus SIE SPIE SPP SUM MXR, UXL=2 (csrs-rv64.md §4.2) */
static inline uint64_t cm_view_sstatus(const struct cm_state *s)
{
    return (s->mstatus & SSTATUS_WMASK) | MS_UXL_64;
}

/* vsstatus: the same fields of its own, UXL=2 (csrs-rv64.md §4.3) */
static inline uint64_t cm_view_vsstatus(const struct cm_state *s)
{
    return (s->vsstatus & SSTATUS_WMASK) | MS_UXL_64;
}

/* hstatus: VSXL = 2 read-only (csrs-rv64.md §4.4) */
static inline uint64_t cm_view_hstatus(const struct cm_state *s)
{
    return (s->hstatus & HSTATUS_WMASK) | HS_VSXL_64;
}

/* sie: mie bits 1, 5, 9 where mideleg is 1 (csrs-rv64.md §5) */
static inline uint64_t cm_view_sie(const struct cm_state *s, uint64_t mideleg)
{
    return s->mie & S_IRQ_BITS & mideleg;
}

/* sip: mip bits 1, 5, 9 where mideleg is 1 (csrs-rv64.md §5) */
static inline uint64_t cm_view_sip(uint64_t mip, uint64_t mideleg)
{
    return mip & S_IRQ_BITS & mideleg;
}

/* vsie: bit 1/5/9 = mie bit 2/6/10 where hideleg 2/6/10 (csrs-rv64.md §5) */
static inline uint64_t cm_view_vsie(const struct cm_state *s)
{
    return ((s->mie & s->hideleg) & VS_IRQ_BITS) >> 1;
}

/* vsip: bit 1/5/9 = mip bit 2/6/10 where hideleg 2/6/10 (csrs-rv64.md §5) */
static inline uint64_t cm_view_vsip(const struct cm_state *s, uint64_t mip)
{
    return ((mip & s->hideleg) & VS_IRQ_BITS) >> 1;
}

/* hie: view of mie bits 2, 6, 10, 12 (12 only if GEILEN>0, the only case
 * where it is writable in mie) */
static inline uint64_t cm_view_hie(const struct cm_state *s)
{
    return s->mie & (VS_IRQ_BITS | MIP_SGEIP);
}

/* hip: view of mip bits 2, 6, 10, 12 */
static inline uint64_t cm_view_hip(uint64_t mip)
{
    return mip & (VS_IRQ_BITS | MIP_SGEIP);
}

/* hvip: VSSIP 2, VSTIP 6, VSEIP 10 */
static inline uint64_t cm_view_hvip(const struct cm_state *s)
{
    return s->hvip & HVIP_WMASK;
}

/* An mhpmcounter / mhpmevent: implemented ones (N < 3 + hpm_counters) read
 * their storage, the others 0 (INTERFACE.md §10). */
static inline uint64_t cm_view_hpmcounter(const struct cm_model *m,
                                          const struct cm_state *s, unsigned n)
{
    return (n >= 3 && n < 3 + m->nhpm) ? s->mhpmcounter[n - 3] : 0;
}
static inline uint64_t cm_view_hpmevent(const struct cm_model *m,
                                        const struct cm_state *s, unsigned n)
{
    return (n >= 3 && n < 3 + m->nhpm) ? s->mhpmevent[n - 3] : 0;
}

#endif
