/* The runner's event log (events.h). */
#define _POSIX_C_SOURCE 200809L
#include "events.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "elf_load.h"

static const char *mode_name(unsigned priv, unsigned virt)
{
    if (virt)
        return priv == 1 ? "VS" : "VU";
    return priv == 3 ? "M" : priv == 1 ? "HS" : "U";
}

static void add_sym(void *ctx, const char *name, uint64_t value)
{
    struct events *e = ctx;
    if (strncmp(name, "tb_", 3) != 0 || strlen(name) >= sizeof e->syms[0].name)
        return;
    if (e->nsyms == e->cap) {
        size_t cap = e->cap ? 2 * e->cap : 64;
        struct ev_sym *ns = realloc(e->syms, cap * sizeof *ns);
        if (!ns)
            return; /* a symbol less: its lines carry no name */
        e->syms = ns;
        e->cap = cap;
    }
    e->syms[e->nsyms].addr = value;
    strcpy(e->syms[e->nsyms].name, name);
    e->nsyms++;
}

static int by_addr(const void *a, const void *b)
{
    const struct ev_sym *x = a, *y = b;
    return x->addr < y->addr ? -1 : x->addr > y->addr ? 1 : strcmp(x->name, y->name);
}

/* The first tb_* symbol at exactly addr, or NULL. */
static const char *sym_at(const struct events *e, uint64_t addr)
{
    size_t lo = 0, hi = e->nsyms;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (e->syms[mid].addr < addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < e->nsyms && e->syms[lo].addr == addr ? e->syms[lo].name : NULL;
}

int events_open(struct events *e, const char *path, const char *prog, char *err, size_t n)
{
    memset(e, 0, sizeof *e);
    if (elf_symbols(prog, add_sym, e, err, n) != 0) {
        free(e->syms);
        return -1;
    }
    qsort(e->syms, e->nsyms, sizeof *e->syms, by_addr);
    if (!(e->f = fopen(path, "w"))) {
        snprintf(err, n, "cannot write the event log '%s': %s", path, strerror(errno));
        free(e->syms);
        return -1;
    }
    fprintf(e->f, "# vitrap-run events of %s: CYCLE RETIRED KIND ... (README \"Event log\")\n",
            prog);
    return 0;
}

/* The unit's interrupt inputs, one bit each (sgeip: its low 8 lines). */
static const char *const line_names[] = { "mtip", "msip", "meip", "seip", "sgeip1", "sgeip2",
                                          "sgeip3", "sgeip4", "sgeip5", "sgeip6", "sgeip7",
                                          "sgeip8" };

static uint64_t lines_of(const struct core_obs *o)
{
    return (o->irq_mtip & 1) | (o->irq_msip & 1) << 1 | (o->irq_meip & 1) << 2 |
           (o->irq_seip & 1) << 3 | (o->sgeip & 0xff) << 4;
}

void events_cycle(struct events *e, const struct core_obs *o, uint64_t cycle, uint64_t retired)
{
    if (!e->f)
        return;
    unsigned mode = (unsigned)(o->priv & 3) | (unsigned)(o->virt & 1) << 2;
    /* a trap's target is the mode of the cycle after it */
    if (e->trap_pending) {
        fprintf(e->f, "%s to=%s\n", e->trap_line, mode_name(mode & 3, mode >> 2));
        e->trap_pending = 0;
    }
    uint64_t lines = lines_of(o);
    for (unsigned i = 0; i < sizeof line_names / sizeof line_names[0]; i++)
        if ((lines ^ e->lines) >> i & 1)
            fprintf(e->f, "%" PRIu64 " %" PRIu64 " line %s %u\n", cycle, retired,
                    line_names[i], (unsigned)(lines >> i & 1));
    e->lines = lines;
    int stalled = (int)(o->hold_why & 1);
    if (stalled != e->stalled)
        fprintf(e->f, "%" PRIu64 " %" PRIu64 " stall %d\n", cycle, retired, stalled);
    e->stalled = stalled;
    if (!o->commit_valid)
        return;
    /* an instruction at commit: the first in a new mode, a mark, a trap, an xRET */
    const char *m = mode_name(mode & 3, mode >> 2);
    if ((o->retire || o->trap) && (!e->have_mode || mode != e->mode))
        fprintf(e->f, "%" PRIu64 " %" PRIu64 " enter 0x%" PRIx64 " %s\n", cycle, retired,
                o->mem_pc, m);
    if (o->retire || o->trap) {
        e->have_mode = 1;
        e->mode = mode;
    }
    const char *sym = sym_at(e, o->mem_pc);
    if (o->retire && sym && strncmp(sym, "tb_seg_", 7) == 0)
        fprintf(e->f, "%" PRIu64 " %" PRIu64 " mark 0x%" PRIx64 " %s\n", cycle, retired,
                o->mem_pc, sym);
    if (o->trap) {
        snprintf(e->trap_line, sizeof e->trap_line,
                 "%" PRIu64 " %" PRIu64 " trap 0x%" PRIx64 " cause=%u irq=%u from=%s%s%s", cycle,
                 retired, o->mem_pc, (unsigned)o->trap_code, (unsigned)(o->trap_irq & 1), m,
                 sym ? " sym=" : "", sym ? sym : "");
        e->trap_pending = 1;
    }
    if (o->xret) {
        snprintf(e->trap_line, sizeof e->trap_line,
                 "%" PRIu64 " %" PRIu64 " xret 0x%" PRIx64 " from=%s", cycle, retired,
                 o->mem_pc, m);
        e->trap_pending = 1;
    }
}

void events_close(struct events *e)
{
    if (e->f) {
        if (e->trap_pending)
            fprintf(e->f, "%s to=?\n", e->trap_line);
        fclose(e->f);
    }
    free(e->syms);
    memset(e, 0, sizeof *e);
}
