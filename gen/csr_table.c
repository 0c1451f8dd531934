/* csr_table.c - the one CSR table (gen/INTERFACE.md section 10).
 *
 * The static rows below list every CSR address the unit knows, in
 * ascending order; a row may describe a range (pmpaddr0..63,
 * mhpmcounter3..31, ...).  csr_table_build() expands the rows for one
 * configuration: rows whose extension is absent are dropped (the CSR does
 * not exist), unimplemented HPM counters/events become read-0 CSRs, and the
 * write masks and constant read values are computed. */
#include "csr_table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BIT(n) (UINT64_C(1) << (n))

/* ---- write masks and constant values (INTERFACE section 10) ---------- */

static uint64_t wm_all(const struct vt_config *c)
{
    (void)c;
    return ~UINT64_C(0);
}

static uint64_t wm_none(const struct vt_config *c)
{
    (void)c;
    return 0;
}

/* medeleg: 0-9, 12, 13, 15, 18, 19; with H also 10, 20-23. */
static uint64_t wm_medeleg(const struct vt_config *c)
{
    uint64_t m = 0x3ff | BIT(12) | BIT(13) | BIT(15) | BIT(18) | BIT(19);
    if (c->h)
        m |= BIT(10) | BIT(20) | BIT(21) | BIT(22) | BIT(23);
    return m;
}

/* mideleg: writable SSI, STI, SEI. */
static uint64_t wm_mideleg(const struct vt_config *c)
{
    (void)c;
    return BIT(1) | BIT(5) | BIT(9);
}

/* mideleg read-only ones: with H VSSI, VSTI, VSEI, and SGEI if GEILEN>0. */
static uint64_t rc_mideleg(const struct vt_config *c)
{
    uint64_t m = 0;
    if (c->h) {
        m = BIT(2) | BIT(6) | BIT(10);
        if (c->geilen > 0)
            m |= BIT(12);
    }
    return m;
}

/* mie: 1, 3, 5, 7, 9, 11; with H 2, 6, 10 and 12 if GEILEN>0. */
static uint64_t wm_mie(const struct vt_config *c)
{
    return BIT(1) | BIT(3) | BIT(5) | BIT(7) | BIT(9) | BIT(11) | rc_mideleg(c);
}

/* hie / hip view bits: 2, 6, 10, and 12 if GEILEN>0. */
static uint64_t wm_hie(const struct vt_config *c)
{
    return rc_mideleg(c);
}

/* sie: bits 1, 5, 9 (further limited by mideleg at run time). */
static uint64_t wm_s_view(const struct vt_config *c)
{
    (void)c;
    return BIT(1) | BIT(5) | BIT(9);
}

/* sip / vsip: only bit 1 (SSIP, or VSSIP through vsip) is writable. */
static uint64_t wm_ssip(const struct vt_config *c)
{
    (void)c;
    return BIT(1);
}

/* hip: only VSSIP (2) is writable. */
static uint64_t wm_hip(const struct vt_config *c)
{
    (void)c;
    return BIT(2);
}

/* mip: SSIP, STIP, SEIP (software bit), with H also VSSIP. */
static uint64_t wm_mip(const struct vt_config *c)
{
    return BIT(1) | BIT(5) | BIT(9) | (c->h ? BIT(2) : 0);
}

/* hvip: VSSIP, VSTIP, VSEIP. */
static uint64_t wm_hvip(const struct vt_config *c)
{
    (void)c;
    return BIT(2) | BIT(6) | BIT(10);
}

/* xtvec: BASE 63:2 and MODE bit 0 (a written MODE 2 becomes 0, 3 becomes 1). */
static uint64_t wm_tvec(const struct vt_config *c)
{
    (void)c;
    return ~BIT(1);
}

static uint64_t wm_counteren(const struct vt_config *c)
{
    (void)c;
    return 0xffffffffu;
}

/* xenvcfg: FIOM only. */
static uint64_t wm_envcfg(const struct vt_config *c)
{
    (void)c;
    return BIT(0);
}

/* mcountinhibit: CY, IR and the implemented HPM counters. */
static uint64_t wm_mcountinhibit(const struct vt_config *c)
{
    uint64_t m = BIT(0) | BIT(2);
    for (unsigned n = 3; n < 3 + c->hpm_counters; n++)
        m |= BIT(n);
    return m;
}

static uint64_t wm_hpmevent(const struct vt_config *c)
{
    (void)c;
    return 0x7;
}

/* xepc: bit 0 reads 0; bit 1 too without C (IALIGN=32). */
uint64_t csr_epc_mask(const struct vt_config *c)
{
    return c->ext_c ? ~UINT64_C(1) : ~UINT64_C(3);
}

static uint64_t wm_epc(const struct vt_config *c)
{
    return csr_epc_mask(c);
}

/* xcause: interrupt bit 63 and code 4:0. */
static uint64_t wm_cause(const struct vt_config *c)
{
    (void)c;
    return BIT(63) | 0x1f;
}

/* medeleg-like hedeleg: 0-8, 12, 13, 15, 18, 19. */
static uint64_t wm_hedeleg(const struct vt_config *c)
{
    (void)c;
    return 0x1ff | BIT(12) | BIT(13) | BIT(15) | BIT(18) | BIT(19);
}

static uint64_t wm_hideleg(const struct vt_config *c)
{
    (void)c;
    return BIT(2) | BIT(6) | BIT(10);
}

/* hgeie: bits GEILEN..1. */
static uint64_t wm_hgeie(const struct vt_config *c)
{
    uint64_t m = 0;
    for (unsigned i = 1; i <= c->geilen; i++)
        m |= BIT(i);
    return m;
}

/* mstatus writable bits (documentation of the field rules). */
static uint64_t wm_mstatus(const struct vt_config *c)
{
    uint64_t m = BIT(1) | BIT(3) | BIT(5) | BIT(7) | BIT(8) | BIT(11) | BIT(12) |
                 BIT(17) | BIT(18) | BIT(19) | BIT(20) | BIT(21) | BIT(22);
    if (c->h)
        m |= BIT(38) | BIT(39);
    return m;
}

/* sstatus / vsstatus: SIE, SPIE, SPP, SUM, MXR. */
static uint64_t wm_sstatus(const struct vt_config *c)
{
    (void)c;
    return BIT(1) | BIT(5) | BIT(8) | BIT(18) | BIT(19);
}

/* hstatus: GVA, SPV, SPVP, HU, VGEIN 17:12, VTVM, VTW, VTSR. */
static uint64_t wm_hstatus(const struct vt_config *c)
{
    (void)c;
    return BIT(6) | BIT(7) | BIT(8) | BIT(9) | (UINT64_C(0x3f) << 12) |
           BIT(20) | BIT(21) | BIT(22);
}

/* hgatp: MODE 63:60, VMID 57:44, PPN 43:2. */
static uint64_t wm_hgatp(const struct vt_config *c)
{
    (void)c;
    return (UINT64_C(0xf) << 60) | (UINT64_C(0x3fff) << 44) |
           (((UINT64_C(1) << 42) - 1) << 2);
}

uint64_t csr_misa_value(const struct vt_config *c)
{
    uint64_t v = (UINT64_C(2) << 62) | BIT(8) | BIT(18) | BIT(20);
    if (c->h)
        v |= BIT(7);
    if (c->ext_a)
        v |= BIT(0);
    if (c->ext_m)
        v |= BIT(12);
    if (c->ext_c)
        v |= BIT(2);
    return v;
}

static uint64_t rc_misa(const struct vt_config *c)      { return csr_misa_value(c); }
static uint64_t rc_mvendorid(const struct vt_config *c) { return c->mvendorid; }
static uint64_t rc_marchid(const struct vt_config *c)   { return c->marchid; }
static uint64_t rc_mimpid(const struct vt_config *c)    { return c->mimpid; }
static uint64_t rc_mhartid(const struct vt_config *c)   { return c->mhartid; }

/* tinfo of a trigger module with zero triggers (riscv-debug-spec Sdtrig.adoc
 * "Trigger Module Registers", hwbp_registers.xml "Trigger Info"): version
 * 31:24 = 1 (Sdtrig 1.0), info 15:0 = 1 ("if the currently selected trigger
 * doesn't exist, this field contains 1"). */
static uint64_t rc_tinfo(const struct vt_config *c)
{
    (void)c;
    return (UINT64_C(1) << 24) | UINT64_C(1);
}

/* ---- the table -------------------------------------------------------- */

/* EX_TRIGGERS: only with the `triggers` option (INTERFACE section 10). */
enum exist_cond { EX_ALWAYS, EX_H, EX_TRIGGERS };

typedef uint64_t (*cfg_fn)(const struct vt_config *);

struct csr_row {
    unsigned         addr;
    unsigned         count;      /* 1, or the size of a range */
    unsigned         addr_step;
    unsigned         first;      /* index of the first CSR of a range */
    unsigned         idx_step;
    const char      *name;       /* printf format with %u for ranges */
    enum exist_cond  exist;
    int              hpm;        /* implemented only when index < 3 + hpm_counters */
    enum csr_kind    kind;
    enum csr_gate    gate;
    unsigned         vs_twin;
    int              flush;
    int              dbg;
    enum trap_target trap_tgt;
    enum trap_field  trap_field;
    cfg_fn           wmask;
    cfg_fn           rconst;     /* NULL: 0 */
    const char      *spec;
};

#define ONE(a, n)  a, 1, 1, 0, 0, n
#define RANGE(a, cnt, astep, first, istep, n) a, cnt, astep, first, istep, n

static const struct csr_row rows[] = {
    /* Supervisor level (supervisor.adoc; when V=1 the twins are reached) */
    { ONE(0x100, "sstatus"),    EX_ALWAYS, 0, CK_SSTATUS, GATE_NONE, 0x200, 1, 1, TT_NONE, TF_NONE, wm_sstatus, NULL, "supervisor.adoc \"Supervisor Status (sstatus) Register\"" },
    { ONE(0x104, "sie"),        EX_ALWAYS, 0, CK_SIE,     GATE_NONE, 0x204, 0, 1, TT_NONE, TF_NONE, wm_s_view, NULL, "supervisor.adoc \"Supervisor Interrupt (sip and sie) Registers\"" },
    { ONE(0x105, "stvec"),      EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0x205, 0, 1, TT_NONE, TF_NONE, wm_tvec, NULL, "supervisor.adoc \"Supervisor Trap Vector Base Address\"" },
    { ONE(0x106, "scounteren"), EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0,     0, 1, TT_NONE, TF_NONE, wm_counteren, NULL, "supervisor.adoc \"Counter-Enable (scounteren) Register\"" },
    { ONE(0x10A, "senvcfg"),    EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0,     0, 1, TT_NONE, TF_NONE, wm_envcfg, NULL, "supervisor.adoc \"Supervisor Environment Configuration\"" },
    { ONE(0x140, "sscratch"),   EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0x240, 0, 1, TT_NONE, TF_NONE, wm_all, NULL, "supervisor.adoc \"Supervisor Scratch Register\"" },
    { ONE(0x141, "sepc"),       EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0x241, 0, 1, TT_HS, TF_EPC, wm_epc, NULL, "supervisor.adoc \"Supervisor Exception Program Counter\"" },
    { ONE(0x142, "scause"),     EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0x242, 0, 1, TT_HS, TF_CAUSE, wm_cause, NULL, "supervisor.adoc \"Supervisor Cause Register\"" },
    { ONE(0x143, "stval"),      EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0x243, 0, 1, TT_HS, TF_TVAL, wm_all, NULL, "supervisor.adoc \"Supervisor Trap Value\"" },
    { ONE(0x144, "sip"),        EX_ALWAYS, 0, CK_SIP,     GATE_NONE, 0x244, 0, 1, TT_NONE, TF_NONE, wm_ssip, NULL, "supervisor.adoc \"Supervisor Interrupt (sip and sie) Registers\"" },
    { ONE(0x180, "satp"),       EX_ALWAYS, 0, CK_ATP,     GATE_SATP, 0x280, 1, 1, TT_NONE, TF_NONE, wm_all, NULL, "supervisor.adoc \"Supervisor Address Translation and Protection (satp)\"" },
    /* Virtual supervisor (hypervisor.adoc "Hypervisor and Virtual Supervisor CSRs") */
    { ONE(0x200, "vsstatus"),   EX_H, 0, CK_VSSTATUS, GATE_NONE, 0, 1, 1, TT_NONE, TF_NONE, wm_sstatus, NULL, "hypervisor.adoc \"Virtual Supervisor Status (vsstatus) Register\"" },
    { ONE(0x204, "vsie"),       EX_H, 0, CK_VSIE,     GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_s_view, NULL, "hypervisor.adoc \"Virtual Supervisor Interrupt (vsip and vsie) Registers\"" },
    { ONE(0x205, "vstvec"),     EX_H, 0, CK_MASKED,   GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_tvec, NULL, "hypervisor.adoc \"Virtual Supervisor Trap Vector Base Address (vstvec)\"" },
    { ONE(0x240, "vsscratch"),  EX_H, 0, CK_MASKED,   GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_all, NULL, "hypervisor.adoc \"Virtual Supervisor Scratch (vsscratch)\"" },
    { ONE(0x241, "vsepc"),      EX_H, 0, CK_MASKED,   GATE_NONE, 0, 0, 1, TT_VS, TF_EPC, wm_epc, NULL, "hypervisor.adoc \"Virtual Supervisor Exception Program Counter (vsepc)\"" },
    { ONE(0x242, "vscause"),    EX_H, 0, CK_MASKED,   GATE_NONE, 0, 0, 1, TT_VS, TF_CAUSE, wm_cause, NULL, "hypervisor.adoc \"Virtual Supervisor Cause (vscause)\"" },
    { ONE(0x243, "vstval"),     EX_H, 0, CK_MASKED,   GATE_NONE, 0, 0, 1, TT_VS, TF_TVAL, wm_all, NULL, "hypervisor.adoc \"Virtual Supervisor Trap Value (vstval)\"" },
    { ONE(0x244, "vsip"),       EX_H, 0, CK_VSIP,     GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_ssip, NULL, "hypervisor.adoc \"Virtual Supervisor Interrupt (vsip and vsie) Registers\"" },
    { ONE(0x280, "vsatp"),      EX_H, 0, CK_ATP,      GATE_NONE, 0, 1, 1, TT_NONE, TF_NONE, wm_all, NULL, "hypervisor.adoc \"Virtual Supervisor Address Translation and Protection (vsatp)\"" },
    /* Machine level (machine.adoc "Machine-Level CSRs") */
    { ONE(0x300, "mstatus"),    EX_ALWAYS, 0, CK_MSTATUS, GATE_NONE, 0, 1, 1, TT_NONE, TF_NONE, wm_mstatus, NULL, "machine.adoc \"Machine Status (mstatus and mstatush) Registers\"" },
    { ONE(0x301, "misa"),       EX_ALWAYS, 0, CK_CONST,   GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, rc_misa, "machine.adoc \"Machine ISA (misa) Register\"" },
    { ONE(0x302, "medeleg"),    EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_medeleg, NULL, "machine.adoc \"Machine Trap Delegation\"" },
    { ONE(0x303, "mideleg"),    EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_mideleg, rc_mideleg, "machine.adoc \"Machine Trap Delegation\"; hypervisor.adoc (bits 2, 6, 10, 12 read-only 1)" },
    { ONE(0x304, "mie"),        EX_ALWAYS, 0, CK_MIE,     GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_mie, NULL, "machine.adoc \"Machine Interrupt (mip and mie) Registers\"" },
    { ONE(0x305, "mtvec"),      EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_tvec, NULL, "machine.adoc \"Machine Trap-Vector Base-Address\"" },
    { ONE(0x306, "mcounteren"), EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_counteren, NULL, "machine.adoc \"Machine Counter-Enable (mcounteren) Register\"" },
    { ONE(0x30A, "menvcfg"),    EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_envcfg, NULL, "machine.adoc \"Machine Environment Configuration (menvcfg) Register\"" },
    { ONE(0x320, "mcountinhibit"), EX_ALWAYS, 0, CK_MASKED, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_mcountinhibit, NULL, "machine.adoc \"Machine Counter-Inhibit (mcountinhibit) Register\"" },
    { RANGE(0x323, 29, 1, 3, 1, "mhpmevent%u"), EX_ALWAYS, 1, CK_MASKED, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_hpmevent, NULL, "machine.adoc \"Hardware Performance Monitor\"; INTERFACE section 8" },
    { ONE(0x340, "mscratch"),   EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_all, NULL, "machine.adoc \"Machine Scratch Register\"" },
    { ONE(0x341, "mepc"),       EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_M, TF_EPC, wm_epc, NULL, "machine.adoc \"Machine Exception Program Counter\"" },
    { ONE(0x342, "mcause"),     EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_M, TF_CAUSE, wm_cause, NULL, "machine.adoc \"Machine Cause Register\"" },
    { ONE(0x343, "mtval"),      EX_ALWAYS, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_M, TF_TVAL, wm_all, NULL, "machine.adoc \"Machine Trap Value Register\"" },
    { ONE(0x344, "mip"),        EX_ALWAYS, 0, CK_MIP,     GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_mip, NULL, "machine.adoc \"Machine Interrupt (mip and mie) Registers\"" },
    { ONE(0x34A, "mtinst"),     EX_H, 0, CK_MASKED,       GATE_NONE, 0, 0, 1, TT_M, TF_TINST, wm_all, NULL, "hypervisor.adoc \"Machine Trap Instruction (mtinst) Register\"" },
    { ONE(0x34B, "mtval2"),     EX_H, 0, CK_MASKED,       GATE_NONE, 0, 0, 1, TT_M, TF_TVAL2, wm_all, NULL, "hypervisor.adoc \"Machine Second Trap Value (mtval2) Register\"" },
    { RANGE(0x3A0, 8, 2, 0, 2, "pmpcfg%u"), EX_ALWAYS, 0, CK_ZERO, GATE_NONE, 0, 0, 0, TT_NONE, TF_NONE, wm_none, NULL, "machine.adoc \"Physical Memory Protection CSRs\" (no PMP entries)" },
    { RANGE(0x3B0, 64, 1, 0, 1, "pmpaddr%u"), EX_ALWAYS, 0, CK_ZERO, GATE_NONE, 0, 0, 0, TT_NONE, TF_NONE, wm_none, NULL, "machine.adoc \"Physical Memory Protection CSRs\" (no PMP entries)" },
    /* Hypervisor level (hypervisor.adoc "Hypervisor and Virtual Supervisor CSRs") */
    { ONE(0x600, "hstatus"),    EX_H, 0, CK_HSTATUS, GATE_NONE, 0, 1, 1, TT_NONE, TF_NONE, wm_hstatus, NULL, "hypervisor.adoc \"Hypervisor Status (hstatus) Register\"" },
    { ONE(0x602, "hedeleg"),    EX_H, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_hedeleg, NULL, "hypervisor.adoc \"Hypervisor Trap Delegation (hedeleg and hideleg)\"" },
    { ONE(0x603, "hideleg"),    EX_H, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_hideleg, NULL, "hypervisor.adoc \"Hypervisor Trap Delegation (hedeleg and hideleg)\"" },
    { ONE(0x604, "hie"),        EX_H, 0, CK_HIE,     GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_hie, NULL, "hypervisor.adoc \"Hypervisor Interrupt (hvip, hip, and hie) Registers\"" },
    { ONE(0x605, "htimedelta"), EX_H, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_all, NULL, "hypervisor.adoc \"Hypervisor Time Delta (htimedelta) Register\"" },
    { ONE(0x606, "hcounteren"), EX_H, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_counteren, NULL, "hypervisor.adoc \"Hypervisor Counter-Enable (hcounteren) Register\"" },
    { ONE(0x607, "hgeie"),      EX_H, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_hgeie, NULL, "hypervisor.adoc \"Hypervisor Guest External Interrupt Registers\"" },
    { ONE(0x60A, "henvcfg"),    EX_H, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_envcfg, NULL, "hypervisor.adoc \"Hypervisor Environment Configuration\"" },
    { ONE(0x643, "htval"),      EX_H, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_HS, TF_TVAL2, wm_all, NULL, "hypervisor.adoc \"Hypervisor Trap Value (htval) Register\"" },
    { ONE(0x644, "hip"),        EX_H, 0, CK_HIP,     GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_hip, NULL, "hypervisor.adoc \"Hypervisor Interrupt (hvip, hip, and hie) Registers\"" },
    { ONE(0x645, "hvip"),       EX_H, 0, CK_HVIP,    GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_hvip, NULL, "hypervisor.adoc \"Hypervisor Interrupt (hvip, hip, and hie) Registers\"" },
    { ONE(0x64A, "htinst"),     EX_H, 0, CK_MASKED,  GATE_NONE, 0, 0, 1, TT_HS, TF_TINST, wm_all, NULL, "hypervisor.adoc \"Hypervisor Trap Instruction (htinst) Register\"" },
    { ONE(0x680, "hgatp"),      EX_H, 0, CK_HGATP,   GATE_HGATP, 0, 1, 1, TT_NONE, TF_NONE, wm_hgatp, NULL, "hypervisor.adoc \"Hypervisor Guest Address Translation and Protection (hgatp) Register\"" },
    /* Trigger module with zero triggers (riscv-debug-spec Sdtrig.adoc "Trigger
     * Module Registers", hwbp_registers.xml; INTERFACE section 10): M-level
     * read/write CSRs that answer the probe of Sdtrig.adoc "Enumeration" with
     * "no trigger here".  No state: tselect reads 0 (its only index), tdata1
     * reads type 0 "no trigger at this tselect" with dmode and data hard-wired
     * 0, tdata2/tdata3 read 0, tinfo is a constant; every write is ignored. */
    { ONE(0x7A0, "tselect"),    EX_TRIGGERS, 0, CK_ZERO,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, NULL, "riscv-debug-spec Sdtrig.adoc \"Trigger Module Registers\": Trigger Select (WARL, only index 0)" },
    { ONE(0x7A1, "tdata1"),     EX_TRIGGERS, 0, CK_ZERO,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, NULL, "riscv-debug-spec Sdtrig.adoc \"Trigger Module Registers\": Trigger Data 1 (type 0: no trigger)" },
    { ONE(0x7A2, "tdata2"),     EX_TRIGGERS, 0, CK_ZERO,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, NULL, "riscv-debug-spec Sdtrig.adoc \"Trigger Module Registers\": Trigger Data 2" },
    { ONE(0x7A3, "tdata3"),     EX_TRIGGERS, 0, CK_ZERO,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, NULL, "riscv-debug-spec Sdtrig.adoc \"Trigger Module Registers\": Trigger Data 3" },
    { ONE(0x7A4, "tinfo"),      EX_TRIGGERS, 0, CK_CONST, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, rc_tinfo, "riscv-debug-spec Sdtrig.adoc \"Trigger Module Registers\": Trigger Info (version 1, info 1: no trigger)" },
    /* Machine counters (machine.adoc "Machine Hardware Performance Monitor") */
    { ONE(0xB00, "mcycle"),     EX_ALWAYS, 0, CK_COUNTER, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_all, NULL, "machine.adoc \"Hardware Performance Monitor\"; INTERFACE section 8" },
    { ONE(0xB02, "minstret"),   EX_ALWAYS, 0, CK_COUNTER, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_all, NULL, "machine.adoc \"Hardware Performance Monitor\"; INTERFACE section 8" },
    { RANGE(0xB03, 29, 1, 3, 1, "mhpmcounter%u"), EX_ALWAYS, 1, CK_COUNTER, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_all, NULL, "machine.adoc \"Hardware Performance Monitor\"; INTERFACE section 8" },
    /* Unprivileged counters (zicntr.adoc / zihpm.adoc): read-only, gated */
    { ONE(0xC00, "cycle"),      EX_ALWAYS, 0, CK_UCOUNTER, GATE_COUNTER, 0, 0, 0, TT_NONE, TF_NONE, wm_none, NULL, "zicntr.adoc" },
    { ONE(0xC01, "time"),       EX_ALWAYS, 0, CK_TIME,     GATE_COUNTER, 0, 0, 0, TT_NONE, TF_NONE, wm_none, NULL, "zicntr.adoc; hypervisor.adoc \"Hypervisor Time Delta (htimedelta) Register\"" },
    { ONE(0xC02, "instret"),    EX_ALWAYS, 0, CK_UCOUNTER, GATE_COUNTER, 0, 0, 0, TT_NONE, TF_NONE, wm_none, NULL, "zicntr.adoc" },
    { RANGE(0xC03, 29, 1, 3, 1, "hpmcounter%u"), EX_ALWAYS, 1, CK_UCOUNTER, GATE_COUNTER, 0, 0, 0, TT_NONE, TF_NONE, wm_none, NULL, "zihpm.adoc" },
    /* Hypervisor read-only */
    { ONE(0xE12, "hgeip"),      EX_H, 0, CK_HGEIP, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, NULL, "hypervisor.adoc \"Hypervisor Guest External Interrupt Registers\"" },
    /* Machine information (read-only) */
    { ONE(0xF11, "mvendorid"),  EX_ALWAYS, 0, CK_CONST, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, rc_mvendorid, "machine.adoc \"Machine Vendor ID Register\"" },
    { ONE(0xF12, "marchid"),    EX_ALWAYS, 0, CK_CONST, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, rc_marchid, "machine.adoc \"Machine Architecture ID Register\"" },
    { ONE(0xF13, "mimpid"),     EX_ALWAYS, 0, CK_CONST, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, rc_mimpid, "machine.adoc \"Machine Implementation ID Register\"" },
    { ONE(0xF14, "mhartid"),    EX_ALWAYS, 0, CK_CONST, GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, rc_mhartid, "machine.adoc \"Hart ID Register\"" },
    { ONE(0xF15, "mconfigptr"), EX_ALWAYS, 0, CK_ZERO,  GATE_NONE, 0, 0, 1, TT_NONE, TF_NONE, wm_none, NULL, "machine.adoc \"Machine Configuration Pointer Register\"" },
};

#define NROWS (sizeof rows / sizeof rows[0])

/* Whether a write through this kind can change state. */
static int kind_writable(enum csr_kind k)
{
    switch (k) {
    case CK_ZERO: case CK_CONST: case CK_HGEIP: case CK_UCOUNTER: case CK_TIME:
        return 0;
    default:
        return 1;
    }
}

int csr_table_build(const struct vt_config *cfg, struct csr_table *tab)
{
    size_t max = 0;
    for (size_t r = 0; r < NROWS; r++)
        max += rows[r].count;
    tab->e = calloc(max, sizeof *tab->e);
    tab->n = 0;
    tab->nslots = 0;
    if (!tab->e)
        return -1;
    for (size_t r = 0; r < NROWS; r++) {
        const struct csr_row *row = &rows[r];
        if (row->exist == EX_H && !cfg->h)
            continue;
        if (row->exist == EX_TRIGGERS && !cfg->triggers)
            continue;
        for (unsigned i = 0; i < row->count; i++) {
            struct csr_entry *e = &tab->e[tab->n++];
            e->addr = row->addr + i * row->addr_step;
            e->index = row->first + i * row->idx_step;
            if (row->count > 1)
                snprintf(e->name, sizeof e->name, row->name, e->index);
            else
                snprintf(e->name, sizeof e->name, "%s", row->name);
            e->kind = row->kind;
            e->gate = row->gate;
            e->vs_twin = cfg->h ? row->vs_twin : 0;
            e->flush = row->flush;
            e->dbg = row->dbg;
            e->trap_tgt = row->trap_tgt;
            e->trap_field = row->trap_field;
            e->wmask = row->wmask(cfg);
            e->rconst = row->rconst ? row->rconst(cfg) : 0;
            e->spec = row->spec;
            /* Unimplemented HPM counters/events: exist, read 0, no slot. */
            if (row->hpm && e->index >= 3 + cfg->hpm_counters) {
                e->kind = CK_ZERO;
                e->dbg = 0;
                e->wmask = 0;
            }
            /* A stored register with no writable bit and no trap write
             * (hgeie with GEILEN=0) is a read-0 CSR. */
            if (e->kind == CK_MASKED && e->wmask == 0 && e->trap_tgt == TT_NONE &&
                e->rconst == 0)
                e->kind = CK_ZERO;
            /* hgeip with GEILEN=0: no lines, reads 0. */
            if (e->kind == CK_HGEIP && cfg->geilen == 0)
                e->kind = CK_ZERO;
            e->writable = kind_writable(e->kind) && (e->addr >> 10) != 3;
            if (e->dbg)
                tab->nslots++;
        }
    }
    return 0;
}

void csr_table_free(struct csr_table *tab)
{
    free(tab->e);
    tab->e = NULL;
    tab->n = 0;
    tab->nslots = 0;
}

const struct csr_entry *csr_find(const struct csr_table *tab, unsigned addr)
{
    for (size_t i = 0; i < tab->n; i++)
        if (tab->e[i].addr == addr)
            return &tab->e[i];
    return NULL;
}

const struct csr_entry *csr_find_kind(const struct csr_table *tab,
                                      enum csr_kind kind)
{
    for (size_t i = 0; i < tab->n; i++)
        if (tab->e[i].kind == kind)
            return &tab->e[i];
    return NULL;
}

int csr_has_rd_wire(const struct csr_entry *e)
{
    return e->kind != CK_ZERO && e->kind != CK_UCOUNTER;
}

void csr_rd_expr(const struct csr_entry *e, char *buf, size_t len)
{
    if (e->kind == CK_ZERO)
        snprintf(buf, len, "64'd0");
    else if (e->kind == CK_UCOUNTER)
        snprintf(buf, len, "rd_m%s", e->name);   /* cycle -> rd_mcycle */
    else
        snprintf(buf, len, "rd_%s", e->name);
}
