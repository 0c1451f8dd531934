/* vitrap-boardsim: the board-level simulation of one board top (README
 * "Boards", fpga/README.md "Board simulation"). The Verilated top
 * (board_sim.h) runs the program image of the bitstream; its oscillator pin
 * is driven at the board's frequency, so the core clock comes through the
 * PLL model. The harness decodes the UART TX pin as 8N1 (uart8n1.h) into
 * text and compares it with the expected console (console_check.h), and
 * watches the LEDs (every broken rule is reported):
 *   reset      lit while the button is held (--hold-reset-us) and the PLL
 *              locks, dark within 64 core cycles of the release, then dark;
 *   heartbeat  dark in reset and after the verdict; lit at some time when
 *              the program runs longer than --blink-cycles (board_soc.v's
 *              BLINK_LOG2: 2^22), toggling every --blink-cycles;
 *   pass/fail  dark until the verdict, then exactly one lit for good; the
 *              expected verdict is pass (--expect-fail: fail).
 * The run ends when the verdict LED is lit and the TX line has been idle for
 * two characters, at the end of the first wrong console line, or at
 * --max-ms of simulated time.
 *
 *   vitrap-boardsim --osc-hz N --core-hz N --expect FILE [--baud N]
 *       [--out FILE] [--max-ms N] [--hold-reset-us N] [--blink-cycles N]
 *       [--expect-fail] [--rx-text TEXT [--rx-at-us T]] [--vcd FILE]
 *
 * --rx-text: TEXT ("\n" stands for a newline) sent into the RX pin as 8N1
 * at --baud, frames back to back, from --rx-at-us on (default 2000); the
 * RX pin idles high otherwise.
 *
 * Exit: 0 everything as expected; 1 a difference (console, framing, LEDs,
 * time limit); 2 bad input (flag, file). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "board_sim.h"
#include "console_check.h"
#include "uart8n1.h"

#define PS_PER_S 1000000000000ull

struct opts {
    uint64_t osc_hz, core_hz, baud, max_ms, hold_us, blink_cycles;
    uint64_t rx_at_us;
    const char *expect, *out, *vcd, *rx_text;
    int expect_fail;
};

struct run {
    struct console_check console;
    unsigned long framing_errors;
    uint64_t first_framing_ps;
    int oom;
};

static int bad(const char *fmt, const char *arg)
{
    fprintf(stderr, "vitrap-boardsim: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (usage: vitrap-boardsim --osc-hz N --core-hz N --expect FILE [--baud N] [--out FILE] "
                    "[--max-ms N] [--hold-reset-us N] [--blink-cycles N] [--expect-fail] [--rx-text TEXT [--rx-at-us T]] "
                    "[--vcd FILE])\n");
    return 2;
}

static int parse_u64(const char *s, uint64_t *v)
{
    char *end;
    errno = 0;
    if (s[0] < '0' || s[0] > '9')
        return -1;
    unsigned long long x = strtoull(s, &end, 10);
    if (errno || *end)
        return -1;
    *v = x;
    return 0;
}

static int parse_args(int argc, char **argv, struct opts *o)
{
    *o = (struct opts){ .baud = 115200, .max_ms = 3000, .hold_us = 20, .blink_cycles = 1u << 22, .rx_at_us = 2000 };
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--expect-fail")) {
            o->expect_fail = 1;
            continue;
        }
        uint64_t *num = !strcmp(a, "--osc-hz") ? &o->osc_hz : !strcmp(a, "--core-hz") ? &o->core_hz
                      : !strcmp(a, "--baud") ? &o->baud : !strcmp(a, "--max-ms") ? &o->max_ms
                      : !strcmp(a, "--hold-reset-us") ? &o->hold_us
                      : !strcmp(a, "--blink-cycles") ? &o->blink_cycles
                      : !strcmp(a, "--rx-at-us") ? &o->rx_at_us : NULL;
        const char **str = !strcmp(a, "--expect") ? &o->expect : !strcmp(a, "--out") ? &o->out
                         : !strcmp(a, "--vcd") ? &o->vcd : !strcmp(a, "--rx-text") ? &o->rx_text : NULL;
        if (!num && !str)
            return bad("unknown argument '%s'", a);
        if (i + 1 >= argc)
            return bad("%s needs a value", a);
        if (str)
            *str = argv[++i];
        else if (parse_u64(argv[++i], num))
            return bad("'%s' is not a whole number", argv[i]);
    }
    if (!o->osc_hz || !o->core_hz)
        return bad("%s", "--osc-hz and --core-hz are needed and not 0");
    if (!o->expect)
        return bad("%s", "--expect FILE is needed");
    if (o->baud < 300 || o->baud > 10000000)
        return bad("%s", "--baud must be 300..10000000");
    if (!o->max_ms || !o->blink_cycles)
        return bad("%s", "--max-ms and --blink-cycles must not be 0");
    return 0;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *p = realloc(buf, cap *= 2);
        if (!p)
            free(buf);
        buf = p;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static void on_byte(void *ctx, const struct uart8n1_byte *b)
{
    struct run *r = ctx;
    if (b->framing_error && r->framing_errors++ == 0)
        r->first_framing_ps = b->t_ps;
    if (console_check_add(&r->console, (unsigned char)b->value))
        r->oom = 1;
}

/* --rx-text with "\n" made a newline, in place. */
static size_t unescape(char *s)
{
    size_t n = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '\\' && s[i + 1] == 'n') {
            s[n++] = '\n';
            i++;
        } else {
            s[n++] = s[i];
        }
    }
    s[n] = 0;
    return n;
}

/* The RX pin at time T: TEXT (LEN bytes) as 8N1 frames at BAUD from T0. */
static int rx_level(const char *text, size_t len, uint64_t baud, uint64_t t0, uint64_t t)
{
    if (t < t0)
        return 1;
    uint64_t bit = (uint64_t)((double)(t - t0) * baud / PS_PER_S);
    uint64_t ch = bit / 10, k = bit % 10;
    if (ch >= len || k == 9)
        return 1;
    if (k == 0)
        return 0;
    return ((unsigned char)text[ch] >> (k - 1)) & 1;
}

static double ms(uint64_t ps) { return (double)ps / 1e9; }

/* The LED rules of the header; the broken ones are kept in WHY. */
struct led_watch {
    uint64_t release_ps, reset_dark_by_ps;
    int reset_seen, reset_gone, verdict, hb_level;
    unsigned long hb_toggles;
    uint64_t verdict_ps, reset_gone_ps, first_hb_ps;
    int final;             /* the checks at the end of the run */
    char why[480];
};

/* The first broken rule of each kind at the end of the run; the first
 * break while running (the later ones follow from it). */
static void led_fail(struct led_watch *w, uint64_t t, const char *what)
{
    size_t n = strlen(w->why);
    if (n && !w->final)
        return;
    if (n + 4 < sizeof w->why)
        snprintf(w->why + n, sizeof w->why - n, "%s%s at %.3f ms", n ? "; " : "", what, ms(t));
}

static void led_step(struct led_watch *w, uint64_t t, struct board_leds l, int tx)
{
    if (l.reset) {
        w->reset_seen = 1;
        if (w->reset_gone)
            led_fail(w, t, "reset LED lit again after the reset ended");
        else if (t > w->reset_dark_by_ps)
            led_fail(w, t, "reset LED still lit 64 core cycles after the button's release");
        if (l.heartbeat)
            led_fail(w, t, "heartbeat LED lit during reset");
        if (!tx)
            led_fail(w, t, "UART TX pin low during reset");
    } else if (!w->reset_gone) {
        if (t < w->release_ps)
            led_fail(w, t, "reset LED dark while the button is held");
        w->reset_gone = 1;
        w->reset_gone_ps = t;
    }
    if (l.pass && l.fail)
        led_fail(w, t, "pass and fail LEDs lit together");
    if (w->verdict) {
        if ((w->verdict == 1 && !l.pass) || (w->verdict == 2 && !l.fail))
            led_fail(w, t, "verdict LED went dark again");
        if (l.heartbeat)
            led_fail(w, t, "heartbeat LED lit after the verdict");
    } else if (l.pass || l.fail) {
        if (!w->reset_gone)
            led_fail(w, t, "verdict LED lit during reset");
        w->verdict = l.pass ? 1 : 2;
        w->verdict_ps = t;
    }
    if (l.heartbeat != w->hb_level) {
        if (l.heartbeat && !w->hb_toggles)
            w->first_hb_ps = t;
        w->hb_level = l.heartbeat;
        w->hb_toggles++;
    }
}

static double wall_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    struct opts o;
    int rc = parse_args(argc, argv, &o);
    if (rc)
        return rc;
    size_t want_len = 0;
    char *want = read_file(o.expect, &want_len);
    if (!want) {
        fprintf(stderr, "vitrap-boardsim: cannot read the expected console '%s': %s\n", o.expect, strerror(errno));
        return 2;
    }
    struct board_sim *s = board_sim_new(o.osc_hz);
    if (!s) {
        free(want);
        return 2;
    }
    if (o.vcd && board_sim_trace_open(s, o.vcd)) {
        fprintf(stderr, "vitrap-boardsim: cannot write the waveform '%s'\n", o.vcd);
        board_sim_free(s);
        free(want);
        return 2;
    }
    const char *board = board_sim_board();
    char *rx_text = NULL;
    size_t rx_len = 0;
    if (o.rx_text) {
        rx_text = strdup(o.rx_text);
        if (!rx_text) {
            fprintf(stderr, "vitrap-boardsim: out of memory\n");
            return 2;
        }
        rx_len = unescape(rx_text);
    }
    uint64_t rx_t0 = o.rx_at_us * 1000000ull;

    struct run r = { 0 };
    console_check_init(&r.console, want, want_len);
    struct uart8n1 rx;
    uart8n1_init(&rx, o.baud, on_byte, &r);
    struct led_watch w = { 0 };
    w.release_ps = o.hold_us * 1000000ull;
    w.reset_dark_by_ps = w.release_ps + 64 * PS_PER_S / o.core_hz + 2 * PS_PER_S / o.osc_hz;
    uint64_t limit_ps = o.max_ms * 1000000000ull;
    uint64_t char_ps = 10 * PS_PER_S / o.baud;
    const char *end_why = "time limit";
    int finished = 0;
    double w0 = wall_s();

    board_sim_set_button(s, o.hold_us > 0);
    uint64_t t = 0;
    for (;;) {
        if (board_sim_step(s)) {
            finished = 1;
            end_why = "the design called $finish";
            break;
        }
        t = board_sim_time_ps(s);
        if (t >= w.release_ps)
            board_sim_set_button(s, 0);
        if (rx_text)
            board_sim_set_rx(s, rx_level(rx_text, rx_len, o.baud, rx_t0, t));
        int tx = board_sim_tx(s);
        uart8n1_feed(&rx, t, tx);
        led_step(&w, t, board_sim_leds(s), tx);
        if (r.oom) {
            end_why = "out of memory";
            break;
        }
        if (console_check_line_done(&r.console)) {
            end_why = "the first wrong console line ended";
            break;
        }
        if (w.verdict && uart8n1_idle_for(&rx, t, 2 * char_ps) && t >= w.verdict_ps + 2 * char_ps) {
            end_why = "verdict LED lit, TX idle";
            break;
        }
        if (t >= limit_ps)
            break;
    }
    double secs = wall_s() - w0;

    /* verdicts */
    int ok = 1;
    uint64_t run_end = w.verdict ? w.verdict_ps : t;
    uint64_t run_cycles = w.reset_gone && run_end > w.reset_gone_ps
                        ? (uint64_t)((double)(run_end - w.reset_gone_ps) * o.core_hz / PS_PER_S) : 0;
    uint64_t sim_cycles = (uint64_t)((double)t * o.core_hz / PS_PER_S);
    printf("boardsim %s: %.3f ms simulated (%" PRIu64 " core cycles at %.3f MHz, oscillator %.3f MHz), ended: %s\n",
           board, ms(t), sim_cycles, o.core_hz / 1e6, o.osc_hz / 1e6, end_why);
    if (finished) {
        printf("FAIL: the design stopped the simulation (see the line above: the PLL model's limits)\n");
        ok = 0;
    }
    if (o.out) {
        FILE *f = fopen(o.out, "wb");
        if (!f || fwrite(r.console.got, 1, r.console.got_len, f) != r.console.got_len || fclose(f)) {
            fprintf(stderr, "vitrap-boardsim: cannot write '%s'\n", o.out);
            ok = 0;
        }
    }
    printf("console: %zu bytes received at %" PRIu64 " baud (%zu expected), %lu frames, %lu framing errors, %lu glitches\n",
           r.console.got_len, o.baud, want_len, rx.frames, r.framing_errors, rx.glitches);
    if (r.framing_errors) {
        printf("FAIL: %lu framing errors (stop bit 0), the first at %.3f ms: wrong baud rate or a broken transmitter\n",
               r.framing_errors, ms(r.first_framing_ps));
        ok = 0;
    }
    if (!console_check_equal(&r.console)) {
        printf("FAIL: ");
        console_check_report(&r.console, stdout);
        ok = 0;
    }
    w.final = 1;
    if (!w.reset_seen)
        led_fail(&w, 0, "reset LED never lit");
    if (w.reset_gone && o.hold_us && w.reset_gone_ps < w.release_ps)
        led_fail(&w, w.reset_gone_ps, "reset ended before the button's release");
    if (!w.verdict)
        led_fail(&w, t, o.expect_fail ? "fail LED never lit" : "pass LED never lit");
    else if (w.verdict != (o.expect_fail ? 2 : 1))
        led_fail(&w, w.verdict_ps, w.verdict == 1 ? "pass LED lit, fail expected" : "fail LED lit, pass expected");
    /* the heartbeat: blink_q[BLINK_LOG2] counts from configuration, so it
     * first lights near cycle BLINK (after the PLL's first edges) and goes
     * dark near 2 BLINK; allow 1000 core cycles either side */
    uint64_t blink_ps = (uint64_t)((double)o.blink_cycles * PS_PER_S / o.core_hz);
    uint64_t slack_ps = 1000 * PS_PER_S / o.core_hz;
    int hb_due = run_end > blink_ps + slack_ps;
    if (hb_due && !w.hb_toggles)
        led_fail(&w, t, "heartbeat LED never lit while the program ran");
    else if (hb_due && (w.first_hb_ps + slack_ps < blink_ps || w.first_hb_ps > blink_ps + slack_ps))
        led_fail(&w, w.first_hb_ps, "heartbeat LED first lit away from cycle --blink-cycles");
    else if (run_end > 2 * blink_ps + slack_ps && w.hb_toggles < 2)
        led_fail(&w, t, "heartbeat LED did not go dark again after --blink-cycles");
    printf("LEDs: reset lit until %.3f ms (button held %" PRIu64 " us), ", ms(w.reset_gone_ps), o.hold_us);
    if (w.verdict)
        printf("%s LED lit at %.3f ms after %" PRIu64 " core cycles of the program",
               w.verdict == 1 ? "pass" : "fail", ms(w.verdict_ps), run_cycles);
    else
        printf("no verdict LED after %" PRIu64 " core cycles of the program", run_cycles);
    printf(", heartbeat %lu changes", w.hb_toggles);
    if (w.hb_toggles)
        printf(" (first lit at %.3f ms)", ms(w.first_hb_ps));
    printf("%s\n", hb_due ? "" : " (not due: the program ended before --blink-cycles)");
    if (w.why[0]) {
        printf("FAIL: %s\n", w.why);
        ok = 0;
    }
    printf("speed: %" PRIu64 " core cycles in %.2f s = %.0f core cycles/s\n", sim_cycles, secs,
           secs > 0 ? sim_cycles / secs : 0.0);
    printf("boardsim %s: %s\n", board, ok ? "PASS" : "FAIL");
    console_check_free(&r.console);
    board_sim_free(s);
    free(want);
    free(rx_text);
    return ok ? 0 : 1;
}
