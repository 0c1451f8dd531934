/* vitrap C model: CSR read values (gen/INTERFACE.md section 10).
 *
 * cm_csr_read returns what a read of the CSR at `addr` (the address after VS
 * substitution) returns, from state `s` and this cycle's inputs as CSRs see
 * them (`iv`). `virt` is the V of the reader and only matters for `time`
 * (INTERFACE.md §8: time + htimedelta when V=1). The caller has checked that
 * the CSR exists. Values that are more than a stored field come from
 * csr_views.h, shared with the debug slot reader (csr_slots.c).
 */
#include "cm_internal.h"

uint64_t cm_csr_read(const struct cm_model *m, const struct cm_state *s,
                     const struct cm_in_view *iv, unsigned addr, int virt)
{
    switch (addr) {
    /* ---- unprivileged counters ---- */
    case CSR_CYCLE:   return s->mcycle;
    case CSR_INSTRET: return s->minstret;
    case CSR_TIME:
        /* hypervisor.adoc "htimedelta": V=1 reads time + htimedelta mod 2^64 */
        return virt ? iv->mtime + s->htimedelta : iv->mtime;

    /* ---- supervisor ---- */
    case CSR_SSTATUS:    return cm_view_sstatus(s);
    case CSR_SIE:        return cm_view_sie(s, cm_mideleg(m, s));
    case CSR_SIP:        return cm_view_sip(cm_mip(m, s, iv), cm_mideleg(m, s));
    case CSR_STVEC:      return s->stvec;
    case CSR_SCOUNTEREN: return s->scounteren;
    case CSR_SENVCFG:    return s->senvcfg;
    case CSR_SSCRATCH:   return s->sscratch;
    case CSR_SEPC:       return s->sepc;
    case CSR_SCAUSE:     return s->scause;
    case CSR_STVAL:      return s->stval;
    case CSR_SATP:       return s->satp;

    /* ---- virtual supervisor ---- */
    case CSR_VSSTATUS:  return cm_view_vsstatus(s);
    case CSR_VSIE:      return cm_view_vsie(s);
    case CSR_VSIP:      return cm_view_vsip(s, cm_mip(m, s, iv));
    case CSR_VSTVEC:    return s->vstvec;
    case CSR_VSSCRATCH: return s->vsscratch;
    case CSR_VSEPC:     return s->vsepc;
    case CSR_VSCAUSE:   return s->vscause;
    case CSR_VSTVAL:    return s->vstval;
    case CSR_VSATP:     return s->vsatp;

    /* ---- hypervisor ---- */
    case CSR_HSTATUS:    return cm_view_hstatus(s);
    case CSR_HEDELEG:    return s->hedeleg;
    case CSR_HIDELEG:    return s->hideleg;
    case CSR_HIE:        return cm_view_hie(s);
    case CSR_HIP:        return cm_view_hip(cm_mip(m, s, iv));
    case CSR_HVIP:       return cm_view_hvip(s);
    case CSR_HTIMEDELTA: return s->htimedelta;
    case CSR_HCOUNTEREN: return s->hcounteren;
    case CSR_HGEIE:      return s->hgeie;
    case CSR_HENVCFG:    return s->henvcfg;
    case CSR_HTVAL:      return s->htval;
    case CSR_HTINST:     return s->htinst;
    case CSR_HGATP:      return s->hgatp;
    case CSR_HGEIP:      return cm_hgeip(m, iv);

    /* ---- machine ---- */
    case CSR_MVENDORID:  return m->cfg.mvendorid;
    case CSR_MARCHID:    return m->cfg.marchid;
    case CSR_MIMPID:     return m->cfg.mimpid;
    case CSR_MHARTID:    return m->cfg.mhartid;
    case CSR_MCONFIGPTR: return 0;
    case CSR_MSTATUS:    return cm_view_mstatus(s);
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
    case CSR_MIP:        return cm_mip(m, s, iv);
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
    default:
        break;
    }
    /* the ranges */
    if (addr >= CSR_HPMCOUNTER3 && addr <= CSR_HPMCOUNTER31)
        return cm_view_hpmcounter(m, s, addr - CSR_CYCLE);   /* §8 */
    if (addr >= CSR_MHPMCOUNTER3 && addr <= CSR_MHPMCOUNTER31)
        return cm_view_hpmcounter(m, s, addr - CSR_MCYCLE);
    if (addr >= CSR_MHPMEVENT3 && addr <= CSR_MHPMEVENT31)
        return cm_view_hpmevent(m, s, addr - CSR_MHPMEVENT3 + 3);
    /* PMP CSRs (no PMP entries: pmpcfg and pmpaddr read 0), and nothing else
     * exists */
    return 0;
}
