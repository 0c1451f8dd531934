// Thin extern "C" shim over the Verilated board top (board_sim.h). The
// model is built with --prefix Vboard whichever the board.
#include "board_sim.h"

#include <cstdio>

#include "Vboard.h"
#include "verilated.h"
#include "verilated_vcd_c.h"

#if defined(BOARD_ULX3S)
#define OSC_PIN clk_25mhz
#define BOARD_NAME "ulx3s"
#elif defined(BOARD_ORANGECRAB)
#define OSC_PIN clk48
#define BOARD_NAME "orangecrab"
#else
#error "define BOARD_ULX3S or BOARD_ORANGECRAB"
#endif

struct board_sim {
    VerilatedContext *ctx;
    Vboard *top;
    VerilatedVcdC *vcd;
    uint64_t osc_hz;
    uint64_t osc_edges;   // oscillator edges so far
    uint64_t next_osc;    // the time of the next one
};

// Edge K of the oscillator at round(K / (2 f)): the average frequency is
// exact even when the half period is not a whole number of picoseconds
// (48 MHz: 10416.67 ps). In 128 bits: K * 10^12 leaves 64 bits after 0.37 s
// at 25 MHz.
static uint64_t osc_edge_time(uint64_t k, uint64_t hz)
{
    unsigned __int128 t = (unsigned __int128)k * 1000000000000ull + hz;
    return (uint64_t)(t / (2 * (unsigned __int128)hz));
}

static void set_button(Vboard *t, int pressed)
{
#if defined(BOARD_ULX3S)
    t->btn_fire1 = pressed ? 1 : 0;     // active high (ulx3s_top.v)
#else
    t->usr_btn = pressed ? 0 : 1;       // active low (orangecrab_top.v)
#endif
}

extern "C" const char *board_sim_board(void) { return BOARD_NAME; }

extern "C" struct board_sim *board_sim_new(uint64_t osc_hz)
{
    board_sim *s = new board_sim();
    s->ctx = new VerilatedContext;
    s->ctx->traceEverOn(true);
    s->top = new Vboard(s->ctx, "TOP");
    s->vcd = nullptr;
    s->osc_hz = osc_hz;
    s->osc_edges = 0;
    s->next_osc = osc_edge_time(1, osc_hz);
    s->top->OSC_PIN = 0;
    set_button(s->top, 0);
#if defined(BOARD_ULX3S)
    s->top->ftdi_txd = 1;               // the RX line idles high
#else
    s->top->uart_rx = 1;
#endif
    s->top->eval();
    return s;
}

extern "C" void board_sim_free(struct board_sim *s)
{
    if (s->vcd) {
        s->vcd->close();
        delete s->vcd;
    }
    s->top->final();
    delete s->top;
    delete s->ctx;
    delete s;
}

extern "C" int board_sim_step(struct board_sim *s)
{
    uint64_t next = s->next_osc;
    if (s->top->eventsPending() && s->top->nextTimeSlot() < next)
        next = s->top->nextTimeSlot();
    s->ctx->time(next);
    if (next == s->next_osc) {
        s->osc_edges++;
        s->top->OSC_PIN = (s->osc_edges & 1) ? 1 : 0;
        s->next_osc = osc_edge_time(s->osc_edges + 1, s->osc_hz);
    }
    s->top->eval();
    if (s->vcd)
        s->vcd->dump(next);
    return s->ctx->gotFinish() ? 1 : 0;
}

extern "C" uint64_t board_sim_time_ps(const struct board_sim *s) { return s->ctx->time(); }

extern "C" void board_sim_set_button(struct board_sim *s, int pressed) { set_button(s->top, pressed); }

extern "C" void board_sim_set_rx(struct board_sim *s, int level)
{
#if defined(BOARD_ULX3S)
    s->top->ftdi_txd = level ? 1 : 0;
#else
    s->top->uart_rx = level ? 1 : 0;
#endif
}

extern "C" int board_sim_tx(const struct board_sim *s)
{
#if defined(BOARD_ULX3S)
    return s->top->ftdi_rxd;
#else
    return s->top->uart_tx;
#endif
}

extern "C" struct board_leds board_sim_leds(const struct board_sim *s)
{
    board_leds l;
#if defined(BOARD_ULX3S)
    unsigned led = s->top->led;
    l.heartbeat = led & 1;
    l.pass = (led >> 1) & 1;
    l.fail = (led >> 2) & 1;
    l.reset = (led >> 7) & 1;
#else
    int r = !s->top->rgb_led0_r, g = !s->top->rgb_led0_g, b = !s->top->rgb_led0_b;
    l.reset = r && g && b;              // white
    l.heartbeat = b && !l.reset;
    l.pass = g && !l.reset;
    l.fail = r && !l.reset;
#endif
    return l;
}

extern "C" int board_sim_trace_open(struct board_sim *s, const char *path)
{
    s->vcd = new VerilatedVcdC;
    s->top->trace(s->vcd, 99);
    s->vcd->open(path);
    if (!s->vcd->isOpen()) {
        delete s->vcd;
        s->vcd = nullptr;
        return -1;
    }
    return 0;
}
