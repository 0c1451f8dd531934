/* vitrap C model: CSR read values (gen/INTERFACE.md section 10).
 *
 * cm_csr_read returns what a read of the CSR at `addr` (the address after VS
 * substitution) returns, from state `s` and this cycle's inputs. `virt` is the
 * V of the reader and only matters for `time` (INTERFACE.md §8: time +
 * htimedelta when V=1). The caller has checked that the CSR exists.
 */
#include "cm_internal.h"

/* hgeip: bit i (1..GEILEN) = irq_sgeip[i-1] (INTERFACE.md §10 hgeip). */
uint64_t cm_hgeip(const struct cm_model *m, const struct cm_in *in)
{
    return (in->irq_sgeip << 1) & m->hgeie_mask;
}

/* mideleg read value: writable bits plus the read-only ones (2, 6, 10 and 12
 * with GEILEN>0) of csrs-rv64.md §6. */
uint64_t cm_mideleg(const struct cm_model *m, const struct cm_state *s)
{
    return s->mideleg | m->mideleg_ro1;
}

/* mip read value = the pending bits of INTERFACE.md §6 / csrs-rv64.md §5. */
uint64_t cm_mip(const struct cm_model *m, const struct cm_state *s,
                const struct cm_in *in)
{
    uint64_t v = s->mip_sw & (MIP_SSIP | MIP_STIP | MIP_SEIP);
    if (in->irq_seip)  /* csrs-rv64.md §5: SEIP reads software bit OR signal */
        v |= MIP_SEIP;
    if (in->irq_msip)
        v |= MIP_MSIP;
    if (in->irq_mtip)
        v |= MIP_MTIP;
    if (in->irq_meip)
        v |= MIP_MEIP;
    if (m->cfg.h) {
        /* VSSIP/VSTIP from hvip; VSEIP = hvip.VSEIP | hgeip[VGEIN]
         * (csrs-rv64.md §5; VGEIN=0 selects nothing: hgeip bit 0 reads 0) */
        uint64_t hgeip = cm_hgeip(m, in);
        unsigned vgein = (unsigned)((s->hstatus & HS_VGEIN) >> HS_VGEIN_SHIFT);
        v |= s->hvip & HVIP_WMASK;
        if ((hgeip >> vgein) & 1)
            v |= MIP_VSEIP;
        /* SGEIP = OR of (hgeip & hgeie) */
        if (hgeip & s->hgeie)
            v |= MIP_SGEIP;
    }
    return v;
}

static uint64_t hpm_counter(const struct cm_model *m, const struct cm_state *s,
                            unsigned n)
{
    return (n >= 3 && n < 3 + m->nhpm) ? s->mhpmcounter[n - 3] : 0;
}

uint64_t cm_csr_read(const struct cm_model *m, const struct cm_state *s,
                     const struct cm_in *in, unsigned addr, int virt)
{
    /* ranges first */
    if (addr >= CSR_HPMCOUNTER3 && addr <= CSR_HPMCOUNTER31)
        return hpm_counter(m, s, addr - CSR_CYCLE);          /* §8 */
    if (addr >= CSR_MHPMCOUNTER3 && addr <= CSR_MHPMCOUNTER31)
        return hpm_counter(m, s, addr - CSR_MCYCLE);
    if (addr >= CSR_MHPMEVENT3 && addr <= CSR_MHPMEVENT31) {
        unsigned n = addr - CSR_MHPMEVENT3 + 3;
        return (n < 3 + m->nhpm) ? s->mhpmevent[n - 3] : 0;
    }
    if (addr >= CSR_PMPCFG0 && addr <= CSR_PMPADDR63)
        return 0;  /* no PMP entries: pmpcfg and pmpaddr read 0 */

    switch (addr) {
    /* ---- unprivileged counters ---- */
    case CSR_CYCLE:   return s->mcycle;
    case CSR_INSTRET: return s->minstret;
    case CSR_TIME:
        /* hypervisor.adoc "htimedelta": V=1 reads time + htimedelta mod 2^64 */
        return virt ? in->mtime + s->htimedelta : in->mtime;

    /* ---- supervisor ---- */
    case CSR_SSTATUS:
        /* view of mstatus: SIE SPIE SPP SUM MXR, UXL=2 (csrs-rv64.md §4.2) */
        return (s->mstatus & SSTATUS_WMASK) | MS_UXL_64;
    case CSR_SIE:
        /* mie bits 1, 5, 9 where mideleg is 1 (csrs-rv64.md §5) */
        return s->mie & S_IRQ_BITS & cm_mideleg(m, s);
    case CSR_SIP:
        return cm_mip(m, s, in) & S_IRQ_BITS & cm_mideleg(m, s);
    case CSR_STVEC:      return s->stvec;
    case CSR_SCOUNTEREN: return s->scounteren;
    case CSR_SENVCFG:    return s->senvcfg;
    case CSR_SSCRATCH:   return s->sscratch;
    case CSR_SEPC:       return s->sepc;
    case CSR_SCAUSE:     return s->scause;
    case CSR_STVAL:      return s->stval;
    case CSR_SATP:       return s->satp;

    /* ---- virtual supervisor ---- */
    case CSR_VSSTATUS:
        return (s->vsstatus & SSTATUS_WMASK) | MS_UXL_64;
    case CSR_VSIE: {
        /* bit 1/5/9 = mie bit 2/6/10 where hideleg 2/6/10 (csrs-rv64.md §5) */
        return ((s->mie & s->hideleg) & VS_IRQ_BITS) >> 1;
    }
    case CSR_VSIP:
        return ((cm_mip(m, s, in) & s->hideleg) & VS_IRQ_BITS) >> 1;
    case CSR_VSTVEC:    return s->vstvec;
    case CSR_VSSCRATCH: return s->vsscratch;
    case CSR_VSEPC:     return s->vsepc;
    case CSR_VSCAUSE:   return s->vscause;
    case CSR_VSTVAL:    return s->vstval;
    case CSR_VSATP:     return s->vsatp;

    /* ---- hypervisor ---- */
    case CSR_HSTATUS:    return (s->hstatus & HSTATUS_WMASK) | HS_VSXL_64;
    case CSR_HEDELEG:    return s->hedeleg;
    case CSR_HIDELEG:    return s->hideleg;
    case CSR_HIE:
        /* view of mie bits 2, 6, 10, 12 (12 only if GEILEN>0, the only case
         * where it is writable in mie) */
        return s->mie & (VS_IRQ_BITS | MIP_SGEIP);
    case CSR_HIP:
        return cm_mip(m, s, in) & (VS_IRQ_BITS | MIP_SGEIP);
    case CSR_HVIP:       return s->hvip & HVIP_WMASK;
    case CSR_HTIMEDELTA: return s->htimedelta;
    case CSR_HCOUNTEREN: return s->hcounteren;
    case CSR_HGEIE:      return s->hgeie;
    case CSR_HENVCFG:    return s->henvcfg;
    case CSR_HTVAL:      return s->htval;
    case CSR_HTINST:     return s->htinst;
    case CSR_HGATP:      return s->hgatp;
    case CSR_HGEIP:      return cm_hgeip(m, in);

    /* ---- machine ---- */
    case CSR_MVENDORID:  return m->cfg.mvendorid;
    case CSR_MARCHID:    return m->cfg.marchid;
    case CSR_MIMPID:     return m->cfg.mimpid;
    case CSR_MHARTID:    return m->cfg.mhartid;
    case CSR_MCONFIGPTR: return 0;
    case CSR_MSTATUS:
        /* UXL = SXL = 2 read-only (INTERFACE.md §10 mstatus) */
        return s->mstatus | MS_UXL_64 | MS_SXL_64;
    case CSR_MISA:       return m->misa;
    case CSR_MEDELEG:    return s->medeleg;
    case CSR_MIDELEG:    return cm_mideleg(m, s);
    case CSR_MIE:        return s->mie;
    case CSR_MTVEC:      return s->mtvec;
    case CSR_MCOUNTEREN: return s->mcounteren;
    case CSR_MENVCFG:    return s->menvcfg;
    case CSR_MCOUNTINHIBIT: return s->mcountinhibit;
    case CSR_MSCRATCH:   return s->mscratch;
    case CSR_MEPC:       return s->mepc;
    case CSR_MCAUSE:     return s->mcause;
    case CSR_MTVAL:      return s->mtval;
    case CSR_MIP:        return cm_mip(m, s, in);
    case CSR_MTINST:     return s->mtinst;
    case CSR_MTVAL2:     return s->mtval2;
    case CSR_MCYCLE:     return s->mcycle;
    case CSR_MINSTRET:   return s->minstret;

    /* ---- trigger module with zero triggers (riscv-debug-spec Sdtrig,
     * "Trigger Module Registers", hwbp_registers.xml; INTERFACE.md §10) ---- */
    case CSR_TSELECT:
        /* "Trigger Select": index WARL; with no trigger 0 is the only
         * index kept, so it reads 0 */
        return 0;
    case CSR_TDATA1:
        /* "Trigger Data 1": type 63:60 = 0 "There is no trigger at this
         * tselect"; with type 0, dmode (59) and data (58:0) are hard-wired 0 */
        return 0;
    case CSR_TDATA2:     /* "Trigger Data 2": no trigger uses it, reads 0 */
    case CSR_TDATA3:     /* "Trigger Data 3": likewise */
        return 0;
    case CSR_TINFO:
        /* "Trigger Info": version 1, info = 1 (selected trigger absent) */
        return TINFO_NO_TRIGGER;
    default:             return 0;
    }
}
