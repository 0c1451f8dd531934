#define _POSIX_C_SOURCE 200809L
/* The random lock-step loop: stimulus -> both sides -> compare -> clock ->
 * feed the outcome back to the stimulus, and count coverage. */
#include "random_run.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "stim.h"

#define PROGRESS_EVERY 4096 /* cycles between looks at the clock */
#define PROGRESS_SECONDS 2.0

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int random_run(struct lockstep *ls, const struct random_options *opt, struct coverage *cov,
               uint64_t *done)
{
    uint64_t idle = 0; /* cycles since an instruction last completed */
    struct stim st;
    struct cm_in in;
    struct cm_out out;
    uint64_t stalled = 0;
    double start = now(), last = start;

    stim_init(&st, &ls->cfg, opt->seed);
    memset(&in, 0, sizeof in);
    in.rst = 1;
    if (ls_eval(ls, &in, &out) != 0)
        return 1;
    ls_clock(ls);
    *done = 1;
    for (uint64_t c = 1; c < opt->cycles; c++, *done = c) {
        if (opt->stop && *opt->stop)
            return RANDOM_RUN_STOPPED;
        stim_next(&st, &in);
        if (ls_eval(ls, &in, &out) != 0)
            return 1;
        ls_clock(ls);
        unsigned priv;
        int virt;
        cm_mode(ls->model, &priv, &virt);
        if (cov)
            cov_record(cov, ls->model, &in, &out, out.priv, out.virt, stalled, virt);
        stalled = in.commit_valid && out.stall ? stalled + 1 : 0;
        idle = in.commit_valid && !out.stall ? 0 : idle + 1;
        if (opt->watchdog && idle > opt->watchdog) {
            char what[128];
            snprintf(what, sizeof what,
                     "watchdog: no instruction retired or trapped for %" PRIu64 " cycles", idle);
            ls_fail(ls, what);
            return 1;
        }
        stim_observe(&st, &in, &out, priv, virt);
        if (!opt->quiet && c % PROGRESS_EVERY == 0) {
            double t = now();
            if (t - last >= PROGRESS_SECONDS) {
                last = t;
                fprintf(stderr, "  %" PRIu64 " / %" PRIu64 " cycles, %.2f M cycles/s, 0 mismatches\r",
                        c, opt->cycles, (double)c / (t - start) / 1e6);
            }
        }
    }
    if (!opt->quiet && last != start)
        fputc('\n', stderr);
    return 0;
}
