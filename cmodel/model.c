/* vitrap C model: public API (cmodel.h) and the per-cycle priority of
 * gen/INTERFACE.md §5.
 *
 * cm_eval computes the outputs purely from the current state and the inputs
 * and prepares the next state in the next-state copy; cm_clock makes it the
 * current state.
 */
#include <stdlib.h>
#include <string.h>
#include "cm_internal.h"

/* ---------------------------------------------------------------- config */

static int config_ok(const struct cm_config *cfg)
{
    if (cfg->hpm_counters < 0 || cfg->hpm_counters > CM_MAX_HPM)
        return 0;
    if (cfg->geilen < 0 || cfg->geilen > 63)
        return 0;
    if (!cfg->h && cfg->geilen != 0)    /* INTERFACE.md §1: an error */
        return 0;
    return 1;
}

static void derive_constants(struct cm_model *m)
{
    const struct cm_config *cfg = &m->cfg;
    const int h = cfg->h;

    m->nhpm = (unsigned)cfg->hpm_counters;
    m->hpm_mask = ((1ULL << m->nhpm) - 1) << 3;

    /* misa: MXL=2, I, S, U, H if H, A/M/C if configured (INTERFACE.md §10) */
    m->misa = (2ULL << 62) | BIT('I' - 'A') | BIT('S' - 'A') | BIT('U' - 'A');
    if (h)          m->misa |= BIT('H' - 'A');
    if (cfg->ext_a) m->misa |= BIT('A' - 'A');
    if (cfg->ext_m) m->misa |= BIT('M' - 'A');
    if (cfg->ext_c) m->misa |= BIT('C' - 'A');

    /* xepc: bit 0 reads 0, and bits 1:0 without C (csrs-rv64.md §2.2 sepc) */
    m->epc_mask = cfg->ext_c ? ~1ULL : ~3ULL;

    m->mstatus_wmask = MSTATUS_WMASK | (h ? MSTATUS_WMASK_H : 0);

    /* medeleg: 0-9, 12, 13, 15, 18, 19; with H also 10, 20-23 */
    m->medeleg_wmask = 0x3FFULL | BIT(12) | BIT(13) | BIT(15) | BIT(18) | BIT(19);
    if (h)
        m->medeleg_wmask |= BIT(10) | BIT(20) | BIT(21) | BIT(22) | BIT(23);

    /* mideleg read-only ones with H: 2, 6, 10, and 12 if GEILEN>0
     * (csrs-rv64.md §6) */
    m->mideleg_ro1 = h ? (VS_IRQ_BITS | (cfg->geilen ? MIP_SGEIP : 0)) : 0;

    /* mie: 1, 3, 5, 7, 9, 11; with H also 2, 6, 10, and 12 if GEILEN>0 */
    m->mie_wmask = MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP;
    if (h)
        m->mie_wmask |= VS_IRQ_BITS | (cfg->geilen ? MIP_SGEIP : 0);

    /* hgeie/hgeip: bits GEILEN..1 */
    m->hgeie_mask = cfg->geilen ? (((1ULL << cfg->geilen) - 1) << 1) : 0;

    /* mcountinhibit: CY 0, IR 2, implemented HPM bits */
    m->mcountinhibit_wmask = BIT(0) | BIT(2) | m->hpm_mask;
}

/* INTERFACE.md §9: priv = M, V = 0, wfi_wait = wfi_cnt = 0, every stored CSR
 * bit 0 (read-only fields are constants added on read). */
static void reset_state(struct cm_state *s)
{
    memset(s, 0, sizeof *s);
    s->priv = PRV_M;
}

struct cm_model *cm_new(const struct cm_config *cfg)
{
    if (!cfg || !config_ok(cfg))
        return NULL;
    struct cm_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cfg = *cfg;
    m->cfg.h = !!cfg->h;
    m->cfg.mtval_insn = !!cfg->mtval_insn;
    m->cfg.ext_a = !!cfg->ext_a;
    m->cfg.ext_m = !!cfg->ext_m;
    m->cfg.ext_c = !!cfg->ext_c;
    m->cfg.triggers = !!cfg->triggers;
    derive_constants(m);
    cm_csr_index_build(m);
    reset_state(&m->cur);
    reset_state(&m->next);
    return m;
}

void cm_free(struct cm_model *m)
{
    free(m);
}

/* ------------------------------------------------------------- one cycle */

/* INTERFACE.md §5 rule 2/4: explicit-memory exception codes */
static int is_explicit_mem_exc(unsigned code)
{
    switch (code) {
    case 4: case 5: case 6: case 7: case 13: case 15: case 21: case 23:
        return 1;
    default:
        return 0;
    }
}

/* CSR addresses whose retiring write flushes the pipeline (INTERFACE.md §2) */
static int csr_write_flushes(unsigned addr)
{
    switch (addr) {
    case 0x100: case 0x180: case 0x200: case 0x280: case 0x300: case 0x600:
    case 0x680:
        return 1;
    default:
        return 0;
    }
}

static const struct cm_out cm_out_zero;

/* Outputs that are state views, valid whatever commit_valid is. */
static void state_outputs(const struct cm_model *m, const struct cm_state *c,
                          struct cm_out *out)
{
    const int h = m->cfg.h;
    out->priv = c->priv;
    out->virt = c->v;
    /* INTERFACE.md §2 ls_priv/ls_virt: MPRV in M uses (MPP, MPV if MPP!=M) */
    if (c->priv == PRV_M && (c->mstatus & MS_MPRV)) {
        unsigned mpp = (unsigned)((c->mstatus & MS_MPP) >> MS_MPP_SHIFT);
        out->ls_priv = mpp;
        out->ls_virt = mpp != PRV_M && (c->mstatus & MS_MPV) != 0;
    } else {
        out->ls_priv = c->priv;
        out->ls_virt = c->v;
    }
    out->hlsv_priv = h && (c->hstatus & HS_SPVP) ? 1u : 0u;
    out->satp = c->satp;
    out->vsatp = h ? c->vsatp : 0;
    out->hgatp = h ? c->hgatp : 0;
    out->mxr = (c->mstatus & MS_MXR) != 0;
    out->sum = (c->mstatus & MS_SUM) != 0;
    out->vs_mxr = h && (c->vsstatus & MS_MXR);
    out->vs_sum = h && (c->vsstatus & MS_SUM);
    out->dbg_wfi_wait = c->wfi_wait;
    out->dbg_wfi_cnt = c->wfi_cnt;
}

void cm_eval(struct cm_model *m, const struct cm_in *in, struct cm_out *out)
{
    const struct cm_state *c = &m->cur;
    struct cm_state *n = &m->next;
    struct cm_cycle_events ev = { 0 };
    int stall = 0;
    int csr_write = 0;          /* a retiring CSR instruction writes ... */
    unsigned csr_waddr = 0;     /* ... this (substituted) address ... */
    uint64_t csr_wval = 0;      /* ... with this value */

    m->last_in = *in;
    /* next == cur holds here (see cm_state.h), unless cm_eval already ran in
     * this cycle: then start again from the current state */
    if (m->evaluated)
        *n = *c;
    m->evaluated = 1;
    *out = cm_out_zero;  /* a struct copy: cheaper than memset per cycle */
    state_outputs(m, c, out);

    if (in->commit_valid) {
        const uint64_t pc = in->commit_pc;
        const uint32_t insn = in->commit_insn;
        const uint64_t mip = cm_mip(m, c, in);
        struct cm_irq irq;
        struct cm_trap t = { 0 };
        enum cm_target tgt = TGT_M;
        int trap = 0;

        if (!c->wfi_wait && cm_irq_select(m, c, mip, &irq)) {
            /* rule 1: interrupt, taken before the instruction executes
             * (traps.md ambiguity T1); xtval/tval2/tinst/GVA = 0 (§6) */
            trap = 1;
            t.irq = 1;
            t.code = irq.code;
            t.epc = pc;
            tgt = irq.target;
        } else {
            struct sys_insn d;
            enum cm_verdict vd = VERDICT_OK;
            enum wfi_outcome wo = WFI_RETIRE;
            int own = 0;
            struct cm_trap own_t = { 0 };

            cm_sys_decode(insn, m->cfg.h, &d);
            switch (d.kind) {
            case SK_CSR:
                vd = cm_csr_access(m, c, d.csr, d.writes);
                break;
            case SK_WFI:
                wo = cm_wfi_step(m, c, mip, &vd);
                if (wo != WFI_TRAP)
                    vd = VERDICT_OK;  /* no trap this cycle */
                break;
            case SK_ECALL:
                /* INTERFACE.md §11: xtval = 0, GVA = 0 */
                own = 1;
                own_t.code = cm_ecall_cause(c);
                break;
            case SK_EBREAK:
                /* INTERFACE.md §11: xtval = pc, GVA = V (traps.md §2.6) */
                own = 1;
                own_t.code = EXC_BREAKPOINT;
                own_t.tval = pc;
                own_t.gva = c->v;
                break;
            default:
                vd = cm_sys_decide(c, d.kind);
                break;
            }
            if (vd != VERDICT_OK) {
                /* II / VI: xtval = insn bits or 0, tval2 = tinst = 0, GVA = 0
                 * (INTERFACE.md §11; virtual-instruction.md §5) */
                own = 1;
                own_t.code = vd == VERDICT_II ? EXC_ILLEGAL : EXC_VIRTUAL;
                own_t.tval = m->cfg.mtval_insn ? insn : 0;
            }

            if (in->exc_valid &&
                (!is_explicit_mem_exc(in->exc_cause & 0x1F) || !own)) {
                /* rules 2 and 4: handed-in exception */
                trap = 1;
                t.code = in->exc_cause & 0x1F;
                t.tval = in->exc_tval;
                t.tval2 = in->exc_tval2;
                t.tinst = in->exc_tinst;
                t.gva = in->exc_gva != 0;
                t.epc = pc;
            } else if (own) {
                /* rule 3: the unit's own exception */
                trap = 1;
                t = own_t;
                t.epc = pc;
            } else if (d.kind == SK_WFI && wo == WFI_STALL) {
                /* rule 5: WFI waits */
                stall = 1;
            } else {
                /* rule 6: the instruction retires with its effects */
                out->retire = 1;
                switch (d.kind) {
                case SK_CSR: {
                    unsigned eaddr = cm_csr_subst(m, d.csr, c->v);
                    uint64_t rd = cm_csr_read(m, c, in, eaddr, c->v);
                    out->csr_rdata = rd;
                    if (d.writes) {
                        uint64_t src = d.imm ? d.uimm : in->commit_rs1;
                        uint64_t old = rd;
                        /* csrs-rv64.md §5: CSRRS/CSRRC on mip modify the
                         * software SEIP bit, not the OR with the line */
                        if (eaddr == CSR_MIP)
                            old = (old & ~MIP_SEIP) | (c->mip_sw & MIP_SEIP);
                        csr_write = 1;
                        csr_waddr = eaddr;
                        csr_wval = d.op == CSROP_RW ? src
                                 : d.op == CSROP_RS ? (old | src)
                                                    : (old & ~src);
                        if (csr_write_flushes(d.csr))
                            out->flush = 1;
                    }
                    break;
                }
                case SK_MRET:
                    out->xret = 1;
                    out->redirect_pc = cm_mret(m, c, n);
                    break;
                case SK_SRET:
                    out->xret = 1;
                    out->redirect_pc = cm_sret(m, c, n);
                    break;
                case SK_SFENCE_VMA:
                    out->sfence_vma = 1;
                    out->flush = 1;
                    break;
                case SK_HFENCE_VVMA:
                    out->hfence_vvma = 1;
                    out->flush = 1;
                    break;
                case SK_HFENCE_GVMA:
                    out->hfence_gvma = 1;
                    out->flush = 1;
                    break;
                default:
                    break;  /* ordinary, WFI woken, HLV/HSV: nothing here */
                }
            }
            if (trap && !t.irq)
                tgt = cm_exc_target(m, c, t.code);
        }

        if (trap) {
            out->trap = 1;
            out->trap_irq = t.irq;
            out->trap_code = t.code;
            out->redirect_pc = cm_trap_enter(m, c, n, tgt, &t);
        }
        out->redirect = out->trap || out->xret;
        out->stall = stall;
    }

    /* counters first, then the CSR write: the written value wins (§8) */
    ev.trap = out->trap;
    ev.trap_irq = out->trap_irq;
    ev.trap_code = out->trap_code;
    ev.stall = stall;
    ev.xret = out->xret;
    ev.retire_in = in->retire_in;
    cm_counters_step(m, c, n, &ev);
    if (csr_write)
        cm_csr_write(m, n, csr_waddr, csr_wval);
    cm_wfi_next(m, c, n, stall);

    /* INTERFACE.md §9: synchronous reset */
    if (in->rst)
        reset_state(n);

    /* Only traps, xRETs, CSR writes and reset change more than the counters
     * and the WFI fields. */
    m->full_copy = out->trap || out->xret || csr_write || in->rst;
}

void cm_clock(struct cm_model *m)
{
    if (!m->evaluated)
        return;  /* no cm_eval this cycle: nothing prepared, keep the state */
    m->last_edge_full = m->full_copy;
    if (m->full_copy) {
        m->cur = m->next;
    } else {
        /* the only fields cm_eval changes in such a cycle (counters.c, wfi.c) */
        struct cm_state *c = &m->cur;
        const struct cm_state *n = &m->next;
        c->mcycle = n->mcycle;
        c->minstret = n->minstret;
        for (unsigned k = 0; k < m->nhpm; k++)
            c->mhpmcounter[k] = n->mhpmcounter[k];
        c->wfi_wait = n->wfi_wait;
        c->wfi_cnt = n->wfi_cnt;
#ifdef CM_CHECK_NEXT
        if (memcmp(c, n, sizeof *c) != 0)
            abort();  /* a quiet cycle changed a field not copied above */
#endif
    }
    m->evaluated = 0;
}

int cm_peek_csr(const struct cm_model *m, unsigned addr, uint64_t *val)
{
    if (addr > 0xFFF || !cm_csr_lookup(m, addr)) {
        if (val)
            *val = 0;
        return 0;
    }
    /* M-mode read view, V=0 (time reads plain mtime) */
    uint64_t v = cm_csr_read(m, &m->cur, &m->last_in, addr, 0);
    if (val)
        *val = v;
    return 1;
}

void cm_mode(const struct cm_model *m, unsigned *priv, int *virt)
{
    *priv = m->cur.priv;
    *virt = m->cur.v;
}

int cm_state_quiet(const struct cm_model *m)
{
    return !m->last_edge_full;
}
