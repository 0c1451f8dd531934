/* ELF64 loader for the runner (elf_load.h). Reads the file itself (no libelf):
 * the ELF header, the program headers, and the symbol table (HTIF, and the
 * symbols of the runner's event log). */
#define _POSIX_C_SOURCE 200809L
#include "elf_load.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EM_RISCV 243
#define PT_LOAD 1
#define SHT_SYMTAB 2

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t rd32(const uint8_t *p) { return (uint32_t)rd16(p) | (uint32_t)rd16(p + 2) << 16; }
static uint64_t rd64(const uint8_t *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }

static int fail(char *err, size_t n, const char *path, const char *why)
{
    snprintf(err, n, "%s: %s", path, why);
    return -1;
}

static int in_file(uint64_t off, uint64_t len, size_t size)
{
    return off <= size && len <= size - off;
}

typedef void (*sym_fn)(void *ctx, const char *name, uint64_t value);

/* Calls fn for every named symbol of the first SHT_SYMTAB section (there
 * may be none: a stripped file has no symbols, which is not an error). */
static void walk_symbols(const uint8_t *f, size_t size, sym_fn fn, void *ctx)
{
    uint64_t shoff = rd64(f + 0x28);
    uint16_t shentsize = rd16(f + 0x3a), shnum = rd16(f + 0x3c);
    if (!shoff || shentsize < 64 || !in_file(shoff, (uint64_t)shnum * shentsize, size))
        return;
    for (unsigned i = 0; i < shnum; i++) {
        const uint8_t *sh = f + shoff + (uint64_t)i * shentsize;
        if (rd32(sh + 4) != SHT_SYMTAB)
            continue;
        uint64_t off = rd64(sh + 0x18), len = rd64(sh + 0x20), entsize = rd64(sh + 0x38);
        uint32_t link = rd32(sh + 0x28);
        if (entsize < 24 || link >= shnum || !in_file(off, len, size))
            return;
        const uint8_t *str_sh = f + shoff + (uint64_t)link * shentsize;
        uint64_t stroff = rd64(str_sh + 0x18), strlen_ = rd64(str_sh + 0x20);
        if (!in_file(stroff, strlen_, size))
            return;
        for (uint64_t s = 0; s + entsize <= len; s += entsize) {
            const uint8_t *sym = f + off + s;
            uint32_t name = rd32(sym);
            if (name >= strlen_)
                continue;
            const char *nm = (const char *)f + stroff + name;
            size_t maxlen = (size_t)(strlen_ - name);
            if (strnlen(nm, maxlen) == maxlen || nm[0] == '\0')
                continue;
            fn(ctx, nm, rd64(sym + 8));
        }
        return;
    }
}

/* tohost / fromhost (optional) */
static void htif_symbol(void *ctx, const char *nm, uint64_t value)
{
    struct elf_info *info = ctx;
    if (strcmp(nm, "tohost") == 0) {
        info->has_tohost = 1;
        info->tohost = value;
    } else if (strcmp(nm, "fromhost") == 0) {
        info->has_fromhost = 1;
        info->fromhost = value;
    }
}

static int load_image(const char *path, const uint8_t *f, size_t size, struct sparse_mem *ram,
                      struct elf_info *info, char *err, size_t errlen)
{
    if (size < 4 || memcmp(f, "\x7f" "ELF", 4) != 0)
        return fail(err, errlen, path, "not an ELF file");
    if (size < 64)
        return fail(err, errlen, path, "truncated ELF header");
    if (f[4] != 2)
        return fail(err, errlen, path, "not a 64-bit ELF (RV64 needs ELFCLASS64)");
    if (f[5] != 1)
        return fail(err, errlen, path, "not a little-endian ELF");
    if (rd16(f + 0x12) != EM_RISCV)
        return fail(err, errlen, path, "not a RISC-V ELF (e_machine is not EM_RISCV)");
    if (rd16(f + 0x10) != 2)
        return fail(err, errlen, path, "not an executable ELF (e_type is not ET_EXEC)");
    info->entry = rd64(f + 0x18);
    uint64_t phoff = rd64(f + 0x20);
    uint16_t phentsize = rd16(f + 0x36), phnum = rd16(f + 0x38);
    if (phentsize < 56 || !in_file(phoff, (uint64_t)phnum * phentsize, size))
        return fail(err, errlen, path, "truncated program headers");
    int loads = 0;
    for (unsigned i = 0; i < phnum; i++) {
        const uint8_t *ph = f + phoff + (uint64_t)i * phentsize;
        if (rd32(ph) != PT_LOAD)
            continue;
        uint64_t off = rd64(ph + 8), paddr = rd64(ph + 0x18);
        uint64_t filesz = rd64(ph + 0x20), memsz = rd64(ph + 0x28);
        if (filesz > memsz || !in_file(off, filesz, size))
            return fail(err, errlen, path, "truncated or inconsistent PT_LOAD segment");
        if (memsz == 0)
            continue;
        if (!smem_contains(ram, paddr, memsz)) {
            snprintf(err, errlen,
                     "%s: segment at 0x%llx..0x%llx is outside RAM 0x%llx..0x%llx", path,
                     (unsigned long long)paddr, (unsigned long long)(paddr + memsz - 1),
                     (unsigned long long)ram->base,
                     (unsigned long long)(ram->base + ram->size - 1));
            return -1;
        }
        if (smem_write_bytes(ram, paddr, f + off, (size_t)filesz) != 0)
            return fail(err, errlen, path, "out of memory loading a segment");
        /* the bss part: RAM already reads 0 where nothing was written */
        info->loaded_bytes += memsz;
        loads++;
    }
    if (!loads)
        return fail(err, errlen, path, "no loadable segment");
    walk_symbols(f, size, htif_symbol, info);
    return 0;
}

/* The whole file in a malloc'd buffer; 0, or -1 with err. */
static int read_file(const char *path, uint8_t **out, size_t *out_size, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    uint8_t *buf = NULL;
    size_t size = 0, cap = 0;
    for (;;) {
        if (size == cap) {
            cap = cap ? 2 * cap : 65536;
            uint8_t *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(fp);
                return fail(err, errlen, path, "out of memory reading the file");
            }
            buf = nb;
        }
        size_t n = fread(buf + size, 1, cap - size, fp);
        size += n;
        if (n == 0)
            break;
    }
    int bad = ferror(fp);
    fclose(fp);
    if (bad) {
        free(buf);
        return fail(err, errlen, path, "read error");
    }
    *out = buf;
    *out_size = size;
    return 0;
}

int elf_load(const char *path, struct sparse_mem *ram, struct elf_info *info,
             char *err, size_t errlen)
{
    memset(info, 0, sizeof *info);
    uint8_t *buf;
    size_t size;
    if (read_file(path, &buf, &size, err, errlen) != 0)
        return -1;
    int rc = load_image(path, buf, size, ram, info, err, errlen);
    free(buf);
    return rc;
}

int elf_symbols(const char *path, void (*fn)(void *ctx, const char *name, uint64_t value),
                void *ctx, char *err, size_t errlen)
{
    uint8_t *buf;
    size_t size;
    if (read_file(path, &buf, &size, err, errlen) != 0)
        return -1;
    if (size < 64 || memcmp(buf, "\x7f" "ELF", 4) != 0 || buf[4] != 2) {
        free(buf);
        return fail(err, errlen, path, "not an ELF64 file");
    }
    walk_symbols(buf, size, fn, ctx);
    free(buf);
    return 0;
}
