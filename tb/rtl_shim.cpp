// The thin extern "C" shim around the Verilated model: copies the port
// structs in and out, toggles the clock, writes a VCD. No logic lives here.
//
// The debug slots are read from the unit's public array dbg_slots
// (gen/INTERFACE.md section 2 "dbg_csrs"; the build defines
// VITRAP_NO_DBG_PORT, so Verilator does not assemble the wide port on every
// evaluation): its address is looked up by name once, in rtl_new.
#include "rtl_shim.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "Vvitrap_csr.h"
#include "verilated.h"
#include "verilated_syms.h"
#include "verilated_vcd_c.h"
#include "vitrap_cfg.h"

struct rtl {
    VerilatedContext *ctx;
    Vvitrap_csr *top;
    VerilatedVcdC *vcd;
    const uint64_t *slots; // the public array dbg_slots, VT_DBG_NSLOTS words in slot order
    int dumping;
    uint64_t time; // half-cycle steps of 5 units
};

extern "C" struct rtl *rtl_new(void)
{
    rtl *r = new rtl;
    r->ctx = new VerilatedContext;
    r->ctx->traceEverOn(true);
    r->top = new Vvitrap_csr{r->ctx};
    r->vcd = nullptr;
    r->dumping = 0;
    r->time = 0;
    r->top->clk = 0;
    r->top->eval();
    const VerilatedScope *scope = r->ctx->scopeFind("TOP.vitrap_csr");
    VerilatedVar *v = scope ? scope->varFind("dbg_slots") : nullptr;
    if (!v || v->vltype() != VLVT_UINT64 || v->udims() != 1 ||
        v->unpacked().elements() != VT_DBG_NSLOTS) {
        std::fprintf(stderr, "vitrap-cosim: the RTL has no public array dbg_slots[0:%d] "
                             "(built without +define+VITRAP_NO_DBG_PORT?)\n", VT_DBG_NSLOTS - 1);
        std::exit(2);
    }
    r->slots = static_cast<const uint64_t *>(v->datap());
    return r;
}

extern "C" void rtl_free(struct rtl *r)
{
    if (!r)
        return;
    rtl_trace_close(r);
    r->top->final();
    delete r->top;
    delete r->ctx;
    delete r;
}

static void dump(rtl *r)
{
    if (r->vcd && r->dumping)
        r->vcd->dump(r->time);
}

extern "C" const uint64_t *rtl_dbg_slots(struct rtl *r)
{
    return r->slots;
}

extern "C" void rtl_eval(struct rtl *r, const struct cm_in *in, struct cm_out *out)
{
    Vvitrap_csr *t = r->top;
    t->clk = 0;
    t->rst = in->rst;
    t->commit_valid = in->commit_valid;
    t->commit_pc = in->commit_pc;
    t->commit_insn = in->commit_insn;
    t->commit_rs1 = in->commit_rs1;
    t->exc_valid = in->exc_valid;
    t->exc_cause = in->exc_cause & 31u;
    t->exc_tval = in->exc_tval;
    t->exc_tval2 = in->exc_tval2;
    t->exc_tinst = in->exc_tinst;
    t->exc_gva = in->exc_gva;
    t->irq_meip = in->irq_meip;
    t->irq_mtip = in->irq_mtip;
    t->irq_msip = in->irq_msip;
    t->irq_seip = in->irq_seip;
#if VT_CFG_H && VT_CFG_GEILEN > 0
#if VT_CFG_GEILEN == 64
    t->irq_sgeip = in->irq_sgeip;
#else
    t->irq_sgeip = in->irq_sgeip & ((1ULL << VT_CFG_GEILEN) - 1);
#endif
#endif
    t->mtime = in->mtime;
    t->retire_in = in->retire_in;
    t->eval();
    dump(r);

    out->csr_rdata = t->csr_rdata;
    out->retire = t->retire;
    out->stall = t->stall;
    out->trap = t->trap;
    out->trap_irq = t->trap_irq;
    out->trap_code = t->trap_code;
    out->xret = t->xret;
    out->redirect = t->redirect;
    out->redirect_pc = t->redirect_pc;
    out->priv = t->priv;
    out->virt = t->virt;
    out->ls_priv = t->ls_priv;
    out->ls_virt = t->ls_virt;
    out->hlsv_priv = t->hlsv_priv;
    out->satp = t->satp;
    out->vsatp = t->vsatp;
    out->hgatp = t->hgatp;
    out->mxr = t->mxr;
    out->sum = t->sum;
    out->vs_mxr = t->vs_mxr;
    out->vs_sum = t->vs_sum;
    out->sfence_vma = t->sfence_vma;
    out->hfence_vvma = t->hfence_vvma;
    out->hfence_gvma = t->hfence_gvma;
    out->flush = t->flush;
    out->dbg_wfi_wait = t->dbg_wfi_wait;
    out->dbg_wfi_cnt = t->dbg_wfi_cnt;
}

extern "C" void rtl_edge(struct rtl *r)
{
    r->time += 5;
    r->top->clk = 1;
    r->top->eval();
    dump(r);
    r->time += 5;
    r->top->clk = 0; // evaluated with the next cycle's inputs in rtl_eval
}

extern "C" int rtl_trace_open(struct rtl *r, const char *path)
{
    rtl_trace_close(r);
    r->vcd = new VerilatedVcdC;
    r->top->trace(r->vcd, 99);
    r->vcd->open(path);
    if (!r->vcd->isOpen()) {
        delete r->vcd;
        r->vcd = nullptr;
        return -1;
    }
    return 0;
}

extern "C" void rtl_trace_enable(struct rtl *r, int on)
{
    r->dumping = on;
}

extern "C" void rtl_trace_close(struct rtl *r)
{
    if (r->vcd) {
        r->vcd->close();
        delete r->vcd;
        r->vcd = nullptr;
    }
}
