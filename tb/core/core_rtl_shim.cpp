// Thin extern "C" shim over the Verilated vitrap_soc (core_rtl.h).
#include "core_rtl.h"

#include <cstdio>
#include <cstdlib>

#include "Vvitrap_soc.h"
#include "verilated.h"
#include "verilated_syms.h"
#include "verilated_vcd_c.h"

struct core_rtl {
    VerilatedContext *ctx;
    Vvitrap_soc *top;
    VerilatedVcdC *vcd;
    int trace_on;
    uint64_t time;
    const uint64_t *regs;       // the register file's storage (never reset)
    const uint32_t *written;    // which registers were written since reset
    uint64_t reg_view[32];      // what each register reads (core_regfile.v)
    const uint64_t *slots;
    unsigned nslots;
};

// A public_flat_rd 32-bit variable of the design, found by scope and name.
static const uint32_t *find_word(VerilatedContext *ctx, const char *scope, const char *name)
{
    const VerilatedScope *s = ctx->scopeFind(scope);
    VerilatedVar *v = s ? s->varFind(name) : nullptr;
    if (!v || v->dims() != 1) {
        std::fprintf(stderr, "vitrap-run: RTL variable %s.%s not found\n", scope, name);
        std::exit(2);
    }
    return static_cast<const uint32_t *>(v->datap());
}

// A public_flat_rd array of the design, found by scope and name.
static const uint64_t *find_array(VerilatedContext *ctx, const char *scope, const char *name,
                                  unsigned *n)
{
    const VerilatedScope *s = ctx->scopeFind(scope);
    if (!s) {
        std::fprintf(stderr, "vitrap-run: RTL scope %s not found\n", scope);
        std::exit(2);
    }
    VerilatedVar *v = s->varFind(name);
    if (!v || v->dims() != 2) {
        std::fprintf(stderr, "vitrap-run: RTL array %s.%s not found\n", scope, name);
        std::exit(2);
    }
    if (n)
        *n = (unsigned)v->unpacked().elements();
    return static_cast<const uint64_t *>(v->datap());
}

extern "C" struct core_rtl *core_rtl_new(void)
{
    core_rtl *r = new core_rtl();
    r->ctx = new VerilatedContext;
    r->ctx->traceEverOn(true);
    r->top = new Vvitrap_soc(r->ctx, "TOP");
    r->vcd = nullptr;
    r->trace_on = 0;
    r->time = 0;
    r->top->clk = 0;
    r->top->rst = 1;
    r->top->ram_i_rdata = 0;
    r->top->ram_d_rdata = 0;
    r->top->uart_tx_hold = 0;    // PIPELINE.md 9.3.1: no board side in simulation
    r->top->uart_rx_valid = 0;
    r->top->uart_rx_byte = 0;
    r->top->eval();
    r->regs = find_array(r->ctx, "TOP.vitrap_soc.u_core.u_rf", "regs", nullptr);
    r->written = find_word(r->ctx, "TOP.vitrap_soc.u_core.u_rf", "written_q");
    r->slots = find_array(r->ctx, "TOP.vitrap_soc.u_core.u_csr", "dbg_slots", &r->nslots);
    return r;
}

extern "C" void core_rtl_free(struct core_rtl *r)
{
    core_rtl_trace_close(r);
    r->top->final();
    delete r->top;
    delete r->ctx;
    delete r;
}

extern "C" void core_rtl_set_rst(struct core_rtl *r, int rst) { r->top->rst = rst ? 1 : 0; }

extern "C" void core_rtl_eval(struct core_rtl *r, struct core_obs *o, struct core_rtl_req *q)
{
    Vvitrap_soc *t = r->top;
    t->clk = 0;
    t->eval();
    if (r->vcd && r->trace_on)
        r->vcd->dump(r->time);
#define CORE_OBS_READ(f) o->f = t->obs_##f;
    CORE_OBS_FIELDS(CORE_OBS_READ)
#undef CORE_OBS_READ
    q->i_req = t->ram_i_req;
    q->i_addr = t->ram_i_addr;
    q->d_req = t->ram_d_req;
    q->d_we = t->ram_d_we;
    q->d_addr = t->ram_d_addr;
    q->d_wmask = t->ram_d_wmask;
    q->d_wdata = t->ram_d_wdata;
}

extern "C" void core_rtl_edge(struct core_rtl *r, const uint32_t *i_rdata, const uint64_t *d_rdata)
{
    Vvitrap_soc *t = r->top;
    t->clk = 1;
    t->eval();
    if (i_rdata)
        t->ram_i_rdata = *i_rdata;
    if (d_rdata)
        t->ram_d_rdata = *d_rdata;
    if (r->vcd && r->trace_on)
        r->vcd->dump(r->time + 5);
    r->time += 10;
}

// The registers as they read: storage that was not written since reset reads 0.
extern "C" const uint64_t *core_rtl_regs(struct core_rtl *r)
{
    for (int i = 0; i < 32; i++)
        r->reg_view[i] = (*r->written >> i & 1u) ? r->regs[i] : 0;
    return r->reg_view;
}

extern "C" const uint64_t *core_rtl_slots(struct core_rtl *r, unsigned *n)
{
    *n = r->nslots;
    return r->slots;
}

extern "C" int core_rtl_trace_open(struct core_rtl *r, const char *path)
{
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

extern "C" void core_rtl_trace_enable(struct core_rtl *r, int on) { r->trace_on = on; }

extern "C" void core_rtl_trace_close(struct core_rtl *r)
{
    if (r->vcd) {
        r->vcd->close();
        delete r->vcd;
        r->vcd = nullptr;
    }
}
