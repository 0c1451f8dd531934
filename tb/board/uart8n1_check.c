/* vitrap-uart8n1-check: the self-check of the board simulation's 8N1
 * decoder (uart8n1.c) and console comparison (console_check.c), so that the
 * board simulation's console check is known to be able to fail. Lines are
 * synthesised here, edge by edge, as board_uart_tx.v would drive them:
 *   good       bytes at the decoder's baud, and 3% fast: decoded exactly
 *   baud       the line at 115200, the decoder at 100000 / 134000: caught
 *   flip       one data bit flipped: the console check names line 2 col 3
 *   stop       a stop bit 0: a framing error
 *   glitch     a 1 us low pulse: a glitch, no frame
 *   sampling   extra feeds between the edges change nothing
 *   short/long text shorter / longer than expected: not equal
 * Prints one line per check; exit 0 when all hold, 1 otherwise. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

#include "console_check.h"
#include "uart8n1.h"

#define PS_PER_S 1000000000000ull

struct line {
    uint64_t t[4096];
    int level[4096];
    int n;
};

static void edge(struct line *l, uint64_t t, int level)
{
    if (l->n < 4096) {
        l->t[l->n] = t;
        l->level[l->n] = level;
        l->n++;
    }
}

/* TEXT as 8N1 frames at BAUD from T0, back to back; FLIP_AT / FLIP_BIT: one
 * data bit of one byte inverted; BAD_STOP_AT: that byte's stop bit 0. */
static uint64_t frames(struct line *l, uint64_t t0, uint64_t baud, const char *text,
                       int flip_at, int flip_bit, int bad_stop_at)
{
    uint64_t t = t0;
    for (int i = 0; text[i]; i++) {
        unsigned v = (unsigned char)text[i];
        if (i == flip_at)
            v ^= 1u << flip_bit;
        int bits[10];
        bits[0] = 0;
        for (int b = 0; b < 8; b++)
            bits[b + 1] = (v >> b) & 1;
        bits[9] = i != bad_stop_at;
        for (int b = 0; b < 10; b++)
            edge(l, t + (uint64_t)b * PS_PER_S / baud, bits[b]);
        t += 10 * PS_PER_S / baud;
    }
    edge(l, t, 1);
    return t;
}

struct result {
    struct console_check c;
    unsigned long framing_errors;
};

static void sink(void *ctx, const struct uart8n1_byte *b)
{
    struct result *r = ctx;
    r->framing_errors += b->framing_error;
    console_check_add(&r->c, (unsigned char)b->value);
}

/* Decodes L at BAUD (STEP_PS > 0: also fed every STEP_PS between edges)
 * against WANT; returns the decoder for its counters. */
static struct uart8n1 decode(const struct line *l, uint64_t baud, uint64_t step_ps, const char *want,
                             struct result *r)
{
    struct uart8n1 d;
    memset(r, 0, sizeof *r);
    console_check_init(&r->c, want, strlen(want));
    uart8n1_init(&d, baud, sink, r);
    uint64_t t = 0;
    for (int i = 0; i < l->n; i++) {
        if (step_ps)
            for (; t + step_ps < l->t[i]; t += step_ps)
                uart8n1_feed(&d, t, d.level);
        uart8n1_feed(&d, l->t[i], l->level[i]);
        t = l->t[i];
    }
    uart8n1_feed(&d, t + 20 * PS_PER_S / baud, 1);   /* flush the last frame */
    return d;
}

static int failures;

static void check(const char *name, int ok, const char *what)
{
    printf("%s uart8n1/%s: %s\n", ok ? "PASS" : "FAIL", name, what);
    failures += !ok;
}

int main(void)
{
    static struct line l;
    struct result r;
    const char *text = "vitrap: pass\nHS: \x01\xff\x7f ok\n";
    struct uart8n1 d;

    l.n = 0;
    edge(&l, 0, 1);
    frames(&l, 5000000, 115200, text, -1, 0, -1);
    d = decode(&l, 115200, 0, text, &r);
    check("good", console_check_equal(&r.c) && !r.framing_errors && !d.glitches, "115200 baud decoded exactly");
    console_check_free(&r.c);

    struct uart8n1 d2 = decode(&l, 115200, 997, text, &r);
    check("sampling", console_check_equal(&r.c) && d2.frames == d.frames, "extra feeds between edges change nothing");
    console_check_free(&r.c);

    l.n = 0;
    edge(&l, 0, 1);
    frames(&l, 5000000, 118656, text, -1, 0, -1);       /* 3% fast: within 8N1's tolerance */
    d = decode(&l, 115200, 0, text, &r);
    check("tolerance", console_check_equal(&r.c) && !r.framing_errors, "a line 3% fast still decodes");
    console_check_free(&r.c);

    l.n = 0;
    edge(&l, 0, 1);
    frames(&l, 5000000, 115200, text, -1, 0, -1);
    d = decode(&l, 100000, 0, text, &r);
    check("baud-slow", !console_check_equal(&r.c) && r.framing_errors > 0,
          "decoder at 100000 on a 115200 line: framing errors, text differs");
    console_check_free(&r.c);
    d = decode(&l, 134000, 0, text, &r);
    check("baud-fast", !console_check_equal(&r.c), "decoder at 134000 on a 115200 line: text differs");
    console_check_free(&r.c);

    l.n = 0;
    edge(&l, 0, 1);
    frames(&l, 5000000, 115200, text, 14, 4, -1);        /* the S of "HS:" in line 2 */
    d = decode(&l, 115200, 0, text, &r);
    {
        char buf[512];
        FILE *f = fmemopen(buf, sizeof buf, "w");
        console_check_report(&r.c, f);
        fclose(f);
        check("flip", !console_check_equal(&r.c) && !r.framing_errors && strstr(buf, "line 2, column 2") &&
              strstr(buf, "got      'HC:"), "one flipped data bit: the report names line 2, column 2");
    }
    console_check_free(&r.c);

    l.n = 0;
    edge(&l, 0, 1);
    frames(&l, 5000000, 115200, text, -1, 0, 3);
    d = decode(&l, 115200, 0, text, &r);
    check("stop", r.framing_errors >= 1 && !console_check_equal(&r.c), "a stop bit 0: a framing error");
    console_check_free(&r.c);

    l.n = 0;
    edge(&l, 0, 1);
    edge(&l, 5000000, 0);
    edge(&l, 6000000, 1);                                /* 1 us: shorter than half a bit (4.3 us) */
    frames(&l, 20000000, 115200, "ok\n", -1, 0, -1);
    d = decode(&l, 115200, 0, "ok\n", &r);
    check("glitch", d.glitches == 1 && console_check_equal(&r.c), "a 1 us low pulse: a glitch, not a frame");
    console_check_free(&r.c);

    l.n = 0;
    edge(&l, 0, 1);
    frames(&l, 5000000, 115200, "vitrap: pa", -1, 0, -1);
    d = decode(&l, 115200, 0, text, &r);
    check("short", !console_check_equal(&r.c) && !r.c.differs, "text shorter than expected: not equal");
    console_check_free(&r.c);
    l.n = 0;
    edge(&l, 0, 1);
    frames(&l, 5000000, 115200, "ok\nmore\n", -1, 0, -1);
    d = decode(&l, 115200, 0, "ok\n", &r);
    check("long", !console_check_equal(&r.c) && r.c.differs && r.c.diff_at == 3, "text longer than expected: differs at its end");
    console_check_free(&r.c);

    printf("uart8n1 self-check: %s\n", failures ? "FAIL" : "PASS");
    return failures ? 1 : 0;
}
