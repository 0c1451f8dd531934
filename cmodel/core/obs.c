/* PIPELINE.md 10: the observation of one cycle; a field with no meaning in
 * the cycle is 0. */
#include "core_comb.h"

#define IFV(c, v) ((c) ? (uint64_t)(v) : 0)

void core_obs_fill(const struct core_model *m, const struct core_comb *k,
                   struct core_obs *o)
{
    const struct cm_out *u = &k->out;
    const struct wb_latch *wb = &m->wb;
    const struct core_dacc *d = &m->d;
    int cv = k->commit_valid;
    int exv = cv && m->mem.exc.valid;
    /* Every latch that is a bubble is all zero (core_model.c), so most
     * fields copy straight; the d_* are zeroed without a request. */

    o->if_valid = m->ifl.valid;
    o->if_pc = m->ifl.pc;             /* 0 in cycle 0 (reset value) */
    o->id_valid = m->id.valid;
    o->id_pc = m->id.pc;
    o->id_insn = m->id.insn;
    o->ex_valid = m->ex.valid;
    o->ex_pc = m->ex.pc;
    o->mem_valid = m->mem.valid;
    o->mem_pc = m->mem.pc;
    o->wb_valid = wb->valid;
    o->wb_pc = wb->pc;

    o->hold_why = (u->stall ? OBS_HOLD_WFI : 0u) | (k->amo_hold ? OBS_HOLD_AMO : 0u) |
                  (k->sig.e_busy ? OBS_HOLD_DIV : 0u) |
                  (k->sig.d_hazard ? OBS_HOLD_LOADUSE : 0u);
    o->redirect_why = (k->sig.c_redirect ? OBS_REDIR_COMMIT : 0u) |
                      (k->sig.e_redirect ? OBS_REDIR_EX : 0u) |
                      (k->sig.d_redirect ? OBS_REDIR_ID : 0u);
    o->fetch_addr = m->fa;

    o->commit_valid = cv;
    o->commit_insn = IFV(cv, m->mem.insn);
    o->retire = (uint64_t)u->retire;
    o->trap = (uint64_t)u->trap;
    o->trap_irq = (uint64_t)u->trap_irq;
    o->trap_code = u->trap_code;
    o->xret = (uint64_t)u->xret;
    o->exc_valid = exv;
    o->exc_cause = m->mem.exc.cause;   /* 0 unless an exception */
    o->exc_tval = m->mem.exc.tval;
    o->exc_gva = k->exc_gva;
    o->priv = u->priv;
    o->virt = (uint64_t)u->virt;

    o->i_req = m->i_req;
    o->i_addr = m->fa;
    o->i_priv = u->priv;
    o->i_virt = (uint64_t)u->virt;

    o->d_req = d->req;
    o->d_we = d->we;
    o->d_addr = d->addr;               /* all 0 without a request */
    o->d_size = d->size;
    o->d_wdata = d->lane;
    o->d_wmask = d->mask;
    o->d_kind = IFV(d->req, m->mem.ctl.kind);
    o->d_priv = IFV(d->req, k->d_priv);
    o->d_virt = IFV(d->req, k->d_virt);

    /* a WB bubble is all zero; value and rd are 0 when nothing is written */
    o->wb_insn = wb->insn;
    o->wb_rd_we = wb->rd_we;
    o->wb_rd = wb->rd;
    o->wb_value = k->wb_val;
    o->wb_priv = wb->priv;
    o->wb_virt = wb->virt;
    o->wb_mem = wb->mem;
    o->wb_mem_addr = wb->mem_addr;
    o->wb_mem_size = wb->mem_size;
    o->wb_mem_wdata = wb->mem_wdata;

    o->mtime = m->clint.mtime;
    o->irq_mtip = k->irq_mtip;
    o->irq_msip = k->irq_msip;
    o->irq_meip = k->irq_meip;
    o->irq_seip = k->irq_seip;
    o->sgeip = m->test.sgeip;
    o->uart_tx_valid = k->uart_tx;
    o->uart_tx_byte = IFV(k->uart_tx, d->dev.data & 0xFF);
    o->reservation_valid = (uint64_t)m->resv.valid;
    o->reservation_addr = m->resv.addr; /* 0 when not valid */
}
