/* Assembler for CSR and SYSTEM instructions (encodings: unpriv zicsr.adoc,
 * priv machine.adoc/supervisor.adoc, hypervisor.adoc "Hypervisor Instructions"). */
#include "asm.h"
#include "csr_names.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define OP_SYSTEM 0x73u
#define MAX_OPERANDS 4

int asm_number(const char *s, uint64_t *val)
{
    uint64_t v = 0;
    int base = 10, digits = 0;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    for (; *s; s++) {
        int d;
        if (*s == '_')
            continue;
        if (*s >= '0' && *s <= '9')
            d = *s - '0';
        else if (base == 16 && *s >= 'a' && *s <= 'f')
            d = *s - 'a' + 10;
        else if (base == 16 && *s >= 'A' && *s <= 'F')
            d = *s - 'A' + 10;
        else
            return -1;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            return -1; /* overflow */
        v = v * (uint64_t)base + (uint64_t)d;
        digits++;
    }
    if (digits == 0)
        return -1;
    *val = v;
    return 0;
}

static int parse_reg(const char *s)
{
    if (strcmp(s, "zero") == 0)
        return 0;
    if (s[0] != 'x' || !isdigit((unsigned char)s[1]))
        return -1;
    int n = 0;
    for (const char *p = s + 1; *p; p++) {
        if (!isdigit((unsigned char)*p))
            return -1;
        n = n * 10 + (*p - '0');
        if (n > 31)
            return -1;
    }
    return n;
}

/* "(x5)" -> 5 */
static int parse_mem_reg(const char *s)
{
    size_t n = strlen(s);
    char buf[16];
    if (n < 3 || s[0] != '(' || s[n - 1] != ')' || n - 2 >= sizeof buf)
        return -1;
    memcpy(buf, s + 1, n - 2);
    buf[n - 2] = '\0';
    return parse_reg(buf);
}

static int parse_csr(const char *s)
{
    int a = csr_addr_of(s);
    if (a >= 0)
        return a;
    uint64_t v;
    if (asm_number(s, &v) == 0 && v < 4096)
        return (int)v;
    return -1;
}

/* The source operand of a CSR instruction: a register, or a 5-bit uimm. */
static int parse_source(const char *s, int immediate)
{
    uint64_t v;
    if (!immediate)
        return parse_reg(s);
    return asm_number(s, &v) == 0 && v <= 31 ? (int)v : -1;
}

static uint32_t csr_word(unsigned csr, unsigned src, unsigned funct3, unsigned rd)
{
    return (csr << 20) | (src << 15) | (funct3 << 12) | (rd << 7) | OP_SYSTEM;
}

struct csr_op {
    const char *name;
    unsigned funct3;
    int immediate;
};

static const struct csr_op csr_ops[] = {
    {"csrrw", 1, 0}, {"csrrs", 2, 0}, {"csrrc", 3, 0},
    {"csrrwi", 5, 1}, {"csrrsi", 6, 1}, {"csrrci", 7, 1},
};

/* Pseudo-instructions: csrr rd, csr / csrw csr, rs / ... */
struct csr_pseudo {
    const char *name;
    unsigned funct3;
    int immediate;
    int reads; /* csrr: rd, csr and source x0 */
};

static const struct csr_pseudo csr_pseudos[] = {
    {"csrr", 2, 0, 1}, {"csrw", 1, 0, 0}, {"csrs", 2, 0, 0}, {"csrc", 3, 0, 0},
    {"csrwi", 5, 1, 0}, {"csrsi", 6, 1, 0}, {"csrci", 7, 1, 0},
};

struct fixed_insn {
    const char *name;
    uint32_t bits;
};

static const struct fixed_insn fixed_insns[] = {
    {"ecall", 0x00000073u}, {"ebreak", 0x00100073u}, {"sret", 0x10200073u},
    {"mret", 0x30200073u},  {"wfi", ASM_WFI},    {"nop", 0x00000013u},
};

struct fence_insn {
    const char *name;
    unsigned funct7;
};

static const struct fence_insn fence_insns[] = {
    {"sfence.vma", 0x09}, {"hfence.vvma", 0x11}, {"hfence.gvma", 0x31},
};

/* HLV/HLVX: funct7 and rs2 selector; HSV: funct7 (rd field 0). */
struct hlsv_insn {
    const char *name;
    unsigned funct7, rs2sel;
    int store;
};

static const struct hlsv_insn hlsv_insns[] = {
    {"hlv.b", 0x30, 0, 0},   {"hlv.bu", 0x30, 1, 0}, {"hlv.h", 0x32, 0, 0},
    {"hlv.hu", 0x32, 1, 0},  {"hlvx.hu", 0x32, 3, 0}, {"hlv.w", 0x34, 0, 0},
    {"hlv.wu", 0x34, 1, 0},  {"hlvx.wu", 0x34, 3, 0}, {"hlv.d", 0x36, 0, 0},
    {"hsv.b", 0x31, 0, 1},   {"hsv.h", 0x33, 0, 1},   {"hsv.w", 0x35, 0, 1},
    {"hsv.d", 0x37, 0, 1},
};

/* Split "mnemonic a, b, c" into lower-cased mnemonic and operands. */
static int split(const char *text, char *mn, size_t mnlen, char ops[][48], int *nops)
{
    const char *p = text;
    size_t i = 0;
    while (isspace((unsigned char)*p))
        p++;
    while (*p && !isspace((unsigned char)*p)) {
        if (i + 1 >= mnlen)
            return -1;
        mn[i++] = (char)tolower((unsigned char)*p++);
    }
    mn[i] = '\0';
    *nops = 0;
    for (;;) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        if (*nops == MAX_OPERANDS)
            return -1;
        size_t j = 0;
        while (*p && *p != ',') {
            if (!isspace((unsigned char)*p)) {
                if (j + 1 >= 48)
                    return -1;
                ops[*nops][j++] = (char)tolower((unsigned char)*p);
            }
            p++;
        }
        ops[*nops][j] = '\0';
        if (j == 0)
            return -1;
        (*nops)++;
        if (*p == ',')
            p++;
    }
    return 0;
}

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        snprintf(err, errlen, __VA_ARGS__);                                                        \
        return -1;                                                                                 \
    } while (0)

int asm_parse(const char *text, struct asm_result *out, char *err, size_t errlen)
{
    char mn[32];
    char ops[MAX_OPERANDS][48];
    int n;
    memset(out, 0, sizeof *out);
    if (split(text, mn, sizeof mn, ops, &n) != 0)
        FAIL("cannot parse instruction '%s'", text);

    if (strcmp(mn, ".word") == 0) {
        uint64_t v;
        if (n != 1 || asm_number(ops[0], &v) != 0 || v > 0xffffffffu)
            FAIL(".word needs one 32-bit number");
        out->bits = (uint32_t)v;
        out->rs1 = (int)((v >> 15) & 31);
        out->is_csr = (v & 0x7f) == OP_SYSTEM && ((v >> 12) & 3) != 0;
        if (out->is_csr)
            out->rd = (int)((v >> 7) & 31);
        return 0;
    }
    for (size_t i = 0; i < sizeof fixed_insns / sizeof fixed_insns[0]; i++)
        if (strcmp(mn, fixed_insns[i].name) == 0) {
            if (n != 0)
                FAIL("%s takes no operands", mn);
            out->bits = fixed_insns[i].bits;
            return 0;
        }
    for (size_t i = 0; i < sizeof csr_ops / sizeof csr_ops[0]; i++)
        if (strcmp(mn, csr_ops[i].name) == 0) {
            if (n != 3)
                FAIL("%s needs rd, csr, %s", mn, csr_ops[i].immediate ? "uimm" : "rs1");
            int rd = parse_reg(ops[0]), csr = parse_csr(ops[1]);
            int src = parse_source(ops[2], csr_ops[i].immediate);
            if (rd < 0)
                FAIL("bad register '%s'", ops[0]);
            if (csr < 0)
                FAIL("unknown CSR '%s'", ops[1]);
            if (src < 0)
                FAIL("bad %s '%s'", csr_ops[i].immediate ? "uimm (0..31)" : "register", ops[2]);
            out->bits = csr_word((unsigned)csr, (unsigned)src, csr_ops[i].funct3, (unsigned)rd);
            out->rd = rd;
            out->rs1 = src;
            out->is_csr = 1;
            return 0;
        }
    for (size_t i = 0; i < sizeof csr_pseudos / sizeof csr_pseudos[0]; i++)
        if (strcmp(mn, csr_pseudos[i].name) == 0) {
            const struct csr_pseudo *ps = &csr_pseudos[i];
            if (n != 2)
                FAIL("%s needs two operands", mn);
            int rd = 0, csr, src = 0;
            if (ps->reads) {
                rd = parse_reg(ops[0]);
                csr = parse_csr(ops[1]);
                if (rd < 0)
                    FAIL("bad register '%s'", ops[0]);
            } else {
                csr = parse_csr(ops[0]);
                if ((src = parse_source(ops[1], ps->immediate)) < 0)
                    FAIL("bad %s '%s'", ps->immediate ? "uimm (0..31)" : "register", ops[1]);
            }
            if (csr < 0)
                FAIL("unknown CSR '%s'", ps->reads ? ops[1] : ops[0]);
            out->bits = csr_word((unsigned)csr, (unsigned)src, ps->funct3, (unsigned)rd);
            out->rd = rd;
            out->rs1 = src;
            out->is_csr = 1;
            return 0;
        }
    for (size_t i = 0; i < sizeof fence_insns / sizeof fence_insns[0]; i++)
        if (strcmp(mn, fence_insns[i].name) == 0) {
            int rs1 = 0, rs2 = 0;
            if (n != 0 && n != 2)
                FAIL("%s takes no operands or rs1, rs2", mn);
            if (n == 2 && ((rs1 = parse_reg(ops[0])) < 0 || (rs2 = parse_reg(ops[1])) < 0))
                FAIL("bad register in %s", mn);
            out->bits = (fence_insns[i].funct7 << 25) | ((unsigned)rs2 << 20) |
                        ((unsigned)rs1 << 15) | OP_SYSTEM;
            out->rs1 = rs1;
            return 0;
        }
    for (size_t i = 0; i < sizeof hlsv_insns / sizeof hlsv_insns[0]; i++)
        if (strcmp(mn, hlsv_insns[i].name) == 0) {
            const struct hlsv_insn *h = &hlsv_insns[i];
            if (n != 2)
                FAIL("%s needs %s, (rs1)", mn, h->store ? "rs2" : "rd");
            int r = parse_reg(ops[0]), rs1 = parse_mem_reg(ops[1]);
            if (r < 0 || rs1 < 0)
                FAIL("bad operands for %s", mn);
            unsigned rs2 = h->store ? (unsigned)r : h->rs2sel;
            unsigned rd = h->store ? 0u : (unsigned)r;
            out->bits = (h->funct7 << 25) | (rs2 << 20) | ((unsigned)rs1 << 15) | (4u << 12) |
                        (rd << 7) | OP_SYSTEM;
            out->rs1 = rs1;
            return 0;
        }
    FAIL("unknown instruction '%s'", mn);
}
