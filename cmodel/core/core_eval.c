/* One cycle's combinational evaluation (PIPELINE.md 2-8): WB, the commit
 * point (MEM and the unit), EX, ID, the fetch address (rev. 3: from the IF
 * latch alone), then the decisions for the edge. Stages are evaluated oldest first because the younger ones
 * need the older ones' values (forwarding, redirects, holds). */
#include "core_comb.h"
#include "alu.h"
#include "obs.h"

static int is_hlsv(const struct core_ctl *c) { return (c->flags & CF_HLSV) != 0; }

/* PIPELINE.md 7.3: exc_gva from the unit's outputs of this cycle */
static int gva_of(struct core_model *m, const struct mem_latch *mem, const struct cm_in *in)
{
    unsigned c = mem->exc.cause;
    if (!m->cfg.unit.h || !mem->exc.valid)
        return 0;
    if (c == 0 || c == 1) {
        unsigned p;
        int v;
        cm_mode(m->unit, &p, &v);        /* the unit's virt (a state view) */
        return v;
    }
    if (c >= 4 && c <= 7) {
        if (is_hlsv(&mem->ctl))
            return 1;
        /* ls_virt is a state view: read it with an idle evaluation */
        struct cm_in idle = *in;
        struct cm_out o;
        idle.commit_valid = 0;
        idle.exc_valid = 0;
        idle.retire_in = 0;
        cm_eval(m->unit, &idle, &o);
        return o.ls_virt;
    }
    return 0;
}

/* PIPELINE.md 6: forwarding into EX for a used source r. mem_rd is 32 when
 * MEM forwards nothing, 0 for a MEM bubble (result 0), wb_rd 0 when WB
 * writes nothing (wb_v 0): so r = 0 (x0, or a source not used) gives 0, as
 * the EX latch's value for it is */
static uint64_t fwd(unsigned r, uint64_t exv, unsigned mem_rd, uint64_t mem_v,
                    unsigned wb_rd, uint64_t wb_v)
{
    if (r == mem_rd) return mem_v;
    if (r == wb_rd) return wb_v;
    return exv;
}

static void set_exc(struct core_exc *e, unsigned cause, uint64_t tval)
{
    e->valid = 1;
    e->cause = (uint8_t)cause;
    e->tval = tval;
}

/* ------------------------------------------------------------ MEM access */

/* PIPELINE.md 8.2: the data port access of this cycle, the WB latch's next,
 * the reservation updates (8.4) */
static void mem_stage(struct core_model *m, struct core_comb *k, const struct cm_out *u)
{
    const struct mem_latch *mem = m->mem;
    const struct core_ctl *c = &mem->ctl;
    struct core_dacc *d = &m->d;
    struct wb_latch *w = m->nx_wbl;
    int retire = u->retire;
    unsigned op = c->op;

    if (d->req)
        *d = (struct core_dacc){0};     /* no request: every d_* is 0 (10) */
    m->resv_set = 0;
    m->resv_clear = (uint8_t)(u->trap || u->xret);  /* 8.4 trap, xRET */
    k->uart_tx = 0;
    k->amo_hold = 0;

    if (!mem->valid || !(retire || mem->amo_b)) {
        *w = (struct wb_latch){0};      /* a bubble is all zero (obs.h) */
        return;
    }

    /* WB gets the instruction (4.1 WB): it retired (not an AMO), or amo_b */
    int to_wb = mem->amo_b || op != OPX_AMO;
    uint64_t wdata = 0, value = mem->result;
    unsigned memkind = OBS_MEM_NONE;

    switch (op) {
    case OPX_LOAD:
    case OPX_LR:
        d->req = 1;
        memkind = OBS_MEM_LOAD;
        if (op == OPX_LR) {
            m->resv_set = 1;            /* 8.4 set where an LR retires */
            m->resv_addr = mem->addr & ~7ULL;
        }
        break;
    case OPX_STORE:
        d->req = d->we = 1;
        wdata = lsu_trunc(mem->sdata, c->size);
        memkind = OBS_MEM_STORE;
        m->resv_clear = 1;              /* 8.4 any store, HSV */
        break;
    case OPX_SC:
        /* 8.2 SC: write and rd = 0 iff the reservation holds; else rd = 1 */
        if (lsu_sc_ok(&m->resv, mem->addr)) {
            d->req = d->we = 1;
            wdata = lsu_trunc(mem->sdata, c->size);
            memkind = OBS_MEM_STORE;
            value = 0;
        } else {
            value = 1;
        }
        m->resv_clear = 1;              /* 8.4 any SC that retires */
        break;
    case OPX_AMO:
        if (!mem->amo_b) {
            d->req = 1;                 /* 8.2 first cycle: read */
            k->amo_hold = 1;
        } else {
            /* 8.2 amo_b: old value = d_rdata, write the new one */
            uint64_t old = lsu_load_format(m->d_rdata, mem->addr, c->size, 0);
            d->req = d->we = 1;
            wdata = lsu_amo(c->alu, c->size, old, mem->sdata);
            value = lsu_load_format(m->d_rdata, mem->addr, c->size, 1);
            memkind = OBS_MEM_AMO;
            m->resv_clear = 1;          /* 8.4 AMO write */
        }
        break;
    case OPX_CSR:
        value = u->csr_rdata;           /* 3: a CSR instruction's rd value */
        break;
    default:
        break;
    }

    if (d->req) {
        d->addr = mem->addr;
        d->size = c->size;
        d->region = mem->region;
        d->mask = d->we ? lsu_mask(mem->addr, c->size) : 0;
        d->lane = d->we ? wdata << (8 * (mem->addr & 7)) : 0;
        d->dev.we = d->we;
        d->dev.off = mem->addr - pma_base(&m->pma, mem->region);
        d->dev.size = c->size;
        d->dev.data = wdata;
        if (d->region == RG_UART && uart_is_thr(&m->uart, &d->dev))
            k->uart_tx = 1;             /* 9.3 THR write: emitted now */
    }

    if (!to_wb) {
        *w = (struct wb_latch){0};
        return;
    }
    /* every field of the WB latch */
    w->valid = 1;
    w->pc = mem->pc;
    w->insn = mem->insn;
    w->rd = c->rd;                      /* decode: 0 unless CF_WRD (5.2) */
    w->rd_we = c->rd != 0;
    /* 10: wb_value is 0 when nothing is written */
    w->load = c->rd != 0 && memkind == OBS_MEM_LOAD;
    w->sign = c->flags & CF_SIGN;
    w->size = c->size;
    w->value = c->rd != 0 ? value : 0;
    w->priv = (uint8_t)(mem->amo_b ? mem->cpriv : u->priv);
    w->virt = (uint8_t)(mem->amo_b ? mem->cvirt : u->virt);
    w->mem = (uint8_t)memkind;
    w->mem_addr = memkind ? mem->addr : 0;
    w->mem_size = memkind ? c->size : 0;
    w->mem_wdata = wdata;
}

/* ------------------------------------------------------------------- EX */

struct ex_res {
    uint8_t mispredict;
    uint32_t mc_last;            /* 4.3: a multi-cycle op's last cycle, from cycle 0 */
};

/* PIPELINE.md 7: an exception EX detects replaces what the latch carries */
static void ex_raise(struct mem_latch *n, unsigned cause, uint64_t tval)
{
    set_exc(&n->exc, cause, tval);
}

/* PIPELINE.md 2.1 EX, 4.2, 7: from the forwarded operands a, b. What EX
 * computes goes straight into MEM's spare latch n (result, addr, region,
 * exc): the MEM latch's next when it loads, and unused otherwise. */
static void ex_stage(struct core_model *m, struct mem_latch *n, uint64_t a, uint64_t b,
                     struct ex_res *r, struct core_sig *g)
{
    const struct ex_latch *ex = m->ex;
    const struct core_ctl *c = &ex->ctl;
    n->exc = ex->exc;
    n->result = 0;
    n->addr = 0;
    n->region = 0;
    r->mispredict = 0;
    r->mc_last = 0;
    g->e_busy = 0;
    g->e_target = 0;

    switch (c->op) {
    case OPX_LUI:   n->result = (uint64_t)c->imm; break;
    case OPX_AUIPC: n->result = ex->pc + (uint64_t)c->imm; break;
    case OPX_ALU:   n->result = core_alu(c->alu, a, (c->flags & CF_IMM) ? (uint64_t)c->imm : b); break;
    case OPX_MUL:
    case OPX_DIV:
        /* PIPELINE.md 4.3 (rev. 3): the multi-cycle instructions, MUL too. Operands of
         * cycle 0, result computed then and kept; e_busy in cycles
         * 0..L-2 (L >= 3, so always in cycle 0); L - 1 is 2 for a multiply
         * (rev. 3: L = 3), max(n, 1) + 1 from the dividend of cycle 0 for a
         * divide (rev. 3: L = max(n, 1) + 2) */
        if (ex->mc_cnt == 0) {
            if (c->op == OPX_MUL) {
                n->result = core_mul(c->alu, a, b);
                r->mc_last = CORE_MUL_LAST;
            } else {
                n->result = core_div(c->alu, a, b);
                r->mc_last = core_div_last(c->alu, a);
            }
            g->e_busy = ex->valid;
        } else {
            n->result = ex->mc_res;
            g->e_busy = ex->mc_cnt < ex->mc_last;
        }
        break;
    case OPX_JAL: {
        uint64_t t = ex->pc + (uint64_t)c->imm;
        n->result = ex->pc + 4;     /* 4.2 rd = pc + 4 */
        if (t & 2)
            ex_raise(n, 0, t); /* 4.2: misaligned target, no redirect */
        else if (!ex->pred) {
            r->mispredict = 1;      /* not reachable: IF predicts every aligned JAL (11) */
            g->e_target = t;
        }
        break;
    }
    case OPX_JALR: {
        uint64_t t = (a + (uint64_t)c->imm) & ~1ULL;  /* bit 0 cleared */
        n->result = ex->pc + 4;
        if (t & 2) {
            ex_raise(n, 0, t);
        } else {
            r->mispredict = 1;      /* 4.2: always a redirect */
            g->e_target = t;
        }
        break;
    }
    case OPX_BRANCH: {
        uint64_t t = ex->pc + (uint64_t)c->imm;
        int taken = core_branch_taken(c->alu, a, b);
        if (taken && (t & 2)) {
            ex_raise(n, 0, t);
        } else if (taken && !ex->pred) {
            r->mispredict = 1;
            g->e_target = t;
        } else if (!taken && ex->pred) {
            r->mispredict = 1;
            g->e_target = ex->pc + 4;
        }
        break;
    }
    case OPX_LOAD: case OPX_STORE: case OPX_LR: case OPX_SC: case OPX_AMO: {
        /* 2.1: rs1 + imm (HLV/HLVX/HSV, LR/SC/AMO: imm is 0) */
        uint64_t ea = a + (uint64_t)c->imm;
        int st = c->op == OPX_STORE || c->op == OPX_SC || c->op == OPX_AMO;
        n->addr = ea;
        n->region = (uint8_t)pma_region(&m->pma, ea);
        if (ex->exc.valid)
            break;
        /* 7.2: misaligned before access fault */
        if (ea & ((1u << c->size) - 1))
            ex_raise(n, st ? 6 : 4, ea);
        else if (!pma_allowed(n->region, c->size,
                                 c->op == OPX_LR || c->op == OPX_SC || c->op == OPX_AMO))
            ex_raise(n, st ? 7 : 5, ea);
        break;
    }
    default:
        break;
    }
}

/* ------------------------------------------------------------------ eval */

void core_model_eval(struct core_model *m, struct core_obs *obs)
{
    struct core_comb k;
    struct core_sig *g = &k.sig;
    const struct mem_latch *mem = m->mem;
    const struct ex_latch *ex = m->ex;
    const struct id_latch *id = &m->id;
    const struct wb_latch *wb = m->wb;

    /* WB: the value written (load data formatted from d_rdata, 2.1) */
    k.wb_val = wb->load ? lsu_load_format(m->d_rdata, wb->mem_addr, wb->size, wb->sign)
                        : wb->value;
    /* wb_rd is 0 in a bubble and when nothing is written, and then wb_val is
     * 0 too (value 0, load 0): writing regs[wb_rd] = wb_val every cycle keeps
     * x0 at 0, and a read of x0 that "matches" wb_rd = 0 gives 0 (6) */
    unsigned wb_rd = wb->rd;
    m->rf_rd = (uint8_t)wb_rd;
    m->rf_val = k.wb_val;

    /* 3: the unit at the commit point (m->in: the constant inputs are set
     * once, core_model_reset; irq_msip, irq_sgeip, the direct device
     * outputs, where the device registers change, core_model.c
     * dev_outputs) */
    struct cm_in *in = &m->in;
    int cv = mem->valid && !mem->amo_b;
    k.commit_valid = (uint8_t)cv;
    in->commit_valid = cv;
    in->commit_pc = mem->pc;
    in->commit_insn = mem->insn;
    in->commit_rs1 = mem->rs1v;
    in->exc_valid = cv && mem->exc.valid;
    in->exc_cause = mem->exc.cause;
    in->exc_tval = mem->exc.tval;
    /* PIPELINE.md revision 4 (3, 9): irq_meip, irq_seip, irq_mtip are the
     * SoC's register (loaded at the edge, core_model_clock), not the device
     * outputs of this cycle; mtime (9.1) is direct */
    in->irq_meip = m->irq_q.meip;
    in->irq_seip = m->irq_q.seip;
    in->irq_mtip = m->irq_q.mtip;
    in->mtime = m->clint.mtime;
    in->retire_in = cv;
    in->exc_gva = in->exc_valid ? gva_of(m, mem, in) : 0;
    k.exc_gva = (uint8_t)in->exc_gva;
    struct cm_out uo;
    cm_eval(m->unit, in, &uo);
    const struct cm_out *u = &uo;

    /* 4: c_redirect, m_hold */
    int retire = cv && u->retire;
    g->c_redirect = (uint8_t)(u->redirect ||
                              (retire && (u->flush || mem->ctl.op == OPX_FENCEI)));
    mem_stage(m, &k, u);
    g->m_hold = (uint8_t)(u->stall || k.amo_hold);

    /* PIPELINE.md 6 (rev. 3): forwarding into EX: from MEM (not
     * late-result: frd), else from WB if WB writes r and is not a load-data instruction: a WB load
     * (wb->load: LOAD, LR, HLV, HLVX with rd != 0) forwards nothing (32 is
     * no register), so d_rdata never reaches EX */
    unsigned mem_rd = mem->ctl.frd;
    unsigned wbf_rd = wb->load ? 32u : wb_rd;
    uint64_t fa1 = fwd(ex->ctl.rs1, ex->rs1v, mem_rd, mem->result, wbf_rd, k.wb_val);
    uint64_t fa2 = fwd(ex->ctl.rs2, ex->rs2v, mem_rd, mem->result, wbf_rd, k.wb_val);
    struct mem_latch *nm = m->nx_meml;
    struct ex_res r;
    ex_stage(m, nm, fa1, fa2, &r, g);
    g->e_redirect = (uint8_t)(ex->valid && r.mispredict && !nm->exc.valid &&
                              !g->c_redirect && !g->m_hold);

    /* ID: register read with write-through (6), load-use (4: both terms,
     * the second one rev. 3) */
    uint64_t v1 = id->ctl.rs1 == wb_rd ? k.wb_val : m->regs[id->ctl.rs1];
    uint64_t v2 = id->ctl.rs2 == wb_rd ? k.wb_val : m->regs[id->ctl.rs2];
    g->d_hazard = (uint8_t)hz_load_use(&id->ctl, &ex->ctl, &mem->ctl);

    /* PIPELINE.md 4.1 fa (rev. 3): from the IF latch and its if_insn only (f_pred,
     * f_target pre-decoded when IF loaded; f_pred is 0 when IF.valid = 0) */
    g->f_target = m->ifl.ftarget;
    m->fa = hz_fetch_addr(m->ifl.valid, m->ifl.pc, m->ifl.fpred, m->ifl.ftarget);

    /* 4.1: the latches' next. The common cycle has none of c_redirect,
     * e_redirect, hold: every stage moves, and f_redirect is IF's f_pred */
    if (!(g->c_redirect | g->m_hold | g->e_busy | g->e_redirect | g->d_hazard)) {
        g->f_redirect = m->ifl.fpred;
        m->nx_mem = m->nx_ex = m->nx_id = NX_LOAD;
        m->nx_if = IF_LOAD;
        k.hold_why = 0;
        k.redirect_why = g->f_redirect ? OBS_REDIR_IF : 0u;   /* 10 bit 2 */
    } else {
        g->f_redirect = 0;              /* 4: a redirect or hold stops it */
        g->c_target = u->redirect ? u->redirect_pc : mem->pc + 4;
        m->nx_mem = (uint8_t)hz_mem_next(g);
        m->nx_ex = (uint8_t)hz_ex_next(g);
        m->nx_id = (uint8_t)hz_id_next(g);
        m->nx_if = (uint8_t)hz_if_next(g);
        /* 4.1 IF: c_redirect before e_redirect (e_redirect is 0 with
         * c_redirect anyway, 4) */
        if (m->nx_if == IF_REDIRECT)
            m->if_target = g->c_redirect ? g->c_target : g->e_target;
        /* 10 hold_why, redirect_why */
        k.hold_why = (uint8_t)((u->stall ? OBS_HOLD_WFI : 0u) |
                               (k.amo_hold ? OBS_HOLD_AMO : 0u) |
                               (g->e_busy ? OBS_HOLD_BUSY : 0u) |
                               (g->d_hazard ? OBS_HOLD_LOADUSE : 0u));
        k.redirect_why = (uint8_t)((g->c_redirect ? OBS_REDIR_COMMIT : 0u) |
                                   (g->e_redirect ? OBS_REDIR_EX : 0u));
    }
    m->i_req = (uint8_t)pma_in_ram(&m->pma, m->fa);

    if (m->nx_mem == NX_LOAD) {
        /* an invalid EX is all zero, and so is what it computes (result,
         * addr, region, exc: ex_stage) */
        struct mem_latch *n = nm;
        n->valid = ex->valid;
        n->amo_b = n->cpriv = n->cvirt = 0;
        n->insn = ex->insn;
        n->pc = ex->pc;
        n->ctl = ex->ctl;
        n->rs1v = fa1;                  /* 6: commit_rs1 is the forwarded value */
        n->sdata = fa2;
    } else if (m->nx_mem == NX_KEEP) {
        /* 4.1: an AMO's next cycle has amo_b = 1 (a WFI keeps amo_b = 0);
         * the AMO's commit mode goes with it for WB (10 wb_priv) */
        m->nx_amo_b = k.amo_hold;
        m->nx_cpriv = (uint8_t)u->priv;
        m->nx_cvirt = (uint8_t)u->virt;
    }
    if (m->nx_ex == NX_KEEP) {
        m->ex_fwd1 = fa1;
        m->ex_fwd2 = fa2;
        m->ex_mc_res = nm->result;
        m->ex_mc_last = r.mc_last;
    } else if (m->nx_ex == NX_LOAD) {
        /* an invalid ID is all zero, and so is what it reads */
        struct ex_latch *n = m->nx_exl;
        n->valid = id->valid;
        n->pred = id->pred;             /* 4.2: EX.pred = ID.pred */
        n->insn = id->insn;
        n->pc = id->pc;
        n->ctl = id->ctl;
        n->rs1v = v1;
        n->rs2v = v2;
        n->mc_cnt = 0;                  /* 4.3: restarts for the next multi-cycle op */
        n->mc_last = 0;
        n->mc_res = 0;
        /* 7: IF fault (1) before ID illegal (2) */
        n->exc.valid = 0;
        n->exc.cause = 0;
        n->exc.tval = 0;
        if (id->fault)
            set_exc(&n->exc, 1, id->pc);
        else if (id->ctl.op == OPX_ILLEGAL)
            set_exc(&n->exc, 2, m->cfg.unit.mtval_insn ? id->insn : 0);
    }
    m->evaluated = 1;
    core_obs_fill(m, &k, u, obs);
}
