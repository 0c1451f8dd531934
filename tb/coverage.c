/* Functional coverage bins and which of them a configuration can reach.
 * The reachability rules restate the spec (virtual-instruction.md master
 * table, wfi.md §3, traps.md §1.2) for this unit's CSR set; a bin that the
 * rules call reachable and a regression never hit fails the regression. */
#include "coverage.h"

#include <inttypes.h>
#include <string.h>

#include "asm.h"

enum mode { M_M, M_HS, M_U, M_VS, M_VU };
enum group { G_CNT, G_S, G_H, G_VS, G_M, G_NONE };
enum outcome { O_OK, O_II, O_VI };
enum wfi_outcome { W_AT_ONCE, W_WOKEN, W_II, W_VI };

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
        return M_M;
    if (priv == 1)
        return virt ? M_VS : M_HS;
    return virt ? M_VU : M_U;
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
        return G_NONE;
    if (addr >= 0xC00 && addr <= 0xC1F)
        return G_CNT;
    switch ((addr >> 8) & 3) {
    case 0:
    case 1:
        return G_S;
    case 2:
        return (addr & 0xF00) == 0x200 ? G_VS : G_H; /* VS CSRs are 0x2xx */
    default:
        return G_M;
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
    int outcome = out->retire ? O_OK : out->trap_code == 22 ? O_VI : out->trap_code == 2 ? O_II : -1;
    if ((insn & 0x7f) == 0x73 && ((insn >> 12) & 3) != 0 && ((insn >> 12) & 7) != 4 && outcome >= 0)
        c->csr[md][csr_group(m, insn >> 20)][csr_writes(insn)][outcome]++;
    if (insn == ASM_WFI && outcome >= 0)
        c->wfi[md][outcome == O_OK ? (stalled ? W_WOKEN : W_AT_ONCE) : outcome == O_II ? W_II : W_VI]++;
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
    return cfg->h || (md != M_VS && md != M_VU);
}

/* Exception causes (traps.md §7) by mode: the stimulus hands in fetch and
 * memory causes everywhere; the unit raises 2, 3, ECALL by mode (hypervisor.adoc
 * "Trap Cause Codes"), and 22 only with V=1. */
static int exc_reachable(const struct cm_config *cfg, int md, int cause)
{
    switch (cause) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
    case 12: case 13: case 15: case 18: case 19:
        return 1;
    case 20: case 21: case 23:
        return cfg->h;
    case 8:
        return md == M_U || md == M_VU;
    case 9:
        return md == M_HS;
    case 10:
        return md == M_VS;
    case 11:
        return md == M_M;
    case 22:
        return md == M_VS || md == M_VU;
    default:
        return 0;
    }
}

/* CSR outcomes (virtual-instruction.md §3 and §4, for this unit's CSRs). */
static int csr_reachable(const struct cm_config *cfg, int md, int g, int w, int o)
{
    int v = md == M_VS || md == M_VU;
    if ((g == G_H || g == G_VS) && !cfg->h)
        return 0;
    switch (g) {
    case G_NONE: /* not implemented: always II, never VI */
        return o == O_II;
    case G_CNT:
        if (w)
            return o == O_II; /* read-only: II in every mode */
        if (md == M_M)
            return o == O_OK;
        return o == O_OK || o == O_II || (v && o == O_VI);
    case G_M:
        if (md != M_M)
            return o == O_II;
        return o == O_OK || (w && o == O_II); /* writes to mvendorid.. */
    case G_S:
        switch (md) {
        case M_M: return o == O_OK;
        case M_HS: return o == O_OK || o == O_II; /* satp with TVM */
        case M_U: return o == O_II;
        case M_VS: return o == O_OK || o == O_VI; /* satp with VTVM */
        default: return o == O_VI;
        }
    case G_H: /* hgeip is read-only; hgatp with TVM in HS */
        switch (md) {
        case M_M: return o == O_OK || (w && o == O_II);
        case M_HS: return o == O_OK || o == O_II;
        case M_U: return o == O_II;
        default: return o == O_VI || (w && o == O_II);
        }
    default: /* G_VS */
        if (md == M_M || md == M_HS)
            return o == O_OK;
        return md == M_U ? o == O_II : o == O_VI;
    }
}

/* WFI outcomes (wfi.md §3, gen/INTERFACE.md §7). */
static int wfi_reachable(const struct cm_config *cfg, int md, int o)
{
    uint32_t bound = cfg->wfi_timeout;
    int can_wait = md == M_M || md == M_HS || md == M_VS; /* with TW=0 (and VTW=0) */
    switch (o) {
    case W_AT_ONCE:
        /* A wake present on arrival that is not taken first (rule 1) must be
         * globally disabled: impossible in VU (every level is enabled there,
         * traps.md §1.2), and in U only a VS-level interrupt (H) qualifies. */
        if (md == M_VU || (md == M_U && !cfg->h))
            return 0;
        return can_wait || bound >= 1;
    case W_WOKEN:
        return can_wait || bound >= 2;
    case W_II:
        return md != M_M;
    default:
        return md == M_VS || md == M_VU;
    }
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
    return !(md == M_M && h_bit);
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
    /* bins hit that the rules call unreachable point at a bug in the rules or the unit */
    for (int md = 0; md < COV_MODES; md++)
        for (int g = 0; g < COV_GROUPS; g++)
            for (int w = 0; w < 2; w++)
                for (int o = 0; o < COV_OUTCOMES; o++)
                    if (c->csr[md][g][w][o] && !csr_reachable(cfg, md, g, w, o)) {
                        snprintf(what, sizeof what, "UNEXPECTED: %s CSR %s in %s -> %s was hit",
                                 group_names[g], w ? "write" : "read", mode_names[md], outcome_names[o]);
                        missing(f, &miss, what);
                    }
    fprintf(f, "coverage: %d reachable bin%s not hit\n", miss, miss == 1 ? "" : "s");
    return miss;
}
