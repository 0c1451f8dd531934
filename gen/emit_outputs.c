/* emit_outputs.c - the output ports (INTERFACE section 2): every outcome
 * output is 0 without commit_valid; state views follow the registers. */
#include "emit.h"

void emit_outputs(struct emit_ctx *ctx)
{
    const int h = ctx->cfg->h;
    emit_section(ctx, "Outputs (INTERFACE section 2)");
    emit(ctx, "  assign csr_rdata   = (retire_now && d_is_csr) ? csr_rd_value : 64'd0;  // value before the write\n");
    emit(ctx, "  assign retire      = retire_now;\n");
    emit(ctx, "  assign stall       = stall_now;\n");
    emit(ctx, "  assign trap        = trap_now;\n");
    emit(ctx, "  assign trap_irq    = take_irq;\n");
    emit(ctx, "  assign trap_code   = trap_now ? trap_code_now : 5'd0;\n");
    emit(ctx, "  assign xret        = do_mret || do_sret;\n");
    emit(ctx, "  assign redirect    = trap_now || do_mret || do_sret;\n");
    emit(ctx, "  assign redirect_pc = trap_now ? trap_pc : (do_mret || do_sret) ? xret_pc : 64'd0;\n\n");

    emit(ctx, "  assign priv        = priv_q;\n");
    emit(ctx, "  assign virt        = %s;\n", h ? "virt_q" : "1'b0");
    emit(ctx, "  // machine.adoc \"Memory Privilege in mstatus\"%s: with MPRV=1 in M, loads and\n",
         h ? " and hypervisor.adoc \"mstatus\"" : "");
    emit(ctx, "  // stores use MPP%s\n", h ? " and MPV (V only when MPP is not M)" : "");
    emit(ctx, "  wire ls_mprv = in_m && mstatus_mprv_q;\n");
    emit(ctx, "  assign ls_priv     = ls_mprv ? mstatus_mpp_q : priv_q;\n");
    if (h) {
        emit(ctx, "  assign ls_virt     = ls_mprv ? mret_virt : virt_q;\n");
        emit(ctx, "  // hypervisor.adoc \"hstatus\": HLV/HLVX/HSV access as V=1 with privilege SPVP\n");
        emit(ctx, "  assign hlsv_priv   = {1'b0, hstatus_spvp_q};\n");
    } else {
        emit(ctx, "  assign ls_virt     = 1'b0;\n");
        emit(ctx, "  assign hlsv_priv   = 2'd0;\n");
    }
    emit(ctx, "  assign satp        = satp_q;\n");
    emit(ctx, "  assign vsatp       = %s;\n", h ? "vsatp_q" : "64'd0");
    emit(ctx, "  assign hgatp       = %s;\n", h ? "hgatp_q" : "64'd0");
    emit(ctx, "  assign mxr         = mstatus_mxr_q;\n");
    emit(ctx, "  assign sum         = mstatus_sum_q;\n");
    emit(ctx, "  assign vs_mxr      = %s;\n", h ? "vsstatus_mxr_q" : "1'b0");
    emit(ctx, "  assign vs_sum      = %s;\n\n", h ? "vsstatus_sum_q" : "1'b0");

    emit(ctx, "  assign sfence_vma  = retire_now && d_sfence;\n");
    if (h) {
        emit(ctx, "  assign hfence_vvma = retire_now && d_hfence_vvma;\n");
        emit(ctx, "  assign hfence_gvma = retire_now && d_hfence_gvma;\n");
        emit(ctx, "  // a fence retires, or a retiring CSR write to an address that changes translation\n");
        emit(ctx, "  // or privilege state (csr_flush, as encoded)\n");
        emit(ctx, "  assign flush       = (retire_now && (d_sfence || d_hfence_vvma || d_hfence_gvma)) ||\n");
        emit(ctx, "                       (csr_do_write && csr_flush);\n\n");
    } else {
        emit(ctx, "  assign hfence_vvma = 1'b0;\n");
        emit(ctx, "  assign hfence_gvma = 1'b0;\n");
        emit(ctx, "  // a fence retires, or a retiring CSR write to an address that changes translation\n");
        emit(ctx, "  // or privilege state (csr_flush, as encoded)\n");
        emit(ctx, "  assign flush       = (retire_now && d_sfence) || (csr_do_write && csr_flush);\n\n");
    }

    emit(ctx, "  assign dbg_wfi_wait = wfi_wait_q;\n");
    if (ctx->wfi_w == 0)
        emit(ctx, "  assign dbg_wfi_cnt  = 32'd0;  // WFI_TIMEOUT = 0: no counter\n");
    else if (ctx->wfi_w == 32)
        emit(ctx, "  assign dbg_wfi_cnt  = wfi_cnt_q;\n");
    else
        emit(ctx, "  assign dbg_wfi_cnt  = {%u'd0, wfi_cnt_q};\n", 32 - ctx->wfi_w);
}
