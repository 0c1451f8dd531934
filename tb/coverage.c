/* Functional coverage bins and which of them a configuration can reach.
 * The reachability rules restate the spec (virtual-instruction.md master
 * table, wfi.md §3, traps.md §1.2) for this unit's CSR set; a bin that the
 * rules call reachable and a regression never hit fails the regression. */
#include "coverage.h"

#include <inttypes.h>
#include <string.h>

#include "asm.h"


static const char *const mode_names[COV_MODES] = {"M", "HS", "U", "VS", "VU"};
static const char *const group_names[COV_GROUPS] = {"counter", "S", "H", "VS", "M", "absent"};
static const char *const outcome_names[COV_OUTCOMES] = {"OK", "II", "VI"};
static const char *const wfi_names[COV_WFI] = {"retired at once", "woken", "II at bound",
                                               "VI at bound"};
static const char *const irq_names[COV_IRQS] = {"", "SSI", "VSSI", "MSI", "", "STI", "VSTI",
                                                "MTI", "", "SEI", "VSEI", "MEI", "SGEI"};

static int mode_index(unsigned priv, int virt)
{
    if (priv == 3)
        return CM_M;
    if (priv == 1)
        return virt ? CM_VS : CM_HS;
    return virt ? CM_VU : CM_U;
}

void cov_init(struct coverage *c)
{
    memset(c, 0, sizeof *c);
}

/* csrs.adoc "CSR Address Mapping Conventions": bits 9:8 give the level. */
static int csr_group(const struct cm_model *m, unsigned addr)
{
    uint64_t v;
    if (!cm_peek_csr(m, addr, &v))
        return CG_NONE;
    if (addr >= 0xC00 && addr <= 0xC1F)
        return CG_CNT;
    switch ((addr >> 8) & 3) {
    case 0:
    case 1:
        return CG_S;
    case 2:
        return (addr & 0xF00) == 0x200 ? CG_VS : CG_H; /* VS CSRs are 0x2xx */
    default:
        return CG_M;
    }
}

/* zicsr.adoc: CSRRW/CSRRWI always write; CSRRS/CSRRC and the immediate
 * forms only with a nonzero rs1 field / uimm. */
static int csr_writes(uint32_t insn)
{
    unsigned f3 = (insn >> 12) & 7, src = (insn >> 15) & 31;
    return (f3 & 3) == 1 || src != 0;
}

void cov_record(struct coverage *c, const struct cm_model *m, const struct cm_in *in,
                const struct cm_out *out, unsigned priv, int virt, uint64_t stalled,
                int after_virt)
{
    int md = mode_index(priv, virt);
    if (!in->commit_valid || out->stall)
        return;
    c->instructions++;
    if (out->trap && out->trap_irq) {
        unsigned bit = out->trap_code;
        if (after_virt && virt) /* VS-level: traps.md §2.3 translated 10/6/2 to 9/5/1 */
            bit++;
        if (bit < COV_IRQS)
            c->irq[md][bit]++;
        return;
    }
    if (out->trap && out->trap_code < COV_CAUSES)
        c->exc[md][out->trap_code]++;
    if (in->exc_valid)
        return;
    uint32_t insn = in->commit_insn;
    int outcome = out->retire ? CO_OK : out->trap_code == 22 ? CO_VI : out->trap_code == 2 ? CO_II : -1;
    if ((insn & 0x7f) == 0x73 && ((insn >> 12) & 3) != 0 && ((insn >> 12) & 7) != 4 && outcome >= 0)
        c->csr[md][csr_group(m, insn >> 20)][csr_writes(insn)][outcome]++;
    if (insn == ASM_WFI && outcome >= 0)
        c->wfi[md][outcome == CO_OK ? (stalled ? CW_WOKEN : CW_AT_ONCE) : outcome == CO_II ? CW_II : CW_VI]++;
}

void cov_merge(struct coverage *into, const struct coverage *from)
{
    uint64_t *a = (uint64_t *)into;
    const uint64_t *b = (const uint64_t *)from;
    for (size_t i = 0; i < sizeof *into / sizeof(uint64_t); i++)
        a[i] += b[i];
}

static int mode_exists(const struct cm_config *cfg, int md)
{
    return cfg->h || (md != CM_VS && md != CM_VU);
}

/* Exception causes (traps.md §7) by mode: the stimulus hands in fetch and
 * memory causes everywhere; the unit raises 2, 3, ECALL by mode (hypervisor.adoc
 * "Trap Cause Codes"), and 22 only with V=1. */
static int exc_reachable_ratified(const struct cm_config *cfg, int md, int cause)
{
    switch (cause) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
    case 12: case 13: case 15: case 18: case 19:
        return 1;
    case 20: case 21: case 23:
        return cfg->h;
    case 8:
        return md == CM_U || md == CM_VU;
    case 9:
        return md == CM_HS;
    case 10:
        return md == CM_VS;
    case 11:
        return md == CM_M;
    case 22:
        return md == CM_VS || md == CM_VU;
    default:
        return 0;
    }
}

/* CSR outcomes (virtual-instruction.md §3 and §4, for this unit's CSRs). */
static int csr_reachable_ratified(const struct cm_config *cfg, int md, int g, int w, int o)
{
    int v = md == CM_VS || md == CM_VU;
    if ((g == CG_H || g == CG_VS) && !cfg->h)
        return 0;
    switch (g) {
    case CG_NONE: /* not implemented: always II, never VI */
        return o == CO_II;
    case CG_CNT:
        if (w)
            return o == CO_II; /* read-only: II in every mode */
        if (md == CM_M)
            return o == CO_OK;
        return o == CO_OK || o == CO_II || (v && o == CO_VI);
    case CG_M:
        if (md != CM_M)
            return o == CO_II;
        return o == CO_OK || (w && o == CO_II); /* writes to mvendorid.. */
    case CG_S:
        switch (md) {
        case CM_M: return o == CO_OK;
        case CM_HS: return o == CO_OK || o == CO_II; /* satp with TVM */
        case CM_U: return o == CO_II;
        case CM_VS: return o == CO_OK || o == CO_VI; /* satp with VTVM */
        default: return o == CO_VI;
        }
    case CG_H: /* hgeip is read-only; hgatp with TVM in HS */
        switch (md) {
        case CM_M: return o == CO_OK || (w && o == CO_II);
        case CM_HS: return o == CO_OK || o == CO_II;
        case CM_U: return o == CO_II;
        default: return o == CO_VI || (w && o == CO_II);
        }
    default: /* CG_VS */
        if (md == CM_M || md == CM_HS)
            return o == CO_OK;
        return md == CM_U ? o == CO_II : o == CO_VI;
    }
}

/* WFI outcomes (wfi.md §3, gen/INTERFACE.md §7). */
static int wfi_reachable_ratified(const struct cm_config *cfg, int md, int o)
{
    uint32_t bound = cfg->wfi_timeout;
    int can_wait = md == CM_M || md == CM_HS || md == CM_VS; /* with TW=0 (and VTW=0) */
    switch (o) {
    case CW_AT_ONCE:
        /* A wake present on arrival that is not taken first (rule 1) must be
         * globally disabled: impossible in VU (every level is enabled there,
         * traps.md §1.2), and in U only a VS-level interrupt (H) qualifies. */
        if (md == CM_VU || (md == CM_U && !cfg->h))
            return 0;
        return can_wait || bound >= 1;
    case CW_WOKEN:
        return can_wait || bound >= 2;
    case CW_II:
        return md != CM_M;
    default:
        return md == CM_VS || md == CM_VU;
    }
}

/* gen/INTERFACE.md 1, virtual_instruction = off (the pre-proposal unit):
 * cause 22 never happens and every case that would raise it raises 2, so a
 * VI bin is unreachable and an II bin is reached where II or VI was. */
static int exc_reachable(const struct cm_config *cfg, int md, int cause)
{
    if (!cfg->virtual_insn && cause == 22)
        return 0;
    return exc_reachable_ratified(cfg, md, cause);
}

static int csr_reachable(const struct cm_config *cfg, int md, int g, int w, int o)
{
    if (cfg->virtual_insn)
        return csr_reachable_ratified(cfg, md, g, w, o);
    if (o == CO_VI)
        return 0;
    return csr_reachable_ratified(cfg, md, g, w, o) ||
           (o == CO_II && csr_reachable_ratified(cfg, md, g, w, CO_VI));
}

static int wfi_reachable(const struct cm_config *cfg, int md, int o)
{
    if (cfg->virtual_insn)
        return wfi_reachable_ratified(cfg, md, o);
    if (o == CW_VI)
        return 0;
    return wfi_reachable_ratified(cfg, md, o) ||
           (o == CW_II && wfi_reachable_ratified(cfg, md, CW_VI));
}

/* Interrupts (traps.md §1.2): M-mode takes only M-level ones, and VS-level
 * sources (2, 6, 10) and SGEI are never M-level with H; SGEI needs GEILEN>0. */
static int irq_reachable(const struct cm_config *cfg, int md, int bit)
{
    int h_bit = bit == 2 || bit == 6 || bit == 10 || bit == 12;
    if (!irq_names[bit][0])
        return 0;
    if (h_bit && !cfg->h)
        return 0;
    if (bit == 12 && cfg->geilen == 0)
        return 0;
    return !(md == CM_M && h_bit);
}

static int missing(FILE *f, int *count, const char *what)
{
    fprintf(f, "  MISSING: %s\n", what);
    return ++*count;
}

int cov_report(const struct coverage *c, const struct cm_config *cfg, FILE *f)
{
    int miss = 0;
    char what[128];
    fprintf(f, "coverage over %" PRIu64 " committed instructions\n", c->instructions);
    fprintf(f, "exception traps     cause:");
    for (int k = 0; k < COV_CAUSES; k++)
        fprintf(f, " %4d", k);
    fputc('\n', f);
    for (int md = 0; md < COV_MODES; md++) {
        if (!mode_exists(cfg, md))
            continue;
        fprintf(f, "  %-24s", mode_names[md]);
        for (int k = 0; k < COV_CAUSES; k++)
            fprintf(f, " %4" PRIu64, c->exc[md][k] > 9999 ? 9999 : c->exc[md][k]);
        fputc('\n', f);
    }
    fprintf(f, "CSR instructions (read/write: OK II VI)\n  %-8s", "group");
    for (int md = 0; md < COV_MODES; md++)
        if (mode_exists(cfg, md))
            fprintf(f, " | %-27s", mode_names[md]);
    fputc('\n', f);
    for (int g = 0; g < COV_GROUPS; g++) {
        fprintf(f, "  %-8s", group_names[g]);
        for (int md = 0; md < COV_MODES; md++) {
            if (!mode_exists(cfg, md))
                continue;
            fprintf(f, " |");
            for (int w = 0; w < 2; w++)
                for (int o = 0; o < COV_OUTCOMES; o++)
                    fprintf(f, " %4" PRIu64, c->csr[md][g][w][o] > 9999 ? 9999 : c->csr[md][g][w][o]);
        }
        fputc('\n', f);
    }
    fprintf(f, "WFI                  ");
    for (int o = 0; o < COV_WFI; o++)
        fprintf(f, " %16s", wfi_names[o]);
    fputc('\n', f);
    for (int md = 0; md < COV_MODES; md++) {
        if (!mode_exists(cfg, md))
            continue;
        fprintf(f, "  %-19s", mode_names[md]);
        for (int o = 0; o < COV_WFI; o++)
            fprintf(f, " %16" PRIu64, c->wfi[md][o]);
        fputc('\n', f);
    }
    fprintf(f, "interrupts taken    ");
    for (int b = 1; b < COV_IRQS; b++)
        if (irq_names[b][0])
            fprintf(f, " %5s", irq_names[b]);
    fputc('\n', f);
    for (int md = 0; md < COV_MODES; md++) {
        if (!mode_exists(cfg, md))
            continue;
        fprintf(f, "  %-18s", mode_names[md]);
        for (int b = 1; b < COV_IRQS; b++)
            if (irq_names[b][0])
                fprintf(f, " %5" PRIu64, c->irq[md][b] > 99999 ? 99999 : c->irq[md][b]);
        fputc('\n', f);
    }

    for (int md = 0; md < COV_MODES; md++) {
        if (!mode_exists(cfg, md))
            continue;
        for (int k = 0; k < COV_CAUSES; k++)
            if (exc_reachable(cfg, md, k) && !c->exc[md][k]) {
                snprintf(what, sizeof what, "exception cause %d in %s", k, mode_names[md]);
                missing(f, &miss, what);
            }
        for (int g = 0; g < COV_GROUPS; g++)
            for (int w = 0; w < 2; w++)
                for (int o = 0; o < COV_OUTCOMES; o++)
                    if (csr_reachable(cfg, md, g, w, o) && !c->csr[md][g][w][o]) {
                        snprintf(what, sizeof what, "%s CSR %s in %s -> %s", group_names[g],
                                 w ? "write" : "read", mode_names[md], outcome_names[o]);
                        missing(f, &miss, what);
                    }
        for (int o = 0; o < COV_WFI; o++)
            if (wfi_reachable(cfg, md, o) && !c->wfi[md][o]) {
                snprintf(what, sizeof what, "WFI %s in %s", wfi_names[o], mode_names[md]);
                missing(f, &miss, what);
            }
        for (int b = 1; b < COV_IRQS; b++)
            if (irq_reachable(cfg, md, b) && !c->irq[md][b]) {
                snprintf(what, sizeof what, "interrupt %s taken in %s", irq_names[b], mode_names[md]);
                missing(f, &miss, what);
            }
    }
    miss += cov_unexpected(c, cfg, f);
    fprintf(f, "coverage: %d reachable bin%s not hit\n", miss, miss == 1 ? "" : "s");
    return miss;
}

int cov_unexpected(const struct coverage *c, const struct cm_config *cfg, FILE *f)
{
    int n = 0;
    char what[128];
    /* bins hit that the rules call unreachable point at a bug in the rules or the unit */
    for (int md = 0; md < COV_MODES; md++)
        for (int g = 0; g < COV_GROUPS; g++)
            for (int w = 0; w < 2; w++)
                for (int o = 0; o < COV_OUTCOMES; o++)
                    if (c->csr[md][g][w][o] && !csr_reachable(cfg, md, g, w, o)) {
                        snprintf(what, sizeof what, "UNEXPECTED: %s CSR %s in %s -> %s was hit",
                                 group_names[g], w ? "write" : "read", mode_names[md], outcome_names[o]);
                        missing(f, &n, what);
                    }
    return n;
}

/* ---- bins one at a time, for the directed top-up (cov_topup.c) ---- */

static const unsigned ncsr_bins = COV_GROUPS * 2 * COV_OUTCOMES;

int cov_bin_at(unsigned k, struct cov_bin *b)
{
    memset(b, 0, sizeof *b);
    unsigned per_mode[] = {COV_CAUSES, ncsr_bins, COV_WFI, COV_IRQS};
    for (int t = 0; t < 4; t++) {
        unsigned n = COV_MODES * per_mode[t];
        if (k >= n) {
            k -= n;
            continue;
        }
        b->table = (enum cov_table)t;
        b->mode = (int)(k / per_mode[t]);
        unsigned i = k % per_mode[t];
        if (t == COV_T_CSR) {
            b->a = (int)(i / (2 * COV_OUTCOMES));
            b->write = (int)(i / COV_OUTCOMES % 2);
            b->outcome = (int)(i % COV_OUTCOMES);
        } else {
            b->a = (int)i;
        }
        return 1;
    }
    return 0;
}

int cov_bin_reachable(const struct cm_config *cfg, const struct cov_bin *b)
{
    if (!mode_exists(cfg, b->mode))
        return 0;
    switch (b->table) {
    case COV_T_EXC: return exc_reachable(cfg, b->mode, b->a);
    case COV_T_CSR: return csr_reachable(cfg, b->mode, b->a, b->write, b->outcome);
    case COV_T_WFI: return wfi_reachable(cfg, b->mode, b->a);
    default: return irq_reachable(cfg, b->mode, b->a);
    }
}

uint64_t cov_bin_count(const struct coverage *c, const struct cov_bin *b)
{
    switch (b->table) {
    case COV_T_EXC: return c->exc[b->mode][b->a];
    case COV_T_CSR: return c->csr[b->mode][b->a][b->write][b->outcome];
    case COV_T_WFI: return c->wfi[b->mode][b->a];
    default: return c->irq[b->mode][b->a];
    }
}

static const char *const wfi_ids[COV_WFI] = {"at-once", "woken", "II", "VI"};

void cov_bin_id(const struct cov_bin *b, char *buf, size_t size)
{
    const char *md = mode_names[b->mode];
    switch (b->table) {
    case COV_T_EXC: snprintf(buf, size, "exc:%s:%d", md, b->a); break;
    case COV_T_CSR:
        snprintf(buf, size, "csr:%s:%s:%s:%s", md, group_names[b->a], b->write ? "write" : "read",
                 outcome_names[b->outcome]);
        break;
    case COV_T_WFI: snprintf(buf, size, "wfi:%s:%s", md, wfi_ids[b->a]); break;
    default: snprintf(buf, size, "irq:%s:%s", md, irq_names[b->a]); break;
    }
}

int cov_bin_parse(const char *id, struct cov_bin *b)
{
    char want[64];
    struct cov_bin c;
    for (unsigned k = 0; cov_bin_at(k, &c); k++) {
        if (c.table == COV_T_IRQ && !irq_names[c.a][0])
            continue;
        cov_bin_id(&c, want, sizeof want);
        if (strcmp(want, id) == 0) {
            *b = c;
            return 0;
        }
    }
    return -1;
}
