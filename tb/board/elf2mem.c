/* vitrap-elf2mem: the RAM image of a board (rtl/boards/board_ram.v) from an
 * RV64 ELF executable.
 *
 *   vitrap-elf2mem --ram-bytes N --hex OUT.hex --params OUT.params PROG.elf
 *
 * OUT.hex: N/8 lines, the 64-bit words of RAM from RAM_BASE (0x8000_0000,
 * rtl/core/PIPELINE.md 7.1) in $readmemh format, the ELF's PT_LOAD segments
 * in place and zeros elsewhere. OUT.params: key=value lines for the board
 * build (entry, tohost, the bytes the program needs). The program must fit:
 * every segment and the end of its NOLOAD areas (the symbol _end, when
 * present: the stack of the vitrap programs) inside the N bytes.
 * Bad input: one line on stderr, exit 2, no output file written. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/elf_load.h"
#include "../core/sparse_mem.h"

#define RAM_BASE 0x80000000ull

struct syms { int has_end; uint64_t end; };

static void on_symbol(void *ctx, const char *name, uint64_t value)
{
    struct syms *s = ctx;
    if (strcmp(name, "_end") == 0) {
        s->has_end = 1;
        s->end = value;
    }
}

static int usage(const char *why)
{
    fprintf(stderr, "vitrap-elf2mem: %s (usage: vitrap-elf2mem --ram-bytes N --hex OUT.hex --params OUT.params PROG.elf)\n", why);
    return 2;
}

/* Writes path through path.tmp and a rename, so that a failure leaves no
 * half-written file. */
static FILE *open_tmp(const char *path, char *tmp, size_t n)
{
    snprintf(tmp, n, "%s.tmp", path);
    return fopen(tmp, "w");
}

int main(int argc, char **argv)
{
    const char *hex = NULL, *params = NULL, *elf = NULL, *ram_arg = NULL;
    for (int i = 1; i < argc; i++) {
        if ((!strcmp(argv[i], "--ram-bytes") || !strcmp(argv[i], "--hex") ||
             !strcmp(argv[i], "--params")) && i + 1 >= argc)
            return usage("option needs a value");
        if (!strcmp(argv[i], "--ram-bytes")) ram_arg = argv[++i];
        else if (!strcmp(argv[i], "--hex")) hex = argv[++i];
        else if (!strcmp(argv[i], "--params")) params = argv[++i];
        else if (argv[i][0] == '-') {
            fprintf(stderr, "vitrap-elf2mem: unknown option '%s'\n", argv[i]);
            return 2;
        } else if (elf) return usage("more than one ELF given");
        else elf = argv[i];
    }
    if (!ram_arg || !hex || !params || !elf)
        return usage("missing argument");
    char *endp;
    errno = 0;
    unsigned long long ram = strtoull(ram_arg, &endp, 0);
    if (errno || *endp || ram == 0 || ram % 8 || ram > (1ull << 30)) {
        fprintf(stderr, "vitrap-elf2mem: --ram-bytes '%s' is not a multiple of 8 in 8..1 GiB\n", ram_arg);
        return 2;
    }

    struct sparse_mem m;
    if (smem_init(&m, RAM_BASE, ram) != 0) {
        fprintf(stderr, "vitrap-elf2mem: out of memory\n");
        return 2;
    }
    struct elf_info info;
    char err[512];
    if (elf_load(elf, &m, &info, err, sizeof err) != 0) {
        fprintf(stderr, "vitrap-elf2mem: %s (the board has %llu bytes of RAM)\n", err, ram);
        return 2;
    }
    struct syms s = { 0, 0 };
    if (elf_symbols(elf, on_symbol, &s, err, sizeof err) != 0) {
        fprintf(stderr, "vitrap-elf2mem: %s\n", err);
        return 2;
    }
    if (s.has_end && (s.end < RAM_BASE || s.end - RAM_BASE > ram)) {
        fprintf(stderr, "vitrap-elf2mem: %s: needs RAM up to _end = 0x%" PRIx64 ", the board has %llu bytes from 0x%llx\n",
                elf, s.end, ram, RAM_BASE);
        return 2;
    }
    if (!smem_contains(&m, info.entry, 4)) {
        fprintf(stderr, "vitrap-elf2mem: %s: entry 0x%" PRIx64 " is not in the board's RAM\n", elf, info.entry);
        return 2;
    }
    if (info.has_tohost && !smem_contains(&m, info.tohost, 8)) {
        fprintf(stderr, "vitrap-elf2mem: %s: tohost 0x%" PRIx64 " is not in the board's RAM\n", elf, info.tohost);
        return 2;
    }

    char tmp_hex[4096], tmp_par[4096];
    FILE *fh = open_tmp(hex, tmp_hex, sizeof tmp_hex);
    FILE *fp = fh ? open_tmp(params, tmp_par, sizeof tmp_par) : NULL;
    if (!fh || !fp) {
        fprintf(stderr, "vitrap-elf2mem: cannot write %s: %s\n", fh ? params : hex, strerror(errno));
        if (fh) { fclose(fh); remove(tmp_hex); }
        return 2;
    }
    int bad = 0;
    for (uint64_t a = RAM_BASE; a < RAM_BASE + ram; a += 8)
        bad |= fprintf(fh, "%016" PRIx64 "\n", smem_read64(&m, a)) < 0;
    uint64_t need = s.has_end ? s.end - RAM_BASE : info.loaded_bytes;
    bad |= fprintf(fp, "elf=%s\nram_bytes=%llu\nentry=0x%" PRIx64 "\ntohost=0x%" PRIx64 "\nneeds_bytes=%" PRIu64 "\n",
                   elf, ram, info.entry, info.has_tohost ? info.tohost : 0, need) < 0;
    bad |= fclose(fh) != 0;
    bad |= fclose(fp) != 0;
    if (bad || rename(tmp_hex, hex) != 0 || rename(tmp_par, params) != 0) {
        fprintf(stderr, "vitrap-elf2mem: cannot write %s / %s: %s\n", hex, params, strerror(errno));
        remove(tmp_hex); remove(tmp_par); remove(hex); remove(params);
        return 2;
    }
    smem_free(&m);
    return 0;
}
