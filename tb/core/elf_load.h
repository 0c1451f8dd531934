/* Loading an RV64 little-endian ELF executable into a sparse RAM image:
 * every PT_LOAD segment at its physical address (file bytes, then zeros up
 * to its memory size), and the HTIF symbols tohost / fromhost. */
#ifndef TB_CORE_ELF_LOAD_H
#define TB_CORE_ELF_LOAD_H

#include <stddef.h>
#include <stdint.h>

#include "sparse_mem.h"

struct elf_info {
    uint64_t entry;
    int has_tohost, has_fromhost;
    uint64_t tohost, fromhost;
    uint64_t loaded_bytes;
};

/* 0 on success; -1 with a one-line reason in err (no trailing newline)
 * naming the problem: not an ELF, not 64-bit, not little-endian, not
 * RISC-V, not an executable, a truncated file, a segment outside RAM. */
int elf_load(const char *path, struct sparse_mem *ram, struct elf_info *info,
             char *err, size_t errlen);

/* Calls fn(ctx, name, value) for every named symbol of the ELF's symbol
 * table (none for a stripped file). 0, or -1 with a one-line reason in err. */
int elf_symbols(const char *path, void (*fn)(void *ctx, const char *name, uint64_t value),
                void *ctx, char *err, size_t errlen);

#endif
