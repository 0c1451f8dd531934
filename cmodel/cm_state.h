/* vitrap C model: the one model struct (internal).
 *
 * struct cm_state holds every architectural state element of the unit: the
 * privilege, V, the WFI wait flag and counter, and the stored bits of every
 * CSR. Only writable bits are stored; read-only constants (UXL, SXL, VSXL,
 * mideleg read-only ones, misa, ID registers) are added when reading
 * (csr_read.c). Views (sstatus, sie, sip, hie, hip, vsie, vsip, mip pending
 * lines, hgeip, counters' unprivileged shadows) have no storage.
 *
 * struct cm_model holds the configuration, constants derived from it, the
 * CSR existence index, the current state, the next-state copy prepared by
 * cm_eval, and the inputs of the last cm_eval (for cm_peek_csr).
 */
#ifndef VITRAP_CM_STATE_H
#define VITRAP_CM_STATE_H

#include <stdint.h>
#include "cmodel.h"

#define CM_MAX_HPM 29 /* mhpmcounter3..31 */

struct cm_state {
    unsigned priv;      /* PRV_U, PRV_S or PRV_M */
    int v;              /* virtualization mode */
    int wfi_wait;       /* a WFI waited at commit in the previous cycle */
    uint32_t wfi_cnt;   /* WFI counter, saturating at wfi_timeout */

    /* machine level */
    uint64_t mstatus;   /* writable bits only */
    uint64_t medeleg;
    uint64_t mideleg;   /* writable bits (1, 5, 9) only */
    uint64_t mie;
    uint64_t mtvec;
    uint64_t mcounteren;
    uint64_t menvcfg;
    uint64_t mcountinhibit;
    uint64_t mscratch, mepc, mcause, mtval;
    uint64_t mip_sw;    /* software bits SSIP 1, STIP 5, SEIP 9 */
    uint64_t mtinst, mtval2;
    uint64_t mcycle, minstret;
    uint64_t mhpmcounter[CM_MAX_HPM]; /* index N-3 */
    uint8_t mhpmevent[CM_MAX_HPM];    /* bits 2:0 */

    /* supervisor level (HS copies) */
    uint64_t stvec, scounteren, senvcfg, sscratch, sepc, scause, stval, satp;

    /* hypervisor level */
    uint64_t hstatus;   /* writable bits only */
    uint64_t hedeleg, hideleg, htimedelta, hcounteren, hgeie, henvcfg;
    uint64_t htval, htinst, hgatp;
    uint64_t hvip;      /* VSSIP 2 (the one VSSIP storage bit), VSTIP 6, VSEIP 10 */

    /* virtual supervisor */
    uint64_t vsstatus;  /* writable bits only */
    uint64_t vstvec, vsscratch, vsepc, vscause, vstval, vsatp;
};

struct cm_model {
    struct cm_config cfg;

    /* constants derived from the configuration at cm_new */
    unsigned nhpm;              /* implemented mhpmcounters: 3 .. 2+nhpm */
    uint64_t misa;              /* misa read value */
    uint64_t epc_mask;          /* xepc: ~1 with C, ~3 without */
    uint64_t mstatus_wmask;
    uint64_t medeleg_wmask;
    uint64_t mideleg_ro1;       /* mideleg read-only-one bits */
    uint64_t mie_wmask;
    uint64_t hgeie_mask;        /* bits GEILEN..1 */
    uint64_t mcountinhibit_wmask;
    uint64_t hpm_mask;          /* bit N set for implemented counter N */

    /* CSR existence index: table row + 1, 0 = no such CSR (csr_table.c) */
    uint8_t csr_row[4096];

    /* The current state and the next-state copy. Invariant between cycles:
     * next is identical to cur. cm_eval updates next; cm_clock copies next
     * into cur: the whole struct when the cycle changed more than the
     * counters and the WFI fields (full_copy), else only those fields. */
    struct cm_state cur;        /* state before the next clock edge */
    struct cm_state next;       /* state after it, prepared by cm_eval */
    int evaluated;              /* cm_eval ran since the last cm_clock */
    int full_copy;              /* that cm_eval changed more than counters/WFI */
    int last_edge_full;         /* the last cm_clock changed more than counters/WFI */
    struct cm_in last_in;       /* inputs of the last cm_eval */
};

#endif
