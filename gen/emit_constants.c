/* emit_constants.c - localparams: privilege encodings, decision codes, trap
 * targets, CSR gates, and the write masks / read-only-one bits taken from
 * the CSR table. */
#include "emit.h"

#include <stdio.h>


/* Whether a CSR's write mask is emitted as <NAME>_WMASK (used by its
 * next-state logic in emit_csr_regs.c). */
static int has_wmask_param(const struct csr_entry *e)
{
    if (e->kind == CK_MASKED)
        return e->wmask != ~UINT64_C(0);
    return e->kind == CK_MIE || e->kind == CK_HIE;
}

void emit_constants(struct emit_ctx *ctx)
{
    const struct vt_config *c = ctx->cfg;
    emit_section(ctx, "Constants");
    emit(ctx, "  // privilege levels (priv encoding; 2 is never used)\n");
    emit(ctx, "  localparam [1:0] PRV_U = 2'd0;\n");
    emit(ctx, "  localparam [1:0] PRV_S = 2'd1;\n");
    emit(ctx, "  localparam [1:0] PRV_M = 2'd3;\n");
    emit(ctx, "  // access decisions (INTERFACE section 4)\n");
    emit(ctx, "  localparam [1:0] ACC_OK = 2'd0;  // runs normally\n");
    emit(ctx, "  localparam [1:0] ACC_II = 2'd1;  // illegal-instruction exception (2)\n");
    if (c->h)
        emit(ctx, "  localparam [1:0] ACC_VI = 2'd2;  // virtual-instruction exception (22)\n");
    emit(ctx, "  // trap targets\n");
    emit(ctx, "  localparam [1:0] TGT_M  = 2'd0;\n");
    emit(ctx, "  localparam [1:0] TGT_HS = 2'd1;  // S-mode%s\n", c->h ? " with V=0" : "");
    if (c->h)
        emit(ctx, "  localparam [1:0] TGT_VS = 2'd2;\n");
    emit(ctx, "  // CSR-specific access rules, checked after the privilege check\n");
    emit(ctx, "  localparam [1:0] GATE_NONE    = 2'd0;\n");
    emit(ctx, "  localparam [1:0] GATE_COUNTER = 2'd1;  // mcounteren / hcounteren / scounteren\n");
    emit(ctx, "  localparam [1:0] GATE_SATP    = 2'd2;  // TVM in HS, VTVM in VS\n");
    if (c->h)
        emit(ctx, "  localparam [1:0] GATE_HGATP   = 2'd3;  // TVM in HS only\n");
    if (ctx->wfi_w)
        emit(ctx, "  // WFI bound (INTERFACE section 7)\n"
                  "  localparam [%u:0] WFI_TIMEOUT = %u'd%lu;\n",
             ctx->wfi_w - 1, ctx->wfi_w, (unsigned long)c->wfi_timeout);

    emit(ctx, "  // write masks and read-only-one bits (from the CSR table, INTERFACE section 10)\n");
    for (size_t i = 0; i < ctx->tab->n; i++) {
        const struct csr_entry *e = &ctx->tab->e[i];
        char up[32], lit[40];
        upper_name(e->name, up, sizeof up);
        if (has_wmask_param(e)) {
            vlit64(e->wmask, lit, sizeof lit);
            emit(ctx, "  localparam [63:0] %s_WMASK = %s;\n", up, lit);
        }
        if (e->kind == CK_MASKED && e->rconst != 0) {
            vlit64(e->rconst, lit, sizeof lit);
            emit(ctx, "  localparam [63:0] %s_RO1 = %s;\n", up, lit);
        }
    }
}
