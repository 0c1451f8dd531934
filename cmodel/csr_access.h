/* vitrap C model: may this CSR instruction access this CSR? OK / II / VI.
 *
 * Order of checks: gen/INTERFACE.md §4 and virtual-instruction.md §7:
 *   1. the CSR does not exist                       -> II
 *   2. a write to a read-only address (11:10 = 11)  -> II (never HS-qualified)
 *   3. M-mode                                       -> OK
 *   4. privilege (bits 9:8): M-level CSR            -> II
 *      level above the mode (HS=2, VS=1, U/VU=0)    -> VI if V=1, else II
 *   5. CSR-specific rules (counters, satp, hgatp).
 *
 * Header-only: it runs every cycle, and the model's files are compiled one by
 * one, so only a function the compiler sees in the caller's file can be
 * inlined there (the call would cost more than the work). Included by commit.c.
 */
#ifndef VITRAP_CSR_ACCESS_H
#define VITRAP_CSR_ACCESS_H

#include "cm_internal.h"

/* Counter X readable? virtual-instruction.md §3 row "Read counter X" and
 * §4.1: mcounteren blocks every mode below M with II (not HS-qualified);
 * when V=1 hcounteren (VS, VU) and scounteren (VU) block with VI; with V=0
 * scounteren blocks U-mode with II. */
static inline enum cm_verdict counter_rule(const struct cm_state *s,
                                           unsigned addr)
{
    uint64_t x = BIT(addr & 0x1F);
    if (!(s->mcounteren & x))
        return VERDICT_II;
    if (!s->v) {
        if (s->priv == PRV_U && !(s->scounteren & x))
            return VERDICT_II;
        return VERDICT_OK;
    }
    if (!(s->hcounteren & x))
        return VERDICT_VI;
    if (s->priv == PRV_U && !(s->scounteren & x))
        return VERDICT_VI;      /* VU-mode: scounteren also applies */
    return VERDICT_OK;
}

static inline enum cm_verdict cm_csr_access(const struct cm_model *m,
                                            const struct cm_state *s,
                                            unsigned addr, int write)
{
    const struct csr_desc *d = cm_csr_lookup(m, addr);

    /* csrs-rv64.md §1: nonexistent CSR is reserved -> II, never VI
     * (virtual-instruction.md §4.8) */
    if (!d)
        return VERDICT_II;
    /* csrs-rv64.md §1: writing a read-only CSR -> II, not HS-qualified, so
     * II also when V=1 (virtual-instruction.md §4.8; Spike #566, #1466) */
    if (write && csr_addr_readonly(addr))
        return VERDICT_II;
    if (s->priv == PRV_M)
        return VERDICT_OK;

    /* privilege, csrs-rv64.md §1 "Effective privilege levels with H" */
    unsigned need = csr_addr_level(addr);
    if (need == PRV_M)
        return VERDICT_II;      /* M-level CSRs: II even when V=1 (so
                                 * also the trigger CSRs 7A0-7A4, which
                                 * riscv-debug-spec hwbp_registers.xml makes
                                 * "only accessible in machine and Debug
                                 * Mode") */
    unsigned have = s->v ? s->priv                 /* VS = 1, VU = 0 */
                         : (s->priv == PRV_S ? 2u : 0u); /* HS = 2, U = 0 */
    if (need > have)
        /* hypervisor.adoc "Trap Cause Codes": an HS-qualified access blocked
         * for privilege when V=1 is VI (HS can reach levels 0..2 and the
         * read-only-write case is already handled); with V=0 it is II */
        return s->v ? VERDICT_VI : VERDICT_II;

    switch (d->rule) {
    case RULE_COUNTER:
        return counter_rule(s, addr);
    case RULE_SATP:
        /* virtual-instruction.md §4.7: TVM traps satp in HS only (II);
         * VTVM traps it in VS (VI). VU was handled by privilege. */
        if (!s->v && (s->mstatus & MS_TVM))
            return VERDICT_II;
        if (s->v && (s->hstatus & HS_VTVM))
            return VERDICT_VI;
        return VERDICT_OK;
    case RULE_HGATP:
        /* virtual-instruction.md §4.5: hgatp II in HS with TVM=1; from V=1
         * it was already VI by privilege (TVM assumed 0) */
        if (!s->v && (s->mstatus & MS_TVM))
            return VERDICT_II;
        return VERDICT_OK;
    default:
        return VERDICT_OK;
    }
}


/* VS substitution when V=1: sstatus, sie, stvec, sscratch, sepc, scause,
 * stval, sip, satp reach their VS twins at address + 0x100 (csrs-rv64.md §3,
 * hypervisor.adoc "Hypervisor and Virtual Supervisor CSRs"). scounteren and
 * senvcfg stay the real registers. Which CSRs have twins: the table; d is
 * the row of addr. */
static inline unsigned cm_csr_subst(const struct csr_desc *d, unsigned addr, int v)
{
    return v && d->vs_twin ? addr + 0x100 : addr;
}

#endif
