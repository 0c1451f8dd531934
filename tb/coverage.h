/* Functional coverage of a lock-step run: which (mode x trap cause),
 * (mode x CSR group x read/write x outcome), WFI outcomes and interrupts
 * taken in each mode were reached, and which bins the configuration can reach
 * but the run never did. */
#ifndef TB_COVERAGE_H
#define TB_COVERAGE_H

#include <stdint.h>
#include <stdio.h>

#include "cmodel.h"

enum { COV_MODES = 5, COV_CAUSES = 24, COV_GROUPS = 6, COV_OUTCOMES = 3, COV_WFI = 4,
       COV_IRQS = 13 };

struct coverage {
    uint64_t exc[COV_MODES][COV_CAUSES];               /* exception traps by mode, cause */
    uint64_t csr[COV_MODES][COV_GROUPS][2][COV_OUTCOMES]; /* CSR instructions */
    uint64_t wfi[COV_MODES][COV_WFI];                  /* WFI outcomes */
    uint64_t irq[COV_MODES][COV_IRQS];                 /* interrupts taken, by pending bit */
    uint64_t instructions;
};

void cov_init(struct coverage *c);

/* One cycle. priv/virt: the mode during the cycle; stalled: how many cycles
 * the instruction at commit had already stalled; after_virt: V after the edge
 * (tells a VS-level interrupt from an HS/M-level one). */
void cov_record(struct coverage *c, const struct cm_model *m, const struct cm_in *in,
                const struct cm_out *out, unsigned priv, int virt, uint64_t stalled,
                int after_virt);

/* Add another run's counts. */
void cov_merge(struct coverage *into, const struct coverage *from);

/* Print the tables; returns the number of reachable bins left at zero (each
 * listed). */
int cov_report(const struct coverage *c, const struct cm_config *cfg, FILE *f);

/* Lists the bins hit that the rules call unreachable (part of cov_report);
 * returns how many. */
int cov_unexpected(const struct coverage *c, const struct cm_config *cfg, FILE *f);

/* One bin of one table, for the directed top-up (cov_topup.c). */
enum cov_table { COV_T_EXC, COV_T_CSR, COV_T_WFI, COV_T_IRQ };
enum cov_mode { CM_M, CM_HS, CM_U, CM_VS, CM_VU };
enum cov_group { CG_CNT, CG_S, CG_H, CG_VS, CG_M, CG_NONE };
enum cov_outcome { CO_OK, CO_II, CO_VI };
enum cov_wfi { CW_AT_ONCE, CW_WOKEN, CW_II, CW_VI };
struct cov_bin {
    enum cov_table table;
    int mode;   /* enum cov_mode */
    int a;      /* EXC: cause; CSR: group; WFI: outcome; IRQ: pending bit */
    int write;  /* CSR: 1 for a writing form */
    int outcome; /* CSR: enum cov_outcome */
};

/* Every bin, in table order: the index k runs from 0; returns 0 past the end. */
int cov_bin_at(unsigned k, struct cov_bin *b);
/* Whether the configuration can reach the bin (the rules of cov_report). */
int cov_bin_reachable(const struct cm_config *cfg, const struct cov_bin *b);
/* Its hit count. */
uint64_t cov_bin_count(const struct coverage *c, const struct cov_bin *b);
/* A short id without spaces ("csr:VS:S:read:VI"), and parsing it back (0 on
 * success). */
void cov_bin_id(const struct cov_bin *b, char *buf, size_t size);
int cov_bin_parse(const char *id, struct cov_bin *b);

#endif
