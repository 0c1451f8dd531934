/* Trap round trips from an event log (trips.h). */
#define _POSIX_C_SOURCE 200809L
#include "trips.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_guest(const char *mode)
{
    return strcmp(mode, "VS") == 0 || strcmp(mode, "VU") == 0;
}

static const char *field(const char *line, const char *key)
{
    const char *p = strstr(line, key);
    return p ? p + strlen(key) : NULL;
}

static void add_bound(struct trip *t, const char *name, uint64_t cycle, uint64_t retired)
{
    if (t->nb == TRIP_MAX_BOUNDS)
        return;
    struct trip_bound *b = &t->b[t->nb++];
    size_t len = strlen(name);
    if (len >= sizeof b->name)
        len = sizeof b->name - 1;
    memcpy(b->name, name, len);
    b->name[len] = '\0';
    b->cycle = cycle;
    b->retired = retired;
}

static int push(struct trip_set *s, const struct trip *t)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 64;
        struct trip *nt = realloc(s->t, cap * sizeof *nt);
        if (!nt)
            return -1;
        s->t = nt;
        s->cap = cap;
    }
    s->t[s->n++] = *t;
    return 0;
}

int trips_read(const char *path, struct trip_set *s, char *err, size_t errlen)
{
    memset(s, 0, sizeof *s);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "cannot read the event log '%s': %s", path, strerror(errno));
        return -1;
    }
    char line[512];
    struct trip cur;
    int open = 0, rc = 0;
    unsigned lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        uint64_t cycle, retired;
        char kind[16], arg[96], rest[256] = "";
        if (sscanf(line, "%" SCNu64 " %" SCNu64 " %15s %95s %255[^\n]", &cycle, &retired, kind,
                   arg, rest) < 4) {
            snprintf(err, errlen, "%s:%u: not an event line (vitrap-run --events)", path, lineno);
            rc = -1;
            break;
        }
        if (strcmp(kind, "trap") == 0) {
            const char *from = field(rest, "from="), *sym = field(rest, "sym=tb_op_");
            const char *irq = field(rest, "irq="), *cause = field(rest, "cause=");
            if (!from || !irq || !cause) {
                snprintf(err, errlen, "%s:%u: a trap line without from=, irq= or cause=", path,
                         lineno);
                rc = -1;
                break;
            }
            if (open) {
                /* a trap inside the path (a nested exception): part of it */
                add_bound(&cur, "trap", cycle, retired);
                continue;
            }
            if (*irq != '0' || !is_guest((char[3]){ from[0], from[1], 0 }) || !sym)
                continue;
            memset(&cur, 0, sizeof cur);
            size_t len = strcspn(sym, " ");
            /* tb_op_<name>_<i>: drop the repetition number */
            const char *us = sym + len;
            while (us > sym && us[-1] != '_')
                us--;
            if (us > sym)
                len = (size_t)(us - 1 - sym);
            snprintf(cur.op, sizeof cur.op, "%.*s", (int)(len < sizeof cur.op ? len : sizeof cur.op - 1), sym);
            cur.cause = (unsigned)strtoul(cause, NULL, 10);
            cur.cycle = cycle;
            cur.retired = retired;
            open = 1;
        } else if (!open) {
            continue;
        } else if (strcmp(kind, "mark") == 0) {
            const char *nm = strncmp(rest, "tb_seg_", 7) == 0 ? rest + 7 : rest;
            add_bound(&cur, nm, cycle, retired);
        } else if (strcmp(kind, "xret") == 0) {
            if (strncmp(rest, "from=M ", 7) == 0)
                add_bound(&cur, "mret", cycle, retired);
        } else if (strcmp(kind, "enter") == 0) {
            if (strcmp(rest, "M") == 0)
                cur.through_m = 1;
            if (is_guest(rest)) {
                cur.end_cycle = cycle;
                cur.end_retired = retired;
                open = 0;
                if (push(s, &cur) != 0) {
                    snprintf(err, errlen, "out of memory reading '%s'", path);
                    rc = -1;
                    break;
                }
            }
        }
    }
    fclose(f);
    if (rc != 0)
        trips_free(s);
    return rc;
}

void trips_free(struct trip_set *s)
{
    free(s->t);
    memset(s, 0, sizeof *s);
}

int64_t trip_at(const struct trip *t, const char *name)
{
    if (strcmp(name, "trap") == 0)
        return (int64_t)t->cycle;
    if (strcmp(name, "guest") == 0)
        return (int64_t)t->end_cycle;
    for (size_t i = 0; i < t->nb; i++)
        if (strcmp(t->b[i].name, name) == 0)
            return (int64_t)t->b[i].cycle;
    return -1;
}
