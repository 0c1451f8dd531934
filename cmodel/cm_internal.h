/* vitrap C model: internal interfaces between the model's files.
 * Each block names the file that implements it. The parts that run every
 * cycle are header-only (sys_decode.h, csr_access.h, wfi.h, counters.h,
 * csr_views.h), so that the compiler can inline them into commit.c and
 * model.c; only their types are declared here.
 */
#ifndef VITRAP_CM_INTERNAL_H
#define VITRAP_CM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "cmodel.h"
#include "cm_state.h"
#include "cm_bits.h"
#include "csr_views.h"

/* Outcome of a privilege/legality check (virtual-instruction.md §3, §7). */
enum cm_verdict { VERDICT_OK = 0, VERDICT_II, VERDICT_VI };

/* ---- commit.c: the committed instruction of a cycle (INTERFACE.md §5) ---- */
void cm_commit(struct cm_model *m, const struct cm_in *in, struct cm_out *out,
               struct cm_edge *e);

/* ---- csr_table.c: the one CSR table ---- */
enum csr_need {
    NEED_ALWAYS = 0,
    NEED_H,           /* exists only with the H extension */
    NEED_TRIGGERS     /* exists only with cfg.triggers (INTERFACE.md §10) */
};
enum csr_rule {
    RULE_PLAIN = 0,   /* only the address-based checks */
    RULE_COUNTER,     /* C00-C1F: m/h/scounteren (virtual-instruction.md §4.1) */
    RULE_SATP,        /* satp: TVM in HS, VTVM in VS (§4.7) */
    RULE_HGATP        /* hgatp: TVM in HS only (§4.5) */
};
struct csr_desc {
    uint16_t addr;     /* first address */
    uint8_t count;     /* number of CSRs in this row */
    uint8_t step;      /* address step between them */
    uint8_t first;     /* index of the first one (for names like pmpaddr0) */
    uint8_t need;      /* enum csr_need */
    uint8_t rule;      /* enum csr_rule */
    uint8_t vs_twin;   /* 1: reaches addr + 0x100 when V=1 (csrs-rv64.md §3) */
    uint8_t flush;     /* 1: a retiring write to this address (as encoded)
                        * flushes the pipeline (INTERFACE.md §2 flush) */
    const char *name;  /* name, or name prefix when count > 1 */
};
extern const struct csr_desc cm_csr_table[];
extern const unsigned cm_csr_table_len;
void cm_csr_index_build(struct cm_model *m);
/* Row of an address, NULL if the CSR does not exist in this configuration. */
static inline const struct csr_desc *cm_csr_lookup(const struct cm_model *m,
                                                   unsigned addr)
{
    unsigned r = m->csr_row[addr & 0xFFF];
    return r ? &cm_csr_table[r - 1] : NULL;
}
/* csrs-rv64.md §1: bits 11:10 = 11 is read-only; bits 9:8 the lowest
 * privilege level (0 U, 1 S, 2 H, 3 M). */
static inline int csr_addr_readonly(unsigned addr) { return ((addr >> 10) & 3) == 3; }
static inline unsigned csr_addr_level(unsigned addr) { return (addr >> 8) & 3; }
/* Name of an existing CSR into buf ("" if none). */
void cm_csr_name(const struct cm_model *m, unsigned addr, char *buf, size_t n);

/* ---- csr_access.h (inline): cm_csr_access, cm_csr_subst ---- */

/* ---- csr_read.c (views in csr_views.h) ---- */
uint64_t cm_csr_read(const struct cm_model *m, const struct cm_state *s,
                     const struct cm_in_view *iv, unsigned addr, int virt);

/* ---- csr_slots.c: the debug slots ---- */
void cm_slots_build(struct cm_model *m);

/* ---- csr_write.c ---- */
void cm_csr_write(const struct cm_model *m, struct cm_state *s, unsigned addr,
                  uint64_t val);

/* ---- sys_decode.h (inline): the kind of the committed instruction ---- */
enum sys_kind {
    SK_OTHER = 0,     /* not a SYSTEM instruction: ordinary */
    SK_CSR, SK_ECALL, SK_EBREAK, SK_MRET, SK_SRET, SK_WFI,
    SK_SFENCE_VMA, SK_HFENCE_VVMA, SK_HFENCE_GVMA, SK_HLV, SK_HSV,
    SK_ILLEGAL
};

/* ---- sys_decide.c ---- */
enum cm_verdict cm_sys_decide(const struct cm_state *s, enum sys_kind kind);
unsigned cm_ecall_cause(const struct cm_state *s);

/* ---- irq_select.c (enum cm_target: cm_state.h) ---- */
struct cm_irq {
    enum cm_target target;
    unsigned code;     /* as written to the target's xcause */
};
/* pe: the pending and enabled interrupts, mip & mie */
int cm_irq_select(const struct cm_model *m, const struct cm_state *s,
                  uint64_t pe, struct cm_irq *irq);

/* ---- trap_entry.c (struct cm_trap: cm_state.h) ---- */
enum cm_target cm_exc_target(const struct cm_model *m, const struct cm_state *s,
                             unsigned code);
uint64_t cm_trap_pc(const struct cm_state *s, enum cm_target tgt,
                    const struct cm_trap *t);
void cm_trap_enter(const struct cm_model *m, struct cm_state *s,
                   enum cm_target tgt, const struct cm_trap *t);

/* ---- xret.c ---- */
uint64_t cm_mret_pc(const struct cm_state *s);
uint64_t cm_sret_pc(const struct cm_state *s);
void cm_mret(const struct cm_model *m, struct cm_state *s);
void cm_sret(const struct cm_model *m, struct cm_state *s);

/* ---- wfi.h (inline): cm_wfi_step, cm_wfi_count ---- */
enum wfi_outcome { WFI_RETIRE, WFI_STALL, WFI_TRAP };

/* ---- counters.h (inline): cm_counters_step, cm_counters_select ---- */

#endif
