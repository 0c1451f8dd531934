/* The script runner: each line becomes cycles of the lock-step engine; each
 * `expect` line checks the outcome against the value the spec gives. */
#include "script.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "asm.h"
#include "csr_names.h"

#define MAX_LINE 512
#define MAX_AT 32
#define RESET_PC 0x80000000ull
#define NOP_INSN 0x00000013u

/* mstatus fields the `mode` macro sets (machine.adoc "mstatus"; MPV is H). */
#define MSTATUS_MPP (3ull << 11)
#define MSTATUS_MPV (1ull << 39)

struct at_event {
    uint64_t k;
    int lineno;
    char text[MAX_LINE];
};

struct outcome {
    int valid;
    int retired, trapped, irq, xret;
    unsigned code;
    uint64_t rdata;
    uint64_t cycles;
    uint32_t insn;      /* its bits */
    struct cm_out out;  /* the outputs of its last cycle at commit */
};

struct run {
    struct lockstep *ls;
    const struct script_options *opt;
    const char *path;
    int lineno;
    uint64_t regs[32];
    uint64_t pc;
    struct cm_in lines; /* interrupt lines, sgeip, mtime: held between instructions */
    struct at_event at[MAX_AT];
    int nat;
    struct outcome last;
    int failed;         /* an expectation failed */
    unsigned long expects, insns;
    int error;          /* the script is malformed */
    char where[MAX_LINE + 64];
};

static const char *mode_name(unsigned priv, int virt)
{
    switch (priv) {
    case 3:
        return "M";
    case 1:
        return virt ? "VS" : "HS";
    case 0:
        return virt ? "VU" : "U";
    default:
        return "?";
    }
}

static int parse_mode(const char *s, unsigned *priv, int *virt)
{
    static const struct {
        const char *name;
        unsigned priv;
        int virt;
    } modes[] = {{"M", 3, 0}, {"HS", 1, 0}, {"U", 0, 0}, {"VS", 1, 1}, {"VU", 0, 1}};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (strcmp(s, modes[i].name) == 0) {
            *priv = modes[i].priv;
            *virt = modes[i].virt;
            return 0;
        }
    return -1;
}

static void script_error(struct run *r, const char *fmt, ...)
{
    va_list ap;
    r->error = 1;
    if (r->opt->silent)
        return;
    fprintf(stderr, "%s:%d: ", r->path, r->lineno);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static void expect_fail(struct run *r, const char *line, const char *fmt, ...)
{
    va_list ap;
    r->failed = 1;
    if (r->opt->silent)
        return;
    fprintf(stderr, "%s:%d: FAILED '%s': ", r->path, r->lineno, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* One cycle on both sides; returns 0, or -1 after a mismatch. */
static int cycle(struct run *r, const struct cm_in *in, struct cm_out *out)
{
    snprintf(r->where, sizeof r->where, "script %s line %d", r->path, r->lineno);
    r->ls->context = r->where;
    if (ls_eval(r->ls, in, out) != 0)
        return -1;
    ls_clock(r->ls);
    return 0;
}

static int do_reset(struct run *r)
{
    struct cm_in in;
    struct cm_out out;
    memset(&in, 0, sizeof in);
    in.rst = 1;
    memset(r->regs, 0, sizeof r->regs);
    memset(&r->lines, 0, sizeof r->lines);
    r->pc = RESET_PC;
    r->nat = 0;
    memset(&r->last, 0, sizeof r->last);
    return cycle(r, &in, &out);
}

static void current_mode(struct run *r, unsigned *priv, int *virt)
{
    cm_mode(r->ls->model, priv, virt);
}

/* Tokenise in place on whitespace. */
static int tokens(char *s, char **tok, int max)
{
    int n = 0;
    char *p = s;
    while (*p) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        if (n == max)
            return -1;
        tok[n++] = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

/* `set NAME VALUE` applied to an input struct (and the held lines). */
static int apply_set(struct run *r, char **tok, int n, struct cm_in *also)
{
    uint64_t v;
    if (n != 3 || asm_number(tok[2], &v) != 0) {
        script_error(r, "set needs a name and a number");
        return -1;
    }
    const char *name = tok[1];
    if (name[0] == 'x' && isdigit((unsigned char)name[1])) {
        int reg = atoi(name + 1);
        if (reg < 0 || reg > 31) {
            script_error(r, "bad register '%s'", name);
            return -1;
        }
        if (reg != 0)
            r->regs[reg] = v;
        return 0;
    }
    struct cm_in *targets[2] = {&r->lines, also};
    for (int i = 0; i < 2; i++) {
        struct cm_in *t = targets[i];
        if (!t)
            continue;
        if (strcmp(name, "meip") == 0)
            t->irq_meip = v != 0;
        else if (strcmp(name, "mtip") == 0)
            t->irq_mtip = v != 0;
        else if (strcmp(name, "msip") == 0)
            t->irq_msip = v != 0;
        else if (strcmp(name, "seip") == 0)
            t->irq_seip = v != 0;
        else if (strcmp(name, "sgeip") == 0)
            t->irq_sgeip = v >> 1; /* hgeip bit i is port bit i-1 */
        else if (strcmp(name, "mtime") == 0)
            t->mtime = v;
        else {
            script_error(r, "unknown signal '%s' (meip, mtip, msip, seip, sgeip, mtime, xN)", name);
            return -1;
        }
    }
    return 0;
}

static void print_trace(struct run *r, uint64_t pc, uint32_t insn, unsigned p0, int v0,
                        const struct cm_out *out, uint64_t stalled)
{
    unsigned p1;
    int v1;
    if (r->opt->quiet)
        return;
    current_mode(r, &p1, &v1);
    printf("%" PRIu64 " 0x%016" PRIx64 " 0x%08" PRIx32 " %s -> %s ", r->ls->cycle - 1, pc, insn,
           mode_name(p0, v0), mode_name(p1, v1));
    if (out->trap) {
        printf("%s %u", out->trap_irq ? "IRQ" : "TRAP", out->trap_code);
        /* the target's trap value register (machine.adoc mtval, supervisor.adoc
         * stval, hypervisor.adoc vstval) */
        unsigned tval_addr = p1 == 3 ? 0x343 : (v1 ? 0x243 : 0x143);
        uint64_t tval = 0;
        cm_peek_csr(r->ls->model, tval_addr, &tval);
        printf(" tval=0x%" PRIx64, tval);
    } else if (out->xret) {
        printf("XRET");
    } else {
        printf("OK");
    }
    if (out->redirect)
        printf(" target=0x%" PRIx64, out->redirect_pc);
    if (stalled)
        printf(" (stalled %" PRIu64 ")", stalled);
    putchar('\n');
}

/* Commit one instruction: hold it while the unit stalls, record the outcome.
 * exc (or NULL) is an exception handed in with it; retire_in is the pipeline's
 * retire_in in every cycle it spends at commit. */
static int commit(struct run *r, uint32_t insn, uint64_t rs1val, int rd, int is_csr,
                  const struct cm_in *exc, int retire_in)
{
    struct cm_in in = r->lines;
    struct cm_out out;
    unsigned p0 = 0;
    int v0 = 0;
    uint64_t k;
    in.commit_valid = 1;
    in.commit_pc = r->pc;
    in.commit_insn = insn;
    in.commit_rs1 = rs1val;
    in.retire_in = retire_in;
    if (exc) {
        in.exc_valid = 1;
        in.exc_cause = exc->exc_cause;
        in.exc_tval = exc->exc_tval;
        in.exc_tval2 = exc->exc_tval2;
        in.exc_tinst = exc->exc_tinst;
        in.exc_gva = exc->exc_gva;
    }
    current_mode(r, &p0, &v0);
    for (k = 0;; k++) {
        for (int i = 0; i < r->nat; i++)
            if (r->at[i].k == k) {
                char buf[MAX_LINE];
                char *tok[8];
                snprintf(buf, sizeof buf, "%s", r->at[i].text);
                int n = tokens(buf, tok, 8);
                if (n < 1 || strcmp(tok[0], "set") != 0 || apply_set(r, tok, n, &in) != 0) {
                    r->lineno = r->at[i].lineno;
                    script_error(r, "`at` needs a `set` line");
                    return -1;
                }
            }
        if (cycle(r, &in, &out) != 0)
            return -1;
        if (!out.stall)
            break;
        if (k >= r->opt->max_stall) {
            expect_fail(r, "(instruction)",
                        "still stalled after %" PRIu64 " cycles (WFI never woken or trapped)", k + 1);
            return -1;
        }
    }
    r->insns++;
    r->nat = 0; /* `at` lines for cycles the instruction did not reach have no effect */
    r->last.valid = 1;
    r->last.retired = out.retire;
    r->last.trapped = out.trap && !out.trap_irq;
    r->last.irq = out.trap && out.trap_irq;
    r->last.xret = out.xret;
    r->last.code = out.trap_code;
    r->last.rdata = out.csr_rdata;
    r->last.cycles = k + 1;
    r->last.insn = insn;
    r->last.out = out;
    print_trace(r, in.commit_pc, insn, p0, v0, &out, k);
    if (out.redirect)
        r->pc = out.redirect_pc;
    else if (out.retire)
        r->pc += 4;
    if (out.retire && is_csr && rd != 0)
        r->regs[rd] = out.csr_rdata;
    return 0;
}

/* Options after an instruction (SCRIPT.md): `rs1=VALUE` and `retire_in=0|1`,
 * trailing, in any order; removed from the line in place. */
struct insn_options {
    int has_rs1;
    uint64_t rs1;
    int retire_in;
};

static int take_insn_options(struct run *r, char *line, struct insn_options *o)
{
    o->has_rs1 = 0;
    o->retire_in = 1;
    for (;;) {
        size_t len = strlen(line);
        while (len && isspace((unsigned char)line[len - 1]))
            line[--len] = '\0';
        char *word = line + len;
        while (word > line && !isspace((unsigned char)word[-1]))
            word--;
        char *eq = strchr(word, '=');
        if (word == line || !eq)
            return 0;
        uint64_t v;
        if (asm_number(eq + 1, &v) != 0) {
            script_error(r, "bad value in '%s'", word);
            return -1;
        }
        if (strncmp(word, "rs1=", 4) == 0) {
            o->has_rs1 = 1;
            o->rs1 = v;
        } else if (strncmp(word, "retire_in=", 10) == 0) {
            if (v > 1) {
                script_error(r, "retire_in must be 0 or 1 ('%s')", word);
                return -1;
            }
            o->retire_in = (int)v;
        } else {
            script_error(r, "unknown instruction option '%s' (rs1=VALUE, retire_in=0|1)", word);
            return -1;
        }
        *word = '\0';
    }
}

/* An instruction line, with an exception handed in (exc) or not (NULL). */
static int run_insn_text(struct run *r, char *text, const struct cm_in *exc)
{
    struct asm_result a;
    struct insn_options o;
    char err[160];
    if (take_insn_options(r, text, &o) != 0)
        return -1;
    if (asm_parse(text, &a, err, sizeof err) != 0) {
        script_error(r, "%s", err);
        return -1;
    }
    uint64_t rs1 = o.has_rs1 ? o.rs1 : r->regs[a.rs1];
    return commit(r, a.bits, rs1, a.rd, a.is_csr, exc, o.retire_in);
}

static int commit_csr(struct run *r, const char *text, uint64_t rs1)
{
    struct asm_result a;
    char err[160];
    if (asm_parse(text, &a, err, sizeof err) != 0) {
        script_error(r, "internal: %s", err);
        return -1;
    }
    return commit(r, a.bits, rs1, a.rd, a.is_csr, NULL, 1);
}

/* `mode X` (SCRIPT.md): from M-mode, set MPP/MPV and mepc, then MRET. */
static int do_mode(struct run *r, const char *target)
{
    unsigned want_priv, cur_priv;
    int want_virt, cur_virt;
    if (parse_mode(target, &want_priv, &want_virt) != 0) {
        script_error(r, "unknown mode '%s' (M, HS, U, VS, VU)", target);
        return -1;
    }
    current_mode(r, &cur_priv, &cur_virt);
    if (cur_priv != 3) {
        script_error(r, "`mode` works only from M-mode (now in %s)", mode_name(cur_priv, cur_virt));
        return -1;
    }
    uint64_t set = ((uint64_t)want_priv << 11) | (want_virt ? MSTATUS_MPV : 0);
    if (commit_csr(r, "csrrc x0, mstatus, x1", MSTATUS_MPP | MSTATUS_MPV) != 0 ||
        commit_csr(r, "csrrs x0, mstatus, x1", set) != 0 ||
        commit_csr(r, "csrrw x0, mepc, x1", r->pc + 8) != 0 || commit_csr(r, "mret", 0) != 0)
        return -1;
    current_mode(r, &cur_priv, &cur_virt);
    if (cur_priv != want_priv || cur_virt != want_virt) {
        expect_fail(r, "mode", "MRET reached %s instead of %s", mode_name(cur_priv, cur_virt),
                    target);
        return -1;
    }
    return 0;
}

/* `exc CAUSE [FIELD=V]... [on INSTRUCTION]`: tok[0..n-1] are the words before
 * `on`; insn is the text after it, or NULL for the old form (a nop). */
static int do_exc(struct run *r, char **tok, int n, char *insn)
{
    struct cm_in e;
    uint64_t v;
    memset(&e, 0, sizeof e);
    if (n < 2 || asm_number(tok[1], &v) != 0 || v > 31) {
        script_error(r, "exc needs a cause 0..31");
        return -1;
    }
    e.exc_cause = (unsigned)v;
    for (int i = 2; i < n; i++) {
        char *eq = strchr(tok[i], '=');
        if (!eq || asm_number(eq + 1, &v) != 0) {
            script_error(r, "bad exc field '%s'", tok[i]);
            return -1;
        }
        *eq = '\0';
        if (strcmp(tok[i], "tval") == 0)
            e.exc_tval = v;
        else if (strcmp(tok[i], "tval2") == 0)
            e.exc_tval2 = v;
        else if (strcmp(tok[i], "tinst") == 0)
            e.exc_tinst = v;
        else if (strcmp(tok[i], "gva") == 0)
            e.exc_gva = v != 0;
        else {
            script_error(r, "unknown exc field '%s' (tval, tval2, tinst, gva)", tok[i]);
            return -1;
        }
    }
    if (insn)
        return run_insn_text(r, insn, &e);
    return commit(r, NOP_INSN, 0, 0, 0, &e, 1);
}

static int do_wait(struct run *r, char **tok, int n)
{
    uint64_t cycles;
    struct cm_in in = r->lines;
    struct cm_out out;
    if (n != 2 || asm_number(tok[1], &cycles) != 0) {
        script_error(r, "wait needs a cycle count");
        return -1;
    }
    for (uint64_t i = 0; i < cycles; i++)
        if (cycle(r, &in, &out) != 0)
            return -1;
    return 0;
}

/* `retire N`: N cycles with retire_in=1 and no instruction at commit (the
 * pipeline retires what the unit does not see, INTERFACE.md section 8). */
static int do_retire(struct run *r, char **tok, int n)
{
    uint64_t cycles;
    struct cm_in in = r->lines;
    struct cm_out out;
    if (n != 2 || asm_number(tok[1], &cycles) != 0) {
        script_error(r, "retire needs a cycle count");
        return -1;
    }
    in.retire_in = 1;
    for (uint64_t i = 0; i < cycles; i++)
        if (cycle(r, &in, &out) != 0)
            return -1;
    return 0;
}

static int check_value(struct run *r, const char *line, const char *what, uint64_t got,
                       uint64_t want)
{
    if (got != want)
        expect_fail(r, line, "%s: expected 0x%" PRIx64 ", got 0x%" PRIx64, what, want, got);
    return 0;
}

/* An output port of the last instruction's last cycle at commit, by its
 * name in gen/INTERFACE.md section 2. 0 on success. */
static int port_value(const struct cm_out *o, const char *name, uint64_t *v)
{
    const struct {
        const char *name;
        uint64_t value;
    } ports[] = {
        {"csr_rdata", o->csr_rdata},     {"retire", (uint64_t)o->retire},
        {"stall", (uint64_t)o->stall},   {"trap", (uint64_t)o->trap},
        {"trap_irq", (uint64_t)o->trap_irq}, {"trap_code", o->trap_code},
        {"xret", (uint64_t)o->xret},     {"redirect", (uint64_t)o->redirect},
        {"redirect_pc", o->redirect_pc}, {"sfence_vma", (uint64_t)o->sfence_vma},
        {"hfence_vvma", (uint64_t)o->hfence_vvma}, {"hfence_gvma", (uint64_t)o->hfence_gvma},
        {"flush", (uint64_t)o->flush},
    };
    for (size_t i = 0; i < sizeof ports / sizeof ports[0]; i++)
        if (strcmp(name, ports[i].name) == 0) {
            *v = ports[i].value;
            return 0;
        }
    return -1;
}

static int do_expect(struct run *r, char **tok, int n, const char *line)
{
    uint64_t v;
    r->expects++;
    if (n < 2) {
        script_error(r, "expect what?");
        return -1;
    }
    const char *what = tok[1];
    const struct outcome *o = &r->last;
    if (strcmp(what, "mode") == 0) {
        unsigned p, wp;
        int vv, wv;
        if (n != 3 || parse_mode(tok[2], &wp, &wv) != 0) {
            script_error(r, "expect mode M|HS|U|VS|VU");
            return -1;
        }
        current_mode(r, &p, &vv);
        if (p != wp || vv != wv)
            expect_fail(r, line, "mode is %s", mode_name(p, vv));
        return 0;
    }
    if (strcmp(what, "csr") == 0) {
        uint64_t mask = ~0ull, got;
        int addr;
        if ((n != 4 && n != 6) || (addr = csr_addr_of(tok[2])) < 0) {
            uint64_t a;
            if ((n == 4 || n == 6) && asm_number(tok[2], &a) == 0 && a < 4096)
                addr = (int)a;
            else {
                script_error(r, "expect csr NAME VALUE [mask MASK]");
                return -1;
            }
        }
        if (asm_number(tok[3], &v) != 0 ||
            (n == 6 && (strcmp(tok[4], "mask") != 0 || asm_number(tok[5], &mask) != 0))) {
            script_error(r, "expect csr NAME VALUE [mask MASK]");
            return -1;
        }
        /* the pre-proposal unit (virtual_instruction = off) writes cause 2
         * to mcause/scause/vscause where the ratified one writes 22 */
        if (!r->ls->cfg.virtual_insn && v == 22 && (addr == 0x342 || addr == 0x142 || addr == 0x242))
            v = 2;
        if (!ls_peek(r->ls, (unsigned)addr, &got)) {
            expect_fail(r, line, "CSR %s does not exist in this configuration", tok[2]);
            return 0;
        }
        if (r->ls->mismatch)
            return -1;
        if ((got & mask) != (v & mask))
            expect_fail(r, line, "%s & 0x%" PRIx64 ": expected 0x%" PRIx64 ", got 0x%" PRIx64
                                 " (full value 0x%" PRIx64 ")",
                        tok[2], mask, v & mask, got & mask, got);
        return 0;
    }
    if (tok[1][0] == 'x' && isdigit((unsigned char)tok[1][1])) {
        int reg = atoi(tok[1] + 1);
        if (reg < 0 || reg > 31 || n != 3 || asm_number(tok[2], &v) != 0) {
            script_error(r, "expect xN VALUE");
            return -1;
        }
        return check_value(r, line, tok[1], r->regs[reg], v);
    }
    if (strcmp(what, "pc") == 0) {
        if (n != 3 || asm_number(tok[2], &v) != 0) {
            script_error(r, "expect pc VALUE");
            return -1;
        }
        return check_value(r, line, "pc", r->pc, v);
    }
    if (!o->valid) {
        script_error(r, "`expect %s` before any instruction", what);
        return -1;
    }
    if (strcmp(what, "ok") == 0) {
        if (!o->retired)
            expect_fail(r, line, "%s", o->trapped ? "it trapped" : o->irq ? "an interrupt was taken"
                                                                          : "it did not retire as OK");
        if (o->trapped || o->irq)
            fprintf(stderr, "    (cause %u)\n", o->code);
        return 0;
    }
    if (strcmp(what, "xret") == 0) {
        if (!o->xret)
            expect_fail(r, line, "no xRET retired");
        return 0;
    }
    if (strcmp(what, "ii") == 0 || strcmp(what, "vi") == 0 || strcmp(what, "trap") == 0 ||
        strcmp(what, "irq") == 0) {
        int irq = strcmp(what, "irq") == 0;
        if (strcmp(what, "ii") == 0)
            v = 2;
        else if (strcmp(what, "vi") == 0)
            v = 22;
        else if (n != 3 || asm_number(tok[2], &v) != 0) {
            script_error(r, "expect %s CODE", what);
            return -1;
        }
        /* gen/INTERFACE.md 1, virtual_instruction = off: the pre-proposal
         * unit raises 2 wherever 22 is expected */
        if (!irq && v == 22 && !r->ls->cfg.virtual_insn)
            v = 2;
        if (n != (strcmp(what, "ii") == 0 || strcmp(what, "vi") == 0 ? 2 : 3)) {
            script_error(r, "bad expect line");
            return -1;
        }
        int took = irq ? o->irq : o->trapped;
        if (!took)
            expect_fail(r, line, "%s", o->retired ? "it retired without a trap"
                                       : irq      ? "an exception was taken, not an interrupt"
                                       : o->irq   ? "an interrupt was taken, not an exception"
                                                  : "no trap");
        if (!took && (o->trapped || o->irq))
            fprintf(stderr, "    (cause %u)\n", o->code);
        if (took && o->code != v)
            expect_fail(r, line, "cause %u, expected %" PRIu64, o->code, v);
        return 0;
    }
    if (strcmp(what, "port") == 0) {
        uint64_t got;
        if (n != 4 || asm_number(tok[3], &v) != 0) {
            script_error(r, "expect port NAME VALUE");
            return -1;
        }
        if (port_value(&o->out, tok[2], &got) != 0) {
            script_error(r, "unknown output port '%s' (gen/INTERFACE.md section 2)", tok[2]);
            return -1;
        }
        return check_value(r, line, tok[2], got, v);
    }
    if (strcmp(what, "tval") == 0) {
        /* the trap value register of the mode the trap went to (machine.adoc
         * mtval, supervisor.adoc stval, hypervisor.adoc vstval) */
        unsigned p;
        int vv;
        uint64_t got = 0;
        int insn = n == 3 && strcmp(tok[2], "insn") == 0;
        if (n != 3 || (!insn && asm_number(tok[2], &v) != 0)) {
            script_error(r, "expect tval VALUE|insn");
            return -1;
        }
        if (!o->trapped && !o->irq) {
            expect_fail(r, line, "no trap");
            return 0;
        }
        /* INTERFACE.md section 1 `mtval_insn`: II/VI write the instruction
         * bits, or 0 */
        if (insn)
            v = r->ls->cfg.mtval_insn ? o->insn : 0;
        current_mode(r, &p, &vv);
        ls_peek(r->ls, p == 3 ? 0x343 : vv ? 0x243 : 0x143, &got);
        if (r->ls->mismatch)
            return -1;
        return check_value(r, line, "tval", got, v);
    }
    if (strcmp(what, "rd") == 0 || strcmp(what, "cycles") == 0) {
        if (n != 3 || asm_number(tok[2], &v) != 0) {
            script_error(r, "expect %s VALUE", what);
            return -1;
        }
        return check_value(r, line, what, strcmp(what, "rd") == 0 ? o->rdata : o->cycles, v);
    }
    script_error(r, "unknown expectation '%s'", what);
    return -1;
}

/* `requires key=value ...`: 1 if it holds, 0 if not, -1 on a bad line. */
static int requires_hold(struct run *r, char **tok, int n)
{
    const struct cm_config *c = &r->ls->cfg;
    for (int i = 1; i < n; i++) {
        char *op = strpbrk(tok[i], "=!<>");
        if (!op) {
            script_error(r, "bad requirement '%s'", tok[i]);
            return -1;
        }
        char key[32], cmp[3] = {0};
        size_t kl = (size_t)(op - tok[i]);
        if (kl >= sizeof key) {
            script_error(r, "bad requirement '%s'", tok[i]);
            return -1;
        }
        memcpy(key, tok[i], kl);
        key[kl] = '\0';
        const char *val = op;
        size_t ol = 0;
        while (ol < 2 && (val[ol] == '=' || val[ol] == '!' || val[ol] == '<' || val[ol] == '>'))
            cmp[ol] = val[ol], ol++;
        val += ol;
        uint64_t have, want;
        if (strcmp(key, "ext") == 0) {
            char letters[4] = {0};
            int m = 0;
            if (c->ext_a)
                letters[m++] = 'A';
            if (c->ext_m)
                letters[m++] = 'M';
            if (c->ext_c)
                letters[m++] = 'C';
            int same = strcasecmp(letters, val) == 0;
            if ((strcmp(cmp, "=") == 0 && !same) || (strcmp(cmp, "!=") == 0 && same))
                return 0;
            continue;
        }
        if (strcmp(key, "h") == 0)
            have = (uint64_t)c->h;
        else if (strcmp(key, "mtval_insn") == 0)
            have = (uint64_t)c->mtval_insn;
        else if (strcmp(key, "wfi_timeout") == 0)
            have = c->wfi_timeout;
        else if (strcmp(key, "hpm_counters") == 0)
            have = (uint64_t)c->hpm_counters;
        else if (strcmp(key, "geilen") == 0)
            have = (uint64_t)c->geilen;
        else if (strcmp(key, "c") == 0)
            have = (uint64_t)c->ext_c;
        else if (strcmp(key, "triggers") == 0)
            have = (uint64_t)c->triggers;
        else if (strcmp(key, "virtual_instruction") == 0)
            have = (uint64_t)c->virtual_insn;
        else {
            script_error(r, "unknown configuration key '%s'", key);
            return -1;
        }
        if (strcmp(val, "on") == 0)
            want = 1;
        else if (strcmp(val, "off") == 0)
            want = 0;
        else if (asm_number(val, &want) != 0) {
            script_error(r, "bad value in '%s'", tok[i]);
            return -1;
        }
        int ok;
        if (strcmp(cmp, "=") == 0)
            ok = have == want;
        else if (strcmp(cmp, "!=") == 0)
            ok = have != want;
        else if (strcmp(cmp, ">=") == 0)
            ok = have >= want;
        else if (strcmp(cmp, "<=") == 0)
            ok = have <= want;
        else if (strcmp(cmp, ">") == 0)
            ok = have > want;
        else if (strcmp(cmp, "<") == 0)
            ok = have < want;
        else {
            script_error(r, "bad comparison in '%s'", tok[i]);
            return -1;
        }
        if (!ok)
            return 0;
    }
    return 1;
}

static int run_line(struct run *r, char *line, int *seen_stimulus)
{
    char copy[MAX_LINE];
    char *tok[16];
    char *hash = strchr(line, '#');
    if (hash)
        *hash = '\0';
    size_t len = strlen(line);
    while (len && isspace((unsigned char)line[len - 1]))
        line[--len] = '\0';
    char *start = line;
    while (isspace((unsigned char)*start))
        start++;
    if (!*start)
        return 0;
    snprintf(copy, sizeof copy, "%s", start);
    int n = tokens(copy, tok, 16);
    if (n < 0) {
        script_error(r, "too many fields");
        return -1;
    }
    if (strcmp(tok[0], "requires") == 0) {
        if (*seen_stimulus) {
            script_error(r, "`requires` must come before any stimulus");
            return -1;
        }
        int h = requires_hold(r, tok, n);
        return h < 0 ? -1 : h == 0 ? 1 : 0;
    }
    *seen_stimulus = 1;
    if (strcmp(tok[0], "reset") == 0)
        return do_reset(r);
    if (strcmp(tok[0], "set") == 0)
        return apply_set(r, tok, n, NULL);
    if (strcmp(tok[0], "pc") == 0) {
        uint64_t v;
        if (n != 2 || asm_number(tok[1], &v) != 0) {
            script_error(r, "pc needs an address");
            return -1;
        }
        r->pc = v;
        return 0;
    }
    if (strcmp(tok[0], "at") == 0) {
        uint64_t k;
        if (n < 3 || asm_number(tok[1], &k) != 0 || r->nat == MAX_AT) {
            script_error(r, "at K set ...");
            return -1;
        }
        const char *rest = strstr(start, tok[2]);
        r->at[r->nat].k = k;
        r->at[r->nat].lineno = r->lineno;
        snprintf(r->at[r->nat].text, sizeof r->at[r->nat].text, "%s", rest);
        r->nat++;
        return 0;
    }
    if (strcmp(tok[0], "mode") == 0) {
        if (n != 2) {
            script_error(r, "mode needs one of M, HS, U, VS, VU");
            return -1;
        }
        return do_mode(r, tok[1]);
    }
    if (strcmp(tok[0], "exc") == 0) {
        int on = 1;
        while (on < n && strcmp(tok[on], "on") != 0)
            on++;
        if (on == n - 1) {
            script_error(r, "`exc ... on` needs an instruction");
            return -1;
        }
        return do_exc(r, tok, on, on < n ? start + (tok[on + 1] - copy) : NULL);
    }
    if (strcmp(tok[0], "retire") == 0)
        return do_retire(r, tok, n);
    if (strcmp(tok[0], "wait") == 0)
        return do_wait(r, tok, n);
    if (strcmp(tok[0], "expect") == 0)
        return do_expect(r, tok, n, start);
    return run_insn_text(r, start, NULL);
}

enum script_status script_run(struct lockstep *ls, const char *path,
                              const struct script_options *opt)
{
    struct run r;
    char line[MAX_LINE];
    int seen_stimulus = 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "vitrap-cosim: cannot read script '%s'\n", path);
        return SCRIPT_ERROR;
    }
    memset(&r, 0, sizeof r);
    r.ls = ls;
    r.opt = opt;
    r.path = path;
    if (do_reset(&r) != 0) {
        fclose(f);
        return SCRIPT_FAIL;
    }
    int status = 0;
    while (fgets(line, sizeof line, f)) {
        r.lineno++;
        if (!strchr(line, '\n') && !feof(f)) {
            script_error(&r, "line too long");
            break;
        }
        status = run_line(&r, line, &seen_stimulus);
        if (status == 1) {
            fclose(f);
            if (!opt->silent)
                printf("skipped: the configuration does not meet `requires` (line %d)\n", r.lineno);
            return SCRIPT_SKIPPED;
        }
        if (status != 0 || ls->mismatch)
            break;
    }
    fclose(f);
    if (!r.error && !ls->mismatch && status == 0) {
        /* one idle cycle so the final state is compared too */
        struct cm_in in = r.lines;
        struct cm_out out;
        cycle(&r, &in, &out);
    }
    if (!opt->silent)
        printf("%s: %lu instructions, %lu expectations, %" PRIu64 " cycles%s\n", path, r.insns,
               r.expects, ls->cycle, r.failed || ls->mismatch || r.error ? " -- FAILED" : "");
    if (r.error)
        return SCRIPT_ERROR;
    if (ls->mismatch || r.failed || status != 0)
        return SCRIPT_FAIL;
    return SCRIPT_PASS;
}
