/* An 8N1 UART receiver on a sampled pin, in simulated time (picoseconds):
 * what the host's serial adapter does with the board's TX pin.
 *
 * A frame starts at a falling edge of the idle (high) line; the decoder
 * samples the line in the middle of each bit at BAUD: the start bit must
 * still be 0 there (else a glitch, not a frame), then the eight data bits
 * LSB first, then the stop bit, which must be 1 (else a framing error).
 * The line is fed as "level from time t on" (uart8n1_feed); every sample
 * point before t takes the level fed last, so the result does not depend on
 * how often the line is fed, only on its edges. */
#ifndef TB_BOARD_UART8N1_H
#define TB_BOARD_UART8N1_H

#include <stdint.h>

/* One received frame: its byte, when its stop bit was sampled, and whether
 * the stop bit was 0 (the byte is then what the data bits read). */
struct uart8n1_byte {
    uint64_t t_ps;
    unsigned value;
    int framing_error;
};

typedef void uart8n1_sink(void *ctx, const struct uart8n1_byte *b);

struct uart8n1 {
    uint64_t baud;
    uint64_t t_last;     /* the time of the last feed */
    int level;           /* the line's level since t_last */
    int bit;             /* -1 idle, else the next bit to sample: 0 start, 1..8 data, 9 stop */
    uint64_t t_start;    /* the falling edge of the frame's start bit */
    unsigned shift;
    uint64_t t_idle;     /* the line is idle (high, no frame) since this time */
    unsigned long frames, framing_errors, glitches;
    uart8n1_sink *sink;
    void *ctx;
};

void uart8n1_init(struct uart8n1 *d, uint64_t baud, uart8n1_sink *sink, void *ctx);
/* The line is LEVEL (0 or 1) from T_PS on (T_PS not before the last feed). */
void uart8n1_feed(struct uart8n1 *d, uint64_t t_ps, int level);
/* Whether the line has been idle, with no frame under way, for IDLE_PS at T_PS. */
int uart8n1_idle_for(const struct uart8n1 *d, uint64_t t_ps, uint64_t idle_ps);

#endif
