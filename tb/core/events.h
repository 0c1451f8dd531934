/* The runner's event log (vitrap-run --events FILE): one line per thing a
 * trap-cost or wake-latency measurement needs, with the cycle and the count
 * of retired instructions at which it happened. Read by vitrap-trapstat
 * (tb/trapstat). The format is documented in the README ("Event log").
 *
 *   CYCLE RETIRED trap  PC cause=N irq=0|1 from=MODE to=MODE [sym=NAME]
 *   CYCLE RETIRED xret  PC from=MODE to=MODE
 *   CYCLE RETIRED enter PC MODE       first commit in another mode than the last one
 *   CYCLE RETIRED mark  PC NAME       a retired instruction at a tb_seg_* symbol
 *   CYCLE RETIRED line  NAME 0|1      an interrupt input of the unit changed
 *   CYCLE RETIRED stall 1|0           the unit began / ended holding a WFI
 *
 * MODE is M, HS, U, VS or VU. CYCLE counts from reset (the cycle the thing
 * was at commit); RETIRED is the number of instructions retired before it. */
#ifndef TB_CORE_EVENTS_H
#define TB_CORE_EVENTS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core_obs.h"

struct ev_sym {
    uint64_t addr;
    char name[64];
};

struct events {
    FILE *f;
    struct ev_sym *syms;   /* the ELF's tb_* symbols, sorted by address */
    size_t nsyms, cap;
    int have_mode;         /* a commit has been seen */
    unsigned mode;         /* mode of the last commit (priv | virt << 2) */
    int trap_pending;      /* a trap or xret line waits for its target mode */
    char trap_line[192];
    uint64_t lines;        /* the unit's interrupt inputs of the last cycle */
    int stalled;
};

/* Opens path for writing and reads prog's symbols; 0, or -1 with a
 * one-line reason in err (nothing left on disk). */
int events_open(struct events *e, const char *path, const char *prog, char *err, size_t n);

/* One cycle's observation; retired = instructions retired before it. */
void events_cycle(struct events *e, const struct core_obs *o, uint64_t cycle, uint64_t retired);

void events_close(struct events *e);

#endif
