/* vitrap C model: internal interfaces between the model's files.
 * Each block names the file that implements it.
 */
#ifndef VITRAP_CM_INTERNAL_H
#define VITRAP_CM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "cmodel.h"
#include "cm_state.h"
#include "cm_bits.h"

/* Outcome of a privilege/legality check (virtual-instruction.md §3, §7). */
enum cm_verdict { VERDICT_OK = 0, VERDICT_II, VERDICT_VI };

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

/* ---- csr_read.c ---- */
uint64_t cm_hgeip(const struct cm_model *m, const struct cm_in *in);
uint64_t cm_mip(const struct cm_model *m, const struct cm_state *s,
                const struct cm_in *in);
uint64_t cm_mideleg(const struct cm_model *m, const struct cm_state *s);
uint64_t cm_csr_read(const struct cm_model *m, const struct cm_state *s,
                     const struct cm_in *in, unsigned addr, int virt);

/* ---- csr_write.c ---- */
void cm_csr_write(const struct cm_model *m, struct cm_state *s, unsigned addr,
                  uint64_t val);

/* ---- csr_access.c ---- */
enum cm_verdict cm_csr_access(const struct cm_model *m, const struct cm_state *s,
                              unsigned addr, int write);
unsigned cm_csr_subst(const struct cm_model *m, unsigned addr, int v);

/* ---- sys_decode.c ---- */
enum sys_kind {
    SK_OTHER = 0,     /* not a SYSTEM instruction: ordinary */
    SK_CSR, SK_ECALL, SK_EBREAK, SK_MRET, SK_SRET, SK_WFI,
    SK_SFENCE_VMA, SK_HFENCE_VVMA, SK_HFENCE_GVMA, SK_HLV, SK_HSV,
    SK_ILLEGAL
};
enum csr_op { CSROP_RW, CSROP_RS, CSROP_RC };
struct sys_insn {
    enum sys_kind kind;
    /* CSR instructions only */
    unsigned csr;      /* address as encoded, insn[31:20] */
    enum csr_op op;
    int imm;           /* source is the zero-extended uimm */
    unsigned uimm;     /* insn[19:15] */
    int writes;        /* the instruction writes the CSR */
};
void cm_sys_decode(uint32_t insn, int h, struct sys_insn *d);

/* ---- sys_decide.c ---- */
enum cm_verdict cm_sys_decide(const struct cm_state *s, enum sys_kind kind);
unsigned cm_ecall_cause(const struct cm_state *s);

/* ---- irq_select.c ---- */
enum cm_target { TGT_M = 0, TGT_HS, TGT_VS };
struct cm_irq {
    enum cm_target target;
    unsigned code;     /* as written to the target's xcause */
};
int cm_irq_select(const struct cm_model *m, const struct cm_state *s,
                  uint64_t mip, struct cm_irq *irq);

/* ---- trap_entry.c ---- */
struct cm_trap {
    int irq;
    unsigned code;     /* as written to xcause (VS interrupts translated) */
    uint64_t epc, tval, tval2, tinst;
    int gva;
};
enum cm_target cm_exc_target(const struct cm_model *m, const struct cm_state *s,
                             unsigned code);
uint64_t cm_trap_enter(const struct cm_model *m, const struct cm_state *c,
                       struct cm_state *n, enum cm_target tgt,
                       const struct cm_trap *t);

/* ---- xret.c ---- */
uint64_t cm_mret(const struct cm_model *m, const struct cm_state *c,
                 struct cm_state *n);
uint64_t cm_sret(const struct cm_model *m, const struct cm_state *c,
                 struct cm_state *n);

/* ---- wfi.c ---- */
enum wfi_outcome { WFI_RETIRE, WFI_STALL, WFI_TRAP };
enum cm_verdict cm_wfi_trap_kind(const struct cm_state *s);
enum wfi_outcome cm_wfi_step(const struct cm_model *m, const struct cm_state *s,
                             uint64_t mip, enum cm_verdict *kind);
void cm_wfi_next(const struct cm_model *m, const struct cm_state *c,
                 struct cm_state *n, int stall);

/* ---- counters.c ---- */
struct cm_cycle_events {
    int trap, trap_irq;
    unsigned trap_code;
    int stall, xret, retire_in;
};
void cm_counters_step(const struct cm_model *m, const struct cm_state *c,
                      struct cm_state *n, const struct cm_cycle_events *ev);

#endif
