/* emit_debug.c - the debug slots (INTERFACE section 10 "Debug slots"):
 * every existing CSR in ascending address order except pmpcfg and pmpaddr,
 * the unprivileged counters and unimplemented HPM CSRs; slot k holds what
 * an M-mode read at that address returns this cycle. */
#include "emit.h"

#include <string.h>

void emit_debug(struct emit_ctx *ctx)
{
    const struct csr_table *t = ctx->tab;
    emit_section(ctx, "Debug slots (from the CSR table): M-mode read value of each CSR");
    size_t k = 0;
    for (size_t i = 0; i < t->n; i++) {
        const struct csr_entry *e = &t->e[i];
        if (!e->dbg)
            continue;
        char rd[40];
        csr_rd_expr(e, rd, sizeof rd);
        int pad = 16 - (int)strlen(rd);
        emit(ctx, "  assign dbg_csrs[%5zu:%5zu] = %s;%*s// slot %2zu: 0x%03X %s\n",
             64 * k + 63, 64 * k, rd, pad > 1 ? pad : 1, "", k, e->addr, e->name);
        k++;
    }
}
