/* PIPELINE.md 10: the observation of one cycle; a field with no meaning in
 * the cycle is 0. Written straight into the caller's struct; the rare
 * groups (trap/exception, data port, UART byte) are tested once and stored
 * as zeros in the common cycle. Inline, for core_eval.c only: the cycle's
 * values go from registers to the caller's struct. */
#ifndef VITRAP_CORE_OBS_FILL_H
#define VITRAP_CORE_OBS_FILL_H

#include "core_comb.h"

/* 10 trap, xret, exc_*: nonzero only with a trap, an xRET or an exception
 * at MEM (a latch without an exception has cause = tval = 0; the unit's
 * trap_irq/trap_code are 0 without a trap) */
static inline void obs_exc(const struct core_model *m, const struct core_comb *k,
                           const struct cm_out *u, struct core_obs *o)
{
    const struct mem_latch *mem = m->mem;
    if (!(u->trap | u->xret | mem->exc.valid)) {
        o->trap = o->trap_irq = o->trap_code = o->xret = 0;
        o->exc_valid = o->exc_cause = o->exc_tval = o->exc_gva = 0;
        return;
    }
    o->trap = (uint64_t)u->trap;
    o->trap_irq = (uint64_t)u->trap_irq;
    o->trap_code = u->trap_code;
    o->xret = (uint64_t)u->xret;
    o->exc_valid = (uint64_t)(k->commit_valid && mem->exc.valid);
    o->exc_cause = mem->exc.cause;
    o->exc_tval = mem->exc.tval;
    o->exc_gva = k->exc_gva;
}

/* 10 d_*: all 0 without a request (8.1) */
static inline void obs_dport(const struct core_model *m, const struct cm_out *u,
                             struct core_obs *o)
{
    const struct core_dacc *d = &m->d;
    if (!d->req) {
        o->d_req = o->d_we = o->d_addr = o->d_size = 0;
        o->d_wdata = o->d_wmask = o->d_kind = o->d_priv = o->d_virt = 0;
        return;
    }
    o->d_req = 1;
    o->d_we = d->we;
    o->d_addr = d->addr;
    o->d_size = d->size;
    o->d_wdata = d->lane;
    o->d_wmask = d->mask;
    o->d_kind = m->mem->ctl.kind;
    /* 8.1 d_priv/d_virt: HLV/HLVX/HSV hlsv_priv and V = 1, else ls_* */
    if (m->mem->ctl.flags & CF_HLSV) {
        o->d_priv = u->hlsv_priv;
        o->d_virt = 1;
    } else {
        o->d_priv = u->ls_priv;
        o->d_virt = (uint64_t)u->ls_virt;
    }
}

static inline void core_obs_fill(const struct core_model *m, const struct core_comb *k,
                                 const struct cm_out *u, struct core_obs *o)
{
    const struct wb_latch *wb = m->wb;
    /* Every latch that is a bubble is all zero (core_model.c), so most
     * fields copy straight. */

    o->if_valid = m->ifl.valid;
    /* 10: a bubble's pc reads 0; rev. 3: an IF bubble holds a redirect
     * target or the reset PC in IF.pc (it is fetch_addr), so mask it */
    o->if_pc = m->ifl.valid ? m->ifl.pc : 0;
    o->id_valid = m->id.valid;
    o->id_pc = m->id.pc;
    o->id_insn = m->id.insn;
    o->ex_valid = m->ex->valid;
    o->ex_pc = m->ex->pc;
    o->mem_valid = m->mem->valid;
    o->mem_pc = m->mem->pc;
    o->wb_valid = wb->valid;
    o->wb_pc = wb->pc;

    o->hold_why = k->hold_why;
    o->redirect_why = k->redirect_why;
    o->fetch_addr = m->fa;

    o->commit_valid = k->commit_valid;
    o->commit_insn = k->commit_valid ? m->mem->insn : 0;
    o->retire = (uint64_t)u->retire;
    obs_exc(m, k, u, o);
    o->priv = u->priv;
    o->virt = (uint64_t)u->virt;

    o->i_req = m->i_req;
    o->i_addr = m->fa;
    o->i_priv = u->priv;
    o->i_virt = (uint64_t)u->virt;

    obs_dport(m, u, o);

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
    /* 10 (rev. 4): the unit's inputs, so the registered mtip/meip/seip */
    o->irq_mtip = (uint64_t)m->in.irq_mtip;
    o->irq_msip = (uint64_t)m->in.irq_msip;
    o->irq_meip = (uint64_t)m->in.irq_meip;
    o->irq_seip = (uint64_t)m->in.irq_seip;
    o->sgeip = m->in.irq_sgeip;       /* = the test device's SGEIP */
    o->uart_tx_valid = k->uart_tx;
    o->uart_tx_byte = k->uart_tx ? (m->d.dev.data & 0xFF) : 0;
    o->reservation_valid = (uint64_t)m->resv.valid;
    o->reservation_addr = m->resv.addr; /* 0 when not valid */
}

#endif
