/* The one C++ shim between the board simulation (boardsim.c) and the
 * Verilator-built board top (rtl/boards/BOARD_top.v with the PLL model
 * sim/boards/EHXPLLL.v, Verilator --timing, 1 ps time unit). The shim is
 * compiled for one board (-DBOARD_ULX3S or -DBOARD_ORANGECRAB) and maps its
 * pins to the board-neutral ones below; it drives the oscillator pin itself
 * and advances time from event to event. */
#ifndef TB_BOARD_BOARD_SIM_H
#define TB_BOARD_BOARD_SIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct board_sim;

/* The LEDs as the board's user sees them (lit = 1), whatever their pins'
 * polarity: ULX3S led[0] heartbeat, led[1] pass, led[2] fail, led[7] reset;
 * OrangeCrab's RGB LED (active low) blue, green, red, white = reset. */
struct board_leds {
    int heartbeat, pass, fail, reset;
};

/* The board's name ("ulx3s", "orangecrab"), compiled in. */
const char *board_sim_board(void);
/* A new simulation with the oscillator at OSC_HZ; NULL with a line on
 * stderr when the model cannot be made. */
struct board_sim *board_sim_new(uint64_t osc_hz);
void board_sim_free(struct board_sim *s);
/* Advances to the next event (an oscillator edge or one the design
 * scheduled, e.g. the PLL's output) and evaluates; the pins read after it
 * hold until the next step. 1 when the design called $finish (the PLL
 * model does when its dividers break the PLL's limits), else 0. */
int board_sim_step(struct board_sim *s);
uint64_t board_sim_time_ps(const struct board_sim *s);
/* Inputs, applied at the next step: the reset button (1 = pressed, either
 * board's polarity) and the UART RX pin's level. */
void board_sim_set_button(struct board_sim *s, int pressed);
void board_sim_set_rx(struct board_sim *s, int level);
/* Outputs after the last step. */
int board_sim_tx(const struct board_sim *s);
struct board_leds board_sim_leds(const struct board_sim *s);
/* VCD waveform of everything from now on; 0 on success. */
int board_sim_trace_open(struct board_sim *s, const char *path);

#ifdef __cplusplus
}
#endif

#endif
