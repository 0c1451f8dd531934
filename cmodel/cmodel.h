/* vitrap C cycle model of the CSR/trap unit: public API.
 *
 * Same ports and cycle behaviour as the generated Verilog (gen/INTERFACE.md),
 * written independently from the RISC-V privileged spec. The whole model state
 * is one struct; the configuration is taken at run time.
 *
 * One cycle:  cm_eval(m, &in, &out);   outputs from state + inputs
 *             (compare, peek CSRs)
 *             cm_clock(m);             state := next state (rising edge)
 */
#ifndef VITRAP_CMODEL_H
#define VITRAP_CMODEL_H

#include <stdint.h>

struct cm_config {
    int h;                /* 1 = hypervisor extension on */
    uint32_t wfi_timeout; /* WFI bound in cycles */
    int hpm_counters;     /* 0..29 */
    int geilen;           /* 0..63, 0 when h = 0 */
    uint32_t mvendorid;
    uint64_t marchid, mimpid, mhartid;
    int mtval_insn;       /* II/VI write the instruction bits to xtval */
    int ext_a, ext_m, ext_c;
    int triggers;         /* 1 = the trigger CSRs tselect, tdata1-3, tinfo of a
                           * trigger module with zero triggers exist
                           * (INTERFACE.md §10); 0 = they do not */
    int virtual_insn;     /* INTERFACE.md §1 `virtual_instruction`: 1 = the
                           * ratified H extension (hypervisor.adoc "Virtual
                           * Instruction Exception", cause 22); 0 = comparison
                           * only, the H draft before the virtual-instruction
                           * proposal: every cause 22 the unit raises is
                           * cause 2 instead. A caller that memsets the struct
                           * must set it to 1 for the normal unit. */
};

/* Input ports, one field per port (gen/INTERFACE.md section 2). */
struct cm_in {
    int rst;
    int commit_valid;
    uint64_t commit_pc;
    uint32_t commit_insn;
    uint64_t commit_rs1;
    int exc_valid;
    unsigned exc_cause; /* 5 bits */
    uint64_t exc_tval, exc_tval2, exc_tinst;
    int exc_gva;
    int irq_meip, irq_mtip, irq_msip, irq_seip;
    uint64_t irq_sgeip; /* bit j = guest interrupt j+1; bits >= GEILEN ignored */
    uint64_t mtime;
    int retire_in;
};

/* Output ports except dbg_csrs (read those with cm_peek_csr). */
struct cm_out {
    /* the 64-bit ports first, then the narrow ones: no padding, so that the
     * harness can compare two of these with one memcmp (tb/lockstep.c) */
    uint64_t csr_rdata;
    uint64_t redirect_pc;
    uint64_t satp, vsatp, hgatp;
    int retire, stall, trap, trap_irq;
    unsigned trap_code;
    int xret, redirect;
    unsigned priv;
    int virt;
    unsigned ls_priv;
    int ls_virt;
    unsigned hlsv_priv;
    int mxr, sum, vs_mxr, vs_sum;
    int sfence_vma, hfence_vvma, hfence_gvma, flush;
    int dbg_wfi_wait;
    uint32_t dbg_wfi_cnt;
};

struct cm_model;

/* Allocate a model for this configuration, in its reset state. NULL on a bad
 * configuration or out of memory. */
struct cm_model *cm_new(const struct cm_config *cfg);
void cm_free(struct cm_model *m);

/* Combinational evaluation for this cycle: fills *out and decides the next
 * state. The inputs CSR reads depend on are remembered for cm_peek_csr and
 * cm_read_slots (*in itself is not kept). */
void cm_eval(struct cm_model *m, const struct cm_in *in, struct cm_out *out);

/* Rising clock edge: the state decided by the last cm_eval takes effect (no
 * effect without a cm_eval since the last cm_clock). */
void cm_clock(struct cm_model *m);

/* The value a CSR read in M-mode at addr would return in the cycle of the last
 * cm_eval (state before the edge, inputs of that cycle). Returns 1 and sets
 * *val if the CSR exists, 0 if it does not. */
int cm_peek_csr(const struct cm_model *m, unsigned addr, uint64_t *val);

/* The CSRs of the debug slots (gen/INTERFACE.md section 10 "Debug slots":
 * every CSR that exists, in ascending address order, except pmpcfg* /
 * pmpaddr*, the unprivileged counters C00-C1F and the mhpmcounterN /
 * mhpmeventN that are not implemented). Writes at most max addresses to
 * addrs (addrs may be NULL when max is 0) and returns how many there are.
 * The list follows the model's CSR table and configuration (H, hpm_counters,
 * triggers); it never changes for a model. */
unsigned cm_slot_addrs(const struct cm_model *m, unsigned *addrs, unsigned max);

/* The values of those CSRs, exactly as cm_peek_csr would return each (M-mode
 * read view in the cycle of the last cm_eval: state before the edge, that
 * cycle's inputs; after cm_clock, the new state with those inputs), in the
 * same order. vals has room for cm_slot_addrs(m, NULL, 0) words. Cheap
 * enough to call every cycle (straight-line, a store per slot). */
void cm_read_slots(const struct cm_model *m, uint64_t *vals);

/* The current privilege (0 U, 1 S, 3 M) and V, from the state (after
 * cm_clock: the values the next cycle starts with). */
void cm_mode(const struct cm_model *m, unsigned *priv, int *virt);

#endif
