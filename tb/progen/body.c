/* The random programs' body (progen.h): random items of every class, run
 * in a loop; forward jumps land on item boundaries. */
#include "gen.h"

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

void body(struct gen *g, unsigned n)
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

