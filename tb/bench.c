/* make bench: speed of the C model alone, the Verilated RTL alone and the
 * lock-step pair, measured side by side in one run on the same recorded
 * stimulus, and the peak memory of each (each phase runs in its own child
 * process so its peak resident set is its own). */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include "bench.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "lockstep.h"
#include "rtl_shim.h"
#include "stim.h"

enum phase { PH_MODEL, PH_RTL, PH_LOCKSTEP, PH_COUNT };
static const char *const phase_names[PH_COUNT] = {"C model alone", "RTL alone (Verilator)",
                                                  "lock-step pair"};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The stimulus, recorded once with the model closing the loop (the RTL gives
 * the same outputs, which the lock-step phase checks). */
static struct cm_in *record(const struct cm_config *cfg, uint64_t seed, uint64_t cycles)
{
    struct cm_in *trace = calloc(cycles, sizeof *trace);
    struct cm_model *m = cm_new(cfg);
    struct stim st;
    struct cm_out out;
    if (!trace || !m) {
        free(trace);
        cm_free(m);
        return NULL;
    }
    stim_init(&st, cfg, seed);
    trace[0].rst = 1;
    cm_eval(m, &trace[0], &out);
    cm_clock(m);
    for (uint64_t c = 1; c < cycles; c++) {
        unsigned priv;
        int virt;
        stim_next(&st, &trace[c]);
        cm_eval(m, &trace[c], &out);
        cm_clock(m);
        cm_mode(m, &priv, &virt);
        stim_observe(&st, &trace[c], &out, priv, virt);
    }
    cm_free(m);
    return trace;
}

/* The three measured loops, each its own function (never inlined) so that
 * callgrind can count exactly one of them (--toggle-collect=bench_loop_*,
 * scripts/bench.sh). Each returns a value that depends on every cycle. */
__attribute__((noinline)) static uint64_t bench_loop_model(struct cm_model *m,
                                                          const struct cm_in *trace,
                                                          uint64_t cycles)
{
    struct cm_out out;
    uint64_t sink = 0;
    for (uint64_t c = 0; c < cycles; c++) {
        cm_eval(m, &trace[c], &out);
        cm_clock(m);
        sink += out.redirect_pc;
    }
    return sink;
}

__attribute__((noinline)) static uint64_t bench_loop_rtl(struct rtl *r, const struct cm_in *trace,
                                                        uint64_t cycles)
{
    struct cm_out out;
    uint64_t sink = 0;
    for (uint64_t c = 0; c < cycles; c++) {
        rtl_eval(r, &trace[c], &out);
        rtl_edge(r);
        sink += out.redirect_pc;
    }
    return sink;
}

/* UINT64_MAX on a mismatch */
__attribute__((noinline)) static uint64_t bench_loop_lockstep(struct lockstep *ls,
                                                             const struct cm_in *trace,
                                                             uint64_t cycles)
{
    struct cm_out out;
    uint64_t sink = 0;
    for (uint64_t c = 0; c < cycles; c++) {
        if (ls_eval(ls, &trace[c], &out) != 0)
            return UINT64_MAX;
        ls_clock(ls);
        sink += out.redirect_pc;
    }
    return sink;
}

/* Runs one phase; returns its seconds (negative on a mismatch or error). */
static double run_phase(enum phase ph, const struct cm_in *trace, uint64_t cycles)
{
    uint64_t sink = 0;
    double t0, t1;
    if (ph == PH_MODEL) {
        struct cm_config cfg;
        ls_config_from_rtl(&cfg);
        struct cm_model *m = cm_new(&cfg);
        if (!m)
            return -1;
        t0 = now();
        sink = bench_loop_model(m, trace, cycles);
        t1 = now();
        cm_free(m);
    } else if (ph == PH_RTL) {
        struct rtl *r = rtl_new();
        t0 = now();
        sink = bench_loop_rtl(r, trace, cycles);
        t1 = now();
        rtl_free(r);
    } else {
        struct lockstep ls;
        if (ls_init(&ls, NULL, 0, 0) != 0)
            return -1;
        t0 = now();
        sink = bench_loop_lockstep(&ls, trace, cycles);
        t1 = now();
        ls_fini(&ls);
        if (sink == UINT64_MAX)
            return -1;
    }
    if (sink == 1) /* keep the loops from being optimised away */
        fputc(' ', stderr);
    return t1 - t0;
}

int bench_one_phase(const char *name, uint64_t seed, uint64_t cycles)
{
    struct cm_config cfg;
    enum phase ph;
    if (strcmp(name, "model") == 0)
        ph = PH_MODEL;
    else if (strcmp(name, "rtl") == 0)
        ph = PH_RTL;
    else if (strcmp(name, "lockstep") == 0)
        ph = PH_LOCKSTEP;
    else {
        fprintf(stderr, "vitrap-cosim: --bench-phase: '%s' is not model, rtl or lockstep\n", name);
        return 2;
    }
    ls_config_from_rtl(&cfg);
    struct cm_in *trace = record(&cfg, seed, cycles);
    if (!trace) {
        fprintf(stderr, "vitrap-cosim: out of memory recording %" PRIu64 " cycles\n", cycles);
        return 2;
    }
    double s = run_phase(ph, trace, cycles);
    free(trace);
    if (s < 0) {
        fprintf(stderr, "vitrap-cosim: bench phase '%s' failed\n", name);
        return 1;
    }
    printf("%s: %" PRIu64 " cycles in %.3f s\n", name, cycles, s);
    return 0;
}

int bench_run(uint64_t seed, uint64_t cycles)
{
    struct cm_config cfg;
    char desc[512];
    double secs[PH_COUNT];
    long rss_kb[PH_COUNT];
    ls_config_from_rtl(&cfg);
    ls_config_describe(&cfg, desc, sizeof desc);
    printf("bench: %" PRIu64 " cycles of random stimulus (seed %" PRIu64 "), configuration %s\n",
           cycles, seed, desc);
    struct cm_in *trace = record(&cfg, seed, cycles);
    if (!trace) {
        fprintf(stderr, "vitrap-cosim: out of memory recording %" PRIu64 " cycles\n", cycles);
        return 2;
    }
    for (int ph = 0; ph < PH_COUNT; ph++) {
        int fd[2];
        if (pipe(fd) != 0)
            return 2;
        fflush(NULL);
        pid_t pid = fork();
        if (pid == 0) {
            close(fd[0]);
            double s = run_phase((enum phase)ph, trace, cycles);
            ssize_t w = write(fd[1], &s, sizeof s);
            _exit(w == (ssize_t)sizeof s ? 0 : 1);
        }
        close(fd[1]);
        struct rusage ru;
        int status;
        double s = -1;
        if (read(fd[0], &s, sizeof s) != (ssize_t)sizeof s)
            s = -1;
        close(fd[0]);
        if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 || s < 0) {
            fprintf(stderr, "vitrap-cosim: bench phase '%s' failed\n", phase_names[ph]);
            free(trace);
            return 1;
        }
        secs[ph] = s;
        rss_kb[ph] = ru.ru_maxrss;
    }
    free(trace);
    printf("%-24s %14s %12s %16s\n", "", "cycles/s", "ns/cycle", "peak memory");
    for (int ph = 0; ph < PH_COUNT; ph++)
        printf("%-24s %14.0f %12.1f %13.1f MiB\n", phase_names[ph], (double)cycles / secs[ph],
               secs[ph] / (double)cycles * 1e9, (double)rss_kb[ph] / 1024.0);
    printf("(peak memory includes the recorded stimulus, %.1f MiB, shared by all three)\n",
           (double)cycles * sizeof(struct cm_in) / 1048576.0);
    /* seconds move by tens of percent on a shared machine: the goals are
     * judged on instructions per cycle (scripts/bench.sh) */
    printf("lock-step / RTL alone:  %.2fx slower (seconds, this run)\n",
           secs[PH_LOCKSTEP] / secs[PH_RTL]);
    printf("C model / RTL alone:    %.1fx faster (seconds, this run)\n",
           secs[PH_RTL] / secs[PH_MODEL]);
    return 0;
}
