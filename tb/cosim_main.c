/* vitrap-cosim: runs the C model and the Verilator-built RTL of the CSR/trap
 * unit in lock-step. Exit status: 0 pass, 1 mismatch or failed check,
 * 2 bad usage or malformed input. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asm.h"
#include "lockstep.h"
#include "script.h"

#define WAVE_BEFORE 64 /* cycles of waveform before a mismatch */

struct options {
    const char *script;
    const char *trace;   /* full-run VCD */
    const char *wave;    /* mismatch window VCD */
    struct script_options sopt;
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: vitrap-cosim --script FILE [options]\n"
            "Runs the C model and the RTL of the vitrap CSR/trap unit in lock-step, comparing\n"
            "every output and every CSR every cycle. The configuration is the one the RTL was\n"
            "generated with (see --help of vitrap-gen).\n"
            "  --script FILE     stimulus script (tb/SCRIPT.md)\n"
            "  --trace FILE      write a VCD waveform of the whole run\n"
            "  --wave FILE       where to write the waveform around a mismatch\n"
            "                    (default vitrap-mismatch.vcd)\n"
            "  --quiet           no per-instruction trace lines\n"
            "  --max-stall N     cycles an instruction may stall before the run fails\n"
            "                    (default 2000000)\n"
            "  --help            this text\n"
            "Exit status: 0 pass (or skipped: requires not met, printed), 1 mismatch or failed\n"
            "expectation, 2 bad usage or malformed script.\n");
}

static int parse_args(int argc, char **argv, struct options *o)
{
    memset(o, 0, sizeof *o);
    o->wave = "vitrap-mismatch.vcd";
    o->sopt.max_stall = 2000000;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has_val = i + 1 < argc;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "--quiet") == 0) {
            o->sopt.quiet = 1;
        } else if (strcmp(a, "--script") == 0 || strcmp(a, "--trace") == 0 ||
                   strcmp(a, "--wave") == 0 || strcmp(a, "--max-stall") == 0) {
            if (!has_val) {
                fprintf(stderr, "vitrap-cosim: %s needs a value\n", a);
                return -1;
            }
            const char *v = argv[++i];
            if (strcmp(a, "--script") == 0)
                o->script = v;
            else if (strcmp(a, "--trace") == 0)
                o->trace = v;
            else if (strcmp(a, "--wave") == 0)
                o->wave = v;
            else if (asm_number(v, &o->sopt.max_stall) != 0) {
                fprintf(stderr, "vitrap-cosim: --max-stall needs a number, not '%s'\n", v);
                return -1;
            }
        } else {
            fprintf(stderr, "vitrap-cosim: unknown option '%s' (try --help)\n", a);
            return -1;
        }
    }
    if (!o->script) {
        fprintf(stderr, "vitrap-cosim: nothing to run: give --script FILE (try --help)\n");
        return -1;
    }
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

static int run_script(const struct options *o, const char *repro, const char *trace,
                      uint64_t from, uint64_t until, uint64_t *mismatch_cycle)
{
    struct lockstep ls;
    if (ls_init(&ls, trace, from, until) != 0) {
        ls_fini(&ls);
        return SCRIPT_ERROR;
    }
    ls.repro = repro;
    ls.silent = o->sopt.silent;
    enum script_status st = script_run(&ls, o->script, &o->sopt);
    if (ls.mismatch)
        *mismatch_cycle = ls.mismatch_cycle;
    else
        *mismatch_cycle = UINT64_MAX;
    ls_fini(&ls);
    return (int)st;
}

int main(int argc, char **argv)
{
    struct options o;
    if (parse_args(argc, argv, &o) != 0)
        return 2;
    char *repro = join_args(argc, argv);
    uint64_t mc;
    int st = run_script(&o, repro, o.trace, 0, UINT64_MAX, &mc);
    if (mc != UINT64_MAX && !o.trace) {
        /* Replay the deterministic run with the waveform on around the failure. */
        struct options quiet = o;
        uint64_t ignored;
        quiet.sopt.quiet = 1;
        quiet.sopt.silent = 1;
        uint64_t from = mc > WAVE_BEFORE ? mc - WAVE_BEFORE : 0;
        run_script(&quiet, repro, o.wave, from, mc, &ignored);
        fprintf(stdout, "waveform of cycles %" PRIu64 "..%" PRIu64 " (VCD time = 10 x cycle): %s\n",
                from, mc, o.wave);
    }
    free(repro);
    switch (st) {
    case SCRIPT_PASS:
    case SCRIPT_SKIPPED:
        return 0;
    case SCRIPT_FAIL:
        return 1;
    default:
        return 2;
    }
}
