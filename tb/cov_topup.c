/* Coverage top-up recipes (see cov_topup.h). Each recipe restates, as a
 * construction, the reachability rule of its bin in coverage.c: the CSR and
 * mode setup that makes the outcome happen (virtual-instruction.md §3 master
 * table, wfi.md §3, traps.md §1.2). Every step runs through the lock-step
 * engine and is counted by the same coverage recorder as random stimulus. */
#include "cov_topup.h"

#include <stdio.h>
#include <string.h>

#include "asm.h"

#define OP_SYSTEM 0x73u
#define NOP_INSN 0x00000013u
#define MRET_INSN 0x30200073u
#define ECALL_INSN 0x00000073u
#define EBREAK_INSN 0x00100073u
#define RESET_PC 0x80000000ull
#define TARGET_PC 0x80001000ull
#define NO_WAKE (~0ull)

/* CSR addresses (csrs-rv64.md §2) */
enum {
    SSTATUS = 0x100, SCOUNTEREN = 0x106, SSCRATCH = 0x140, SATP = 0x180,
    VSSTATUS = 0x200, VSSCRATCH = 0x240,
    MSTATUS = 0x300, MIDELEG = 0x303, MIE = 0x304, MCOUNTEREN = 0x306, MSCRATCH = 0x340,
    MEPC = 0x341, MIP = 0x344,
    HSTATUS = 0x600, HIDELEG = 0x603, HCOUNTEREN = 0x606, HGEIE = 0x607, HVIP = 0x645,
    HGATP = 0x680, CYCLE = 0xC00, HGEIP = 0xE12, MVENDORID = 0xF11,
    CUSTOM_ABSENT = 0x800, /* custom user read/write space: never implemented here */
};

/* mstatus / hstatus / vsstatus fields (machine.adoc "mstatus", hypervisor.adoc "hstatus") */
#define MS_SIE (1ull << 1)
#define MS_MIE (1ull << 3)
#define MS_MPP_SHIFT 11
#define MS_MPP (3ull << MS_MPP_SHIFT)
#define MS_TVM (1ull << 20)
#define MS_TW (1ull << 21)
#define MS_MPV (1ull << 39)
#define HS_VTVM (1ull << 20)
#define HS_VTW (1ull << 21)
/* mip / mie bits (machine.adoc "mip"; hypervisor.adoc "hip"): pending bit n */
#define IRQ(n) (1ull << (n))

struct drv {
    struct lockstep *ls;
    struct coverage *cov;
    const struct cov_bin *bin;
    struct cm_in lines; /* interrupt lines and sgeip, held */
    uint64_t pc;
    uint64_t stalled;   /* cycles the instruction at commit has stalled */
    int failed;
};

static void fail(struct drv *d, const char *what)
{
    char id[64], msg[192];
    cov_bin_id(d->bin, id, sizeof id);
    snprintf(msg, sizeof msg, "coverage top-up of %s: %s", id, what);
    ls_fail(d->ls, msg);
    d->failed = 1;
}

/* One cycle through the lock-step engine, counted like random stimulus. */
static int step(struct drv *d, const struct cm_in *in, struct cm_out *out)
{
    unsigned priv;
    int virt;
    if (ls_eval(d->ls, in, out) != 0) {
        d->failed = 1;
        return 1;
    }
    ls_clock(d->ls);
    cm_mode(d->ls->model, &priv, &virt);
    cov_record(d->cov, d->ls->model, in, out, out->priv, out->virt, d->stalled, virt);
    d->stalled = in->commit_valid && out->stall ? d->stalled + 1 : 0;
    return 0;
}

static int reset(struct drv *d)
{
    struct cm_in in;
    struct cm_out out;
    memset(&d->lines, 0, sizeof d->lines);
    memset(&in, 0, sizeof in);
    in.rst = 1;
    d->pc = RESET_PC;
    d->stalled = 0;
    return step(d, &in, &out);
}

/* Commits insn (with a handed-in exception if exc_cause >= 0), holding it
 * while the unit stalls; in stall cycle wake_at the MSI line rises. */
static int exec(struct drv *d, uint32_t insn, uint64_t rs1, int exc_cause, uint64_t wake_at,
                struct cm_out *out)
{
    uint64_t limit = (uint64_t)d->ls->cfg.wfi_timeout + 16;
    for (uint64_t k = 0;; k++) {
        struct cm_in in = d->lines;
        if (k == wake_at)
            in.irq_msip = d->lines.irq_msip = 1;
        in.commit_valid = 1;
        in.retire_in = 1;
        in.commit_pc = d->pc;
        in.commit_insn = insn;
        in.commit_rs1 = rs1;
        if (exc_cause >= 0) {
            in.exc_valid = 1;
            in.exc_cause = (unsigned)exc_cause;
        }
        if (step(d, &in, out) != 0)
            return 1;
        if (!out->stall)
            break;
        if (k >= limit) {
            fail(d, "the instruction stalled past the WFI bound");
            return 1;
        }
    }
    d->pc = out->redirect ? out->redirect_pc : out->retire ? d->pc + 4 : d->pc;
    return 0;
}

static uint32_t csr_insn(unsigned csr, unsigned rs1, unsigned funct3, unsigned rd)
{
    return (csr << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | OP_SYSTEM;
}

/* A setup step in M-mode: csrrw / csrrs / csrrc x0, csr, x1 with x1 = val,
 * which must retire. */
static int setup(struct drv *d, unsigned funct3, unsigned csr, uint64_t val)
{
    struct cm_out out;
    if (d->failed || exec(d, csr_insn(csr, 1, funct3, 0), val, -1, NO_WAKE, &out) != 0)
        return 1;
    if (!out.retire) {
        char what[80];
        snprintf(what, sizeof what, "setup write of CSR 0x%03x in M-mode trapped (code %u)", csr,
                 out.trap_code);
        fail(d, what);
        return 1;
    }
    return 0;
}
static int csrw(struct drv *d, unsigned csr, uint64_t v) { return setup(d, 1, csr, v); }
static int csrs(struct drv *d, unsigned csr, uint64_t v) { return setup(d, 2, csr, v); }

/* machine.adoc "Trap-Return Instructions": MRET to the mode of the bin. */
static int enter(struct drv *d, int mode)
{
    static const unsigned mpp[] = {3, 1, 0, 1, 0}; /* M HS U VS VU */
    struct cm_out out;
    unsigned priv;
    int virt;
    if (mode == CM_M)
        return d->failed;
    uint64_t set = (uint64_t)mpp[mode] << MS_MPP_SHIFT;
    if (mode == CM_VS || mode == CM_VU)
        set |= MS_MPV;
    if (setup(d, 3, MSTATUS, MS_MPP | MS_MPV) || csrs(d, MSTATUS, set) || csrw(d, MEPC, TARGET_PC))
        return 1;
    if (exec(d, MRET_INSN, 0, -1, NO_WAKE, &out) != 0)
        return 1;
    cm_mode(d->ls->model, &priv, &virt);
    if (!out.xret || priv != mpp[mode] || virt != (mode == CM_VS || mode == CM_VU)) {
        fail(d, "MRET did not reach the mode of the bin");
        return 1;
    }
    return 0;
}

/* traps.md §7: exception causes. Handed-in causes come on a nop; the unit's
 * own: 2 from an absent CSR, 3 from EBREAK, 8-11 from ECALL, 22 from a
 * hypervisor CSR in VS or a supervisor CSR in VU (virtual-instruction.md §2). */
static int exc_recipe(struct drv *d, const struct cov_bin *b)
{
    struct cm_out out;
    if (enter(d, b->mode))
        return 1;
    switch (b->a) {
    case 2: return exec(d, csr_insn(CUSTOM_ABSENT, 0, 2, 1), 0, -1, NO_WAKE, &out);
    case 3: return exec(d, EBREAK_INSN, 0, -1, NO_WAKE, &out);
    case 8: case 9: case 10: case 11: return exec(d, ECALL_INSN, 0, -1, NO_WAKE, &out);
    case 22:
        return exec(d, csr_insn(b->mode == CM_VS ? HSTATUS : SSTATUS, 0, 2, 1), 0, -1, NO_WAKE,
                    &out);
    default: return exec(d, NOP_INSN, 0, b->a, NO_WAKE, &out);
    }
}

/* The CSR and the setup that give the bin's outcome (virtual-instruction.md
 * §3 master table and §4; the groups of coverage.c). */
static int csr_recipe(struct drv *d, const struct cov_bin *b)
{
    int md = b->mode, h = d->ls->cfg.h;
    unsigned csr = CUSTOM_ABSENT;
    switch (b->a) {
    case CG_CNT: /* §4.1: mcounteren, then hcounteren (V=1), scounteren (U, VU) */
        csr = CYCLE;
        if (!b->write && b->outcome != CO_II) {
            if (csrw(d, MCOUNTEREN, ~0ull) || csrw(d, SCOUNTEREN, ~0ull))
                return 1;
            if (h && csrw(d, HCOUNTEREN, b->outcome == CO_OK ? ~0ull : 0))
                return 1;
        }
        break;
    case CG_S: /* satp with TVM in HS (II) and VTVM in VS (VI) */
        csr = SSCRATCH;
        if (b->outcome == CO_II && md == CM_HS) {
            csr = SATP;
            if (csrs(d, MSTATUS, MS_TVM))
                return 1;
        } else if ((b->outcome == CO_VI || (b->outcome == CO_II && !d->ls->cfg.virtual_insn)) &&
                   md == CM_VS) {
            /* (virtual_instruction off, gen/INTERFACE.md 1: the same case is II) */
            csr = SATP;
            if (csrs(d, HSTATUS, HS_VTVM))
                return 1;
        }
        break;
    case CG_H: /* hgeip is read-only (a write is II, never VI); hgatp with TVM in HS */
        csr = HSTATUS;
        if (b->outcome == CO_II && b->write && md != CM_HS && md != CM_U) {
            csr = HGEIP;
        } else if (b->outcome == CO_II && md == CM_HS) {
            csr = HGATP;
            if (csrs(d, MSTATUS, MS_TVM))
                return 1;
        }
        break;
    case CG_VS:
        csr = VSSCRATCH;
        break;
    case CG_M: /* a write to a read-only M CSR is II in M too */
        csr = md == CM_M && b->outcome == CO_II ? MVENDORID : MSCRATCH;
        break;
    default:
        break;
    }
    struct cm_out out;
    if (enter(d, md))
        return 1;
    /* read: csrrs x1, csr, x0; write: csrrw x1, csr, x2 */
    uint32_t insn = b->write ? csr_insn(csr, 2, 1, 1) : csr_insn(csr, 0, 2, 1);
    return exec(d, insn, 0, -1, NO_WAKE, &out);
}

/* wfi.md §2-§3, gen/INTERFACE.md §7: a wake is an interrupt pending and
 * enabled in mie; whether it is globally enabled decides whether it is taken
 * first. */
static int wfi_recipe(struct drv *d, const struct cov_bin *b)
{
    int md = b->mode;
    uint64_t wake_at = NO_WAKE;
    switch (b->a) {
    case CW_AT_ONCE:
        if (md == CM_M) { /* MSI pending and enabled, mstatus.MIE = 0 */
            d->lines.irq_msip = 1;
            if (csrs(d, MIE, IRQ(3)))
                return 1;
        } else if (md == CM_HS) { /* SSI delegated to HS, sstatus.SIE = 0 */
            if (csrs(d, MIDELEG, IRQ(1)) || csrs(d, MIE, IRQ(1)) || csrs(d, MIP, IRQ(1)))
                return 1;
        } else { /* VSSI as a VS-level interrupt: never taken with V=0, nor in VS with SIE = 0 */
            if (csrs(d, HIDELEG, IRQ(2)) || csrs(d, MIE, IRQ(2)) || csrs(d, HVIP, IRQ(2)))
                return 1;
        }
        break;
    case CW_WOKEN: /* MSI rises while the WFI waits, before the bound */
        if (csrs(d, MIE, IRQ(3)))
            return 1;
        wake_at = md == CM_U || md == CM_VU ? 1 : 2;
        break;
    case CW_II: /* TW = 1 below M; U-mode traps whatever TW is */
        if (md != CM_U && csrs(d, MSTATUS, MS_TW))
            return 1;
        break;
    default: /* VI: VTW = 1 in VS; VU with TW = 0 */
        if (md == CM_VS && csrs(d, HSTATUS, HS_VTW))
            return 1;
        break;
    }
    struct cm_out out;
    if (enter(d, md))
        return 1;
    return exec(d, ASM_WFI, 0, -1, wake_at, &out);
}

/* traps.md §1.2 and §5: bits 1, 3, 5, 7, 9, 11 as M-level interrupts (taken in
 * every mode below M, and in M with MIE = 1); the VS-level sources 2, 6, 10
 * through hvip and SGEI through hgeie/sgeip as HS-level interrupts (hideleg
 * 0), taken in HS with SIE = 1 and always with V=1 or in U. */
static int irq_recipe(struct drv *d, const struct cov_bin *b)
{
    int md = b->mode, bit = b->a;
    int h_bit = bit == 2 || bit == 6 || bit == 10 || bit == 12;
    if (csrs(d, MIE, IRQ(bit)))
        return 1;
    switch (bit) {
    case 3: d->lines.irq_msip = 1; break;
    case 7: d->lines.irq_mtip = 1; break;
    case 11: d->lines.irq_meip = 1; break;
    case 12:
        d->lines.irq_sgeip = 1; /* guest external interrupt 1 */
        if (csrs(d, HGEIE, IRQ(1)))
            return 1;
        break;
    case 2: case 6: case 10:
        if (csrs(d, HVIP, IRQ(bit)))
            return 1;
        break;
    default: /* 1, 5, 9: the software bits of mip */
        if (csrs(d, MIP, IRQ(bit)))
            return 1;
        break;
    }
    if (h_bit && md == CM_HS && csrs(d, MSTATUS, MS_SIE))
        return 1;
    if (md == CM_M && csrs(d, MSTATUS, MS_MIE))
        return 1;
    struct cm_out out;
    if (enter(d, md))
        return 1;
    return exec(d, NOP_INSN, 0, -1, NO_WAKE, &out);
}

int cov_topup_run(struct lockstep *ls, const struct cov_bin *b, struct coverage *cov)
{
    struct drv d;
    memset(&d, 0, sizeof d);
    d.ls = ls;
    d.cov = cov;
    d.bin = b;
    if (reset(&d) != 0)
        return 1;
    int rc;
    switch (b->table) {
    case COV_T_EXC: rc = exc_recipe(&d, b); break;
    case COV_T_CSR: rc = csr_recipe(&d, b); break;
    case COV_T_WFI: rc = wfi_recipe(&d, b); break;
    default: rc = irq_recipe(&d, b); break;
    }
    return rc || d.failed || ls->mismatch;
}
