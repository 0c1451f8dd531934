/* vitrap C model: the one model struct (internal).
 *
 * struct cm_state holds every architectural state element of the unit: the
 * privilege, V, the WFI wait flag and counter, and the stored bits of every
 * CSR. Only writable bits are stored; read-only constants (UXL, SXL, VSXL,
 * mideleg read-only ones, misa, ID registers) are added when reading
 * (csr_views.h). Views (sstatus, sie, sip, hie, hip, vsie, vsip, mip pending
 * lines, hgeip, counters' unprivileged shadows) have no storage.
 *
 * struct cm_model holds the configuration, constants derived from it, the
 * CSR existence index, the debug slot list, the current state, what the next
 * clock edge does to it (decided by cm_eval, applied by cm_clock) and the
 * inputs of the last cm_eval that CSR reads see (for cm_peek_csr).
 */
#ifndef VITRAP_CM_STATE_H
#define VITRAP_CM_STATE_H

#include <stdint.h>
#include "cmodel.h"

#define CM_MAX_HPM 29 /* mhpmcounter3..31 */

/* Upper bound of the debug slots (INTERFACE.md §10 "Debug slots") of any
 * configuration: 11 S, 9 VS, 9 + 29 + 5 + 2 M, 13 H, 5 trigger, 2 + 29
 * counters, hgeip, 5 ID CSRs = 120. csr_slots.c checks it. */
#define CM_MAX_SLOTS 128

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

/* The inputs of a cycle that CSR values depend on (INTERFACE.md §6, §8,
 * §10), as given: the views of csr_views.h make mip, hgeip and time of
 * them. */
struct cm_in_view {
    int irq_meip, irq_mtip, irq_msip, irq_seip;  /* nonzero: asserted */
    uint64_t irq_sgeip;
    uint64_t mtime;
};

/* The trap record shared by commit.c and trap_entry.c (declared here because
 * struct cm_edge holds one). */
enum cm_target { TGT_M = 0, TGT_HS, TGT_VS };
struct cm_trap {
    int irq;
    unsigned code;     /* as written to xcause (VS interrupts translated) */
    uint64_t epc, tval, tval2, tinst;
    int gva;
};

/* What the committed instruction of a cycle does to the state at the edge
 * (at most one of them: INTERFACE.md §5). */
enum cm_effect {
    EFFECT_NONE = 0,   /* nothing but the counters and the WFI fields */
    EFFECT_TRAP,       /* trap entry: target and record below */
    EFFECT_MRET,
    EFFECT_SRET,
    EFFECT_CSR_WRITE   /* a retiring CSR instruction writes csr_val to csr_addr */
};

/* The next clock edge, decided by cm_eval from the current state and the
 * inputs, applied to the current state by cm_clock. It is also all the
 * counters need to know of the cycle (INTERFACE.md §8, counters.h). */
struct cm_edge {
    enum cm_effect effect;
    enum cm_target tgt;         /* EFFECT_TRAP */
    struct cm_trap trap;        /* EFFECT_TRAP */
    unsigned csr_addr;          /* EFFECT_CSR_WRITE: address after substitution */
    uint64_t csr_val;           /* EFFECT_CSR_WRITE: the new value */
    int csr_flush;              /* EFFECT_CSR_WRITE: the write flushes (§2) */
    int stall;                  /* 1: a WFI waits: wfi_wait after the edge */
    uint32_t wfi_cnt;           /* the WFI counter after the edge (§7) */
    int retire_in;              /* input retire_in (nonzero: set; §8) */
    int rst;                    /* input rst (nonzero: reset; §9) */
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
    unsigned vi_code;           /* the cause a VI verdict raises: 22, or 2
                                 * with virtual_insn = 0 (INTERFACE.md §1
                                 * `virtual_instruction`) */

    /* CSR existence index: table row + 1, 0 = no such CSR (csr_table.c) */
    uint8_t csr_row[4096];

    /* the debug slots of this configuration, ascending (csr_slots.c) */
    unsigned nslots;
    uint16_t slot_addr[CM_MAX_SLOTS];

    /* The current state, changed only by cm_clock, which applies the edge
     * cm_eval decided. cm_peek_csr and cm_read_slots read cur with inv. */
    struct cm_state cur;        /* state before the next clock edge */
    struct cm_edge edge;        /* what that edge does, from the last cm_eval */
    struct cm_in_view inv;      /* inputs of the last cm_eval, as CSRs read them */
    /* hpm_counts[e] bit k: mhpmcounter(3+k) is implemented and its
     * mhpmevent selects event e (INTERFACE.md §8), for cur; kept up to date
     * by cm_clock with cm_counters_select (counters.h). */
    uint32_t hpm_counts[8];
    /* The outputs of a cycle in which nothing happens, for cur: the state
     * views of INTERFACE.md §2 (priv .. vs_sum), every event output 0 (and
     * dbg_wfi_*, which cm_eval sets). Kept up to date by cm_clock (model.c),
     * so that cm_eval starts from a copy instead of computing them. */
    struct cm_out idle_out;
    int evaluated;              /* cm_eval ran since the last cm_clock */
};

#endif
