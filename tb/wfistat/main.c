/* vitrap-wfistat: the WFI policies of the proposal thread, measured on the
 * core (make wfi-plot; README "What cause 22 buys").
 *
 *   vitrap-wfistat [--check] [--data DIR] BOUND=EVENTS...
 *
 * Each EVENTS is the event log (vitrap-run --events) of
 * sim/programs/wfipolicy.S on a unit with WFI bound BOUND. The policies:
 * VTW=0 (the guest's WFI runs in the guest; from the first log's first
 * phase) and VTW=1 with each log's bound (its second phase). Prints, per
 * interrupt kind and D, the wake latency (cycles from the interrupt line
 * rising to the first instruction of its handler), the instructions the
 * hypervisor and firmware retired meanwhile, the share of the wait the hart
 * spent stalled, and whether the guest's WFI trapped. --data DIR writes
 * DIR/<kind>.dat for gnuplot. --check: exit 1 unless every episode ended,
 * every policy saw the same episodes, a host interrupt always reached the
 * hypervisor, a VTW=0 WFI never trapped, and a VTW=1 WFI retired in the
 * guest exactly when the interrupt came within the bound (gen/INTERFACE.md
 * 7: a wake in cycle k of the WFI at commit retires it iff k < bound).
 * Exit 2 on bad input. */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "episodes.h"

#define MAX_POL 8
#define MAX_D 32

struct policy {
    char name[32];
    int phase;
    unsigned bound;
    const struct ep_set *set;
};

static const struct episode *find_ep(const struct policy *p, enum ep_kind k, unsigned d)
{
    for (size_t i = 0; i < p->set->n; i++) {
        const struct episode *e = &p->set->e[i];
        if (e->phase == p->phase && e->kind == k && e->d == d)
            return e;
    }
    return NULL;
}

static double stall_share(const struct episode *e)
{
    return e->end > e->arm ? (double)e->stalled / (double)(e->end - e->arm) : 0.0;
}

int main(int argc, char **argv)
{
    int check = 0, ai = 1;
    const char *data = NULL;
    while (ai < argc && argv[ai][0] == '-') {
        if (strcmp(argv[ai], "--check") == 0) {
            check = 1;
            ai++;
        } else if (strcmp(argv[ai], "--data") == 0 && ai + 1 < argc) {
            data = argv[ai + 1];
            ai += 2;
        } else {
            fprintf(stderr, "vitrap-wfistat: unknown option '%s' (usage: vitrap-wfistat "
                            "[--check] [--data DIR] BOUND=EVENTS...)\n", argv[ai]);
            return 2;
        }
    }
    int nfiles = argc - ai;
    if (nfiles < 1 || nfiles > MAX_POL - 1) {
        fprintf(stderr, "vitrap-wfistat: usage: vitrap-wfistat [--check] [--data DIR] "
                        "BOUND=EVENTS... (1 to %d logs)\n", MAX_POL - 1);
        return 2;
    }
    struct ep_set sets[MAX_POL];
    struct policy pol[MAX_POL];
    int npol = 0;
    char err[512] = "";
    for (int i = 0; i < nfiles; i++) {
        const char *a = argv[ai + i], *eq = strchr(a, '=');
        char *end;
        unsigned long b = eq ? strtoul(a, &end, 10) : 0;
        if (!eq || end != eq || eq == a) {
            fprintf(stderr, "vitrap-wfistat: '%s' is not BOUND=EVENTS\n", a);
            for (int j = 0; j < i; j++)
                episodes_free(&sets[j]);
            return 2;
        }
        if (episodes_read(eq + 1, &sets[i], err, sizeof err) != 0 || sets[i].n == 0) {
            if (sets[i].n == 0 && !err[0])
                snprintf(err, sizeof err, "%s: no WFI episode (tb_seg_arm_* marks)", eq + 1);
            fprintf(stderr, "vitrap-wfistat: %s\n", err);
            for (int j = 0; j <= i; j++)
                episodes_free(&sets[j]);
            return 2;
        }
        if (i == 0) {
            pol[npol] = (struct policy){ "VTW=0", 0, (unsigned)b, &sets[i] };
            npol++;
        }
        pol[npol] = (struct policy){ "", 1, (unsigned)b, &sets[i] };
        snprintf(pol[npol].name, sizeof pol[npol].name, "VTW=1, bound %lu", b);
        npol++;
        err[0] = '\0';
    }
    /* the D values of the first policy */
    unsigned ds[MAX_D];
    int nd = 0;
    for (size_t i = 0; i < pol[0].set->n && nd < MAX_D; i++) {
        const struct episode *e = &pol[0].set->e[i];
        if (e->phase != 0 || e->kind != EK_VGEIN)
            continue;
        int seen = 0;
        for (int j = 0; j < nd; j++)
            seen |= ds[j] == e->d;
        if (!seen)
            ds[nd++] = e->d;
    }
    int bad = 0;
    printf("Wake latency in cycles (interrupt line rising -> first instruction of its handler) "
           "/ instructions retired by the hypervisor and firmware meanwhile / share of the wait "
           "(arming -> handler) the hart spent stalled; T: the guest's WFI trapped to the "
           "hypervisor (cause 22).\n");
    for (int k = 0; k < EK_N; k++) {
        FILE *df = NULL;
        if (data) {
            char path[512];
            snprintf(path, sizeof path, "%s/%s.dat", data, ep_kind_names[k]);
            if (!(df = fopen(path, "w"))) {
                fprintf(stderr, "vitrap-wfistat: cannot write '%s'\n", path);
                return 2;
            }
            fprintf(df, "# D");
            for (int p = 0; p < npol; p++)
                fprintf(df, " \"lat %s\"", pol[p].name);
            for (int p = 0; p < npol; p++)
                fprintf(df, " \"stall %s\"", pol[p].name);
            fprintf(df, "\n");
        }
        printf("\n%s:\n\n| D |", ep_kind_names[k]);
        for (int p = 0; p < npol; p++)
            printf(" %s |", pol[p].name);
        printf("\n|---:|");
        for (int p = 0; p < npol; p++)
            printf("---:|");
        printf("\n");
        for (int j = 0; j < nd; j++) {
            printf("| %u |", ds[j]);
            if (df)
                fprintf(df, "%u", ds[j]);
            double st[MAX_POL];
            for (int p = 0; p < npol; p++) {
                const struct episode *e = find_ep(&pol[p], (enum ep_kind)k, ds[j]);
                st[p] = -1;
                if (!e) {
                    printf(" - |");
                    if (df)
                        fprintf(df, " ?");
                    if (check) {
                        printf("\nCHECK FAILED: %s %s D=%u: no episode\n", pol[p].name,
                               ep_kind_names[k], ds[j]);
                        bad = 1;
                    }
                    continue;
                }
                st[p] = stall_share(e);
                printf(" %" PRIu64 " / %" PRIu64 " / %.0f%%%s |", e->end - e->source,
                       e->hyp_insns, 100.0 * st[p], e->wfi_trapped ? " T" : "");
                if (df)
                    fprintf(df, " %" PRIu64, e->end - e->source);
                if (!check || !e->wfi_at)
                    continue;
                /* gen/INTERFACE.md 7: a wake in cycle k retires the WFI iff k < bound */
                uint64_t k_wake = e->source > e->wfi_at ? e->source - e->wfi_at : 0;
                int in_guest = pol[p].phase == 0 || (pol[p].bound > 0 && k_wake < pol[p].bound);
                if (in_guest == e->wfi_trapped || (e->wfi_trapped && e->wfi_cause != 22)) {
                    printf("\nCHECK FAILED: %s %s D=%u: the WFI %s (cause %u), the wake came "
                           "in its cycle %" PRIu64 "\n", pol[p].name, ep_kind_names[k], ds[j],
                           e->wfi_trapped ? "trapped" : "retired in the guest", e->wfi_cause,
                           k_wake);
                    bad = 1;
                }
            }
            if (df) {
                for (int p = 0; p < npol; p++)
                    if (st[p] < 0)
                        fprintf(df, " ?");
                    else
                        fprintf(df, " %.4f", st[p]);
                fprintf(df, "\n");
            }
            printf("\n");
        }
        if (df)
            fclose(df);
    }
    for (int i = 0; i < nfiles; i++)
        episodes_free(&sets[i]);
    if (check)
        printf("\nwfi-policy invariants: %s\n", bad ? "FAILED" : "hold");
    return bad;
}
