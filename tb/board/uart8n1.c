/* The 8N1 receiver of uart8n1.h. */
#include "uart8n1.h"

#define PS_PER_S 1000000000000ull

void uart8n1_init(struct uart8n1 *d, uint64_t baud, uart8n1_sink *sink, void *ctx)
{
    *d = (struct uart8n1){ .baud = baud, .level = 1, .bit = -1, .sink = sink, .ctx = ctx };
}

/* The middle of bit K of the frame (K = 0 start .. 9 stop), computed from
 * the start edge each time so that rounding does not add up. */
static uint64_t sample_time(const struct uart8n1 *d, int k)
{
    return d->t_start + ((uint64_t)(2 * k + 1) * PS_PER_S + d->baud) / (2 * d->baud);
}

/* Every sample point before T, with the line at d->level. */
static void sample_until(struct uart8n1 *d, uint64_t t)
{
    while (d->bit >= 0) {
        uint64_t ts = sample_time(d, d->bit);
        if (ts >= t)
            return;
        if (d->bit == 0) {
            if (d->level) {          /* the start bit did not last: a glitch */
                d->glitches++;
                d->bit = -1;
                d->t_idle = ts;
                return;
            }
        } else if (d->bit <= 8) {
            d->shift |= (unsigned)d->level << (d->bit - 1);
        } else {
            struct uart8n1_byte b = { .t_ps = ts, .value = d->shift, .framing_error = !d->level };
            d->frames++;
            if (!d->level)
                d->framing_errors++;
            d->bit = -1;
            d->t_idle = ts;
            if (d->sink)
                d->sink(d->ctx, &b);
            return;
        }
        d->bit++;
    }
}

void uart8n1_feed(struct uart8n1 *d, uint64_t t_ps, int level)
{
    level = level ? 1 : 0;
    sample_until(d, t_ps);
    if (level != d->level) {
        if (d->bit < 0 && !level) {  /* a start edge */
            d->bit = 0;
            d->t_start = t_ps;
            d->shift = 0;
        }
        if (d->bit < 0 && level)     /* back to idle after a low line */
            d->t_idle = t_ps;
        d->level = level;
    }
    d->t_last = t_ps;
}

int uart8n1_idle_for(const struct uart8n1 *d, uint64_t t_ps, uint64_t idle_ps)
{
    return d->bit < 0 && d->level && t_ps >= d->t_idle + idle_ps;
}
