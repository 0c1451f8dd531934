/* vitrap-sweep-gen: writes the exhaustive sweep of reserved SYSTEM encodings
 * as stimulus scripts (tb/SCRIPT.md), one per mode and H setting:
 *
 *     vitrap-sweep-gen DIR
 *
 * writes DIR/ii_reserved_system_sweep_h{on,off}_{m,hs,u[,vs,vu]}.vts. Each
 * script commits, in one mode, every reserved neighbour of every SYSTEM
 * instruction the unit decodes and expects an illegal-instruction trap
 * (cause 2: a reserved encoding is not HS-qualified, so never VI), with
 * xtval = the instruction bits (0 with mtval_insn off), and no other effect.
 *
 * The list of decoded encodings is the table below, taken from the specs
 * (not from the generator or the model): unpriv rv32.adoc "Environment
 * Call and Breakpoints" (ECALL, EBREAK), priv machine.adoc "Trap-Return
 * Instructions" and "Wait for Interrupt" (MRET, WFI), supervisor.adoc
 * "Supervisor Instructions" (SRET, SFENCE.VMA), hypervisor.adoc "Hypervisor
 * Instructions" (HFENCE.VVMA/GVMA, HLV/HLVX/HSV), unpriv zicsr.adoc (the CSR
 * instructions), with gen/INTERFACE.md's list of absent extensions (no
 * Svinval, Zawrs, Smrnmi, Sdext, Smctr, Zimop/Zicfiss: their SYSTEM
 * encodings are reserved here). Deterministic: no randomness, no clock. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OP_SYSTEM 0x73u
#define HANDLER 0x1000u      /* mtvec: the MRET that returns to the mode */
#define SWEEP_PC 0x80010000u /* where every reserved encoding is committed */

/* One decoded encoding: bits under mask equal match. */
struct decoded {
    const char *name;
    uint32_t mask, match;
    int h_only;
};

/* Field masks: funct7 31:25, rs2 24:20, rs1 19:15, funct3 14:12, rd 11:7. */
#define M_ALL 0xffffffffu   /* every field fixed */
#define M_F7_RD 0xfe007fffu /* funct7, funct3, rd = 0, opcode fixed (fences, HSV) */
#define M_F7_RS2 0xfff0707fu /* funct7, rs2, funct3, opcode fixed (HLV/HLVX) */
#define M_F3 0x0000707fu    /* funct3 and opcode (CSR instructions) */

static const struct decoded decoded_table[] = {
    /* rv32.adoc: ECALL, EBREAK (funct12 0/1, rs1 = rd = 0) */
    {"ecall", M_ALL, 0x00000073u, 0},
    {"ebreak", M_ALL, 0x00100073u, 0},
    /* supervisor.adoc SRET (funct12 0x102); machine.adoc MRET (0x302), WFI (0x105) */
    {"sret", M_ALL, 0x10200073u, 0},
    {"mret", M_ALL, 0x30200073u, 0},
    {"wfi", M_ALL, 0x10500073u, 0},
    /* supervisor.adoc SFENCE.VMA: funct7 0001001, rs2/rs1 operands, rd = 0 */
    {"sfence.vma", M_F7_RD, 0x12000073u, 0},
    /* hypervisor.adoc HFENCE.VVMA 0010001, HFENCE.GVMA 0110001, rd = 0 */
    {"hfence.vvma", M_F7_RD, 0x22000073u, 1},
    {"hfence.gvma", M_F7_RD, 0x62000073u, 1},
    /* hypervisor.adoc HLV/HLVX: funct7 selects the width, rs2 the kind */
    {"hlv.b", M_F7_RS2, 0x60004073u, 1},
    {"hlv.bu", M_F7_RS2, 0x60104073u, 1},
    {"hlv.h", M_F7_RS2, 0x64004073u, 1},
    {"hlv.hu", M_F7_RS2, 0x64104073u, 1},
    {"hlvx.hu", M_F7_RS2, 0x64304073u, 1},
    {"hlv.w", M_F7_RS2, 0x68004073u, 1},
    {"hlv.wu", M_F7_RS2, 0x68104073u, 1},
    {"hlvx.wu", M_F7_RS2, 0x68304073u, 1},
    {"hlv.d", M_F7_RS2, 0x6c004073u, 1},
    /* hypervisor.adoc HSV: funct7 0110001/0110011/0110101/0110111, rd = 0 */
    {"hsv.b", M_F7_RD, 0x62004073u, 1},
    {"hsv.h", M_F7_RD, 0x66004073u, 1},
    {"hsv.w", M_F7_RD, 0x6a004073u, 1},
    {"hsv.d", M_F7_RD, 0x6e004073u, 1},
    /* zicsr.adoc: CSRRW/S/C, CSRRWI/SI/CI, every operand value */
    {"csrrw", M_F3, 0x1073u, 0},
    {"csrrs", M_F3, 0x2073u, 0},
    {"csrrc", M_F3, 0x3073u, 0},
    {"csrrwi", M_F3, 0x5073u, 0},
    {"csrrsi", M_F3, 0x6073u, 0},
    {"csrrci", M_F3, 0x7073u, 0},
};
#define N_DECODED (sizeof decoded_table / sizeof decoded_table[0])

static int is_decoded(uint32_t insn, int h)
{
    for (size_t i = 0; i < N_DECODED; i++)
        if ((!decoded_table[i].h_only || h) &&
            (insn & decoded_table[i].mask) == decoded_table[i].match)
            return 1;
    return 0;
}

static uint32_t encode(unsigned f7, unsigned rs2, unsigned rs1, unsigned f3, unsigned rd)
{
    return (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | OP_SYSTEM;
}

/* The sweep: a de-duplicated list in generation order. Open addressing on
 * the encoding; 0 is never a SYSTEM encoding, so it marks an empty slot. */
#define SET_SIZE 32768u
#define MAX_LIST 12000u

struct sweep {
    int h;
    uint32_t set[SET_SIZE];
    uint32_t list[MAX_LIST];
    const char *group[MAX_LIST]; /* the comment of the group each starts */
    unsigned n;
    const char *pending_group;
};

static void add(struct sweep *s, uint32_t insn)
{
    if (is_decoded(insn, s->h))
        return; /* a decoded encoding, not a reserved one */
    unsigned k = (insn * 2654435761u) & (SET_SIZE - 1);
    while (s->set[k] != 0) {
        if (s->set[k] == insn)
            return;
        k = (k + 1) & (SET_SIZE - 1);
    }
    if (s->n == MAX_LIST) {
        fprintf(stderr, "vitrap-sweep-gen: more than %u encodings\n", MAX_LIST);
        exit(1);
    }
    s->set[k] = insn;
    s->group[s->n] = s->pending_group;
    s->pending_group = NULL;
    s->list[s->n++] = insn;
}

static void group(struct sweep *s, const char *comment)
{
    s->pending_group = comment;
}

/* Every reserved neighbour of the decoded SYSTEM encodings (see the file
 * comment): each fixed field varied over all its other values with the other
 * fields at the encoding's values, plus the two planes of funct3 = 0 (funct12
 * with rd = rs1 = 0) and funct3 = 4 (funct7 x rs2). */
static void build(struct sweep *s)
{
    static const struct {
        const char *name;
        unsigned funct12;
    } fixed[] = {{"ecall", 0x000}, {"ebreak", 0x001}, {"sret", 0x102},
                 {"mret", 0x302}, {"wfi", 0x105}};
    static const unsigned fence_f7[] = {0x09, 0x11, 0x31};   /* SFENCE, HFENCE.VVMA, .GVMA */
    static const unsigned hlv_f7[] = {0x30, 0x32, 0x34, 0x36};
    static const unsigned hsv_f7[] = {0x31, 0x33, 0x35, 0x37};

    group(s, "funct3 = 0, rd = rs1 = 0: every funct12 that is no decoded instruction "
             "(URET, DRET, MNRET, SCTRCLR, WRS.*, SFENCE.W.INVAL/INVAL.IR, "
             "SINVAL/HINVAL, the HFENCEs without H, ...)");
    for (unsigned f12 = 0; f12 < 4096; f12++)
        add(s, encode(f12 >> 5, f12 & 31, 0, 0, 0));

    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
        static char comments[5][96];
        snprintf(comments[i], sizeof comments[i], "%s with rd = 1..31, then rs1 = 1..31",
                 fixed[i].name);
        group(s, comments[i]);
        for (unsigned v = 1; v < 32; v++)
            add(s, encode(fixed[i].funct12 >> 5, fixed[i].funct12 & 31, 0, 0, v));
        for (unsigned v = 1; v < 32; v++)
            add(s, encode(fixed[i].funct12 >> 5, fixed[i].funct12 & 31, v, 0, 0));
    }

    group(s, "SFENCE.VMA, HFENCE.VVMA, HFENCE.GVMA with rd = 1..31 (rs1, rs2 operands)");
    for (size_t i = 0; i < sizeof fence_f7 / sizeof fence_f7[0]; i++)
        for (unsigned rd = 1; rd < 32; rd++)
            add(s, encode(fence_f7[i], 31 - rd, rd, 0, rd));

    group(s, "funct3 = 0, rs1 != 0: every funct7 that is no fence");
    for (unsigned f7 = 0; f7 < 128; f7++)
        add(s, encode(f7, f7 & 31, 1 + f7 % 31, 0, 0));

    group(s, "the HFENCEs with operands (reserved without H)");
    for (unsigned v = 0; v < 32; v++) {
        add(s, encode(0x11, v, 31 - v, 0, 0));
        add(s, encode(0x31, 31 - v, v, 0, 0));
    }

    group(s, "funct3 = 4, rd = 0: every funct7 x rs2 that is no HLV/HLVX/HSV (all of them "
             "without H)");
    for (unsigned f7 = 0; f7 < 128; f7++)
        for (unsigned rs2 = 0; rs2 < 32; rs2++)
            add(s, encode(f7, rs2, (f7 + rs2) % 32, 4, 0));

    group(s, "HLV/HLVX funct7 with every other rs2 (rd = 5, rs1 = 6)");
    for (size_t i = 0; i < sizeof hlv_f7 / sizeof hlv_f7[0]; i++)
        for (unsigned rs2 = 0; rs2 < 32; rs2++)
            add(s, encode(hlv_f7[i], rs2, 6, 4, 5));

    group(s, "HSV with rd = 1..31");
    for (size_t i = 0; i < sizeof hsv_f7 / sizeof hsv_f7[0]; i++)
        for (unsigned rd = 1; rd < 32; rd++)
            add(s, encode(hsv_f7[i], rd, 32 - rd, 4, rd));
}

struct mode {
    const char *name, *file;
    int virt_only;   /* needs H */
    unsigned ecall;  /* ECALL cause from this mode, to return to M at the end */
    unsigned setup;  /* instructions the `mode` macro retires */
};

static const struct mode modes[] = {
    {"M", "m", 0, 11, 0}, {"HS", "hs", 0, 9, 4}, {"U", "u", 0, 8, 4},
    {"VS", "vs", 1, 10, 4}, {"VU", "vu", 1, 8, 4},
};

/* Extra checks for the neighbours of instructions with effects beyond the
 * trap: a fence output, an xRET, a WFI wait must not happen. */
static void effect_checks(FILE *f, uint32_t insn)
{
    unsigned f3 = (insn >> 12) & 7, f7 = insn >> 25, f12 = insn >> 20;
    if (f3 == 0 && (f7 == 0x09 || f7 == 0x11 || f7 == 0x31))
        fprintf(f, "expect port sfence_vma 0\nexpect port hfence_vvma 0\n"
                   "expect port hfence_gvma 0\n");
    if (f3 == 0 && (f12 == 0x102 || f12 == 0x302))
        fprintf(f, "expect port xret 0\n");
    if (f3 == 0 && f12 == 0x105)
        fprintf(f, "expect cycles 1\n");
}

static int write_script(const char *dir, const struct sweep *s, const struct mode *m)
{
    char path[4096], tmp[4200];
    snprintf(path, sizeof path, "%s/ii_reserved_system_sweep_h%s_%s.vts", dir, s->h ? "on" : "off",
             m->file);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        fprintf(stderr, "vitrap-sweep-gen: cannot write '%s': %s\n", tmp, strerror(errno));
        return -1;
    }
    static const char *const about[] = {
        "# Rule: every reserved neighbour of a decoded SYSTEM encoding is II (cause 2), never VI",
        "# (a reserved encoding is not HS-qualified), xtval = the instruction bits (0 with",
        "# mtval_insn off), and has no other effect",
        "# Spec: virtual-instruction.md §1 (reserved encodings), §7; INTERFACE.md §3 (exact",
        "# decode), §11; rv32.adoc, zicsr.adoc, machine.adoc, supervisor.adoc, hypervisor.adoc",
        "# (the decoded encodings: the table in tb/sweep_gen.c)",
        "# Catches: a decoder that ignores a field the encoding fixes (rd, rs1, rs2, funct7,",
        "# funct12), decodes an absent extension's instruction, or raises VI for a reserved",
        "# encoding when V=1; one whose fence/xRET/WFI still happens, or that counts the",
        "# instruction in minstret.",
    };
    fprintf(f, "# %s -- generated by build/vitrap-sweep-gen (tb/sweep_gen.c); do not edit\n",
            strrchr(path, '/') + 1);
    for (size_t i = 0; i < sizeof about / sizeof about[0]; i++)
        fprintf(f, "%s\n", about[i]);
    fprintf(f,
            "# %s-mode: %u encodings; each traps into M (medeleg = 0) and the handler's MRET\n"
            "# returns to %s-mode (MPP/MPV as the trap wrote them).\n"
            "requires h=%s\n"
            "reset\n"
            "csrw mtvec, x1 rs1=0x%x\n"
            "csrw mscratch, x1 rs1=0x5eed5eed\n"
            "csrw minstret, x0\n",
            m->name, s->n, m->name, s->h ? "on" : "off", HANDLER);
    if (strcmp(m->name, "M") != 0)
        fprintf(f, "mode %s\n", m->name);
    /* every encoding at this pc: the handler's MRET returns to it */
    fprintf(f, "pc 0x%x\n", SWEEP_PC);
    for (unsigned i = 0; i < s->n; i++) {
        if (s->group[i])
            fprintf(f, "# %s\n", s->group[i]);
        fprintf(f, ".word 0x%08x\nexpect ii\nexpect tval insn\nexpect csr mepc 0x%x\n",
                s->list[i], SWEEP_PC);
        effect_checks(f, s->list[i]);
        fprintf(f, "mret\nexpect mode %s\n", m->name);
    }
    /* back to M; only the setup and the MRETs retired; nothing else moved */
    fprintf(f, "# the end: only the mode setup and the handler MRETs counted in minstret\n");
    fprintf(f, "ecall\nexpect trap %u\n", m->ecall);
    fprintf(f, "csrr x5, minstret\nexpect rd %u\n", m->setup + s->n);
    fprintf(f, "expect csr mscratch 0x5eed5eed\nexpect csr mcause 0x%x\n", m->ecall);
    fprintf(f, "expect csr sepc 0\nexpect csr scause 0\nexpect csr stval 0\nexpect csr satp 0\n");
    if (s->h)
        fprintf(f, "expect csr hstatus 0x200000000\nexpect csr vsstatus 0x200000000\n"
                   "expect csr vsepc 0\nexpect csr vscause 0\nexpect csr vsatp 0\n"
                   "expect csr hgatp 0\nexpect csr mtval2 0\nexpect csr mtinst 0\n"
                   "expect csr mstatus 0x0 mask 0x4000000000\n");
    if (ferror(f) | fclose(f)) {
        fprintf(stderr, "vitrap-sweep-gen: error writing '%s'\n", tmp);
        remove(tmp);
        return -1;
    }
    if (rename(tmp, path) != 0) {
        fprintf(stderr, "vitrap-sweep-gen: cannot create '%s': %s\n", path, strerror(errno));
        remove(tmp);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    static struct sweep sweeps[2];
    if (argc != 2 || argv[1][0] == '-') {
        fprintf(stderr, "usage: vitrap-sweep-gen DIR (writes the reserved-SYSTEM sweep scripts)\n");
        return 2;
    }
    for (int h = 0; h < 2; h++) {
        sweeps[h].h = h;
        build(&sweeps[h]);
    }
    for (int h = 1; h >= 0; h--)
        for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
            if (h || !modes[i].virt_only)
                if (write_script(argv[1], &sweeps[h], &modes[i]) != 0)
                    return 2;
    return 0;
}
