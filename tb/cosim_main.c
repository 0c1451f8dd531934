/* vitrap-cosim: runs the C model and the Verilator-built RTL of the CSR/trap
 * unit in lock-step, on a stimulus script or on constrained-random stimulus.
 * Exit status: 0 pass, 1 mismatch or failed check, 2 bad usage or malformed
 * input. */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "asm.h"
#include "bench.h"
#include "cfg_draw.h"
#include "cfg_select.h"
#include "cov_topup.h"
#include "coverage.h"
#include "lockstep.h"
#include "random_run.h"
#include "script.h"

#define WAVE_BEFORE 64 /* cycles of waveform before a mismatch */

/* Set by the SIGINT handler (Ctrl-C): the run stops at the next cycle and
 * prints its summary so far. The one piece of global state, as a signal
 * handler needs. */
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

struct options {
    const char *script;
    const char *trace;   /* full-run VCD */
    const char *wave;    /* mismatch window VCD */
    const char *topup;   /* --topup: a bin id, or "all" */
    const char *bench_phase; /* --bench-phase */
    int have_seed, coverage, bench, rtl_dir, have_draw;
    uint64_t draw_seed;
    uint64_t seed, cycles, runs, watchdog;
    struct script_options sopt;
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: vitrap-cosim (--script FILE | --seed N --cycles N | --bench) [options] [configuration]\n"
            "Runs the C model and the RTL of the vitrap CSR/trap unit in lock-step, comparing\n"
            "every output and every CSR every cycle.\n"
            "  --script FILE     run a stimulus script (tb/SCRIPT.md)\n"
            "  --seed N          constrained-random stimulus from seed N\n"
            "  --cycles N        cycles per random run (default 1000000)\n"
            "  --runs K          K random runs, seeds N..N+K-1 (default 1)\n"
            "  --bench           measure cycles/s of the C model alone, the RTL alone and the\n"
            "                    lock-step pair on --cycles cycles of random stimulus\n"
            "  --bench-phase P   run only phase P (model, rtl, lockstep) of --bench, for\n"
            "                    callgrind (scripts/bench.sh)\n"
            "  --rtl-dir         print the folder of the generated RTL of the configuration\n"
            "                    (building it if needed) and exit\n"
            "  --draw-config N   print the configuration flags that config seed N draws\n"
            "                    (the same on every machine; scripts/regress.sh) and exit\n"
            "  --coverage        after the random runs, top up every bin this configuration\n"
            "                    can reach that is still empty with its directed stimulus\n"
            "                    (in lock-step), print the coverage table, and fail if a bin\n"
            "                    is still empty or a bin the rules call unreachable was hit\n"
            "  --topup ID|all    run only the directed top-up of one coverage bin (an id as\n"
            "                    printed, e.g. csr:VS:S:read:VI) or of every reachable bin,\n"
            "                    and fail if one does not reach its bin\n"
            "  --trace FILE      write a VCD waveform of the whole run\n"
            "  --wave FILE       where to write the waveform around a mismatch\n"
            "                    (default vitrap-mismatch.vcd)\n"
            "  --quiet           no per-instruction trace lines, no progress line\n"
            "  --max-stall N     cycles a script instruction may stall (default 2000000)\n"
            "  --watchdog N      fail a random run after N cycles in which no instruction\n"
            "                    retired or trapped (default 100000 + 4 x the WFI bound)\n"
            "  --help            this text\n"
            "Configuration: the generator's flags (--config FILE, --h, --wfi-timeout,\n"
            "--hpm-counters, --geilen, --mvendorid, --marchid, --mimpid, --mhartid,\n"
            "--mtval-insn, --ext; see vitrap-gen --help). Without them the run uses the\n"
            "configuration this binary was built for; with them, a binary for that\n"
            "configuration is generated and built under build/cfg/ (once) and run.\n"
            "Exit status: 0 pass (a script whose `requires` do not hold prints 'skipped:'),\n"
            "1 mismatch, failed expectation or coverage hole, 2 bad usage or malformed input.\n");
}

static int need_number(const char *flag, const char *v, uint64_t *out)
{
    if (asm_number(v, out) != 0) {
        fprintf(stderr, "vitrap-cosim: %s needs a number, not '%s'\n", flag, v);
        return -1;
    }
    return 0;
}

/* Splits argv: the harness's own options into o, the generator's
 * configuration flags into cfg_argv (to be parsed by cfg_select). */
static int parse_args(int argc, char **argv, struct options *o, int *cfg_argc, char **cfg_argv)
{
    memset(o, 0, sizeof *o);
    o->wave = "vitrap-mismatch.vcd";
    o->sopt.max_stall = 2000000;
    o->cycles = 1000000;
    o->runs = 1;
    *cfg_argc = 1;
    cfg_argv[0] = argv[0];
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "--quiet") == 0) {
            o->sopt.quiet = 1;
        } else if (strcmp(a, "--coverage") == 0) {
            o->coverage = 1;
        } else if (strcmp(a, "--bench") == 0) {
            o->bench = 1;
        } else if (strcmp(a, "--rtl-dir") == 0) {
            o->rtl_dir = 1;
        } else if (cfg_is_flag(a)) {
            if (!v) {
                fprintf(stderr, "vitrap-cosim: %s needs a value\n", a);
                return -1;
            }
            cfg_argv[(*cfg_argc)++] = argv[i];
            cfg_argv[(*cfg_argc)++] = argv[++i];
        } else if (strcmp(a, "--script") == 0 || strcmp(a, "--trace") == 0 ||
                   strcmp(a, "--wave") == 0 || strcmp(a, "--max-stall") == 0 ||
                   strcmp(a, "--seed") == 0 || strcmp(a, "--cycles") == 0 ||
                   strcmp(a, "--runs") == 0 || strcmp(a, "--watchdog") == 0 ||
                   strcmp(a, "--draw-config") == 0 || strcmp(a, "--topup") == 0 ||
                   strcmp(a, "--bench-phase") == 0) {
            if (!v) {
                fprintf(stderr, "vitrap-cosim: %s needs a value\n", a);
                return -1;
            }
            i++;
            if (strcmp(a, "--script") == 0)
                o->script = v;
            else if (strcmp(a, "--topup") == 0)
                o->topup = v;
            else if (strcmp(a, "--bench-phase") == 0) {
                o->bench_phase = v;
                o->bench = 1;
            }
            else if (strcmp(a, "--trace") == 0)
                o->trace = v;
            else if (strcmp(a, "--wave") == 0)
                o->wave = v;
            else if (strcmp(a, "--max-stall") == 0 && need_number(a, v, &o->sopt.max_stall) != 0)
                return -1;
            else if (strcmp(a, "--seed") == 0) {
                if (need_number(a, v, &o->seed) != 0)
                    return -1;
                o->have_seed = 1;
            } else if (strcmp(a, "--draw-config") == 0) {
                if (need_number(a, v, &o->draw_seed) != 0)
                    return -1;
                o->have_draw = 1;
            } else if (strcmp(a, "--watchdog") == 0 && need_number(a, v, &o->watchdog) != 0)
                return -1;
            else if (strcmp(a, "--cycles") == 0 && need_number(a, v, &o->cycles) != 0)
                return -1;
            else if (strcmp(a, "--runs") == 0 && (need_number(a, v, &o->runs) != 0 || o->runs == 0)) {
                if (o->runs == 0)
                    fprintf(stderr, "vitrap-cosim: --runs needs at least 1\n");
                return -1;
            }
        } else {
            fprintf(stderr, "vitrap-cosim: unknown option '%s' (try --help)\n", a);
            return -1;
        }
    }
    if (o->have_draw)
        return 0;
    if ((o->bench || o->rtl_dir) && !o->script) {
        if (!o->have_seed)
            o->seed = 1;
        return 0;
    }
    if ((o->script != NULL) + o->have_seed + (o->topup != NULL) != 1) {
        fprintf(stderr, "vitrap-cosim: give one of --script FILE, --seed N, --topup ID (try --help)\n");
        return -1;
    }
    if (o->have_seed && o->cycles < 2) {
        fprintf(stderr, "vitrap-cosim: --cycles needs at least 2 (one reset cycle, one more)\n");
        return -1;
    }
    return 0;
}

/* The RTL this binary was built from lives in <folder of the binary>/rtl. */
static int print_rtl_dir(void)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return 2;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    printf("%s/rtl\n", exe);
    return 0;
}

static char *join_args(int argc, char **argv)
{
    size_t len = 1;
    for (int i = 0; i < argc; i++)
        len += strlen(argv[i]) + 3;
    char *s = malloc(len);
    if (!s)
        return NULL;
    s[0] = '\0';
    for (int i = 0; i < argc; i++) {
        if (i)
            strcat(s, " ");
        strcat(s, argv[i]);
    }
    return s;
}

/* One run: a script, one random seed, or the top-up of one coverage bin
 * (topup != NULL). Returns the exit status and the cycle of a mismatch
 * (UINT64_MAX if none). */
static int run_once(const struct options *o, const char *repro, const char *trace, uint64_t from,
                    uint64_t until, uint64_t seed, const struct cov_bin *topup,
                    struct coverage *cov, uint64_t *mismatch_cycle)
{
    struct lockstep ls;
    int status;
    *mismatch_cycle = UINT64_MAX;
    if (ls_init(&ls, trace, from, until) != 0) {
        ls_fini(&ls);
        return 2;
    }
    ls.repro = repro;
    ls.silent = o->sopt.silent;
    char where[96];
    if (topup) {
        char id[64];
        cov_bin_id(topup, id, sizeof id);
        snprintf(where, sizeof where, "coverage top-up of %s", id);
        ls.context = where;
        status = cov_topup_run(&ls, topup, cov);
    } else if (o->script) {
        enum script_status st = script_run(&ls, o->script, &o->sopt);
        status = st == SCRIPT_PASS || st == SCRIPT_SKIPPED ? 0 : st == SCRIPT_FAIL ? 1 : 2;
    } else {
        struct random_options ro = {seed, o->cycles, o->sopt.quiet, o->watchdog, &interrupted};
        uint64_t done = 0;
        snprintf(where, sizeof where, "random stimulus, seed %" PRIu64, seed);
        ls.context = where;
        if (!ro.watchdog) {
            uint64_t bound = ls.cfg.wfi_timeout < 1000000 ? ls.cfg.wfi_timeout : 1000000;
            ro.watchdog = 100000 + 4 * bound;
        }
        status = random_run(&ls, &ro, cov, &done);
        if (status == RANDOM_RUN_STOPPED) {
            fprintf(stdout, "interrupted at cycle %" PRIu64 " of seed %" PRIu64
                            ": no mismatch so far\n", done, seed);
            status = 1;
        }
    }
    if (ls.mismatch)
        *mismatch_cycle = ls.mismatch_cycle;
    ls_fini(&ls);
    return status;
}

/* The command that reproduces one failing random run: this seed only, and
 * only as many cycles as it took. */
static char *random_repro(int argc, char **argv, uint64_t seed, uint64_t cycles)
{
    char *base = join_args(argc, argv);
    if (!base)
        return NULL;
    size_t n = strlen(base) + 96;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s --seed %" PRIu64 " --cycles %" PRIu64 " --runs 1", base, seed, cycles);
    free(base);
    return s;
}

/* The waveform of a failed run: replay the deterministic run (a script, one
 * seed, or one top-up) with the VCD on around the failure. */
static void write_mismatch_wave(const struct options *o, const char *repro, uint64_t seed,
                                const struct cov_bin *topup, uint64_t mc)
{
    struct options replay = *o;
    struct coverage ignored_cov;
    uint64_t ignored;
    replay.sopt.quiet = 1;
    replay.sopt.silent = 1;
    replay.cycles = mc + 1;
    uint64_t from = mc > WAVE_BEFORE ? mc - WAVE_BEFORE : 0;
    cov_init(&ignored_cov);
    run_once(&replay, repro, o->wave, from, mc, seed, topup, &ignored_cov, &ignored);
    fprintf(stdout, "waveform of cycles %" PRIu64 "..%" PRIu64 " (VCD time = 10 x cycle): %s\n",
            from, mc, o->wave);
}

enum { TOPUP_REACHED, TOPUP_FAILED, TOPUP_MISSED };

/* The top-up of one bin, in its own lock-step run from reset. */
static int topup_one(const struct options *o, const char *cfg_cmd, const struct cov_bin *b,
                     struct coverage *cov)
{
    char id[64], repro[1200];
    uint64_t mc;
    cov_bin_id(b, id, sizeof id);
    snprintf(repro, sizeof repro, "%s --topup %s", cfg_cmd, id);
    uint64_t before = cov_bin_count(cov, b);
    int rc = run_once(o, repro, o->trace, 0, UINT64_MAX, 0, b, cov, &mc);
    if (mc != UINT64_MAX && !o->trace)
        write_mismatch_wave(o, repro, 0, b, mc);
    if (rc != 0)
        return TOPUP_FAILED;
    if (cov_bin_count(cov, b) > before)
        return TOPUP_REACHED;
    printf("  MISSING after top-up: %s (its directed stimulus did not reach it; reproduce: %s)\n",
           id, repro);
    return TOPUP_MISSED;
}

/* Tops up every reachable bin that is still empty (all: every reachable
 * bin; one: that bin only). Returns 0, or 1 if a top-up failed or missed. */
static int topup_bins(const struct options *o, const char *cfg_cmd, const struct cov_bin *one,
                      int all, struct coverage *cov)
{
    struct cm_config cfg;
    struct cov_bin b;
    char ids[2048] = "", id[64];
    unsigned done = 0, missed = 0;
    int status = 0;
    ls_config_from_rtl(&cfg);
    for (unsigned k = 0; cov_bin_at(k, &b) && status == 0; k++) {
        if (one && memcmp(&b, one, sizeof b) != 0)
            continue;
        if (!cov_bin_reachable(&cfg, &b) || (!all && !one && cov_bin_count(cov, &b) != 0))
            continue;
        int r = topup_one(o, cfg_cmd, &b, cov);
        if (r == TOPUP_FAILED)
            status = 1;
        else if (r == TOPUP_MISSED)
            missed++;
        else if (++done <= 24) {
            cov_bin_id(&b, id, sizeof id);
            if (strlen(ids) + strlen(id) + 2 < sizeof ids)
                strcat(strcat(ids, " "), id);
        }
    }
    printf("coverage top-up: %u bin%s topped up%s%s%s\n", done, done == 1 ? "" : "s",
           done ? ":" : "", ids, done > 24 ? " ..." : "");
    if (missed)
        printf("coverage top-up: %u bin%s not reached by their top-up\n", missed,
               missed == 1 ? "" : "s");
    return status || missed;
}

int main(int argc, char **argv)
{
    struct options o;
    char **cfg_argv = calloc((size_t)argc + 1, sizeof *cfg_argv);
    int cfg_argc;
    if (!cfg_argv || parse_args(argc, argv, &o, &cfg_argc, cfg_argv) != 0) {
        free(cfg_argv);
        return 2;
    }
    if (o.have_draw) {
        char flags[512];
        free(cfg_argv);
        if (cfg_draw(o.draw_seed, flags, sizeof flags) != 0)
            return 2;
        printf("%s\n", flags);
        return 0;
    }
    struct cov_bin one_bin;
    int topup_all = o.topup && strcmp(o.topup, "all") == 0;
    if (o.topup && !topup_all && cov_bin_parse(o.topup, &one_bin) != 0) {
        fprintf(stderr, "vitrap-cosim: --topup: no coverage bin '%s' (ids as in 'csr:VS:S:read:VI')\n",
                o.topup);
        free(cfg_argv);
        return 2;
    }
    /* a configuration other than the built-in one: build it and run there */
    int sel = cfg_select(cfg_argc, cfg_argv, argv);
    char *cfg_cmd = join_args(cfg_argc, cfg_argv); /* the program and its configuration */
    free(cfg_argv);
    if (sel != CFG_SELECT_HERE || !cfg_cmd) {
        free(cfg_cmd);
        return sel != CFG_SELECT_HERE ? sel : 2;
    }
    if (o.bench || o.rtl_dir) {
        free(cfg_cmd);
        if (o.bench_phase)
            return bench_one_phase(o.bench_phase, o.seed, o.cycles);
        return o.bench ? bench_run(o.seed, o.cycles) : print_rtl_dir();
    }

    signal(SIGINT, on_sigint);
    struct coverage cov;
    struct cm_config cfg;
    cov_init(&cov);
    ls_config_from_rtl(&cfg);
    int status = 0;
    if (o.topup) {
        if (!topup_all && !cov_bin_reachable(&cfg, &one_bin)) {
            fprintf(stderr, "vitrap-cosim: --topup: bin '%s' is not reachable in this configuration\n",
                    o.topup);
            free(cfg_cmd);
            return 2;
        }
        status = topup_bins(&o, cfg_cmd, topup_all ? NULL : &one_bin, topup_all, &cov);
        /* every bin: the whole table must be full; one bin: nothing unexpected */
        if (status == 0 && (topup_all ? cov_report(&cov, &cfg, stdout)
                                      : cov_unexpected(&cov, &cfg, stdout)) != 0)
            status = 1;
        free(cfg_cmd);
        return status;
    }
    uint64_t mc = UINT64_MAX, seed = o.seed;
    char *repro = join_args(argc, argv);
    for (uint64_t r = 0; r < o.runs && status == 0; r++) {
        seed = o.seed + r;
        if (o.have_seed) {
            free(repro);
            repro = random_repro(argc, argv, seed, o.cycles);
            if (!o.sopt.quiet && o.runs > 1)
                fprintf(stderr, "run %" PRIu64 " of %" PRIu64 ": seed %" PRIu64 "\n", r + 1,
                        o.runs, seed);
        }
        status = run_once(&o, repro, o.trace, 0, UINT64_MAX, seed, NULL,
                          o.have_seed ? &cov : NULL, &mc);
    }
    if (mc != UINT64_MAX && !o.trace)
        write_mismatch_wave(&o, repro, seed, NULL, mc);
    if (o.have_seed && interrupted) {
        printf("summary so far (interrupted):\n");
        cov_report(&cov, &cfg, stdout);
    }
    if (o.have_seed && status == 0) {
        printf("%" PRIu64 " random run%s of %" PRIu64 " cycles from seed %" PRIu64
               ": no mismatch\n", o.runs, o.runs == 1 ? "" : "s", o.cycles, o.seed);
        /* coverage closure: every reachable bin still empty gets its directed
         * top-up; a bin still empty after it is a bug (cov_topup.h) */
        if (o.coverage && topup_bins(&o, cfg_cmd, NULL, 0, &cov) != 0)
            status = 1;
        if (o.coverage || !o.sopt.quiet) {
            if (cov_report(&cov, &cfg, stdout) != 0 && o.coverage)
                status = 1;
        }
    }
    free(repro);
    free(cfg_cmd);
    return status;
}
