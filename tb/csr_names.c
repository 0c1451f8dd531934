/* CSR name <-> address, from the CSR listing of the privileged spec
 * (csrs.adoc "CSR Listing"). Numbered families are expanded by code. */
#include "csr_names.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

struct named_csr {
    const char *name;
    unsigned addr;
};

static const struct named_csr fixed_names[] = {
    /* unprivileged counters (Zicntr) */
    {"cycle", 0xC00}, {"time", 0xC01}, {"instret", 0xC02},
    {"cycleh", 0xC80}, {"timeh", 0xC81}, {"instreth", 0xC82},
    /* supervisor */
    {"sstatus", 0x100}, {"sie", 0x104}, {"stvec", 0x105}, {"scounteren", 0x106},
    {"senvcfg", 0x10A}, {"sstateen0", 0x10C}, {"sscratch", 0x140}, {"sepc", 0x141},
    {"scause", 0x142}, {"stval", 0x143}, {"sip", 0x144}, {"stimecmp", 0x14D},
    {"satp", 0x180}, {"scontext", 0x5A8}, {"scountovf", 0xDA0},
    /* hypervisor */
    {"hstatus", 0x600}, {"hedeleg", 0x602}, {"hideleg", 0x603}, {"hie", 0x604},
    {"htimedelta", 0x605}, {"hcounteren", 0x606}, {"hgeie", 0x607}, {"henvcfg", 0x60A},
    {"hstateen0", 0x60C}, {"hedelegh", 0x612}, {"htimedeltah", 0x615}, {"henvcfgh", 0x61A},
    {"htval", 0x643}, {"hip", 0x644}, {"hvip", 0x645}, {"htinst", 0x64A},
    {"hgatp", 0x680}, {"hcontext", 0x6A8}, {"hgeip", 0xE12},
    /* virtual supervisor */
    {"vsstatus", 0x200}, {"vsie", 0x204}, {"vstvec", 0x205}, {"vsscratch", 0x240},
    {"vsepc", 0x241}, {"vscause", 0x242}, {"vstval", 0x243}, {"vsip", 0x244},
    {"vstimecmp", 0x24D}, {"vsatp", 0x280},
    /* machine */
    {"mvendorid", 0xF11}, {"marchid", 0xF12}, {"mimpid", 0xF13}, {"mhartid", 0xF14},
    {"mconfigptr", 0xF15}, {"mstatus", 0x300}, {"misa", 0x301}, {"medeleg", 0x302},
    {"mideleg", 0x303}, {"mie", 0x304}, {"mtvec", 0x305}, {"mcounteren", 0x306},
    {"menvcfg", 0x30A}, {"mstateen0", 0x30C}, {"mstatush", 0x310}, {"medelegh", 0x312},
    {"menvcfgh", 0x31A}, {"mcountinhibit", 0x320}, {"mscratch", 0x340}, {"mepc", 0x341},
    {"mcause", 0x342}, {"mtval", 0x343}, {"mip", 0x344}, {"mtinst", 0x34A},
    {"mtval2", 0x34B}, {"mseccfg", 0x747}, {"mcycle", 0xB00}, {"minstret", 0xB02},
    {"mcycleh", 0xB80}, {"minstreth", 0xB82},
    /* debug / trigger (riscv-debug-spec hwbp_registers.xml, core_registers.xml) */
    {"tselect", 0x7A0}, {"tdata1", 0x7A1}, {"tdata2", 0x7A2}, {"tdata3", 0x7A3},
    {"tinfo", 0x7A4}, {"tcontrol", 0x7A5}, {"mcontext", 0x7A8}, {"mscontext", 0x7AA},
    {"dcsr", 0x7B0}, {"dpc", 0x7B1}, {"dscratch0", 0x7B2}, {"dscratch1", 0x7B3},
};

/* Numbered families: name prefix, first number, last number, address of the
 * first, address step per number. */
struct numbered_csr {
    const char *prefix;
    unsigned first, last, base, step;
};

static const struct numbered_csr numbered_names[] = {
    {"hpmcounter", 3, 31, 0xC03, 1},
    {"mhpmcounter", 3, 31, 0xB03, 1},
    {"mhpmevent", 3, 31, 0x323, 1},
    {"pmpaddr", 0, 63, 0x3B0, 1},
    {"pmpcfg", 0, 15, 0x3A0, 1},
};

/* High halves "<prefix>N h": hpmcounterNh, mhpmcounterNh. */
static const struct numbered_csr numbered_high_names[] = {
    {"hpmcounter", 3, 31, 0xC83, 1},
    {"mhpmcounter", 3, 31, 0xB83, 1},
};

static int parse_family(const char *name, const struct numbered_csr *f, int high)
{
    size_t plen = strlen(f->prefix);
    if (strncasecmp(name, f->prefix, plen) != 0)
        return -1;
    const char *p = name + plen;
    unsigned n = 0;
    int digits = 0;
    while (*p >= '0' && *p <= '9' && digits < 3) {
        n = n * 10 + (unsigned)(*p - '0');
        p++;
        digits++;
    }
    if (digits == 0)
        return -1;
    if (high) {
        if (*p != 'h' && *p != 'H')
            return -1;
        p++;
    }
    if (*p != '\0' || n < f->first || n > f->last)
        return -1;
    return (int)(f->base + (n - f->first) * f->step);
}

int csr_addr_of(const char *name)
{
    for (size_t i = 0; i < sizeof fixed_names / sizeof fixed_names[0]; i++)
        if (strcasecmp(name, fixed_names[i].name) == 0)
            return (int)fixed_names[i].addr;
    for (size_t i = 0; i < sizeof numbered_names / sizeof numbered_names[0]; i++) {
        int a = parse_family(name, &numbered_names[i], 0);
        if (a >= 0)
            return a;
    }
    for (size_t i = 0; i < sizeof numbered_high_names / sizeof numbered_high_names[0]; i++) {
        int a = parse_family(name, &numbered_high_names[i], 1);
        if (a >= 0)
            return a;
    }
    return -1;
}

const char *csr_name_of(unsigned addr, char *buf, unsigned size)
{
    for (size_t i = 0; i < sizeof fixed_names / sizeof fixed_names[0]; i++)
        if (fixed_names[i].addr == addr) {
            snprintf(buf, size, "%s", fixed_names[i].name);
            return buf;
        }
    for (size_t i = 0; i < sizeof numbered_names / sizeof numbered_names[0]; i++) {
        const struct numbered_csr *f = &numbered_names[i];
        unsigned last = f->base + (f->last - f->first) * f->step;
        if (addr >= f->base && addr <= last && (addr - f->base) % f->step == 0) {
            snprintf(buf, size, "%s%u", f->prefix, f->first + (addr - f->base) / f->step);
            return buf;
        }
    }
    for (size_t i = 0; i < sizeof numbered_high_names / sizeof numbered_high_names[0]; i++) {
        const struct numbered_csr *f = &numbered_high_names[i];
        unsigned last = f->base + (f->last - f->first) * f->step;
        if (addr >= f->base && addr <= last) {
            snprintf(buf, size, "%s%uh", f->prefix, f->first + (addr - f->base) / f->step);
            return buf;
        }
    }
    snprintf(buf, size, "0x%03x", addr);
    return buf;
}
