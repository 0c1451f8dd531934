/* WFI episodes from an event log (episodes.h). */
#define _POSIX_C_SOURCE 200809L
#include "episodes.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const ep_kind_names[EK_N] = { "vgein", "vseip", "vstip", "host" };

/* tb_seg_<what>_<phase>_<kind>_<D> -> phase, kind, D; 0 or -1 */
static int parse_label(const char *name, const char *what, int *phase, enum ep_kind *kind,
                       unsigned *d)
{
    char pre[32];
    snprintf(pre, sizeof pre, "tb_seg_%s_vtw", what);
    size_t n = strlen(pre);
    if (strncmp(name, pre, n) != 0 || (name[n] != '0' && name[n] != '1') || name[n + 1] != '_')
        return -1;
    *phase = name[n] - '0';
    const char *k = name + n + 2;
    for (int i = 0; i < EK_N; i++) {
        size_t kl = strlen(ep_kind_names[i]);
        if (strncmp(k, ep_kind_names[i], kl) == 0 && k[kl] == '_') {
            char *end;
            unsigned long v = strtoul(k + kl + 1, &end, 10);
            if (*end != '\0' || end == k + kl + 1)
                return -1;
            *kind = (enum ep_kind)i;
            *d = (unsigned)v;
            return 0;
        }
    }
    return -1;
}

static int is_guest(const char *mode)
{
    return mode[0] == 'V';
}

int episodes_read(const char *path, struct ep_set *s, char *err, size_t errlen)
{
    memset(s, 0, sizeof *s);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "cannot read the event log '%s': %s", path, strerror(errno));
        return -1;
    }
    char line[512];
    unsigned lineno = 0;
    int rc = 0, open = 0, guest = 0, stalled = 0;
    uint64_t stall_from = 0, mode_retired = 0;
    struct episode cur;
    memset(&cur, 0, sizeof cur);
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
        int ph;
        enum ep_kind k;
        unsigned d;
        if (strcmp(kind, "enter") == 0) {
            /* instructions retired outside the guest since the source rose */
            if (open && cur.source && !guest)
                cur.hyp_insns += retired - mode_retired;
            guest = is_guest(rest);
            mode_retired = retired;
        } else if (strcmp(kind, "stall") == 0) {
            if (arg[0] == '1') {
                stalled = 1;
                stall_from = cycle;
                if (open && !cur.wfi_at)
                    cur.wfi_at = cycle;
            } else if (stalled) {
                stalled = 0;
                if (open)
                    cur.stalled += cycle - stall_from;
            }
        } else if (strcmp(kind, "mark") == 0 && parse_label(rest, "arm", &ph, &k, &d) == 0) {
            memset(&cur, 0, sizeof cur);
            cur.phase = ph;
            cur.kind = k;
            cur.d = d;
            cur.arm = cycle;
            open = 1;
        } else if (!open) {
            continue;
        } else if (strcmp(kind, "mark") == 0 && parse_label(rest, "wfi", &ph, &k, &d) == 0) {
            if (!cur.wfi_at)
                cur.wfi_at = cycle;
        } else if (strcmp(kind, "trap") == 0) {
            const char *sym = strstr(rest, "sym=");
            char nm[96] = ""; /* "sym=NAME to=MODE" */
            if (sym)
                sscanf(sym + 4, "%95s", nm);
            const char *irq = strstr(rest, "irq=");
            if (nm[0] && irq && irq[4] == '0' && parse_label(nm, "wfi", &ph, &k, &d) == 0) {
                if (!cur.wfi_at)
                    cur.wfi_at = cycle;
                cur.wfi_trapped = 1;
                const char *c = strstr(rest, "cause=");
                cur.wfi_cause = c ? (unsigned)strtoul(c + 6, NULL, 10) : 0;
            }
        } else if (strcmp(kind, "line") == 0 && rest[0] == '1' && !cur.source) {
            const char *want = cur.kind == EK_VGEIN ? "sgeip1" : "seip";
            if (strcmp(arg, want) == 0) {
                cur.source = cycle;
                mode_retired = retired;
            }
        } else if (strcmp(kind, "mark") == 0 && cur.source) {
            /* the host's interrupt: its handling in the HS trap handler
             * (tb_seg_hs_host_irq) or in the hypervisor's own wait for a
             * trapped guest WFI (tb_seg_hs_host_irq_<where>) */
            int end = cur.kind == EK_HOST ? strncmp(rest, "tb_seg_hs_host_irq", 18) == 0
                                          : strcmp(rest, "tb_seg_guest_irq") == 0;
            if (end) {
                if (!guest)
                    cur.hyp_insns += retired - mode_retired;
                if (stalled)
                    cur.stalled += cycle - stall_from;
                cur.end = cycle;
                cur.complete = 1;
                open = 0;
                if (s->n == s->cap) {
                    size_t cap = s->cap ? 2 * s->cap : 128;
                    struct episode *ne = realloc(s->e, cap * sizeof *ne);
                    if (!ne) {
                        snprintf(err, errlen, "out of memory reading '%s'", path);
                        rc = -1;
                        break;
                    }
                    s->e = ne;
                    s->cap = cap;
                }
                s->e[s->n++] = cur;
            }
        }
    }
    fclose(f);
    if (rc != 0)
        episodes_free(s);
    return rc;
}

void episodes_free(struct ep_set *s)
{
    free(s->e);
    memset(s, 0, sizeof *s);
}
