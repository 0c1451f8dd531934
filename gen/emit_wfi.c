/* emit_wfi.c - WFI: trap kind, wake-up and the bounded counter
 * (INTERFACE section 7; wfi.md sections 2, 3 and 7). */
#include "emit.h"

void emit_wfi_state_decl(struct emit_ctx *ctx)
{
    emit(ctx, "  // WFI: a WFI waited at commit in the previous cycle, and the cycles it waited\n");
    emit(ctx, "  reg         wfi_wait_q;\n");
    if (ctx->wfi_w)
        emit(ctx, "  reg  [%u:0] %swfi_cnt_q;    // saturates at WFI_TIMEOUT\n",
             ctx->wfi_w - 1, ctx->wfi_w - 1 < 10 ? " " : "");
}

void emit_wfi_comb(struct emit_ctx *ctx)
{
    const int h = ctx->cfg->h;
    emit_section(ctx, "WFI (INTERFACE section 7; wfi.md sections 2 and 3)");
    emit(ctx, "  // wfi.md section 3: the exception a WFI raises if it does not complete in time.\n");
    emit(ctx, "  // M: none.  mstatus.TW=1: II in every mode below M (TW wins over VTW; VU with\n");
    emit(ctx, "  // TW=1 is II).  %sU-mode (V=0): II whatever TW is.\n",
         h ? "VU with TW=0: VI.  VS with VTW=1, TW=0: VI.  " : "");
    emit(ctx, "  reg [1:0] wfi_kind;\n");
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    if (in_m)                        wfi_kind = ACC_OK;\n");
    emit(ctx, "    else if (mstatus_tw_q)           wfi_kind = ACC_II;\n");
    if (h) {
        emit(ctx, "    else if (in_vu)                  wfi_kind = ACC_VI;\n");
        emit(ctx, "    else if (in_vs && hstatus_vtw_q) wfi_kind = ACC_VI;\n");
    }
    emit(ctx, "    else if (in_u)                   wfi_kind = ACC_II;\n");
    emit(ctx, "    else                             wfi_kind = ACC_OK;\n");
    emit(ctx, "  end\n");
    emit(ctx, "  // wfi.md section 2: wake on an interrupt pending and enabled in mie, whatever the\n");
    emit(ctx, "  // global enables and the delegation\n");
    emit(ctx, "  wire wfi_wake = irq_pending != 64'd0;\n");
    if (ctx->wfi_w)
        emit(ctx, "  // at the bound, a WFI that would trap traps (the trap wins over a wake)\n"
                  "  wire wfi_at_bound = wfi_cnt_q == WFI_TIMEOUT;\n");
    else
        emit(ctx, "  // WFI_TIMEOUT = 0: the counter is always at the bound, so a WFI that would trap\n"
                  "  // traps at once (the trap wins over a wake)\n"
                  "  wire wfi_at_bound = 1'b1;\n");
}

void emit_wfi_seq(struct emit_ctx *ctx)
{
    emit_section(ctx, "WFI state (INTERFACE section 7)");
    emit(ctx, "  // A stalled WFI counts its cycles, saturating at WFI_TIMEOUT; every cycle without\n");
    emit(ctx, "  // a stall clears the state.\n");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst) begin\n");
    emit(ctx, "      wfi_wait_q <= 1'b0;\n");
    if (ctx->wfi_w)
        emit(ctx, "      wfi_cnt_q  <= %u'd0;\n", ctx->wfi_w);
    emit(ctx, "    end else if (stall_now) begin\n");
    emit(ctx, "      wfi_wait_q <= 1'b1;\n");
    if (ctx->wfi_w)
        emit(ctx, "      if (!wfi_at_bound) wfi_cnt_q <= wfi_cnt_q + %u'd1;\n", ctx->wfi_w);
    emit(ctx, "    end else begin\n");
    emit(ctx, "      wfi_wait_q <= 1'b0;\n");
    if (ctx->wfi_w)
        emit(ctx, "      wfi_cnt_q  <= %u'd0;\n", ctx->wfi_w);
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}
