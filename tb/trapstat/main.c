/* vitrap-trapstat: the cost of a guest's trapping operations on the two
 * units, from two vitrap-run event logs of the same program (make
 * trap-bench; README "What cause 22 buys").
 *
 *   vitrap-trapstat [--check] RATIFIED.events PREPROPOSAL.events
 *
 * RATIFIED: the unit as ratified (cause 22 delegated to HS by medeleg);
 * PREPROPOSAL: the unit of `vitrap-gen --virtual-instruction off` (cause 2,
 * taken in M and forwarded to HS by the firmware). Prints, per operation,
 * the cycles and instructions from the guest's trapping instruction to its
 * next instruction on each, their ratio, and where the cycles of each path
 * went. --check: exit 1 unless every operation was measured on both, the
 * ratified path never went through M, the forwarded one did, and the
 * ratified path is never slower (the invariants of make test). Exit 2 on
 * bad input. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trips.h"

#define MAX_OPS 32

/* One operation's round trips on one unit: the range over repetitions. */
struct op_stat {
    char op[48];
    unsigned n, cause;
    uint64_t cyc_min, cyc_max, ins_min, ins_max;
    int through_m, not_through_m;
    const struct trip *last; /* the last repetition: its segments are shown */
};

struct ops {
    struct op_stat s[MAX_OPS];
    size_t n;
};

static void collect(const struct trip_set *ts, struct ops *o)
{
    memset(o, 0, sizeof *o);
    for (size_t i = 0; i < ts->n; i++) {
        const struct trip *t = &ts->t[i];
        struct op_stat *st = NULL;
        for (size_t k = 0; k < o->n; k++)
            if (strcmp(o->s[k].op, t->op) == 0)
                st = &o->s[k];
        if (!st) {
            if (o->n == MAX_OPS)
                continue;
            st = &o->s[o->n++];
            snprintf(st->op, sizeof st->op, "%s", t->op);
            st->cyc_min = st->ins_min = UINT64_MAX;
            st->cause = t->cause;
        }
        uint64_t c = t->end_cycle - t->cycle, r = t->end_retired - t->retired;
        st->n++;
        st->cyc_min = c < st->cyc_min ? c : st->cyc_min;
        st->cyc_max = c > st->cyc_max ? c : st->cyc_max;
        st->ins_min = r < st->ins_min ? r : st->ins_min;
        st->ins_max = r > st->ins_max ? r : st->ins_max;
        st->through_m |= t->through_m;
        st->not_through_m |= !t->through_m;
        st->last = t;
    }
}

static const struct op_stat *find(const struct ops *o, const char *op)
{
    for (size_t k = 0; k < o->n; k++)
        if (strcmp(o->s[k].op, op) == 0)
            return &o->s[k];
    return NULL;
}

static void range(char *buf, size_t n, uint64_t lo, uint64_t hi)
{
    if (lo == hi)
        snprintf(buf, n, "%" PRIu64, lo);
    else
        snprintf(buf, n, "%" PRIu64 "-%" PRIu64, lo, hi);
}

/* The segments of a path, in the order the boundaries occur. */
static const struct { const char *from, *to, *what; } segs[] = {
    { "trap", "m_entry", "trap entry into M" },
    { "m_entry", "m_forward", "M: save, decode the cause" },
    { "m_forward", "mret", "M: forward (S/H CSR writes)" },
    { "mret", "hs_entry", "MRET into the HS handler" },
    { "trap", "hs_entry", "trap entry into HS" },
    { "hs_entry", "hs_emulate", "HS: save, decode" },
    { "hs_emulate", "hs_return", "HS: emulate" },
    { "hs_return", "guest", "HS: restore, SRET to the guest" },
};
#define NSEGS (sizeof segs / sizeof segs[0])

static void print_segments(const char *title, const struct ops *o, int through_m)
{
    printf("\n%s (cycles, last repetition):\n\n| operation |", title);
    for (size_t k = 0; k < NSEGS; k++)
        if (through_m ? k != 4 : k >= 4)
            printf(" %s |", segs[k].what);
    printf("\n|---|");
    for (size_t k = 0; k < NSEGS; k++)
        if (through_m ? k != 4 : k >= 4)
            printf("---:|");
    printf("\n");
    for (size_t i = 0; i < o->n; i++) {
        const struct trip *t = o->s[i].last;
        printf("| %s |", o->s[i].op);
        for (size_t k = 0; k < NSEGS; k++) {
            if (!(through_m ? k != 4 : k >= 4))
                continue;
            int64_t a = trip_at(t, segs[k].from), b = trip_at(t, segs[k].to);
            if (a < 0 || b < 0 || b < a)
                printf(" - |");
            else
                printf(" %" PRId64 " |", b - a);
        }
        printf("\n");
    }
}

int main(int argc, char **argv)
{
    int check = 0, ai = 1;
    if (ai < argc && strcmp(argv[ai], "--check") == 0) {
        check = 1;
        ai++;
    }
    if (argc - ai != 2) {
        fprintf(stderr, "vitrap-trapstat: usage: vitrap-trapstat [--check] RATIFIED.events "
                        "PREPROPOSAL.events\n");
        return 2;
    }
    struct trip_set ts[2];
    struct ops ops[2];
    char err[512];
    for (int u = 0; u < 2; u++) {
        if (trips_read(argv[ai + u], &ts[u], err, sizeof err) != 0) {
            fprintf(stderr, "vitrap-trapstat: %s\n", err);
            if (u)
                trips_free(&ts[0]);
            return 2;
        }
        collect(&ts[u], &ops[u]);
        if (ops[u].n == 0) {
            fprintf(stderr, "vitrap-trapstat: %s: no guest trap at a tb_op_* symbol\n",
                    argv[ai + u]);
            trips_free(&ts[0]);
            if (u)
                trips_free(&ts[1]);
            return 2;
        }
    }
    int bad = 0;
    printf("| operation | cause 22 to HS: cycles | instructions | cause 2 via M: cycles | "
           "instructions | ratio |\n|---|---:|---:|---:|---:|---:|\n");
    for (size_t i = 0; i < ops[0].n; i++) {
        const struct op_stat *a = &ops[0].s[i], *b = find(&ops[1], a->op);
        char ca[32], ia[32], cb[32] = "-", ib[32] = "-", ratio[32] = "-";
        range(ca, sizeof ca, a->cyc_min, a->cyc_max);
        range(ia, sizeof ia, a->ins_min, a->ins_max);
        if (b) {
            range(cb, sizeof cb, b->cyc_min, b->cyc_max);
            range(ib, sizeof ib, b->ins_min, b->ins_max);
            snprintf(ratio, sizeof ratio, "%.2fx", (double)b->cyc_max / (double)a->cyc_max);
        }
        printf("| %s | %s | %s | %s | %s | %s |\n", a->op, ca, ia, cb, ib, ratio);
        if (!check)
            continue;
        if (!b) {
            printf("CHECK FAILED: %s: not measured on the pre-proposal unit\n", a->op);
            bad = 1;
        } else {
            if (a->cause != 22 || b->cause != 2) {
                printf("CHECK FAILED: %s: causes %u and %u, expected 22 and 2\n", a->op,
                       a->cause, b->cause);
                bad = 1;
            }
            if (a->through_m || b->not_through_m) {
                printf("CHECK FAILED: %s: the cause-22 path must stay out of M and the "
                       "cause-2 path go through it\n", a->op);
                bad = 1;
            }
            if (a->cyc_max > b->cyc_min) {
                printf("CHECK FAILED: %s: the cause-22 path (%" PRIu64 " cycles) is slower "
                       "than the forwarded one (%" PRIu64 ")\n", a->op, a->cyc_max, b->cyc_min);
                bad = 1;
            }
        }
    }
    for (size_t i = 0; check && i < ops[1].n; i++)
        if (!find(&ops[0], ops[1].s[i].op)) {
            printf("CHECK FAILED: %s: not measured on the ratified unit\n", ops[1].s[i].op);
            bad = 1;
        }
    print_segments("Cause 22, delegated to HS", &ops[0], 0);
    print_segments("Cause 2, taken in M and forwarded to HS by the firmware", &ops[1], 1);
    trips_free(&ts[0]);
    trips_free(&ts[1]);
    if (check)
        printf("%s\n", bad ? "trap-bench invariants: FAILED" : "trap-bench invariants: hold");
    return bad;
}
