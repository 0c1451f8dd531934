/* The HTIF host as Spike's front end serves it (riscv-pk machine/htif.h,
 * riscv-tests benchmarks/common/syscalls.c): acts after the edge of a store
 * that wrote any byte of tohost (rtl/core/PIPELINE.md section 9.5).
 *   tohost odd             -> the program exits with code tohost >> 1
 *   device 0, command 0    -> syscall proxy: payload = address of
 *                             magic_mem[8] = {num, a0, a1, a2, ...};
 *                             SYS_write (64) to fd 1/2, SYS_exit (93);
 *                             result in magic_mem[0], fromhost = 1
 *   device 1, command 1    -> console: print the payload's low byte,
 *                             fromhost = (1 << 56) | (1 << 48) | 0x100 | byte
 * Every served command clears tohost. */
#ifndef TB_CORE_HTIF_H
#define TB_CORE_HTIF_H

#include <stdint.h>
#include <stdio.h>

#include "sparse_mem.h"

#define HTIF_SYS_WRITE 64
#define HTIF_SYS_EXIT  93

struct htif {
    int enabled;
    uint64_t tohost, fromhost; /* addresses (from the ELF's symbols) */
    FILE *out, *err;           /* where this side prints (NULL: silent) */
};

enum { HTIF_RUN = 0, HTIF_EXIT = 1 };

/* Does a store of size bytes at addr touch tohost? */
int htif_store_hits(const struct htif *h, uint64_t addr, unsigned size);

/* Serve tohost in m; returns HTIF_EXIT with *code set when the program
 * ended, else HTIF_RUN. */
int htif_service(const struct htif *h, struct sparse_mem *m, int *code);

#endif
