/* vitrap-run: runs an RV64 ELF on the vitrap core SoC, in lock-step (the
 * Verilated RTL and the C cycle model compared every cycle), or on one of
 * them alone. Console output (UART, HTIF) on stdout; the exit status is the
 * program's exit code, 1 on a lock-step mismatch, 124 past --max-cycles, 2
 * on bad input. See README "The runner". */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cfg_from_header.h"
#include "cfg_select.h"
#include "commit_log.h"
#include "core_select.h"
#include "core_sim.h"
#include "events.h"
#include "vitrap_cfg.h"

#ifndef CORE_RAM_SIZE
#define CORE_RAM_SIZE 0x10000000ull /* 256 MiB: what bare-metal suites expect */
#endif
#ifndef CORE_MTIME_DIV
#define CORE_MTIME_DIV 1u
#endif
#define CORE_RESET_PC 0x80000000ull
#define CORE_RAM_BASE 0x80000000ull
#define WAVE_BEFORE 64            /* cycles of waveform before a mismatch */
#define PROGRESS_EVERY (1u << 24) /* cycles between progress lines */

struct options {
    enum core_mode mode;
    uint64_t max_cycles;
    const char *log_commits, *trace, *wave, *prog, *events;
    uint64_t ram_size;
    unsigned mtime_div;
    int quiet, stats;
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: vitrap-run [--mode lockstep|rtl|model] [--max-cycles N] [--log-commits FILE]\n"
            "                  [--trace FILE] [--wave FILE] [--events FILE] [--ram-size N]\n"
            "                  [--mtime-div N]\n"
            "                  [--quiet] [--stats] [--config FILE | generator flags] PROG.elf\n"
            "  --mode M          lockstep (default): RTL and C model compared every cycle;\n"
            "                    rtl or model: one of them alone\n"
            "  --max-cycles N    stop with exit status 124 after N cycles (default 100000000)\n"
            "  --log-commits F   commit log in Spike's --log-commits format\n"
            "  --trace F         VCD waveform of the whole run (RTL)\n"
            "  --wave F          waveform around a mismatch (default vitrap-run-mismatch.vcd)\n"
            "  --events F        event log: traps, xRETs, mode changes, tb_seg_* marks,\n"
            "                    interrupt lines, WFI stalls, each with its cycle\n"
            "  --ram-size N      RAM bytes at 0x80000000 (default 256 MiB)\n"
            "  --mtime-div N     mtime ticks every N cycles (default 1)\n"
            "  --quiet           no progress or summary lines on stderr\n"
            "  --stats           where the cycles went (holds, redirects, traps) on stderr\n"
            "exit status: the program's exit code; 1 lock-step mismatch; 124 timeout; 2 bad input\n");
}

static int bad(const char *fmt, const char *arg)
{
    fprintf(stderr, "vitrap-run: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 2;
}

static int parse_u64(const char *s, uint64_t *v)
{
    char *end;
    if (!s || !*s || *s == '-')
        return -1;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 0);
    if (errno || *end)
        return -1;
    *v = x;
    return 0;
}

/* Options; configuration flags are collected into cfg_argv. -1 on error. */
static int parse(int argc, char **argv, struct options *o, int *cfg_argc, char **cfg_argv)
{
    memset(o, 0, sizeof *o);
    o->mode = MODE_LOCKSTEP;
    o->max_cycles = 100000000;
    o->wave = "vitrap-run-mismatch.vcd";
    o->ram_size = CORE_RAM_SIZE;
    o->mtime_div = CORE_MTIME_DIV;
    cfg_argv[0] = argv[0];
    *cfg_argc = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "--quiet") == 0) {
            o->quiet = 1;
        } else if (strcmp(a, "--stats") == 0) {
            o->stats = 1;
        } else if (cfg_is_flag(a)) {
            if (i + 1 >= argc)
                return bad("option %s needs a value", a), -1;
            cfg_argv[(*cfg_argc)++] = argv[i];
            cfg_argv[(*cfg_argc)++] = argv[++i];
        } else if (a[0] == '-' && a[1] == '-') {
            if (i + 1 >= argc)
                return bad("option %s needs a value", a), -1;
            const char *v = argv[++i];
            uint64_t n;
            if (strcmp(a, "--mode") == 0) {
                if (strcmp(v, "lockstep") == 0)
                    o->mode = MODE_LOCKSTEP;
                else if (strcmp(v, "rtl") == 0)
                    o->mode = MODE_RTL;
                else if (strcmp(v, "model") == 0)
                    o->mode = MODE_MODEL;
                else
                    return bad("--mode must be lockstep, rtl or model, not '%s'", v), -1;
            } else if (strcmp(a, "--max-cycles") == 0) {
                if (parse_u64(v, &o->max_cycles) != 0)
                    return bad("--max-cycles needs a number, not '%s'", v), -1;
            } else if (strcmp(a, "--ram-size") == 0) {
                if (parse_u64(v, &n) != 0 || n == 0 || n % 4096 || n > (1ull << 40))
                    return bad("--ram-size needs a multiple of 4096 up to 1 TiB, not '%s'", v), -1;
                o->ram_size = n;
            } else if (strcmp(a, "--mtime-div") == 0) {
                if (parse_u64(v, &n) != 0 || n == 0 || n > 0xffffffffu)
                    return bad("--mtime-div needs a number from 1 to 4294967295, not '%s'", v), -1;
                o->mtime_div = (unsigned)n;
            } else if (strcmp(a, "--log-commits") == 0) {
                o->log_commits = v;
            } else if (strcmp(a, "--trace") == 0) {
                o->trace = v;
            } else if (strcmp(a, "--wave") == 0) {
                o->wave = v;
            } else if (strcmp(a, "--events") == 0) {
                o->events = v;
            } else {
                return bad("unknown option '%s' (--help lists them)", a), -1;
            }
        } else if (!o->prog) {
            o->prog = a;
        } else {
            return bad("more than one program given ('%s')", a), -1;
        }
    }
    if (!o->prog)
        return bad("%s", "no program given (usage: vitrap-run [options] PROG.elf)"), -1;
    return 0;
}

/* Where the cycles went (--stats): per-reason counts of the observation.
 * hold_why bit 2 is e_busy: a divide or, since revision 3 of PIPELINE.md
 * (4.3: 3 cycles in EX), a multiply. */
struct stats {
    uint64_t hold[4], redirect[3], commit_idle, traps, irqs;
};

static void stats_count(struct stats *t, const struct core_obs *o)
{
    for (int i = 0; i < 4; i++)
        t->hold[i] += o->hold_why >> i & 1;
    for (int i = 0; i < 3; i++)
        t->redirect[i] += o->redirect_why >> i & 1;
    t->commit_idle += !o->commit_valid;
    t->traps += o->trap && !o->trap_irq;
    t->irqs += o->trap && o->trap_irq;
}

static void stats_print(const struct stats *t, uint64_t cycles, FILE *f)
{
    fprintf(f, "vitrap-run: stats over %" PRIu64 " cycles: no instruction at commit %" PRIu64
            "; holds: WFI %" PRIu64 ", AMO %" PRIu64 ", MUL/divide %" PRIu64 ", load-use %" PRIu64
            "; redirects: commit %" PRIu64 ", EX %" PRIu64 ", IF %" PRIu64
            "; exceptions %" PRIu64 ", interrupts %" PRIu64 "\n",
            cycles, t->commit_idle, t->hold[0], t->hold[1], t->hold[2], t->hold[3],
            t->redirect[0], t->redirect[1], t->redirect[2], t->traps, t->irqs);
}

static int slot_of(unsigned addr)
{
    for (int i = 0; i < VT_DBG_NSLOTS; i++)
        if (vt_dbg_slots[i].addr == addr)
            return i;
    return -1;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void model_cfg(const struct options *o, struct core_model_cfg *c)
{
    memset(c, 0, sizeof *c);
    cfg_from_header(&c->unit);
    c->reset_pc = CORE_RESET_PC;
    c->ram_base = CORE_RAM_BASE;
    c->ram_size = o->ram_size;
    c->mtime_div = o->mtime_div;
}

/* The deterministic run again, with the waveform on around cycle mc. */
static void write_wave(const struct options *o, uint64_t mc)
{
    struct core_model_cfg c;
    struct core_sim s;
    char err[512];
    int code;
    model_cfg(o, &c);
    uint64_t from = mc > WAVE_BEFORE ? mc - WAVE_BEFORE : 0;
    FILE *devnull = fopen("/dev/null", "w");
    if (core_sim_init(&s, MODE_LOCKSTEP, o->prog, &c, o->wave, from, mc, err, sizeof err) == 0) {
        s.r.htif.out = s.r.htif.err = devnull;
        while (s.cycle <= mc && core_sim_step(&s, &code) == SIM_RUN)
            ;
        printf("waveform of cycles %" PRIu64 "..%" PRIu64 " (VCD time = 10 x cycle): %s\n", from,
               mc, o->wave);
    }
    core_sim_free(&s);
    if (devnull)
        fclose(devnull);
}

static void print_repro(int argc, char **argv)
{
    printf("reproduce:");
    for (int i = 0; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\n");
}

int main(int argc, char **argv)
{
    struct options o;
    int cfg_argc;
    char **cfg_argv = calloc((size_t)argc + 1, sizeof *cfg_argv);
    if (!cfg_argv || parse(argc, argv, &o, &cfg_argc, cfg_argv) != 0)
        return 2;
    /* another configuration or other RTL parameters: another build */
    int sel = core_select(cfg_argc, cfg_argv, argv, o.ram_size, o.mtime_div);
    if (sel != CFG_SELECT_HERE)
        return sel;
    if (!VT_CFG_EXT_A || !VT_CFG_EXT_M || VT_CFG_EXT_C)
        return bad("%s", "the core needs a unit generated with ext A and M and without C "
                         "(--ext AM)");
    struct core_model_cfg c;
    model_cfg(&o, &c);
    FILE *log = NULL;
    if (o.log_commits && !(log = fopen(o.log_commits, "w")))
        return bad("cannot write the commit log '%s'", o.log_commits);
    struct core_sim s;
    char err[512];
    if (core_sim_init(&s, o.mode, o.prog, &c, o.trace, 0, UINT64_MAX, err, sizeof err) != 0) {
        core_sim_free(&s);
        if (log) {
            fclose(log);
            remove(o.log_commits);
        }
        return bad("%s", err);
    }
    s.need_slots |= log != NULL; /* CSR values of the commit log */
    struct events ev;
    memset(&ev, 0, sizeof ev);
    if (o.events && events_open(&ev, o.events, o.prog, err, sizeof err) != 0) {
        core_sim_free(&s);
        if (log) {
            fclose(log);
            remove(o.log_commits);
        }
        return bad("%s", err);
    }
    struct stats stt;
    memset(&stt, 0, sizeof stt);
    struct commit_log cl;
    commit_log_init(&cl, log, slot_of);
    double t0 = now_s();
    int code = 0, st = SIM_RUN;
    while (st == SIM_RUN && s.cycle < o.max_cycles) {
        st = core_sim_step(&s, &code);
        const struct core_obs *ob = core_sim_obs(&s);
        if (o.stats)
            stats_count(&stt, ob);
        if (o.events && st != SIM_MISMATCH)
            events_cycle(&ev, ob, s.cycle - 1, s.retired - ob->retire);
        if (log && st != SIM_MISMATCH) {
            const struct core_side *sd = core_sim_side(&s);
            commit_log_cycle(&cl, &sd->obs, sd->slots, slot_of);
        }
        if (!o.quiet && s.cycle % PROGRESS_EVERY == 0 && st == SIM_RUN) {
            double dt = now_s() - t0;
            fprintf(stderr, "vitrap-run: %" PRIu64 " cycles, %.0f cycles/s, %" PRIu64
                    " retired, CPI %.3f\n", s.cycle, dt > 0 ? (double)s.cycle / dt : 0.0,
                    s.retired, s.retired ? (double)s.cycle / (double)s.retired : 0.0);
        }
    }
    fflush(stdout);
    int rc;
    if (st == SIM_MISMATCH) {
        printf("%s", s.mismatch);
        print_repro(argc, argv);
        rc = 1;
    } else if (st == SIM_EXIT) {
        rc = code & 0xff ? code : (code ? 1 : 0);
    } else {
        fprintf(stderr, "vitrap-run: %s: no exit after %" PRIu64 " cycles (--max-cycles)\n",
                o.prog, s.cycle);
        rc = 124;
    }
    if (!o.quiet) {
        double dt = now_s() - t0;
        fprintf(stderr, "vitrap-run: %s: %s %d after %" PRIu64 " cycles, %" PRIu64
                " instructions, CPI %.3f, %.0f cycles/s\n", o.prog,
                st == SIM_EXIT ? "exit" : "status", rc, s.cycle, s.retired,
                s.retired ? (double)s.cycle / (double)s.retired : 0.0,
                dt > 0 ? (double)s.cycle / dt : 0.0);
    }
    if (o.stats)
        stats_print(&stt, s.cycle, stderr);
    uint64_t mc = s.cycle;
    core_sim_free(&s);
    events_close(&ev);
    if (log)
        fclose(log);
    if (st == SIM_MISMATCH)
        write_wave(&o, mc);
    free(cfg_argv);
    return rc;
}
