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

#endif
