/* The random programs' boot code and trap handlers in M, HS and VS
 * (progen.h): acknowledge what can be acknowledged, skip the faulting
 * instruction, go to a mode drawn from the LFSR. Register use and addresses:
 * gen.h. */
#include "gen.h"

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
int m_handler(struct gen *g, uint32_t timer_delta, uint32_t countdown)
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
void hs_handler(struct gen *g)
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
void vs_handler(struct gen *g)
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
void boot(struct gen *g, uint32_t timer_delta, uint32_t countdown, int pick_label)
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

