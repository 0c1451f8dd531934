/* The random program generator (progen.h). Register use: x1..x26 are the
 * body's; x27 holds the return address of a deliberate fetch fault; x28..x30
 * are the trap handlers' scratch (the body never writes x27..x31 except as
 * below); x31 is the data area's base. Addresses: rtl/core/PIPELINE.md 7.1. */
#define _POSIX_C_SOURCE 200809L
#include "progen.h"

#include <stdio.h>
#include <string.h>

#include "enc.h"
#include "image.h"

#define A_BOOT   0x80000000ull
#define A_MH     0x80001000ull  /* mtvec: M handler */
#define A_SH     0x80001400ull  /* stvec: HS handler */
#define A_VSH    0x80001800ull  /* vstvec: VS handler */
#define A_BODY   0x80002000ull  /* the handlers are [A_MH, A_BODY) */
#define A_DATA   0x80040000ull
#define A_TOHOST 0x80041000ull
#define IMG_SIZE 0x41100u
/* offsets from x31 = A_DATA: the random data at [0, 0x800), the
 * generator's own words below A_DATA (12-bit immediates reach both) */
#define D_LFSR   (-0x400)
#define D_ITER   (-0x3f8)
#define D_REGS   (-0x3f0)       /* initial x1..x26 */
#define D_CSRV   (-0x300)       /* boot CSR values */
#define D_MSAVE  (-0x280)       /* x28..x30 of what the M handler interrupted */
#define D_SSAVE  (-0x260)       /* x28..x30 of what the HS handler interrupted */

#define CLINT   0x02000000
#define TESTDEV 0x00101000
#define PLIC    0x0C000000

enum { X_RET = 27, X_T0 = 28, X_T1 = 29, X_T2 = 30, X_BASE = 31 };

#define MAX_BODY 40000

struct jump {
    uint64_t at;       /* the word to patch */
    uint32_t word;     /* with a zero offset */
    unsigned target;   /* the item it lands on */
    unsigned misalign; /* JALR: added to the target */
};

struct gen {
    struct image im;
    uint64_t item_pc[MAX_BODY + 1];
    struct jump jumps[MAX_BODY];
    unsigned njumps;
    uint64_t rng;
    const struct progen_opts *o;
    int labels;
    int fail;
};

static uint64_t rnd(struct gen *g)
{
    uint64_t z = (g->rng += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static unsigned rn(struct gen *g, unsigned n) { return (unsigned)(rnd(g) % n); }
static unsigned body_reg(struct gen *g) { return 1 + rn(g, 26); }
static unsigned src_reg(struct gen *g) { return rn(g, 8) == 0 ? rn(g, 32) : body_reg(g); }

static int label(struct gen *g)
{
    if (g->labels == IMG_MAX_LABELS) {
        g->fail = 1;
        return 0;
    }
    return g->labels++;
}
static void w(struct gen *g, uint32_t x) { img_word(&g->im, x); }

/* rd := addr (PC-relative, for RAM addresses) */
static void la(struct gen *g, unsigned rd, uint64_t addr)
{
    int64_t off = (int64_t)(addr - g->im.pc);
    int64_t hi = (off + 0x800) >> 12, lo = off - hi * 4096;
    w(g, enc_u(OP_AUIPC, rd, (uint32_t)hi));
    w(g, enc_addi(rd, rd, (int32_t)lo));
}

/* rd := v for 0 <= v < 2^31 */
static void li(struct gen *g, unsigned rd, uint32_t v)
{
    int32_t hi = (int32_t)((v + 0x800u) >> 12), lo = (int32_t)v - hi * 4096;
    if (hi == 0) {
        w(g, enc_addi(rd, 0, lo));
        return;
    }
    w(g, enc_u(OP_LUI, rd, (uint32_t)hi));
    if (lo)
        w(g, enc_addi(rd, rd, lo));
}

static uint32_t csrr(unsigned rd, unsigned csr) { return enc_csr(2, rd, csr, 0); }
static uint32_t csrw(unsigned csr, unsigned rs) { return enc_csr(1, 0, csr, rs); }
static uint32_t csrs(unsigned csr, unsigned rs) { return enc_csr(2, 0, csr, rs); }
static uint32_t csrc(unsigned csr, unsigned rs) { return enc_csr(3, 0, csr, rs); }

/* x_T1 := the next value of the generator's LFSR in memory (xorshift64) */
static void lfsr_step(struct gen *g)
{
    w(g, enc_ld(X_T1, X_BASE, D_LFSR));
    w(g, enc_i(OP_IMM, X_T2, 1, X_T1, 13)); /* slli */
    w(g, enc_r(OP_OP, X_T1, 4, X_T1, X_T2, 0));
    w(g, enc_i(OP_IMM, X_T2, 5, X_T1, 7));  /* srli */
    w(g, enc_r(OP_OP, X_T1, 4, X_T1, X_T2, 0));
    w(g, enc_i(OP_IMM, X_T2, 1, X_T1, 17));
    w(g, enc_r(OP_OP, X_T1, 4, X_T1, X_T2, 0));
    w(g, enc_sd(X_T1, X_BASE, D_LFSR));
}

/* A handler can interrupt another (M the HS or VS handler, HS the VS
 * handler): each saves the scratch registers it uses on entry and puts them
 * back before its xRET. Neither M nor HS handler is ever nested in itself. */
static void save_scratch(struct gen *g, int32_t area)
{
    for (unsigned r = 0; r < 3; r++)
        w(g, enc_sd(X_T0 + r, X_BASE, area + 8 * (int32_t)r));
}
static void restore_scratch(struct gen *g, int32_t area)
{
    for (unsigned r = 0; r < 3; r++)
        w(g, enc_ld(X_T0 + r, X_BASE, area + 8 * (int32_t)r));
}

/* if pc-like register r is inside the handlers, go on; else jump to out */
static void if_in_handlers(struct gen *g, unsigned r, int out)
{
    la(g, X_T2, A_MH);
    img_branch_to(&g->im, enc_b(6, r, X_T2, 0), out); /* bltu */
    la(g, X_T2, A_BODY);
    img_branch_to(&g->im, enc_b(7, r, X_T2, 0), out); /* bgeu */
}

/* Acknowledge every interrupt source this level can: the test device's
 * lines, PLIC claims/completes, SSIP, hvip; from M also the CLINT. */
static void ack_all(struct gen *g, int m_level, uint32_t timer_delta, uint32_t countdown)
{
    int h = g->o->h;
    li(g, X_T2, TESTDEV);
    w(g, enc_sw(0, X_T2, 0x00));
    w(g, enc_sd(0, X_T2, 0x08));
    if (m_level) {
        li(g, X_T1, countdown);
        w(g, enc_sw(X_T1, X_T2, 0x10));
        li(g, X_T2, CLINT + 0xBFF8);
        w(g, enc_ld(X_T1, X_T2, 0));
        w(g, enc_addi(X_T1, X_T1, (int32_t)timer_delta));
        li(g, X_T2, CLINT + 0x4000);
        w(g, enc_sd(X_T1, X_T2, 0));
        li(g, X_T2, CLINT);
        w(g, enc_sw(0, X_T2, 0));
        li(g, X_T2, PLIC + 0x200004);
        w(g, enc_lw(X_T1, X_T2, 0));
        w(g, enc_sw(X_T1, X_T2, 0));
    }
    li(g, X_T2, PLIC + 0x201004);
    w(g, enc_lw(X_T1, X_T2, 0));
    w(g, enc_sw(X_T1, X_T2, 0));
    w(g, enc_csr(7, 0, m_level ? 0x344 : 0x144, 2)); /* csrci xip, SSIP */
    if (h)
        w(g, csrw(0x645, 0)); /* hvip := 0 */
}

/* An interrupt taken at an xRET of the body (between its xepc write and
 * the xRET, the mode may change): skip the xRET, whose xepc is another
 * mode's. x_T1 holds the epc. */
static void skip_if_xret(struct gen *g, unsigned epc_csr)
{
    int skip = label(g), done = label(g);
    la(g, X_T2, A_BODY); /* only a body address holds an instruction to look at */
    img_branch_to(&g->im, enc_b(6, X_T1, X_T2, 0), done); /* bltu */
    la(g, X_T2, A_DATA);
    img_branch_to(&g->im, enc_b(7, X_T1, X_T2, 0), done); /* bgeu */
    w(g, enc_lw(X_T2, X_T1, 0));
    li(g, X_T0, I_SRET);
    img_branch_to(&g->im, enc_b(0, X_T2, X_T0, 0), skip); /* beq */
    li(g, X_T0, I_MRET);
    img_branch_to(&g->im, enc_b(1, X_T2, X_T0, 0), done); /* bne */
    img_label(&g->im, skip);
    w(g, enc_addi(X_T1, X_T1, 4));
    w(g, csrw(epc_csr, X_T1));
    img_label(&g->im, done);
}

/* Exception: xepc := x27 after a fetch fault (cause 1), else xepc + 4. */
static void skip_insn(struct gen *g, unsigned cause_csr, unsigned epc_csr)
{
    int not1 = label(g), done = label(g);
    w(g, enc_addi(X_T1, 0, 1));
    img_branch_to(&g->im, enc_b(1, X_T0, X_T1, 0), not1); /* bne */
    w(g, csrw(epc_csr, X_RET));
    img_jal_to(&g->im, 0, done);
    img_label(&g->im, not1);
    w(g, csrr(X_T1, epc_csr));
    w(g, enc_addi(X_T1, X_T1, 4));
    w(g, csrw(epc_csr, X_T1));
    img_label(&g->im, done);
    (void)cause_csr;
}

/* The next mode from the LFSR: nmodes patterns of (bits to set in csr_a,
 * bits to set in csr_b); both fields cleared first. */
struct mode_bits { uint64_t a, b; };
static void pick_mode(struct gen *g, unsigned csr_a, uint64_t clr_a, unsigned csr_b, uint64_t clr_b,
                      const struct mode_bits *m, unsigned n)
{
    lfsr_step(g);
    w(g, enc_i(OP_IMM, X_T1, 7, X_T1, 7)); /* andi x_T1, 7 */
    li(g, X_T0, (uint32_t)clr_a);
    w(g, csrc(csr_a, X_T0));
    if (csr_b) {
        w(g, enc_addi(X_T0, 0, 1));
        w(g, enc_i(OP_IMM, X_T0, 1, X_T0, (int32_t)__builtin_ctzll(clr_b)));
        w(g, csrc(csr_b, X_T0));
    }
    int done = label(g);
    for (unsigned k = 0; k < 8; k++) {
        const struct mode_bits *b = &m[k % n];
        int next = label(g);
        w(g, enc_addi(X_T0, X_T1, -(int32_t)k));
        img_branch_to(&g->im, enc_b(1, X_T0, 0, 0), next); /* bnez */
        if (b->a) {
            li(g, X_T0, (uint32_t)b->a);
            w(g, csrs(csr_a, X_T0));
        }
        if (b->b) {
            w(g, enc_addi(X_T0, 0, 1));
            w(g, enc_i(OP_IMM, X_T0, 1, X_T0, (int32_t)__builtin_ctzll(b->b)));
            w(g, csrs(csr_b, X_T0));
        }
        img_jal_to(&g->im, 0, done);
        img_label(&g->im, next);
    }
    img_label(&g->im, done);
}

/* M handler (mtvec): priv "Machine Trap Handling". Returns the label of
 * its mode pick, where the boot code ends too. */
static int m_handler(struct gen *g, uint32_t timer_delta, uint32_t countdown)
{
    int h = g->o->h, exc = label(g), pick = label(g), body = label(g), irq_body = label(g);
    int not_ecall = label(g);
    img_org(&g->im, A_MH);
    save_scratch(g, D_MSAVE);
    w(g, csrr(X_T0, 0x342));
    img_branch_to(&g->im, enc_b(5, X_T0, 0, 0), exc); /* bgez: exception */
    ack_all(g, 1, timer_delta, countdown);
    w(g, csrr(X_T1, 0x341));
    if_in_handlers(g, X_T1, irq_body);
    restore_scratch(g, D_MSAVE);
    w(g, I_MRET); /* interrupted a handler: back to it */
    img_label(&g->im, irq_body);
    skip_if_xret(g, 0x341);
    img_jal_to(&g->im, 0, pick);
    img_label(&g->im, exc);
    w(g, csrr(X_T1, 0x341));
    if_in_handlers(g, X_T1, body);
    /* a handler's xRET trapped (TSR / VTSR): clear them, run it again; the
     * HS handler's ECALL asks for exactly that (medeleg[9] is never set) */
    li(g, X_T2, 1u << 22);
    w(g, csrc(0x300, X_T2));
    if (h)
        w(g, csrc(0x600, X_T2));
    w(g, enc_addi(X_T2, 0, 9));
    img_branch_to(&g->im, enc_b(1, X_T0, X_T2, 0), not_ecall); /* bne */
    w(g, enc_addi(X_T1, X_T1, 4));
    w(g, csrw(0x341, X_T1));
    img_label(&g->im, not_ecall);
    restore_scratch(g, D_MSAVE);
    w(g, I_MRET);
    img_label(&g->im, body);
    skip_insn(g, 0x342, 0x341);
    img_label(&g->im, pick);
    if (h) {
        static const struct mode_bits m[8] = {
            { 0x1800, 0 }, { 0x800, 0 }, { 0, 0 }, { 0x800, 1ull << 39 },
            { 0, 1ull << 39 }, { 0x800, 1ull << 39 }, { 0, 1ull << 39 }, { 0x800, 0 },
        };
        pick_mode(g, 0x300, 0x1800, 0x300, 1ull << 39, m, 8);
    } else {
        static const struct mode_bits m[3] = { { 0x1800, 0 }, { 0x800, 0 }, { 0, 0 } };
        pick_mode(g, 0x300, 0x1800, 0, 0, m, 3);
    }
    restore_scratch(g, D_MSAVE);
    w(g, I_MRET);
    return pick;
}

/* The HS handler's return: an ECALL first, for which M clears mstatus.TSR
 * and hstatus.VTSR, so that this SRET never traps (a trap into HS from
 * here would overwrite the sepc and SPP it returns with). */
static void hs_sret(struct gen *g)
{
    w(g, I_ECALL);
    restore_scratch(g, D_SSAVE);
    w(g, I_SRET);
}

/* HS handler (stvec): priv "Supervisor Trap Handling", hypervisor "Trap Entry" */
static void hs_handler(struct gen *g)
{
    int h = g->o->h, exc = label(g), pick = label(g), body = label(g), irq_body = label(g);
    img_org(&g->im, A_SH);
    save_scratch(g, D_SSAVE);
    w(g, csrr(X_T0, 0x142));
    img_branch_to(&g->im, enc_b(5, X_T0, 0, 0), exc);
    ack_all(g, 0, 0, 0);
    w(g, csrr(X_T1, 0x141));
    if_in_handlers(g, X_T1, irq_body);
    hs_sret(g);
    img_label(&g->im, irq_body);
    skip_if_xret(g, 0x141);
    img_jal_to(&g->im, 0, pick);
    img_label(&g->im, exc);
    w(g, csrr(X_T1, 0x141));
    if_in_handlers(g, X_T1, body);
    if (h) {
        li(g, X_T2, 1u << 22);
        w(g, csrc(0x600, X_T2)); /* VTSR */
    }
    hs_sret(g);
    img_label(&g->im, body);
    skip_insn(g, 0x142, 0x141);
    img_label(&g->im, pick);
    if (h) {
        static const struct mode_bits m[4] = {
            { 0x100, 0 }, { 0, 0 }, { 0x100, 1u << 7 }, { 0, 1u << 7 },
        };
        pick_mode(g, 0x100, 0x100, 0x600, 1u << 7, m, 4);
    } else {
        static const struct mode_bits m[2] = { { 0x100, 0 }, { 0, 0 } };
        pick_mode(g, 0x100, 0x100, 0, 0, m, 2);
    }
    hs_sret(g);
}

/* VS handler (vstvec): hypervisor "Trap Entry" (VS-level traps) */
static void vs_handler(struct gen *g)
{
    int exc = label(g), pick = label(g);
    img_org(&g->im, A_VSH);
    w(g, csrr(X_T0, 0x142));
    img_branch_to(&g->im, enc_b(5, X_T0, 0, 0), exc);
    w(g, enc_csr(7, 0, 0x144, 2));    /* csrci sip, SSIP: hvip.VSSIP */
    li(g, X_T2, 0x20);
    w(g, csrc(0x100, X_T2));          /* SPIE := 0: VS interrupts off after sret */
    w(g, csrr(X_T1, 0x141));
    skip_if_xret(g, 0x141);
    img_jal_to(&g->im, 0, pick);
    img_label(&g->im, exc);
    skip_insn(g, 0x142, 0x141);
    img_label(&g->im, pick);
    static const struct mode_bits m[2] = { { 0x100, 0 }, { 0, 0 } };
    pick_mode(g, 0x100, 0x100, 0, 0, m, 2);
    w(g, I_SRET);
}

/* Boot (M): handlers, delegation, interrupt sources, then the first mode. */
static void boot(struct gen *g, uint32_t timer_delta, uint32_t countdown, int pick_label)
{
    int h = g->o->h;
    img_org(&g->im, A_BOOT);
    la(g, X_BASE, A_DATA);
    la(g, X_T2, A_MH);
    w(g, csrw(0x305, X_T2));
    la(g, X_T2, A_SH);
    w(g, csrw(0x105, X_T2));
    if (h) {
        la(g, X_T2, A_VSH);
        w(g, csrw(0x205, X_T2));
    }
    for (unsigned r = 1; r <= 26; r++)
        w(g, enc_ld(r, X_BASE, D_REGS + 8 * (int32_t)(r - 1)));
    la(g, X_RET, A_BODY); /* a stray fetch fault (an xRET to an unset xepc) restarts the body */
    /* random delegation and enables (WARL: the unit keeps what exists) */
    static const unsigned csrs_h[] = { 0x302, 0x303, 0x602, 0x603 };
    unsigned ncsr = h ? 4 : 2;
    for (unsigned i = 0; i < ncsr; i++) {
        uint64_t v = rnd(g);
        if (csrs_h[i] == 0x302)
            v &= ~(1ull << 9); /* HS ecalls reach M (the HS handler's ECALL) */
        img_put64(&g->im, A_DATA + (uint64_t)(int64_t)(D_CSRV + 8 * (int)i), v);
        w(g, enc_ld(X_T1, X_BASE, D_CSRV + 8 * (int32_t)i));
        w(g, csrw(csrs_h[i], X_T1));
    }
    li(g, X_T1, (uint32_t)(rnd(g) & 0x1eee) | 0x80); /* mie: MTIE always (WFI wakes) */
    w(g, csrw(0x304, X_T1));
    li(g, X_T1, (uint32_t)(rnd(g) & 0xa));           /* mstatus SIE / MIE */
    w(g, csrs(0x300, X_T1));
    if (h) {
        w(g, enc_addi(X_T1, 0, 2));
        w(g, csrw(0x607, X_T1));                     /* hgeie: guest interrupt 1 */
        li(g, X_T1, rn(g, 2) << 12);
        w(g, csrs(0x600, X_T1));                     /* hstatus.VGEIN 0 or 1 */
    }
    /* PLIC: sources 1..3 with priorities, random enables in both contexts */
    li(g, X_T2, PLIC);
    for (unsigned s = 1; s <= 3; s++) {
        w(g, enc_addi(X_T1, 0, (int32_t)(1 + rn(g, 7))));
        w(g, enc_sw(X_T1, X_T2, (int32_t)(4 * s)));
    }
    li(g, X_T2, PLIC + 0x2000);
    w(g, enc_addi(X_T1, 0, (int32_t)(rnd(g) & 0xe)));
    w(g, enc_sw(X_T1, X_T2, 0));
    w(g, enc_addi(X_T1, 0, (int32_t)(rnd(g) & 0xe)));
    w(g, enc_sw(X_T1, X_T2, 0x80));
    /* the test device fires every `countdown` cycles once re-armed */
    li(g, X_T2, TESTDEV);
    w(g, enc_addi(X_T1, 0, (int32_t)(rnd(g) & 0xe)));
    w(g, enc_sw(X_T1, X_T2, 0x18));
    w(g, enc_addi(X_T1, 0, (int32_t)(rn(g, 2))));
    w(g, enc_sd(X_T1, X_T2, 0x20));
    li(g, X_T1, countdown);
    w(g, enc_sw(X_T1, X_T2, 0x10));
    li(g, X_T2, CLINT + 0xBFF8);
    w(g, enc_ld(X_T1, X_T2, 0));
    w(g, enc_addi(X_T1, X_T1, (int32_t)timer_delta));
    li(g, X_T2, CLINT + 0x4000);
    w(g, enc_sd(X_T1, X_T2, 0));
    la(g, X_T2, A_BODY);
    w(g, csrw(0x341, X_T2));
    img_jal_to(&g->im, 0, pick_label);
}

/* ---- the body: one random item each ---- */

/* OP / OP-32 (with M) and OP-IMM / OP-IMM-32: legal funct combinations,
 * unprivileged "Integer Computational Instructions", "M" extension */
static void item_alu(struct gen *g)
{
    unsigned rd = body_reg(g), a = src_reg(g), b = src_reg(g);
    switch (rn(g, 5)) {
    case 0: { static const unsigned f7[] = { 0, 0x20, 1 };
              unsigned k = rn(g, 3), f3 = rn(g, 8);
              if (k == 1) f3 = rn(g, 2) ? 0 : 5;
              w(g, enc_r(OP_OP, rd, f3, a, b, f7[k])); break; }
    case 1: { static const unsigned ok0[] = { 0, 1, 5 }, ok1[] = { 0, 4, 5, 6, 7 };
              unsigned k = rn(g, 3), f3 = k == 2 ? ok1[rn(g, 5)] : ok0[rn(g, 3)];
              if (k == 1) f3 = rn(g, 2) ? 0 : 5;
              w(g, enc_r(OP_OP32, rd, f3, a, b, k == 0 ? 0 : k == 1 ? 0x20 : 1)); break; }
    case 2: { unsigned f3 = rn(g, 8);
              int32_t imm = (int32_t)(rnd(g) & 0xfff);
              if (f3 == 1) imm &= 0x3f;
              if (f3 == 5) imm = (int32_t)((imm & 0x3f) | (rn(g, 2) ? 0x400 : 0));
              w(g, enc_i(OP_IMM, rd, f3, a, imm)); break; }
    case 3: { static const unsigned f3s[] = { 0, 1, 5 };
              unsigned f3 = f3s[rn(g, 3)];
              int32_t imm = (int32_t)(rnd(g) & 0xfff);
              if (f3 != 0) imm = (int32_t)((imm & 0x1f) | (f3 == 5 && rn(g, 2) ? 0x400 : 0));
              w(g, enc_i(OP_IMM32, rd, f3, a, imm)); break; }
    default:
        w(g, enc_u(rn(g, 2) ? OP_LUI : OP_AUIPC, rd, (uint32_t)rnd(g)));
    }
}

/* a data address: x31 + offset, aligned to size unless misaligned */
static int32_t data_off(struct gen *g, unsigned size)
{
    int32_t off = (int32_t)(rn(g, 2040 / size) * size);
    if (rn(g, 12) == 0)
        off += (int32_t)(1 + rn(g, size > 1 ? size - 1 : 1));
    return off;
}

/* loads and stores, "Load and Store Instructions" */
static void item_mem(struct gen *g)
{
    unsigned f3 = rn(g, 7), size = 1u << (f3 & 3);
    unsigned base = rn(g, 16) == 0 ? src_reg(g) : X_BASE;
    int32_t off = base == X_BASE ? data_off(g, size) : (int32_t)(rnd(g) & 0x7ff);
    if (rn(g, 2))
        w(g, enc_i(OP_LOAD, body_reg(g), f3, base, off));
    else
        w(g, enc_s(OP_STORE, f3 & 3, base, src_reg(g), off));
}

/* LR/SC and AMOs, "A" extension; the address register is set first */
static void item_amo(struct gen *g)
{
    static const unsigned f5[] = { 1, 0, 4, 12, 8, 16, 20, 24, 28, 2, 3 };
    unsigned t = body_reg(g), f3 = 2 + rn(g, 2), size = f3 == 2 ? 4 : 8;
    w(g, enc_addi(t, X_BASE, data_off(g, size)));
    unsigned k = rn(g, 11), rd = body_reg(g);
    if (f5[k] == 2) { /* LR, maybe followed by its SC */
        w(g, enc_amo(2, f3, rd, t, 0));
        if (rn(g, 2))
            w(g, enc_amo(3, f3, body_reg(g), t, src_reg(g)));
    } else {
        w(g, enc_amo(f5[k], f3, rd, t, src_reg(g)));
    }
}

/* forward branches and jumps (never backward: the body always ends). They
 * land on the start of a later item, never inside a sequence (a fetch fault's
 * return address, an AMO's address), so each is a placeholder patched by
 * patch_jumps once every item's address is known. */
static void item_jump(struct gen *g, unsigned i, unsigned n)
{
    unsigned left = n - i, k = 1 + rn(g, left < 8 ? left : 8);
    static const unsigned conds[] = { 0, 1, 4, 5, 6, 7 };
    struct jump *j = &g->jumps[g->njumps++];
    j->target = i + k;
    j->misalign = 0;
    j->at = g->im.pc;
    switch (rn(g, 4)) {
    case 0:
    case 1:
        j->word = enc_b(conds[rn(g, 6)], src_reg(g), src_reg(g), 0);
        break;
    case 2:
        j->word = enc_j(rn(g, 2) ? body_reg(g) : 0, 0);
        break;
    default: { /* JALR, sometimes to a misaligned target (cause 0) */
        unsigned t = body_reg(g);
        w(g, enc_u(OP_AUIPC, t, 0));
        j->at = g->im.pc;
        j->word = enc_i(OP_JALR, rn(g, 2) ? body_reg(g) : 0, 0, t, 0);
        j->misalign = (rn(g, 10) == 0 ? 2u : 0u) + rn(g, 2); /* bit 0 is cleared by JALR */
    }
    }
    w(g, j->word);
}

static void patch_jumps(struct gen *g)
{
    for (unsigned i = 0; i < g->njumps; i++) {
        const struct jump *j = &g->jumps[i];
        uint32_t wd = j->word, op = wd & 0x7f;
        int32_t off = (int32_t)(g->item_pc[j->target] - j->at);
        if (op == 0x63)
            wd = enc_b(wd >> 12 & 7, wd >> 15 & 31, wd >> 20 & 31, off);
        else if (op == 0x6f)
            wd = enc_j(wd >> 7 & 31, off);
        else /* JALR: relative to the AUIPC just before it */
            wd = enc_i(OP_JALR, wd >> 7 & 31, 0, wd >> 15 & 31, off + 4 + (int32_t)j->misalign);
        img_org(&g->im, j->at);
        img_word(&g->im, wd);
    }
}

/* CSR accesses over every CSR of gen/INTERFACE.md section 10 and some that
 * do not exist; writes that would break the handlers are turned into reads
 * or restricted (trap vectors; mie keeps MTIE; mip/sip only SSIP/VSSIP). */
static void item_csr(struct gen *g)
{
    static const unsigned list[] = {
        0xF11, 0xF12, 0xF13, 0xF14, 0xF15, 0x300, 0x301, 0x302, 0x303, 0x304, 0x305, 0x306,
        0x30A, 0x320, 0x323, 0x324, 0x325, 0x326, 0x340, 0x341, 0x342, 0x343, 0x344, 0x34A,
        0x34B, 0x3A0, 0x3B0, 0xB00, 0xB02, 0xB03, 0xB04, 0xB05, 0xB06, 0x100, 0x104, 0x105,
        0x106, 0x10A, 0x140, 0x141, 0x142, 0x143, 0x144, 0x180, 0x600, 0x602, 0x603, 0x604,
        0x605, 0x606, 0x607, 0x60A, 0x643, 0x644, 0x645, 0x64A, 0x680, 0xE12, 0x200, 0x204,
        0x205, 0x240, 0x241, 0x242, 0x243, 0x244, 0x280, 0xC00, 0xC01, 0xC02, 0xC03, 0xC04,
        0xC1F, 0x7A0, 0x7A1, 0x7A2, 0x7A3, 0x7A4, 0x7A5, 0x5A8, 0x14D, 0xC80, 0x3A1, 0x7B0,
        0xFFF, 0x008,
    };
    unsigned csr = list[rn(g, sizeof list / sizeof list[0])];
    unsigned f3 = 1 + rn(g, 3) + (rn(g, 2) ? 4 : 0), rd = rn(g, 4) ? body_reg(g) : 0;
    unsigned src = f3 >= 5 ? rn(g, 32) : src_reg(g);
    if (csr == 0x305 || csr == 0x105 || csr == 0x205 || csr == 0x341 || csr == 0x141 ||
        csr == 0x241 || csr == 0x302) {
        /* read only: the handlers, the xRET targets and medeleg[9] = 0 stay */
        f3 = 2;
        src = 0;
    } else if (csr == 0x304) {
        if ((f3 & 3) != 2)
            f3 = (f3 & 4) | 2; /* mie: set bits only, MTIE stays */
    } else if (csr == 0x344 || csr == 0x144 || csr == 0x244 || csr == 0x644) {
        f3 = rn(g, 2) ? 6 : 7; /* csrrsi / csrrci with SSIP, VSSIP */
        src = 2u * (1 + rn(g, 3));
    }
    w(g, enc_csr(f3, rd, csr, src));
}

/* ECALL, EBREAK, WFI, fences, xRETs to the next instruction, HLV/HSV */
static void item_system(struct gen *g)
{
    unsigned t = body_reg(g);
    switch (rn(g, 10)) {
    case 0: w(g, I_ECALL); break;
    case 1: w(g, I_EBREAK); break;
    case 2: w(g, I_WFI); break;
    case 3: w(g, rn(g, 2) ? I_FENCE : I_FENCEI); break;
    case 4: w(g, enc_r(OP_SYSTEM, 0, 0, src_reg(g), src_reg(g), 0x09)); break; /* SFENCE.VMA */
    case 5: w(g, enc_r(OP_SYSTEM, 0, 0, src_reg(g), src_reg(g), rn(g, 2) ? 0x11 : 0x31)); break;
    case 6:
    case 7: { /* xRET to the next instruction: a mode change wherever allowed */
        int m = rn(g, 2);
        w(g, enc_u(OP_AUIPC, t, 0));
        w(g, enc_addi(t, t, 16)); /* after the xRET */
        w(g, csrw(m ? 0x341 : 0x141, t));
        w(g, m ? I_MRET : I_SRET);
        break; }
    default: { /* HLV / HLVX / HSV: gen/INTERFACE.md section 3 */
        static const struct { unsigned f7, rs2; } lv[] = {
            { 0x30, 0 }, { 0x30, 1 }, { 0x32, 0 }, { 0x32, 1 }, { 0x32, 3 },
            { 0x34, 0 }, { 0x34, 1 }, { 0x34, 3 }, { 0x36, 0 },
        };
        unsigned k = rn(g, 13);
        unsigned size = k < 9 ? 1u << (lv[k].f7 >> 1 & 3) : 1u << (k - 9);
        w(g, enc_addi(t, X_BASE, data_off(g, size)));
        if (k < 9)
            w(g, enc_r(OP_SYSTEM, body_reg(g), 4, t, lv[k].rs2, lv[k].f7));
        else
            w(g, enc_r(OP_SYSTEM, 0, 4, t, src_reg(g), 0x31 + 2 * (k - 9)));
    }
    }
}

/* Illegal words: reserved opcodes, bad funct fields, zero, all ones */
static void item_illegal(struct gen *g)
{
    static const unsigned reserved_op[] = { 0x07, 0x0b, 0x27, 0x2b, 0x43, 0x47, 0x4b, 0x4f,
                                            0x53, 0x57, 0x5b, 0x6b, 0x77, 0x7b, 0x7f };
    uint32_t r = (uint32_t)rnd(g);
    switch (rn(g, 5)) {
    case 0: w(g, (r & ~0x7fu) | reserved_op[rn(g, 15)]); break;
    case 1: w(g, rn(g, 2) ? 0 : 0xffffffffu); break;
    case 2: w(g, enc_r(OP_OP, body_reg(g), rn(g, 8), src_reg(g), src_reg(g), 0x40 | (r & 0x3f))); break;
    case 3: w(g, (r & ~0x3u) | rn(g, 3)); break; /* a compressed-looking word, no C */
    default: w(g, enc_i(OP_LOAD, body_reg(g), 7, X_BASE, 0)); break;
    }
}

/* a fetch from outside RAM (cause 1); the handlers return to x27 */
static void item_fetch_fault(struct gen *g)
{
    unsigned t = body_reg(g);
    w(g, enc_u(OP_AUIPC, X_RET, 0));
    w(g, enc_addi(X_RET, X_RET, 16));
    w(g, enc_u(OP_LUI, t, 0x10 + rn(g, 0x100)));
    w(g, enc_i(OP_JALR, 0, 0, t, 0));
}

/* raise interrupt lines: the test device's, SGEIP, MSIP */
static void item_irq(struct gen *g)
{
    unsigned t = body_reg(g), v = body_reg(g);
    switch (rn(g, 3)) {
    case 0: li(g, t, TESTDEV); w(g, enc_addi(v, 0, (int32_t)(rnd(g) & 0xe))); w(g, enc_sw(v, t, 0)); break;
    case 1: li(g, t, TESTDEV); w(g, enc_addi(v, 0, 1)); w(g, enc_sd(v, t, 8)); break;
    default: li(g, t, CLINT); w(g, enc_addi(v, 0, 1)); w(g, enc_sw(v, t, 0)); break;
    }
}

static void body(struct gen *g, unsigned n)
{
    img_org(&g->im, A_BODY);
    int start = label(g);
    img_label(&g->im, start);
    for (unsigned i = 0; i < n; i++) {
        unsigned k = rn(g, 100);
        g->item_pc[i] = g->im.pc;
        if (k < 34) item_alu(g);
        else if (k < 50) item_mem(g);
        else if (k < 57) item_amo(g);
        else if (k < 69) item_jump(g, i, n);
        else if (k < 83) item_csr(g);
        else if (k < 93) item_system(g);
        else if (k < 97) item_illegal(g);
        else if (k < 98) item_fetch_fault(g);
        else item_irq(g);
    }
    /* the loop: count iterations in memory, then write 1 to tohost */
    g->item_pc[n] = g->im.pc;
    uint64_t end = g->im.pc;
    w(g, enc_ld(X_RET, X_BASE, D_ITER));
    w(g, enc_addi(X_RET, X_RET, 1));
    w(g, enc_sd(X_RET, X_BASE, D_ITER));
    li(g, 26, g->o->iterations);
    int again = label(g);
    img_branch_to(&g->im, enc_b(6, X_RET, 26, 0), again); /* bltu */
    la(g, 26, A_TOHOST);
    w(g, enc_addi(X_RET, 0, 1));
    w(g, enc_sd(X_RET, 26, 0));
    w(g, enc_j(0, 0)); /* the run ends at the tohost store */
    img_label(&g->im, again);
    img_jal_to(&g->im, 0, start);
    uint64_t after = g->im.pc;
    patch_jumps(g);
    img_org(&g->im, after);
    (void)end;
}

int progen_write(const struct progen_opts *o, const char *path)
{
    static struct gen g; /* large: the item and jump tables */
    memset(&g, 0, sizeof g);
    g.o = o;
    g.rng = o->seed;
    if (img_init(&g.im, A_BOOT, IMG_SIZE) != 0) {
        fprintf(stderr, "vitrap-progen: out of memory\n");
        return -1;
    }
    uint32_t timer_delta = 300 + rn(&g, 1700), countdown = 200 + rn(&g, 3000);
    for (unsigned i = 0; i < 0x800; i += 8)
        img_put64(&g.im, A_DATA + i, rnd(&g));
    img_put64(&g.im, A_DATA + (uint64_t)(int64_t)D_LFSR, rnd(&g) | 1);
    for (unsigned r = 0; r < 26; r++) {
        uint64_t v = rnd(&g);
        if (rn(&g, 4) == 0)
            v &= 0xff; /* small values: shifts, divides by small numbers */
        img_put64(&g.im, A_DATA + (uint64_t)(int64_t)(D_REGS + 8 * (int)r), v);
    }
    int pick = m_handler(&g, timer_delta, countdown);
    hs_handler(&g);
    if (o->h)
        vs_handler(&g);
    body(&g, o->body);
    if (g.im.pc > A_DATA - 0x400) {
        fprintf(stderr, "vitrap-progen: body too long for the image\n");
        img_free(&g.im);
        return -1;
    }
    boot(&g, timer_delta, countdown, pick);
    int rc = 0;
    if (g.fail || img_resolve(&g.im) != 0) {
        fprintf(stderr, "vitrap-progen: internal error (labels or branch range)\n");
        rc = -1;
    } else if (img_write_elf(&g.im, path, A_BOOT, A_TOHOST, A_TOHOST + 0x40) != 0) {
        fprintf(stderr, "vitrap-progen: cannot write '%s'\n", path);
        rc = -1;
    }
    img_free(&g.im);
    return rc;
}
