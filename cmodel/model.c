/* vitrap C model: public API (cmodel.h) and the clock edge.
 *
 * cm_eval computes the outputs purely from the current state and the inputs
 * and decides what the clock edge does (struct cm_edge; the decision is
 * commit.c's); cm_clock applies that to the current state. The state
 * therefore changes only at the edge, and between cm_eval and cm_clock it is
 * the state before the edge, which cm_peek_csr and cm_read_slots read.
 */
#include <stdlib.h>
#include <string.h>
#include "cm_internal.h"
#include "counters.h"

static void state_views_update(struct cm_model *m);

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

    /* medeleg: 0-9, 12, 13, 15, 18, 19; with H also 10, 20-23 (bit 22
     * writable also with virtual_insn = 0, where it never matters:
     * INTERFACE.md §1 `virtual_instruction`) */
    m->medeleg_wmask = 0x3FFULL | BIT(12) | BIT(13) | BIT(15) | BIT(18) | BIT(19);
    if (h)
        m->medeleg_wmask |= BIT(10) | BIT(20) | BIT(21) | BIT(22) | BIT(23);

    /* INTERFACE.md §1 `virtual_instruction` off: every case of the master
     * table (virtual-instruction.md §3) and of WFI (§7) that raises 22
     * raises illegal instruction (2) instead */
    m->vi_code = cfg->virtual_insn ? EXC_VIRTUAL : EXC_ILLEGAL;

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
    /* INTERFACE.md §1 `virtual_instruction` (on/off): any value is a valid
     * choice, and with H off it changes nothing (no VI without V=1) */
    m->cfg.virtual_insn = !!cfg->virtual_insn;
    derive_constants(m);
    cm_csr_index_build(m);
    cm_slots_build(m);
    reset_state(&m->cur);
    state_views_update(m);
    cm_counters_select(m);
    return m;
}

void cm_free(struct cm_model *m)
{
    free(m);
}

/* ------------------------------------------------------------- one cycle */

/* The inputs CSR values depend on (struct cm_in_view), kept for the CSR
 * reads of this cycle, cm_peek_csr and cm_read_slots. */
static void remember_inputs(const struct cm_in *in, struct cm_in_view *iv)
{
    iv->irq_meip = in->irq_meip;
    iv->irq_mtip = in->irq_mtip;
    iv->irq_msip = in->irq_msip;
    iv->irq_seip = in->irq_seip;
    iv->irq_sgeip = in->irq_sgeip;
    iv->mtime = in->mtime;
}

/* Outputs that are state views, valid whatever commit_valid is
 * (INTERFACE.md §2): into m->idle_out, which holds them for cm_eval. They
 * change only when priv, V, mstatus, hstatus, vsstatus, satp, vsatp or hgatp
 * do (see edge_changes_views). */
static void state_views_update(struct cm_model *m)
{
    const struct cm_state *c = &m->cur;
    struct cm_out *out = &m->idle_out;
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
    out->hlsv_priv = m->cfg.h && (c->hstatus & HS_SPVP) ? 1u : 0u;
    out->satp = c->satp;
    out->vsatp = m->cfg.h ? c->vsatp : 0;
    out->hgatp = m->cfg.h ? c->hgatp : 0;
    out->mxr = (c->mstatus & MS_MXR) != 0;
    out->sum = (c->mstatus & MS_SUM) != 0;
    out->vs_mxr = m->cfg.h && (c->vsstatus & MS_MXR);
    out->vs_sum = m->cfg.h && (c->vsstatus & MS_SUM);
}

/* Can an edge without reset change a state view output? Traps and xRETs
 * change priv, V and the status registers. A CSR write can only through
 * mstatus (MPRV, MPP, MPV, MXR, SUM: addresses 0x300, 0x100), vsstatus
 * (0x200, or 0x100 with V=1), hstatus (SPVP, 0x600), satp (0x180), vsatp
 * (0x280, or 0x180 with V=1) and hgatp (0x680): exactly the writes that
 * flush (INTERFACE.md §2 flush, which is there because these change the
 * translation and privilege state). */
static int edge_changes_views(const struct cm_edge *e)
{
    switch (e->effect) {
    case EFFECT_NONE:
        return 0;
    case EFFECT_CSR_WRITE:
        return e->csr_flush;
    default:
        return 1;
    }
}

void cm_eval(struct cm_model *m, const struct cm_in *in, struct cm_out *out)
{
    struct cm_edge *e = &m->edge;

    remember_inputs(in, &m->inv);
    m->evaluated = 1;
    e->effect = EFFECT_NONE;
    e->stall = 0;
    e->wfi_cnt = 0;
    e->retire_in = in->retire_in;
    e->rst = in->rst;

    /* the state views, every event output 0 */
    *out = m->idle_out;
    out->dbg_wfi_wait = m->cur.wfi_wait;
    out->dbg_wfi_cnt = m->cur.wfi_cnt;
    if (in->commit_valid)
        cm_commit(m, in, out, e);
}

/* The edges that change more than the counters and the WFI fields: trap,
 * xRET, CSR write, reset. */
static void full_edge(struct cm_model *m)
{
    struct cm_state *s = &m->cur;
    const struct cm_edge *e = &m->edge;

    if (e->rst) {
        /* INTERFACE.md §9: synchronous reset, whatever else the cycle did */
        reset_state(s);
        state_views_update(m);
        cm_counters_select(m);
        return;
    }
    switch (e->effect) {
    case EFFECT_TRAP: cm_trap_enter(m, s, e->tgt, &e->trap); break;
    case EFFECT_MRET: cm_mret(m, s); break;
    case EFFECT_SRET: cm_sret(m, s); break;
    default:          break;
    }
    /* counters first, then the CSR write: the written value wins (§8) */
    cm_counters_step(m, s, e);
    if (e->effect == EFFECT_CSR_WRITE)
        cm_csr_write(m, s, e->csr_addr, e->csr_val);
    /* INTERFACE.md §7: the WFI fields as the edge says (wfi.h) */
    s->wfi_wait = e->stall;
    s->wfi_cnt = e->wfi_cnt;
    /* the caches of cm_model that derive from the state */
    if (edge_changes_views(e))
        state_views_update(m);
    if (cm_edge_writes_hpmevent(e))
        cm_counters_select(m);
}

void cm_clock(struct cm_model *m)
{
    struct cm_state *s = &m->cur;
    const struct cm_edge *e = &m->edge;

    if (!m->evaluated)
        return;  /* no cm_eval this cycle: nothing decided, keep the state */
    m->evaluated = 0;
    if (e->effect != EFFECT_NONE || e->rst) {
        full_edge(m);
    } else {
        /* the common edge: only the counters and the WFI fields change */
        cm_counters_step(m, s, e);
        s->wfi_wait = e->stall;
        s->wfi_cnt = e->wfi_cnt;
    }
#ifdef CM_CHECK_VIEWS
    {
        /* the caches must be what they would be if computed afresh */
        struct cm_out kept = m->idle_out;
        uint32_t counts[8];
        memcpy(counts, m->hpm_counts, sizeof counts);
        state_views_update(m);
        cm_counters_select(m);
        if (memcmp(&kept, &m->idle_out, sizeof kept) != 0 ||
            memcmp(counts, m->hpm_counts, sizeof counts) != 0)
            abort();  /* an edge changed what a cache derives from, unnoticed */
    }
#endif
}

int cm_peek_csr(const struct cm_model *m, unsigned addr, uint64_t *val)
{
    if (addr > 0xFFF || !cm_csr_lookup(m, addr)) {
        if (val)
            *val = 0;
        return 0;
    }
    /* M-mode read view, V=0 (time reads plain mtime) */
    uint64_t v = cm_csr_read(m, &m->cur, &m->inv, addr, 0);
    if (val)
        *val = v;
    return 1;
}

void cm_mode(const struct cm_model *m, unsigned *priv, int *virt)
{
    *priv = m->cur.priv;
    *virt = m->cur.v;
}
