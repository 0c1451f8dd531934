/* vitrap C model: the one table of CSRs that exist in this unit.
 *
 * Source: gen/INTERFACE.md section 10 (the CSR list), csrs-rv64.md §2 (the
 * addresses, which S CSRs have VS twins). Every part of the model that needs
 * to know whether a CSR exists (csr_access.h, cm_peek_csr), or which
 * CSR-specific access rule it has, or whether it is substituted when V=1,
 * reads this table through cm_csr_lookup(); so does the flush output of a
 * CSR write (INTERFACE.md §2). Read-only-ness and the minimum
 * privilege come from the address bits (csr_addr_readonly/level).
 *
 * The trigger CSRs (NEED_TRIGGERS) exist only when the configuration has
 * `triggers` on (INTERFACE.md §1 and §10 "Trigger module with zero
 * triggers").
 *
 * Every address not listed does not exist: II in every mode (INTERFACE.md
 * §10 "Every other address does not exist"), including RV32 high halves.
 */
#include <stdio.h>
#include <string.h>
#include "cm_internal.h"

#define ONE(a, nm)            { a, 1, 1, 0, NEED_ALWAYS, RULE_PLAIN, 0, 0, nm }
#define ONE_H(a, nm)          { a, 1, 1, 0, NEED_H, RULE_PLAIN, 0, 0, nm }
#define ONE_T(a, nm)          { a, 1, 1, 0, NEED_TRIGGERS, RULE_PLAIN, 0, 0, nm }
#define TWIN(a, nm)           { a, 1, 1, 0, NEED_ALWAYS, RULE_PLAIN, 1, 0, nm }
#define RANGE(a, n, st, f, nm) { a, n, st, f, NEED_ALWAYS, RULE_PLAIN, 0, 0, nm }
/* a write flushes (INTERFACE.md §2 flush: 0x100, 0x180, 0x200, 0x280, 0x300,
 * 0x600, 0x680) */
#define ONE_FL(a, nm)         { a, 1, 1, 0, NEED_ALWAYS, RULE_PLAIN, 0, 1, nm }
#define ONE_H_FL(a, nm)       { a, 1, 1, 0, NEED_H, RULE_PLAIN, 0, 1, nm }
#define TWIN_FL(a, nm)        { a, 1, 1, 0, NEED_ALWAYS, RULE_PLAIN, 1, 1, nm }

const struct csr_desc cm_csr_table[] = {
    /* unprivileged counters, read-only (INTERFACE.md §10, §8) */
    { CSR_CYCLE,   1, 1, 0, NEED_ALWAYS, RULE_COUNTER, 0, 0, "cycle" },
    { CSR_TIME,    1, 1, 0, NEED_ALWAYS, RULE_COUNTER, 0, 0, "time" },
    { CSR_INSTRET, 1, 1, 0, NEED_ALWAYS, RULE_COUNTER, 0, 0, "instret" },
    { CSR_HPMCOUNTER3, 29, 1, 3, NEED_ALWAYS, RULE_COUNTER, 0, 0, "hpmcounter" },

    /* supervisor level; TWIN = reaches its VS twin when V=1 (csrs-rv64.md §3) */
    TWIN_FL(CSR_SSTATUS, "sstatus"),
    TWIN(CSR_SIE, "sie"),
    TWIN(CSR_STVEC, "stvec"),
    ONE(CSR_SCOUNTEREN, "scounteren"),   /* no VS copy (csrs-rv64.md §2.4) */
    ONE(CSR_SENVCFG, "senvcfg"),         /* no VS copy */
    TWIN(CSR_SSCRATCH, "sscratch"),
    TWIN(CSR_SEPC, "sepc"),
    TWIN(CSR_SCAUSE, "scause"),
    TWIN(CSR_STVAL, "stval"),
    TWIN(CSR_SIP, "sip"),
    { CSR_SATP, 1, 1, 0, NEED_ALWAYS, RULE_SATP, 1, 1, "satp" },

    /* virtual supervisor (H) */
    ONE_H_FL(CSR_VSSTATUS, "vsstatus"),
    ONE_H(CSR_VSIE, "vsie"),
    ONE_H(CSR_VSTVEC, "vstvec"),
    ONE_H(CSR_VSSCRATCH, "vsscratch"),
    ONE_H(CSR_VSEPC, "vsepc"),
    ONE_H(CSR_VSCAUSE, "vscause"),
    ONE_H(CSR_VSTVAL, "vstval"),
    ONE_H(CSR_VSIP, "vsip"),
    ONE_H_FL(CSR_VSATP, "vsatp"),

    /* machine level */
    ONE_FL(CSR_MSTATUS, "mstatus"),
    ONE(CSR_MISA, "misa"),
    ONE(CSR_MEDELEG, "medeleg"),
    ONE(CSR_MIDELEG, "mideleg"),
    ONE(CSR_MIE, "mie"),
    ONE(CSR_MTVEC, "mtvec"),
    ONE(CSR_MCOUNTEREN, "mcounteren"),
    ONE(CSR_MENVCFG, "menvcfg"),
    ONE(CSR_MCOUNTINHIBIT, "mcountinhibit"),
    RANGE(CSR_MHPMEVENT3, 29, 1, 3, "mhpmevent"),
    ONE(CSR_MSCRATCH, "mscratch"),
    ONE(CSR_MEPC, "mepc"),
    ONE(CSR_MCAUSE, "mcause"),
    ONE(CSR_MTVAL, "mtval"),
    ONE(CSR_MIP, "mip"),
    ONE_H(CSR_MTINST, "mtinst"),
    ONE_H(CSR_MTVAL2, "mtval2"),
    RANGE(CSR_PMPCFG0, 8, 2, 0, "pmpcfg"),    /* even only on RV64 */
    RANGE(CSR_PMPADDR0, 64, 1, 0, "pmpaddr"),

    /* hypervisor level (H) */
    ONE_H_FL(CSR_HSTATUS, "hstatus"),
    ONE_H(CSR_HEDELEG, "hedeleg"),
    ONE_H(CSR_HIDELEG, "hideleg"),
    ONE_H(CSR_HIE, "hie"),
    ONE_H(CSR_HTIMEDELTA, "htimedelta"),
    ONE_H(CSR_HCOUNTEREN, "hcounteren"),
    ONE_H(CSR_HGEIE, "hgeie"),
    ONE_H(CSR_HENVCFG, "henvcfg"),
    ONE_H(CSR_HTVAL, "htval"),
    ONE_H(CSR_HIP, "hip"),
    ONE_H(CSR_HVIP, "hvip"),
    ONE_H(CSR_HTINST, "htinst"),
    { CSR_HGATP, 1, 1, 0, NEED_H, RULE_HGATP, 0, 1, "hgatp" },

    /* trigger module with zero triggers (riscv-debug-spec, chapter Sdtrig,
     * "Trigger Module Registers"; INTERFACE.md §10). M-level read/write
     * addresses (bits 9:8 = 11, 11:10 = 01), so only M-mode reaches them
     * (hwbp_registers.xml: "only accessible in machine and Debug Mode");
     * no RULE_*: the address checks of csr_access.h are all there is.
     * tcontrol 7A5, mcontext 7A8, mscontext 7AA, scontext 5A8, hcontext
     * 6A8 and the Sdext CSRs 7B0-7B3 are not listed: they do not exist. */
    ONE_T(CSR_TSELECT, "tselect"),
    ONE_T(CSR_TDATA1, "tdata1"),
    ONE_T(CSR_TDATA2, "tdata2"),
    ONE_T(CSR_TDATA3, "tdata3"),
    ONE_T(CSR_TINFO, "tinfo"),

    /* machine counters */
    ONE(CSR_MCYCLE, "mcycle"),
    ONE(CSR_MINSTRET, "minstret"),
    RANGE(CSR_MHPMCOUNTER3, 29, 1, 3, "mhpmcounter"),

    /* read-only: hypervisor and machine information */
    ONE_H(CSR_HGEIP, "hgeip"),
    ONE(CSR_MVENDORID, "mvendorid"),
    ONE(CSR_MARCHID, "marchid"),
    ONE(CSR_MIMPID, "mimpid"),
    ONE(CSR_MHARTID, "mhartid"),
    ONE(CSR_MCONFIGPTR, "mconfigptr"),
};
const unsigned cm_csr_table_len = sizeof cm_csr_table / sizeof cm_csr_table[0];

/* Fill the per-model address -> row index for this configuration. */
void cm_csr_index_build(struct cm_model *m)
{
    memset(m->csr_row, 0, sizeof m->csr_row);
    for (unsigned r = 0; r < cm_csr_table_len; r++) {
        const struct csr_desc *d = &cm_csr_table[r];
        if (d->need == NEED_H && !m->cfg.h)
            continue;
        if (d->need == NEED_TRIGGERS && !m->cfg.triggers)
            continue;   /* INTERFACE.md §10: II in every mode, M included */
        for (unsigned k = 0; k < d->count; k++)
            m->csr_row[(d->addr + k * d->step) & 0xFFF] = (uint8_t)(r + 1);
    }
}

void cm_csr_name(const struct cm_model *m, unsigned addr, char *buf, size_t n)
{
    const struct csr_desc *d = cm_csr_lookup(m, addr);
    if (n == 0)
        return;
    if (!d) {
        buf[0] = 0;
        return;
    }
    if (d->count == 1)
        snprintf(buf, n, "%s", d->name);
    else
        snprintf(buf, n, "%s%u", d->name,
                 d->first + (addr - d->addr) / d->step);
}
