/* vitrap-vectors: runs the C model on the constrained-random stimulus of
 * tb/stim_random.c and writes, per cycle, every input port value and every
 * expected output port value of the unit, for tb/replay_tb.v to replay
 * against the generated Verilog under iverilog (scripts/iverilog-replay.sh).
 * Built per configuration (build/cfg/<CFG>/vitrap-vectors, mk/replay.mk):
 * the configuration is the one of that configuration's vitrap_cfg.h.
 *
 *   vitrap-vectors [--seed N] [--cycles N] --out FILE
 *
 * Vector file format, version 1 (tb/replay_tb.v reads the same):
 *
 *   Lines starting with '#' are comments (the first ones name the
 *   configuration, the seed and the fields); they may appear only before the
 *   parameter line.
 *
 *   Parameter line, decimal:   V <version> <nslots> <geilen> <cycles>
 *     version = 1, nslots = VT_DBG_NSLOTS, geilen = VT_CFG_GEILEN,
 *     cycles = number of cycle lines that follow.
 *
 *   Then one line per cycle, 48 fields separated by one space, all in hex
 *   without 0x, zero-padded to the port width (digits in brackets):
 *     0  chk           (1)  1 = check the outputs of this cycle, 0 = don't:
 *                           0 until the first clock edge with rst=1, when
 *                           the RTL state is still undefined (cycle 0)
 *     1  cycle         (8)  cycle number, 0 first
 *   inputs, in port order (gen/INTERFACE.md section 2):
 *     2  rst (1)  3 commit_valid (1)  4 commit_pc (16)  5 commit_insn (8)
 *     6  commit_rs1 (16)  7 exc_valid (1)  8 exc_cause (2)  9 exc_tval (16)
 *     10 exc_tval2 (16)  11 exc_tinst (16)  12 exc_gva (1)  13 irq_meip (1)
 *     14 irq_mtip (1)  15 irq_msip (1)  16 irq_seip (1)
 *     17 irq_sgeip (16)  bits GEILEN-1..0 (masked; always present, 0 when
 *                        the port does not exist: H off or GEILEN = 0)
 *     18 mtime (16)  19 retire_in (1)
 *   expected outputs, in port order:
 *     20 csr_rdata (16)  21 retire (1)  22 stall (1)  23 trap (1)
 *     24 trap_irq (1)  25 trap_code (2)  26 xret (1)  27 redirect (1)
 *     28 redirect_pc (16)  29 priv (1)  30 virt (1)  31 ls_priv (1)
 *     32 ls_virt (1)  33 hlsv_priv (1)  34 satp (16)  35 vsatp (16)
 *     36 hgatp (16)  37 mxr (1)  38 sum (1)  39 vs_mxr (1)  40 vs_sum (1)
 *     41 sfence_vma (1)  42 hfence_vvma (1)  43 hfence_gvma (1)  44 flush (1)
 *     45 dbg_wfi_wait (1)  46 dbg_wfi_cnt (8)
 *     47 dbg_csrs (16*nslots): the whole bus as one number, slot k in bits
 *        64k+63..64k, i.e. slot nslots-1 first in the text and slot 0 last;
 *        slot k = cm_peek_csr(vt_dbg_slots[k].addr) in that cycle.
 *
 * The run: cycle 0 has rst=1 and every other input 0, then stim_next ->
 * cm_eval -> line -> cm_clock -> stim_observe, as tb/random_run.c does.
 *
 * Exit status: 0 written, 1 the model has no CSR for a debug slot or the
 * file could not be written completely, 2 bad usage (one line on stderr).
 * The file is written to FILE.tmp.<pid> and renamed to FILE at the end:
 * a failed run leaves no file behind. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cfg_from_header.h"
#include "cmodel.h"
#include "stim.h"
#include "vitrap_cfg.h"

#define VEC_VERSION 1

struct vec_options {
    uint64_t seed, cycles;
    const char *out;
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: vitrap-vectors [--seed N] [--cycles N] --out FILE\n"
            "Runs the C model of the vitrap CSR/trap unit on constrained-random stimulus and\n"
            "writes every input and every expected output, one line per cycle, for\n"
            "tb/replay_tb.v (format: comment at the top of tb/vectors_main.c).\n"
            "  --seed N      stimulus seed (default 1)\n"
            "  --cycles N    cycles, the reset cycle included (default 20000, at least 2)\n"
            "  --out FILE    the vector file to write\n"
            "  --help        this text\n"
            "Exit status: 0 written, 1 model or write error, 2 bad usage.\n");
}

/* A decimal or 0x hex number, the whole string. */
static int parse_u64(const char *s, uint64_t *v)
{
    char *end;
    if (!s || !*s || *s == '-' || *s == '+' || *s == ' ')
        return -1;
    errno = 0;
    *v = strtoull(s, &end, 0);
    return errno || *end ? -1 : 0;
}

/* 0 ok, -1 bad usage (one line already printed). --help exits here. */
static int parse_args(int argc, char **argv, struct vec_options *o)
{
    o->seed = 1;
    o->cycles = 20000;
    o->out = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            exit(0);
        }
        if (strcmp(a, "--seed") != 0 && strcmp(a, "--cycles") != 0 && strcmp(a, "--out") != 0) {
            fprintf(stderr, "vitrap-vectors: unknown option '%s' (try --help)\n", a);
            return -1;
        }
        if (!v) {
            fprintf(stderr, "vitrap-vectors: %s needs a value\n", a);
            return -1;
        }
        i++;
        if (strcmp(a, "--out") == 0) {
            o->out = v;
        } else if (parse_u64(v, strcmp(a, "--seed") == 0 ? &o->seed : &o->cycles) != 0) {
            fprintf(stderr, "vitrap-vectors: %s needs a number, not '%s'\n", a, v);
            return -1;
        }
    }
    if (!o->out || !*o->out) {
        fprintf(stderr, "vitrap-vectors: --out FILE is required (try --help)\n");
        return -1;
    }
    if (o->cycles < 2 || o->cycles > 0xffffffffu) {
        fprintf(stderr, "vitrap-vectors: --cycles must be 2..4294967295, not %" PRIu64 "\n",
                o->cycles);
        return -1;
    }
    return 0;
}

/* Comments and the parameter line. */
static void write_header(FILE *f, const struct cm_config *c, const struct vec_options *o)
{
    fprintf(f, "# vitrap-vectors format %d: seed %" PRIu64 ", %" PRIu64 " cycles\n", VEC_VERSION,
            o->seed, o->cycles);
    fprintf(f,
            "# config: h=%d wfi_timeout=%" PRIu32 " hpm_counters=%d geilen=%d mtval_insn=%d "
            "ext_a=%d ext_m=%d ext_c=%d mvendorid=0x%" PRIx32 " marchid=0x%" PRIx64
            " mimpid=0x%" PRIx64 " mhartid=0x%" PRIx64 "\n",
            c->h, c->wfi_timeout, c->hpm_counters, c->geilen, c->mtval_insn, c->ext_a, c->ext_m,
            c->ext_c, c->mvendorid, c->marchid, c->mimpid, c->mhartid);
    fprintf(f, "# fields (hex): chk cycle | rst commit_valid commit_pc commit_insn commit_rs1"
               " exc_valid exc_cause exc_tval exc_tval2 exc_tinst exc_gva irq_meip irq_mtip"
               " irq_msip irq_seip irq_sgeip mtime retire_in | csr_rdata retire stall trap"
               " trap_irq trap_code xret redirect redirect_pc priv virt ls_priv ls_virt"
               " hlsv_priv satp vsatp hgatp mxr sum vs_mxr vs_sum sfence_vma hfence_vvma"
               " hfence_gvma flush dbg_wfi_wait dbg_wfi_cnt dbg_csrs(slot %d..0)\n",
            VT_DBG_NSLOTS - 1);
    fprintf(f, "V %d %d %d %" PRIu64 "\n", VEC_VERSION, VT_DBG_NSLOTS, VT_CFG_GEILEN, o->cycles);
}

static uint64_t sgeip_mask(void)
{
    if (!VT_CFG_H || VT_CFG_GEILEN <= 0)
        return 0;
    return VT_CFG_GEILEN >= 64 ? ~0ull : (1ull << VT_CFG_GEILEN) - 1;
}

/* One cycle line. Returns -1 when the model has no CSR for a debug slot. */
static int write_cycle(FILE *f, const struct cm_model *m, int chk, uint64_t cycle,
                       const struct cm_in *i, const struct cm_out *o)
{
    fprintf(f,
            "%d %08" PRIx64 " %d %d %016" PRIx64 " %08" PRIx32 " %016" PRIx64
            " %d %02x %016" PRIx64 " %016" PRIx64 " %016" PRIx64 " %d %d %d %d %d %016" PRIx64
            " %016" PRIx64 " %d",
            chk, cycle, !!i->rst, !!i->commit_valid, i->commit_pc, i->commit_insn, i->commit_rs1,
            !!i->exc_valid, i->exc_cause & 31u, i->exc_tval, i->exc_tval2, i->exc_tinst,
            !!i->exc_gva, !!i->irq_meip, !!i->irq_mtip, !!i->irq_msip, !!i->irq_seip,
            i->irq_sgeip & sgeip_mask(), i->mtime, !!i->retire_in);
    fprintf(f,
            " %016" PRIx64 " %d %d %d %d %02x %d %d %016" PRIx64 " %x %d %x %d %x %016" PRIx64
            " %016" PRIx64 " %016" PRIx64 " %d %d %d %d %d %d %d %d %d %08" PRIx32 " ",
            o->csr_rdata, !!o->retire, !!o->stall, !!o->trap, !!o->trap_irq, o->trap_code & 31u,
            !!o->xret, !!o->redirect, o->redirect_pc, o->priv & 3u, !!o->virt, o->ls_priv & 3u,
            !!o->ls_virt, o->hlsv_priv & 3u, o->satp, o->vsatp, o->hgatp, !!o->mxr, !!o->sum,
            !!o->vs_mxr, !!o->vs_sum, !!o->sfence_vma, !!o->hfence_vvma, !!o->hfence_gvma,
            !!o->flush, !!o->dbg_wfi_wait, o->dbg_wfi_cnt);
    for (int k = VT_DBG_NSLOTS - 1; k >= 0; k--) {
        uint64_t v;
        if (!cm_peek_csr(m, vt_dbg_slots[k].addr, &v)) {
            fprintf(stderr,
                    "vitrap-vectors: debug slot %d, CSR %s (0x%03x), does not exist in the model\n",
                    k, vt_dbg_slots[k].name, vt_dbg_slots[k].addr);
            return -1;
        }
        fprintf(f, "%016" PRIx64, v);
    }
    if (VT_DBG_NSLOTS == 0)
        fputc('0', f);
    fputc('\n', f);
    return 0;
}

/* The model on the random stimulus, one line per cycle. 0 ok, -1 model error. */
static int write_run(FILE *f, const struct vec_options *o)
{
    struct cm_config cfg;
    struct stim st;
    struct cm_in in;
    struct cm_out out;
    int reset_done = 0, rc = 0;

    cfg_from_header(&cfg);
    struct cm_model *m = cm_new(&cfg);
    if (!m) {
        fprintf(stderr, "vitrap-vectors: the C model rejected the configuration\n");
        return -1;
    }
    write_header(f, &cfg, o);
    stim_init(&st, &cfg, o->seed);
    memset(&in, 0, sizeof in);
    in.rst = 1;
    for (uint64_t c = 0; c < o->cycles && rc == 0; c++) {
        if (c > 0)
            stim_next(&st, &in);
        cm_eval(m, &in, &out);
        rc = write_cycle(f, m, reset_done, c, &in, &out);
        cm_clock(m);
        if (in.rst)
            reset_done = 1; /* state defined from the first reset edge on */
        if (c > 0) {
            unsigned priv;
            int virt;
            cm_mode(m, &priv, &virt);
            stim_observe(&st, &in, &out, priv, virt);
        }
    }
    cm_free(m);
    return rc;
}

int main(int argc, char **argv)
{
    struct vec_options o;
    if (parse_args(argc, argv, &o) != 0)
        return 2;

    size_t n = strlen(o.out) + 32;
    char *tmp = malloc(n);
    if (!tmp)
        return 1;
    snprintf(tmp, n, "%s.tmp.%ld", o.out, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f) {
        fprintf(stderr, "vitrap-vectors: cannot write '%s': %s\n", o.out, strerror(errno));
        free(tmp);
        return 2;
    }
    int rc = write_run(f, &o);
    if (ferror(f) && rc == 0) {
        fprintf(stderr, "vitrap-vectors: error writing '%s'\n", tmp);
        rc = -1;
    }
    if (fclose(f) != 0 && rc == 0) {
        fprintf(stderr, "vitrap-vectors: error writing '%s': %s\n", tmp, strerror(errno));
        rc = -1;
    }
    if (rc == 0 && rename(tmp, o.out) != 0) {
        fprintf(stderr, "vitrap-vectors: cannot rename '%s' to '%s': %s\n", tmp, o.out,
                strerror(errno));
        rc = -1;
    }
    if (rc != 0)
        remove(tmp);
    free(tmp);
    return rc == 0 ? 0 : 1;
}
