/* vitrap C model: CSR writes with WARL legalisation (gen/INTERFACE.md §10).
 *
 * cm_csr_write stores `val` (the full new value computed by the CSR
 * instruction) into the CSR at `addr` (address after VS substitution) in state
 * `s`, at the clock edge (cm_clock). Read-only bits and fields are ignored; a
 * write never traps for its value (csrs-rv64.md §1 "WARL"). The caller has
 * decided the access is legal and that the address is read/write.
 */
#include "cm_internal.h"

/* tvec: BASE 63:2 stored, MODE bit 0 stored, bit 1 dropped, so a written MODE
 * 2 becomes 0 and 3 becomes 1 (csrs-rv64.md §7; INTERFACE.md §10 mtvec). */
static uint64_t tvec_legal(uint64_t v) { return v & TVEC_WMASK; }

/* satp/vsatp: a write whose MODE is not Bare or Sv39 is ignored entirely
 * (csrs-rv64.md §8; INTERFACE.md §10 satp, vsatp). */
static void atp_write(uint64_t *reg, uint64_t v)
{
    unsigned mode = (unsigned)(v >> ATP_MODE_SHIFT);
    if (mode == ATP_MODE_BARE || mode == ATP_MODE_SV39)
        *reg = v;
}

/* hgatp: MODE WARL (unsupported MODE keeps the old MODE, the other fields are
 * written), bits 59:58 read 0, VMID 57:44, PPN 43:2, PPN 1:0 read 0
 * (csrs-rv64.md §8; INTERFACE.md §10 hgatp). */
static uint64_t hgatp_legal(uint64_t old, uint64_t v)
{
    unsigned mode = (unsigned)(v >> ATP_MODE_SHIFT);
    uint64_t m = (mode == ATP_MODE_BARE || mode == ATP_MODE_SV39)
                     ? (v & ATP_MODE_MASK) : (old & ATP_MODE_MASK);
    return m | (v & (HGATP_VMID_MASK | HGATP_PPN_MASK));
}

/* mstatus: MPP WARL, legal 0/1/3; a written 2 stores 0 (INTERFACE.md §10). */
static uint64_t mstatus_legal(const struct cm_model *m, uint64_t v)
{
    v &= m->mstatus_wmask;
    if (((v & MS_MPP) >> MS_MPP_SHIFT) == 2)
        v &= ~MS_MPP;
    return v;
}

/* Replace the bits `mask` of *reg by those of v. */
static void set_bits(uint64_t *reg, uint64_t mask, uint64_t v)
{
    *reg = (*reg & ~mask) | (v & mask);
}

void cm_csr_write(const struct cm_model *m, struct cm_state *s, unsigned addr,
                  uint64_t val)
{
    switch (addr) {
    /* ---- supervisor ---- */
    case CSR_SSTATUS:
        set_bits(&s->mstatus, SSTATUS_WMASK, val);
        break;
    case CSR_SIE:
        /* only bits delegated in mideleg (csrs-rv64.md §5) */
        set_bits(&s->mie, S_IRQ_BITS & cm_mideleg(m, s), val);
        break;
    case CSR_SIP:
        /* only SSIP writable, and only when mideleg[1] (csrs-rv64.md §5) */
        set_bits(&s->mip_sw, MIP_SSIP & cm_mideleg(m, s), val);
        break;
    case CSR_STVEC:      s->stvec = tvec_legal(val); break;
    case CSR_SCOUNTEREN: s->scounteren = val & 0xFFFFFFFFULL; break;
    case CSR_SENVCFG:    s->senvcfg = val & 1; break;  /* FIOM */
    case CSR_SSCRATCH:   s->sscratch = val; break;
    case CSR_SEPC:       s->sepc = val & m->epc_mask; break;
    case CSR_SCAUSE:     s->scause = val & CAUSE_WMASK; break;
    case CSR_STVAL:      s->stval = val; break;
    case CSR_SATP:       atp_write(&s->satp, val); break;

    /* ---- virtual supervisor ---- */
    case CSR_VSSTATUS:
        set_bits(&s->vsstatus, SSTATUS_WMASK, val);
        break;
    case CSR_VSIE:
        /* bits 1/5/9 go to mie 2/6/10 where hideleg is 1 (csrs-rv64.md §5) */
        set_bits(&s->mie, s->hideleg & VS_IRQ_BITS, val << 1);
        break;
    case CSR_VSIP:
        /* only bit 1 -> hvip.VSSIP, when hideleg[2] (csrs-rv64.md §5) */
        set_bits(&s->hvip, s->hideleg & MIP_VSSIP, val << 1);
        break;
    case CSR_VSTVEC:    s->vstvec = tvec_legal(val); break;
    case CSR_VSSCRATCH: s->vsscratch = val; break;
    case CSR_VSEPC:     s->vsepc = val & m->epc_mask; break;
    case CSR_VSCAUSE:   s->vscause = val & CAUSE_WMASK; break;
    case CSR_VSTVAL:    s->vstval = val; break;
    case CSR_VSATP:
        /* unsupported MODE: write ignored, from V=0 and V=1 (INTERFACE.md) */
        atp_write(&s->vsatp, val);
        break;

    /* ---- hypervisor ---- */
    case CSR_HSTATUS: {
        uint64_t v = val & HSTATUS_WMASK;
        /* VGEIN WLRL 0..GEILEN: a larger value stores 0 (INTERFACE.md §10) */
        if (((v & HS_VGEIN) >> HS_VGEIN_SHIFT) > (uint64_t)m->cfg.geilen)
            v &= ~HS_VGEIN;
        s->hstatus = v;
        break;
    }
    case CSR_HEDELEG:
        /* writable 0-8, 12, 13, 15, 18, 19 (csrs-rv64.md §6) */
        s->hedeleg = val & (0x1FFULL | BIT(12) | BIT(13) | BIT(15) |
                            BIT(18) | BIT(19));
        break;
    case CSR_HIDELEG:    s->hideleg = val & VS_IRQ_BITS; break;  /* 2, 6, 10 */
    case CSR_HIE:
        set_bits(&s->mie, m->mie_wmask & (VS_IRQ_BITS | MIP_SGEIP), val);
        break;
    case CSR_HIP:
        set_bits(&s->hvip, MIP_VSSIP, val);   /* only VSSIP writable */
        break;
    case CSR_HVIP:       s->hvip = val & HVIP_WMASK; break;
    case CSR_HTIMEDELTA: s->htimedelta = val; break;
    case CSR_HCOUNTEREN: s->hcounteren = val & 0xFFFFFFFFULL; break;
    case CSR_HGEIE:      s->hgeie = val & m->hgeie_mask; break;
    case CSR_HENVCFG:    s->henvcfg = val & 1; break;
    case CSR_HTVAL:      s->htval = val; break;
    case CSR_HTINST:     s->htinst = val; break;
    case CSR_HGATP:      s->hgatp = hgatp_legal(s->hgatp, val); break;

    /* ---- machine ---- */
    case CSR_MSTATUS:    s->mstatus = mstatus_legal(m, val); break;
    case CSR_MISA:       break;  /* read-only value, write ignored */
    case CSR_MEDELEG:    s->medeleg = val & m->medeleg_wmask; break;
    case CSR_MIDELEG:    s->mideleg = val & S_IRQ_BITS; break;  /* 1, 5, 9 */
    case CSR_MIE:        s->mie = val & m->mie_wmask; break;
    case CSR_MTVEC:      s->mtvec = tvec_legal(val); break;
    case CSR_MCOUNTEREN: s->mcounteren = val & 0xFFFFFFFFULL; break;
    case CSR_MENVCFG:    s->menvcfg = val & 1; break;
    case CSR_MCOUNTINHIBIT: s->mcountinhibit = val & m->mcountinhibit_wmask; break;
    case CSR_MSCRATCH:   s->mscratch = val; break;
    case CSR_MEPC:       s->mepc = val & m->epc_mask; break;
    case CSR_MCAUSE:     s->mcause = val & CAUSE_WMASK; break;
    case CSR_MTVAL:      s->mtval = val; break;
    case CSR_MIP:
        /* SSIP, STIP, SEIP software bit; with H, VSSIP -> hvip.VSSIP */
        set_bits(&s->mip_sw, MIP_SSIP | MIP_STIP | MIP_SEIP, val);
        if (m->cfg.h)
            set_bits(&s->hvip, MIP_VSSIP, val);
        break;
    case CSR_MTINST:     s->mtinst = val; break;
    case CSR_MTVAL2:     s->mtval2 = val; break;
    case CSR_MCYCLE:     s->mcycle = val; break;    /* write wins (§8) */
    case CSR_MINSTRET:   s->minstret = val; break;  /* write wins (§8) */

    /* ---- trigger module with zero triggers: no state, every write is
     * ignored and none traps (INTERFACE.md §10). riscv-debug-spec
     * hwbp_registers.xml: tselect index WARL (a value >= the number of
     * triggers, 0 here, may read back differently; 0 reads back 0); tdata1
     * type WARL with no trigger type to select, dmode/data hard-wired 0 for
     * type 0; tdata2/tdata3 data WARL, used by no trigger; tinfo fields are
     * read-only ("R"). ---- */
    case CSR_TSELECT:
    case CSR_TDATA1:
    case CSR_TDATA2:
    case CSR_TDATA3:
    case CSR_TINFO:
        break;
    default:
        /* the ranges */
        if (addr >= CSR_MHPMCOUNTER3 && addr <= CSR_MHPMCOUNTER31) {
            unsigned n = addr - CSR_MCYCLE;
            if (n < 3 + m->nhpm)
                s->mhpmcounter[n - 3] = val;   /* written value wins (§8) */
        } else if (addr >= CSR_MHPMEVENT3 && addr <= CSR_MHPMEVENT31) {
            unsigned n = addr - CSR_MHPMEVENT3 + 3;
            if (n < 3 + m->nhpm)
                s->mhpmevent[n - 3] = (uint8_t)(val & 7);  /* bits 2:0 WARL */
        }
        /* PMP CSRs: no PMP entries, writes ignored */
        break;
    }
}
