/* The whole state of the core and SoC model: the stage latches of
 * PIPELINE.md 2, the register file, the multi-cycle counter, the reservation,
 * the devices, the unit's model, and what eval decided for the next edge. */
#ifndef VITRAP_CORE_STATE_H
#define VITRAP_CORE_STATE_H

#include <stdint.h>

#include "cmodel.h"
#include "core_model.h"
#include "core_ctl.h"
#include "decode.h"
#include "devices.h"
#include "hazard.h"
#include "lsu.h"
#include "pma.h"

struct core_exc {
    uint8_t valid, cause;
    uint64_t tval;
};

struct if_latch {               /* PIPELINE.md 2 IF (rev. 3), with its pre-decode */
    uint8_t valid, fault;
    uint8_t bufv;               /* 2, 4.1 (rev. 3): buf holds the word */
    uint8_t fpred;              /* 4.2 f_pred */
    uint32_t buf;               /* 2 (rev. 3): the word kept under hold */
    uint32_t insn;              /* 2 if_insn of this cycle: buf if bufv, else
                                 * the fetch port's read data (8.3); 0 with a
                                 * fault, and 0 in a bubble (valid 0: unused) */
    uint64_t pc;                /* a bubble's pc: the redirect target / reset PC */
    uint64_t ftarget;           /* 4.2 f_target */
    const struct core_dec_entry *dec;  /* insn decoded (5), for ID */
};

struct id_latch {               /* PIPELINE.md 2 ID, with its decode */
    uint8_t valid, fault;
    uint8_t pred;               /* 4.2: f_redirect when ID loaded it */
    uint32_t insn;
    uint64_t pc;
    struct core_ctl ctl;
};

struct ex_latch {               /* PIPELINE.md 2 EX */
    uint8_t valid, pred;
    uint32_t insn;
    uint64_t pc;
    struct core_ctl ctl;
    uint64_t rs1v, rs2v;
    struct core_exc exc;
    /* 4.3: a multi-cycle instruction (DIV/REM, rev. 3 also MUL) in EX */
    uint32_t mc_cnt;            /* cycle k */
    uint32_t mc_last;           /* its last cycle L - 1: DIV max(n, 1) + 1, MUL 2 (4.3, rev. 3) */
    uint64_t mc_res;            /* the result, from the operands of cycle 0 */
};

struct mem_latch {              /* PIPELINE.md 2 MEM */
    uint8_t valid, amo_b;
    uint8_t cpriv, cvirt;       /* an AMO: the unit's priv/V at its commit */
    uint8_t region;             /* memory ops: the region of addr (7.1) */
    uint32_t insn;
    uint64_t pc;
    struct core_ctl ctl;
    uint64_t result, rs1v, addr, sdata;
    struct core_exc exc;
};

struct wb_latch {               /* PIPELINE.md 2 WB and the section 10 log */
    uint8_t valid, rd_we, rd, load, sign, size;
    uint8_t priv, virt, mem;
    uint32_t insn;
    uint64_t pc, value;         /* value, or the load's address when load */
    uint64_t mem_addr, mem_size, mem_wdata;
};

/* The data port access of this cycle (8.1), decided in eval */
struct core_dacc {
    uint8_t req, we, region;
    unsigned size, mask;
    uint64_t addr, lane;        /* lane = the lane-aligned write data */
    struct dev_acc dev;
};

struct core_model {
    struct core_model_cfg cfg;
    struct core_ram ram;
    struct core_pma pma;
    struct core_decoder dec;
    struct core_dec_entry dec_none; /* all zero: the reset IF latch's decode */
    struct cm_model *unit;
    struct cm_in in;            /* the unit's inputs; rst, exc_tval2, exc_tinst stay 0 */

    /* state; EX, MEM and WB are double-buffered: eval writes a stage's
     * next latch into the spare buffer, the edge swaps the pointers */
    struct if_latch ifl;
    struct id_latch id;
    struct ex_latch *ex, *nx_exl;   /* nx_exl: EX's next when NX_LOAD (from ID) */
    struct mem_latch *mem, *nx_meml;/* nx_meml: MEM's next when NX_LOAD (from EX) */
    struct wb_latch *wb, *nx_wbl;
    struct ex_latch exb[2];
    struct mem_latch memb[2];
    struct wb_latch wbb[2];
    uint64_t regs[32];
    uint64_t d_rdata;           /* the data port's read data (8.1) */
    struct core_resv resv;
    struct clint clint;
    struct plic plic;
    struct uart uart;
    struct testdev test;
    uint8_t dev_quiet;              /* core_model.c dev_quiet() of the devices now */
    uint8_t dev_meip, dev_seip;     /* 9.2 EIP(0), EIP(1) of the device registers now
                                     * (core_model.c dev_outputs), the register's input */
    /* PIPELINE.md revision 4, section 9: the SoC's register between three
     * device outputs and the unit (reset 0, loaded at every edge with the
     * outputs of the cycle ending): what the unit's irq_meip, irq_seip,
     * irq_mtip (and the observation) show in this cycle */
    struct { uint8_t meip, seip, mtip; } irq_q;

    /* decided by eval for the next edge */
    int evaluated;
    uint8_t nx_id, nx_ex, nx_mem;   /* NX_* */
    uint8_t nx_if;                  /* IF_* (hazard.h) */
    uint8_t i_req;
    uint64_t fa;
    uint64_t if_target;             /* IF_REDIRECT: c_target or e_target (4.1) */
    uint64_t ex_fwd1, ex_fwd2;      /* EX's forwarded operands (NX_KEEP) */
    uint64_t ex_mc_res;             /* a multi-cycle result in cycle 0 (NX_KEEP) */
    uint32_t ex_mc_last;            /* and its last cycle (4.3, NX_KEEP) */
    uint8_t nx_amo_b, nx_cpriv, nx_cvirt;  /* MEM's amo_b and mode (NX_KEEP) */
    uint8_t rf_rd;                  /* 0: nothing written (rf_val = 0) */
    uint64_t rf_val;
    uint8_t resv_set, resv_clear;
    uint64_t resv_addr;
    struct core_dacc d;
};

#endif
