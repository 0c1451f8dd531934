/* Constrained-random stimulus (see stim.h). Weights are chosen so that every
 * mode and every trap cause is reached often: instructions are drawn from the
 * CSR and SYSTEM instructions the unit decides on, with operands biased to
 * the values that matter (write/no-write forms, implemented and unimplemented
 * CSR addresses, control bits), and every trap is followed, most of the time,
 * by a handler that rewrites delegation and control CSRs and returns to a
 * randomly chosen mode. */
#include "stim.h"

#include <string.h>

#include "asm.h"
#include "csr_names.h"

#define OP_SYSTEM 0x73u
#define NOP_INSN 0x00000013u
#define MRET_INSN 0x30200073u
#define SRET_INSN 0x10200073u
#define PRV_M 3u

/* mstatus / hstatus fields (machine.adoc "mstatus", hypervisor.adoc "hstatus") */
#define MSTATUS_MPP (3ull << 11)
#define MSTATUS_MPV (1ull << 39)
#define MSTATUS_SPP (1ull << 8)
#define HSTATUS_SPV (1ull << 7)

uint64_t stim_rand(uint64_t *state)
{
    /* splitmix64: good enough statistics, trivially seeded */
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static uint64_t rnd(struct stim *s)
{
    return stim_rand(&s->rng);
}

/* uniform in [0, n) */
static unsigned below(struct stim *s, unsigned n)
{
    return (unsigned)(rnd(s) % n);
}

/* true with probability num/den */
static int chance(struct stim *s, unsigned num, unsigned den)
{
    return below(s, den) < num;
}

/* A 64-bit operand biased to the values CSR rules care about. */
static uint64_t operand(struct stim *s)
{
    switch (below(s, 8)) {
    case 0:
        return 0;
    case 1:
        return ~0ull;
    case 2:
        return 1ull << below(s, 64);
    case 3:
        return rnd(s) & rnd(s);          /* sparse */
    case 4:
        return rnd(s) | rnd(s);          /* dense */
    case 5:
        return rnd(s) & 0xffff;          /* low control bits */
    case 6:                              /* satp/hgatp: Bare, Sv39, or junk mode */
        return ((uint64_t)(chance(s, 1, 2) ? 8 : below(s, 16)) << 60) | (rnd(s) >> 4);
    default:
        return rnd(s);
    }
}

/* CSR addresses: mostly the standard ones (implemented or not), some random. */
static unsigned csr_address(struct stim *s)
{
    static const unsigned hot[] = {
        /* the hypervisor story: H and VS CSRs, S CSRs, counters, satp */
        0x600, 0x602, 0x603, 0x604, 0x605, 0x606, 0x607, 0x60A, 0x643, 0x644, 0x645, 0x64A,
        0x680, 0xE12, 0x200, 0x204, 0x205, 0x240, 0x241, 0x242, 0x243, 0x244, 0x280,
        0x100, 0x104, 0x105, 0x106, 0x10A, 0x140, 0x141, 0x142, 0x143, 0x144, 0x180,
        0xC00, 0xC01, 0xC02, 0xC03, 0xC04, 0xC05, 0xC11, 0xC1F, 0xC80, 0xC81,
        0x300, 0x301, 0x302, 0x303, 0x304, 0x305, 0x306, 0x30A, 0x320, 0x323, 0x340,
        0x341, 0x342, 0x343, 0x344, 0x34A, 0x34B, 0xB00, 0xB02, 0xB03, 0xB04, 0xF11,
        0xF14, 0x3A0, 0x3B0, 0x310, 0x615, 0x14D, 0x24D, 0x7A0, 0x7B0, 0x5A8,
    };
    if (chance(s, 1, 8))
        return below(s, 4096);
    return hot[below(s, sizeof hot / sizeof hot[0])];
}

static uint32_t csr_insn(unsigned csr, unsigned src, unsigned funct3, unsigned rd)
{
    return (csr << 20) | (src << 15) | (funct3 << 12) | (rd << 7) | OP_SYSTEM;
}

/* Zicsr: all six forms, with x0 / uimm 0 (the no-write forms) often. */
static uint32_t random_csr_insn(struct stim *s, unsigned csr)
{
    static const unsigned funct3s[] = {1, 2, 3, 5, 6, 7};
    unsigned f3 = funct3s[below(s, 6)];
    unsigned src = chance(s, 1, 4) ? 0 : 1 + below(s, 31);
    unsigned rd = chance(s, 1, 4) ? 0 : 1 + below(s, 31);
    return csr_insn(csr, src, f3, rd);
}

static uint32_t random_hlsv(struct stim *s)
{
    /* hypervisor.adoc "Hypervisor Virtual-Machine Load and Store Instructions" */
    static const struct {
        unsigned funct7, rs2;
        int store;
    } forms[] = {
        {0x30, 0, 0}, {0x30, 1, 0}, {0x32, 0, 0}, {0x32, 1, 0}, {0x32, 3, 0},
        {0x34, 0, 0}, {0x34, 1, 0}, {0x34, 3, 0}, {0x36, 0, 0}, {0x31, 0, 1},
        {0x33, 0, 1}, {0x35, 0, 1}, {0x37, 0, 1},
    };
    unsigned i = below(s, sizeof forms / sizeof forms[0]);
    unsigned rs1 = below(s, 32);
    unsigned rs2 = forms[i].store ? below(s, 32) : forms[i].rs2;
    unsigned rd = forms[i].store ? 0 : below(s, 32);
    return (forms[i].funct7 << 25) | (rs2 << 20) | (rs1 << 15) | (4u << 12) | (rd << 7) | OP_SYSTEM;
}

/* An instruction at commit, drawn from the weighted classes. */
static uint32_t random_insn(struct stim *s)
{
    unsigned r = below(s, 100);
    if (r < 38)
        return random_csr_insn(s, csr_address(s));
    if (r < 43)
        return 0x00000073u;                                 /* ECALL */
    if (r < 45)
        return 0x00100073u;                                 /* EBREAK */
    if (r < 48)
        return MRET_INSN;
    if (r < 53)
        return SRET_INSN;
    if (r < 58)
        return ASM_WFI;
    if (r < 61)                                             /* SFENCE.VMA */
        return (0x09u << 25) | (below(s, 32) << 20) | (below(s, 32) << 15) | OP_SYSTEM;
    if (r < 64)                                             /* HFENCE.VVMA / GVMA */
        return ((chance(s, 1, 2) ? 0x11u : 0x31u) << 25) | (below(s, 32) << 20) |
               (below(s, 32) << 15) | OP_SYSTEM;
    if (r < 70)
        return random_hlsv(s);
    if (r < 73)                                             /* other SYSTEM encodings */
        return ((uint32_t)rnd(s) & ~0x707fu) | (chance(s, 1, 2) ? 0u : 4u << 12) | OP_SYSTEM;
    return NOP_INSN;
}

static void push(struct stim *s, uint32_t insn, uint64_t rs1)
{
    if (s->qlen == STIM_QUEUE)
        return;
    s->queue[(s->qhead + s->qlen) % STIM_QUEUE] = (struct stim_item){insn, rs1};
    s->qlen++;
}

/* csrrw/csrrs/csrrc x0, csr, x1 with the given rs1 value */
static void push_csr(struct stim *s, unsigned funct3, unsigned csr, uint64_t value)
{
    push(s, csr_insn(csr, 1, funct3, 0), value);
}

/* A random value for a control CSR that keeps the interesting bits live. */
static uint64_t control_value(struct stim *s, unsigned csr)
{
    uint64_t v = operand(s);
    switch (csr) {
    case 0x302: /* medeleg: delegate VI (22) and the ECALLs most of the time */
        if (chance(s, 3, 4))
            v |= 1ull << 22;
        return v;
    case 0x305: case 0x105: case 0x205: /* tvec: a handler address, direct or vectored */
        return (0x1000ull * (1 + below(s, 64))) | below(s, 4);
    case 0x300: /* mstatus: TW/TVM/TSR and the enables, rarely MPRV */
        return v & (chance(s, 1, 8) ? ~0ull : ~(1ull << 17));
    case 0x306: case 0x606: case 0x106: /* counter enables: all three agree often */
    case 0x304: case 0x604: case 0x104: case 0x204: /* interrupt enables */
        return chance(s, 1, 3) ? ~0ull : v;
    case 0x344: case 0x144: case 0x645: case 0x644: case 0x244:
        /* software-pending interrupt bits SSIP 1, VSSIP 2, STIP 5, VSTIP 6,
         * SEIP 9, VSEIP 10 (machine.adoc "mip", hypervisor.adoc "hvip") */
        return rnd(s) & 0x666;
    default:
        return v;
    }
}

/* The trap handler of the mode the hart is now in: rewrite a few control
 * CSRs (delegation, hstatus, counter enables, interrupt enables and pending
 * bits, trap vectors), then return to a random mode with MRET or SRET. */
static void queue_handler(struct stim *s, unsigned priv, int virt)
{
    static const unsigned m_csrs[] = {0x300, 0x302, 0x303, 0x304, 0x306, 0x344, 0x305,
                                      0x320, 0x30A, 0x323, 0x324, 0x340};
    static const unsigned h_csrs[] = {0x600, 0x602, 0x603, 0x604, 0x605, 0x606, 0x607,
                                      0x645, 0x644, 0x60A, 0x680, 0x200, 0x204, 0x244, 0x205};
    static const unsigned s_csrs[] = {0x100, 0x104, 0x106, 0x144, 0x105, 0x180, 0x10A};
    int h = s->cfg.h;
    unsigned writes = below(s, 4);
    for (unsigned i = 0; i < writes; i++) {
        unsigned csr;
        unsigned pick = below(s, 3);
        if (priv == PRV_M && pick == 0)
            csr = m_csrs[below(s, sizeof m_csrs / sizeof m_csrs[0])];
        else if (h && !virt && pick == 1)
            csr = h_csrs[below(s, sizeof h_csrs / sizeof h_csrs[0])];
        else
            csr = s_csrs[below(s, sizeof s_csrs / sizeof s_csrs[0])];
        static const unsigned ops[] = {1, 2, 3};
        push_csr(s, ops[below(s, 3)], csr, control_value(s, csr));
    }
    /* raise software interrupts now and then (SSIP, STIP, SEIP from M; the VS
     * ones through hvip from HS) ... */
    if (priv == PRV_M && chance(s, 1, 4))
        push_csr(s, 2, 0x344, rnd(s) & 0x222);
    else if (h && !virt && priv != PRV_M && chance(s, 1, 4))
        push_csr(s, 2, 0x645, rnd(s) & 0x444);
    /* ... and clear them now and then, or interrupts storm */
    if (chance(s, 1, 3)) {
        if (priv == PRV_M)
            push_csr(s, 3, 0x344, ~0ull);
        else
            push_csr(s, 3, 0x144, ~0ull);
        if (h && !virt)
            push_csr(s, 3, 0x645, ~0ull);
    }
    uint64_t target_pc = 0x80000000ull + ((rnd(s) & 0xffff) << 2);
    if (priv == PRV_M) {
        /* machine.adoc "Trap-Return Instructions": MPP/MPV pick the mode */
        static const uint64_t mpp[] = {0, 1, 3};
        uint64_t set = mpp[below(s, 3)] << 11;
        if (h && chance(s, 1, 2))
            set |= MSTATUS_MPV;
        push_csr(s, 3, 0x300, MSTATUS_MPP | MSTATUS_MPV);
        push_csr(s, 2, 0x300, set);
        push_csr(s, 1, 0x341, target_pc);
        push(s, MRET_INSN, 0);
    } else {
        /* SRET: SPP (and hstatus.SPV from HS) pick the mode */
        push_csr(s, chance(s, 1, 2) ? 2 : 3, 0x100, MSTATUS_SPP);
        if (h && !virt)
            push_csr(s, chance(s, 2, 3) ? 2 : 3, 0x600, HSTATUS_SPV);
        push_csr(s, 1, 0x141, target_pc);
        push(s, SRET_INSN, 0);
    }
}

void stim_init(struct stim *s, const struct cm_config *cfg, uint64_t seed)
{
    memset(s, 0, sizeof *s);
    s->cfg = *cfg;
    s->rng = seed;
    s->retire_rng = seed ^ 0x5265746972655f69ull;
    s->pc = 0x80000000ull;
    /* A hart can live-lock below M: e.g. mstatus.TSR=1 with medeleg[2]=1
     * sends every HS-mode SRET back to HS. Only M-mode could clear TSR, so the
     * stimulus resets the hart when it has not seen M-mode for a while. */
    s->watchdog = 4000;
    /* a WFI that would trap must reach its bound; one that waits in a mode
     * with no trap is abandoned (a pipeline flush) after a while */
    s->wfi_giveup = cfg->wfi_timeout < 500000 ? 2ull * cfg->wfi_timeout + 300 : 1000000;
}

static const unsigned handed_in_causes[] = {0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 15, 18, 19};
static const unsigned handed_in_causes_h[] = {20, 21, 23};

/* Interrupt lines toggle now and then; mtime advances. */
static void move_lines(struct stim *s)
{
    struct cm_in *l = &s->lines;
    if (chance(s, 1, 300))
        l->irq_meip ^= 1;
    if (chance(s, 1, 300))
        l->irq_mtip ^= 1;
    if (chance(s, 1, 300))
        l->irq_msip ^= 1;
    if (chance(s, 1, 300))
        l->irq_seip ^= 1;
    if (s->cfg.h && s->cfg.geilen > 0 && chance(s, 1, 200))
        l->irq_sgeip ^= 1ull << below(s, (unsigned)s->cfg.geilen);
    l->mtime += chance(s, 1, 1000) ? rnd(s) : 1;
}

/* retire_in is the pipeline's own count (INTERFACE.md section 8): mostly 1
 * with an instruction at commit, but sometimes 0 (the unit's retire is not
 * the source), and sometimes 1 in a bubble (an instruction the unit does
 * not see). Drawn from its own stream: the instructions do not change. */
static int retire_in_draw(struct stim *s, int with_insn)
{
    unsigned r = (unsigned)(stim_rand(&s->retire_rng) % 16);
    return with_insn ? r != 0 : r < 4;
}

void stim_next(struct stim *s, struct cm_in *in)
{
    move_lines(s);
    if (s->holding) {
        /* a WFI waits at commit: hold it, wake it now and then, give up on it
         * (a pipeline flush) if it waits too long */
        *in = s->held;
        if (s->stall_cycles == s->wfi_giveup / 2 && chance(s, 1, 2))
            s->lines.irq_mtip = 1;
        if (s->stall_cycles >= s->wfi_giveup) {
            s->holding = 0;
            s->pc += 4;
            memset(in, 0, sizeof *in);
        }
        in->irq_meip = s->lines.irq_meip;
        in->irq_mtip = s->lines.irq_mtip;
        in->irq_msip = s->lines.irq_msip;
        in->irq_seip = s->lines.irq_seip;
        in->irq_sgeip = s->lines.irq_sgeip;
        in->mtime = s->lines.mtime;
        return;
    }
    *in = s->lines;
    if (s->since_m > s->watchdog) {
        in->rst = 1;
        s->since_m = 0;
        s->qlen = 0;
        s->pc = 0x80000000ull;
        return;
    }
    if (chance(s, 1, 25)) { /* a bubble: nothing at commit */
        s->bubble = 1;
        in->retire_in = retire_in_draw(s, 0);
        return;
    }
    s->bubble = 0;
    in->commit_valid = 1;
    in->retire_in = retire_in_draw(s, 1);
    in->commit_pc = s->pc;
    if (s->qlen > 0) {
        struct stim_item it = s->queue[s->qhead];
        s->qhead = (s->qhead + 1) % STIM_QUEUE;
        s->qlen--;
        in->commit_insn = it.insn;
        in->commit_rs1 = it.rs1;
        return;
    }
    in->commit_insn = random_insn(s);
    in->commit_rs1 = operand(s);
    if (chance(s, 1, 12)) { /* an exception from an earlier stage */
        unsigned n = sizeof handed_in_causes / sizeof handed_in_causes[0];
        unsigned nh = s->cfg.h ? sizeof handed_in_causes_h / sizeof handed_in_causes_h[0] : 0;
        unsigned k = below(s, n + nh);
        in->exc_valid = 1;
        in->exc_cause = k < n ? handed_in_causes[k] : handed_in_causes_h[k - n];
        in->exc_tval = operand(s);
        in->exc_tval2 = operand(s);
        in->exc_tinst = chance(s, 1, 2) ? 0 : operand(s);
        in->exc_gva = (int)below(s, 2);
    }
}

void stim_observe(struct stim *s, const struct cm_in *in, const struct cm_out *out,
                  unsigned priv, int virt)
{
    if (!in->commit_valid)
        return;
    s->since_m = priv == PRV_M ? 0 : s->since_m + 1;
    if (out->stall) {
        if (!s->holding) {
            s->holding = 1;
            s->held = *in;
            s->stall_cycles = 0;
        }
        s->stall_cycles++;
        return;
    }
    s->holding = 0;
    if (out->redirect)
        s->pc = out->redirect_pc;
    else if (out->retire)
        s->pc += 4;
    if (out->trap) {
        s->qlen = 0; /* a handler in progress is abandoned */
        if (out->trap_irq && chance(s, 7, 10)) {
            /* the handler silences the device that interrupted */
            switch (out->trap_code) {
            case 11: s->lines.irq_meip = 0; break;
            case 7: s->lines.irq_mtip = 0; break;
            case 3: s->lines.irq_msip = 0; break;
            case 9: s->lines.irq_seip = 0; break;
            case 12: case 10: s->lines.irq_sgeip = 0; break;
            default: break;
            }
        }
        if (chance(s, 4, 5))
            queue_handler(s, priv, virt);
    } else if (priv == PRV_M && s->qlen == 0 && chance(s, 1, 40)) {
        queue_handler(s, priv, virt); /* do not linger in M-mode */
    }
}
