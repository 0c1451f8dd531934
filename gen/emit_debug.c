/* emit_debug.c - the debug slots (INTERFACE section 10 "Debug slots"):
 * every existing CSR in ascending address order except pmpcfg and pmpaddr,
 * the unprivileged counters and unimplemented HPM CSRs; slot k holds what
 * an M-mode read at that address returns this cycle. */
#include "emit.h"

#include <string.h>

/* One line per slot: the public array element (port = 0) or the slice of the
 * wide port (port = 1), from the same read expression. */
static void emit_slots(struct emit_ctx *ctx, int port)
{
    const struct csr_table *t = ctx->tab;
    size_t k = 0;
    for (size_t i = 0; i < t->n; i++) {
        const struct csr_entry *e = &t->e[i];
        if (!e->dbg)
            continue;
        char rd[40];
        csr_rd_expr(e, rd, sizeof rd);
        int pad = 16 - (int)strlen(rd);
        if (port)
            emit(ctx, "  assign dbg_csrs[%5zu:%5zu] = %s;%*s// slot %2zu: 0x%03X %s\n",
                 64 * k + 63, 64 * k, rd, pad > 1 ? pad : 1, "", k, e->addr, e->name);
        else
            emit(ctx, "  assign dbg_slots[%2zu] = %s;%*s// 0x%03X %s\n", k, rd,
                 pad > 1 ? pad : 1, "", e->addr, e->name);
        k++;
    }
}

void emit_debug(struct emit_ctx *ctx)
{
    emit_section(ctx, "Debug slots (from the CSR table): M-mode read value of each CSR");
    /* INTERFACE section 2 "dbg_csrs": the Verilator lock-step build defines
     * VITRAP_NO_DBG_PORT and reads the same values from one public array in
     * slot order, instead of a port Verilator would assemble on every
     * evaluation */
    emit(ctx, "`ifdef VITRAP_NO_DBG_PORT\n");
    emit(ctx, "  wire [63:0] dbg_slots [0:%zu] /*verilator public_flat_rd*/;\n",
         ctx->tab->nslots - 1);
    emit_slots(ctx, 0);
    emit(ctx, "`else\n");
    emit_slots(ctx, 1);
    emit(ctx, "`endif\n");
}
