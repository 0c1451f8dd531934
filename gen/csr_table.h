/* csr_table.h - THE table of every CSR of the unit (gen/INTERFACE.md
 * section 10).  Every emitter that needs to know about CSRs (address decode,
 * read mux, write enables and masks, trap-written registers, debug slots,
 * the C header) reads it; nothing else lists CSR addresses. */
#ifndef VITRAP_CSR_TABLE_H
#define VITRAP_CSR_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"

/* How a CSR is stored and read.  A "view" has no storage of its own. */
enum csr_kind {
    CK_ZERO,      /* exists, reads 0, writes ignored (pmp*, mconfigptr, ...) */
    CK_CONST,     /* read-only configured value (ID CSRs, misa) */
    CK_MASKED,    /* own storage; write stores wdata & wmask; read = q | rconst */
    CK_MSTATUS,   /* field storage, special rules (MPP 2 -> 0) */
    CK_SSTATUS,   /* view of mstatus */
    CK_VSSTATUS,  /* field storage */
    CK_HSTATUS,   /* field storage (VGEIN > GEILEN -> 0) */
    CK_MIE,       /* storage for mie (and hie / sie / vsie) */
    CK_SIE,       /* view of mie bits 1, 5, 9 where mideleg = 1 */
    CK_HIE,       /* view of mie bits 2, 6, 10, 12 */
    CK_VSIE,      /* view of mie bits 2, 6, 10 at 1, 5, 9 where hideleg = 1 */
    CK_MIP,       /* pending bits: software bits, hvip, input lines */
    CK_SIP,       /* view of mip bits 1, 5, 9 where mideleg = 1 */
    CK_HIP,       /* view of mip bits 2, 6, 10, 12 */
    CK_VSIP,      /* view of mip bits 2, 6, 10 at 1, 5, 9 where hideleg = 1 */
    CK_HVIP,      /* storage VSSIP/VSTIP/VSEIP */
    CK_ATP,       /* satp / vsatp: unsupported MODE write ignored */
    CK_HGATP,     /* unsupported MODE keeps the old MODE */
    CK_HGEIP,     /* read-only view of the irq_sgeip lines */
    CK_COUNTER,   /* mcycle / minstret / mhpmcounterN storage */
    CK_UCOUNTER,  /* cycle / instret / hpmcounterN: read-only shadows */
    CK_TIME       /* time: mtime (+ htimedelta when V=1) */
};

/* CSR-specific access rule checked after the privilege check
 * (INTERFACE section 4). */
enum csr_gate { GATE_NONE, GATE_COUNTER, GATE_SATP, GATE_HGATP };

/* Which trap entry writes a CSR, and with what. */
enum trap_target { TT_NONE, TT_M, TT_HS, TT_VS };
enum trap_field  { TF_NONE, TF_EPC, TF_CAUSE, TF_TVAL, TF_TVAL2, TF_TINST };

/* One CSR of the configured unit (ranges of the static table expanded). */
struct csr_entry {
    unsigned         addr;
    char             name[24];
    unsigned         index;      /* N of mhpmcounterN / pmpaddrN, else 0 */
    enum csr_kind    kind;       /* after configuration (unimplemented -> CK_ZERO) */
    enum csr_gate    gate;
    unsigned         vs_twin;    /* VS CSR reached instead when V=1, or 0 */
    int              flush;      /* a retiring write flushes the pipeline */
    int              dbg;        /* has a debug slot */
    int              writable;   /* a write can change state (has a we_ wire) */
    enum trap_target trap_tgt;
    enum trap_field  trap_field;
    uint64_t         wmask;      /* writable bits (CK_MASKED and views) */
    uint64_t         rconst;     /* CK_CONST value; CK_MASKED read-only-one bits */
    const char      *spec;       /* spec section, for comments */
};

struct csr_table {
    struct csr_entry *e;   /* existing CSRs, ascending address */
    size_t            n;
    size_t            nslots;  /* entries with dbg = 1 */
};

/* Builds the table for cfg; returns 0, or -1 when out of memory. */
int  csr_table_build(const struct vt_config *cfg, struct csr_table *tab);
void csr_table_free(struct csr_table *tab);

/* The entry at addr, or NULL when the CSR does not exist. */
const struct csr_entry *csr_find(const struct csr_table *tab, unsigned addr);
const struct csr_entry *csr_find_kind(const struct csr_table *tab,
                                      enum csr_kind kind);

/* Whether the entry has a rd_<name> read-value wire (else it reads as
 * rd_expr says, e.g. 64'd0 or another CSR's wire). */
int  csr_has_rd_wire(const struct csr_entry *e);
/* Verilog expression of the entry's read value (M-mode view). */
void csr_rd_expr(const struct csr_entry *e, char *buf, size_t len);

/* Per-configuration constants shared by several emitters. */
uint64_t csr_misa_value(const struct vt_config *cfg);
uint64_t csr_epc_mask(const struct vt_config *cfg);

#endif
