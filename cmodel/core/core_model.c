/* vitrap core C cycle model: construction, reset, the edge, accessors
 * (PIPELINE.md 1, 4.1, 8.3). The cycle's evaluation is core_eval.c. */
#include <stdlib.h>
#include <string.h>

#include "core_state.h"

#define SWAP(T, a, b) do { T t_ = (a); (a) = (b); (b) = t_; } while (0)

/* 9: are the devices quiet, so that an edge without a device access only
 * increments mtime (prescaler 1, no PLIC line up, no UART transmit or
 * interrupt, no countdown)? Only the devices' edges change this. */
static int dev_quiet(const struct core_model *m)
{
    return m->cfg.mtime_div == 1 && testdev_lines(&m->test) == 0 &&
           !uart_irq(&m->uart) && !m->uart.tx_busy && m->test.countdown == 0;
}

/* 9: the device outputs except MTIP: combinational from device registers
 * that change only at a device's edge (a quiet edge only increments mtime),
 * so they are computed after each such edge and after reset, not in every
 * cycle. MSIP and SGEIP go to the unit directly; EIP(0), EIP(1) go to the
 * revision 4 register (irq_q, loaded in core_model_clock) */
static void dev_outputs(struct core_model *m)
{
    if (m->plic.pending) {          /* 9.2 EIP needs a pending source */
        m->dev_meip = (uint8_t)plic_eip(&m->plic, 0);
        m->dev_seip = (uint8_t)plic_eip(&m->plic, 1);
    } else {
        m->dev_meip = m->dev_seip = 0;
    }
    m->in.irq_msip = clint_msip(&m->clint);
    m->in.irq_sgeip = m->test.sgeip;
}

struct core_model *core_model_new(const struct core_model_cfg *cfg,
                                  const struct core_ram *ram)
{
    /* PIPELINE.md: A and M on, no C; RAM a multiple of 8 bytes */
    if (!cfg || !ram || !ram->read32 || !ram->read64 || !ram->write64)
        return NULL;
    if (!cfg->unit.ext_a || !cfg->unit.ext_m || cfg->unit.ext_c)
        return NULL;
    if (cfg->ram_size == 0 || (cfg->ram_size & 7) || (cfg->ram_base & 7) ||
        cfg->mtime_div < 1)
        return NULL;
    struct core_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cfg = *cfg;
    m->ram = *ram;
    m->pma.ram_base = cfg->ram_base;
    m->pma.ram_size = cfg->ram_size;
    m->unit = cm_new(&cfg->unit);
    if (!m->unit) {
        free(m);
        return NULL;
    }
    core_decoder_build(&m->dec, cfg->unit.h);
    core_model_reset(m);
    return m;
}

void core_model_free(struct core_model *m)
{
    if (!m)
        return;
    cm_free(m->unit);
    free(m);
}

/* PIPELINE.md 1: every state element takes its reset value (0 unless
 * listed: mtimecmp all ones; PIPELINE.md 4.1 (rev. 3): IF.valid = 0, IF.pc = the reset
 * PC, fault 0, bufv 0, so cycle 0 fetches the reset PC) */
void core_model_reset(struct core_model *m)
{
    memset(&m->ifl, 0, sizeof m->ifl);
    memset(&m->dec_none, 0, sizeof m->dec_none);
    m->ifl.dec = &m->dec_none;
    m->ifl.pc = m->cfg.reset_pc;
    memset(&m->id, 0, sizeof m->id);
    memset(m->exb, 0, sizeof m->exb);
    memset(m->memb, 0, sizeof m->memb);
    memset(m->wbb, 0, sizeof m->wbb);
    m->ex = &m->exb[0];
    m->nx_exl = &m->exb[1];
    m->mem = &m->memb[0];
    m->nx_meml = &m->memb[1];
    m->wb = &m->wbb[0];
    m->nx_wbl = &m->wbb[1];
    memset(m->regs, 0, sizeof m->regs);
    m->d_rdata = 0;
    m->resv.valid = 0;
    m->resv.addr = 0;
    clint_reset(&m->clint);
    plic_reset(&m->plic);
    uart_reset(&m->uart);
    testdev_reset(&m->test, (unsigned)m->cfg.unit.geilen);
    m->dev_quiet = (uint8_t)dev_quiet(m);
    /* PIPELINE.md revision 4, section 9: the register of irq_meip, irq_seip,
     * irq_mtip resets to 0 (the unit sees 0 in cycle 0) */
    m->irq_q.meip = m->irq_q.seip = m->irq_q.mtip = 0;
    /* the unit: a cycle with rst = 1; then m->in with every input 0 (eval
     * sets the varying ones) */
    struct cm_out out;
    memset(&m->in, 0, sizeof m->in);
    m->in.rst = 1;
    cm_eval(m->unit, &m->in, &out);
    cm_clock(m->unit);
    m->in.rst = 0;
    dev_outputs(m);
    m->evaluated = 0;
}

/* PIPELINE.md 8.3, 9: the RAM and device accesses of the edge */
static void edge_memory(struct core_model *m, uint32_t *fetched)
{
    const struct core_dacc *d = &m->d;
    /* PIPELINE.md 8.3: the fetch reads before the data port writes (old
     * word). 4.1, 8.3 (rev. 3): the word is used only by an IF that loads
     * fa at this edge (under hold IF keeps its word in buf, a redirect
     * makes IF a bubble), so the model reads it only then; outside RAM it
     * is taken as 0 (IF.fault) */
    *fetched = m->i_req && m->nx_if == IF_LOAD ? m->ram.read32(m->ram.ctx, m->fa & ~3ULL) : 0;
    if (d->req && d->region == RG_RAM) {
        uint64_t a = d->addr & ~7ULL;    /* 8.3 ram_d_addr */
        if (d->we)
            m->ram.write64(m->ram.ctx, a, d->lane, d->mask);
        else
            m->d_rdata = m->ram.read64(m->ram.ctx, a);
    }
    /* quiet devices and no device access (none, or RAM): only mtime moves */
    if (m->dev_quiet && (!d->req || d->region == RG_RAM)) {
        m->clint.mtime++;               /* 9.1: the prescaler wraps at every edge */
        return;
    }
    /* 9: each device's edge, with its access if the MEM stage makes one;
     * the PLIC's lines are the device outputs before the edge */
    const struct dev_acc *acc = d->req ? &d->dev : NULL;
    unsigned rg = d->req ? d->region : RG_NONE;
    uint32_t lines = testdev_lines(&m->test) | ((uint32_t)uart_irq(&m->uart) << 10);
    uint64_t rd = m->d_rdata;  /* 8.1: kept until the port's next read */
    if (rg == RG_CLINT) rd = clint_edge(&m->clint, acc, m->cfg.mtime_div);
    else                clint_idle_edge(&m->clint, m->cfg.mtime_div);
    if (rg == RG_PLIC)  rd = plic_edge(&m->plic, acc, lines);
    else                plic_idle_edge(&m->plic, lines);
    if (rg == RG_UART)  rd = uart_edge(&m->uart, acc);
    else                uart_idle_edge(&m->uart);
    if (rg == RG_TEST)  rd = testdev_edge(&m->test, acc);
    else                testdev_idle_edge(&m->test);
    if (!d->we)
        m->d_rdata = rd;
    m->dev_quiet = (uint8_t)dev_quiet(m);
    dev_outputs(m);
}

/* PIPELINE.md 4.1: the latches load at the edge */
void core_model_clock(struct core_model *m)
{
    if (!m->evaluated)
        return;
    m->evaluated = 0;
    /* PIPELINE.md revision 4, section 9: the SoC's register takes EIP(0),
     * EIP(1) and mtime >= mtimecmp of the cycle ending, i.e. of the device
     * registers before this edge updates them (so before edge_memory). It
     * loads at every edge, the quiet ones too (a quiet edge only increments
     * mtime: dev_meip/dev_seip are still those of the device registers
     * now, and MTIP is computed here from this cycle's mtime) */
    m->irq_q.meip = m->dev_meip;
    m->irq_q.seip = m->dev_seip;
    m->irq_q.mtip = (uint8_t)clint_mtip(&m->clint);
    uint32_t fetched;
    edge_memory(m, &fetched);

    /* WB and the register file write (2.1: rd != 0 only; rd = 0 writes 0) */
    m->regs[m->rf_rd] = m->rf_val;     /* x0: rf_val is 0 (core_eval.c) */
    SWAP(struct wb_latch *, m->wb, m->nx_wbl);

    /* MEM */
    struct mem_latch *mem = m->mem;
    if (m->nx_mem == NX_LOAD) {
        SWAP(struct mem_latch *, m->mem, m->nx_meml);
    } else if (m->nx_mem == NX_KEEP) {
        if (m->nx_amo_b && !mem->amo_b) {
            mem->cpriv = m->nx_cpriv;
            mem->cvirt = m->nx_cvirt;
        }
        mem->amo_b = m->nx_amo_b;
    } else {
        *mem = (struct mem_latch){0};  /* a bubble is all zero (obs.h) */
    }

    /* EX: a kept instruction reloads its forwarded operands (4.1); a
     * multi-cycle instruction counts (PIPELINE.md 4.3: DIV/REM; rev. 3 MUL), its result taken from
     * the operands of cycle 0; the counter advances every cycle it is in
     * EX (also under m_hold) and saturates at L - 1 */
    struct ex_latch *ex = m->ex;
    if (m->nx_ex == NX_LOAD) {
        SWAP(struct ex_latch *, m->ex, m->nx_exl);
    } else if (m->nx_ex == NX_KEEP) {
        ex->rs1v = m->ex_fwd1;
        ex->rs2v = m->ex_fwd2;
        if (ex->ctl.op == OPX_DIV || ex->ctl.op == OPX_MUL) {
            if (ex->mc_cnt == 0) {
                ex->mc_res = m->ex_mc_res;
                ex->mc_last = m->ex_mc_last;
            }
            if (ex->mc_cnt < ex->mc_last)       /* saturates at L - 1 */
                ex->mc_cnt++;
        }
    } else {
        *ex = (struct ex_latch){0};     /* c_redirect: abandoned (4.3) */
    }

    /* ID: decode once, when the instruction enters (5) */
    if (m->nx_id == NX_LOAD && m->ifl.valid) {
        m->id.valid = 1;
        m->id.pc = m->ifl.pc;
        m->id.fault = m->ifl.fault;
        /* 4.1 ID pred = f_redirect, which is f_pred whenever ID loads (no
         * c_redirect, e_redirect or hold) */
        m->id.pred = m->ifl.fpred;
        /* 2: if_insn (buf when bufv, else the fetch data; 0 with a fault) */
        m->id.insn = m->ifl.insn;
        /* decoded when IF loaded it (the entry is the last one looked up:
         * no lookup happens while IF holds or is a bubble); a faulted
         * instruction (insn 0) uses nothing (5.2) */
        m->id.ctl = m->ifl.dec->ctl;
    } else if (m->nx_id != NX_KEEP) {
        /* a bubble, also 4.1 "the IF instruction is a bubble when IF.valid
         * = 0": all zero (its pc is not the IF bubble's target) */
        m->id = (struct id_latch){0};
    }

    /* PIPELINE.md 4.1 IF (rev. 3) */
    if (m->nx_if == IF_LOAD) {
        /* valid 1, pc = fa, fault = fa not in RAM, bufv 0: if_insn is the
         * word the port read at this edge (0 with a fault), decoded for ID
         * and pre-decoded for 4.2: f_pred = a JAL or backward branch whose
         * f_target = pc + imm has bits 1:0 = 0 */
        uint32_t w = fetched;           /* 0 when !i_req (edge_memory) */
        const struct core_dec_entry *e = core_decode_entry(&m->dec, w);
        m->ifl.valid = 1;
        m->ifl.pc = m->fa;
        m->ifl.fault = (uint8_t)!m->i_req;
        m->ifl.bufv = 0;
        m->ifl.insn = w;
        m->ifl.dec = e;
        m->ifl.ftarget = m->fa + (uint64_t)e->ctl.imm;
        m->ifl.fpred = (uint8_t)(e->bt && (m->ifl.ftarget & 3) == 0);
    } else if (m->nx_if == IF_KEEP) {
        /* hold: keeps valid, pc, fault; bufv = IF.valid, buf = if_insn (0
         * with a fault), so the next if_insn is buf: the same word, its
         * decode and f_pred/f_target unchanged. The word the port read at
         * this edge (fa, as if IF moved on) is not used. */
        m->ifl.bufv = m->ifl.valid;
        m->ifl.buf = m->ifl.insn;
    } else {
        /* c_redirect / e_redirect: valid 0, pc = the target, fault 0, bufv
         * 0; the target is fetched in the next cycle (fa = IF.pc) */
        m->ifl = (struct if_latch){0};
        m->ifl.pc = m->if_target;
        m->ifl.dec = &m->dec_none;
    }

    /* 8.4 reservation */
    if (m->resv_clear) {
        m->resv.valid = 0;
        m->resv.addr = 0;
    } else if (m->resv_set) {
        m->resv.valid = 1;
        m->resv.addr = m->resv_addr;
    }

    cm_clock(m->unit);
}

void core_model_regs(const struct core_model *m, uint64_t regs[32])
{
    for (unsigned i = 0; i < 32; i++)
        regs[i] = m->regs[i];
    regs[0] = 0;
}

const struct cm_model *core_model_unit(const struct core_model *m)
{
    return m->unit;
}
