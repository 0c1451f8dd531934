/* emit_verilog.c - vitrap_csr.v: the order of the sections.  Every signal
 * is declared before it is used, so the state comes first, then the
 * combinational logic in dependency order, then the registers, outputs and
 * debug slots. */
#include "emit.h"

void emit_verilog(struct emit_ctx *ctx)
{
    emit_file_header(ctx);
    emit(ctx, "`default_nettype none\n\n");
    emit_ports(ctx);
    emit_unused_inputs(ctx);
    emit_constants(ctx);

    emit_section(ctx, "Architectural state");
    emit_mode_state_decl(ctx);
    emit_wfi_state_decl(ctx);
    emit_csr_state_decl(ctx);
    emit_counter_state_decl(ctx);

    emit_decode(ctx);
    emit_csr_addr_decode(ctx);
    emit_csr_read(ctx);
    emit_irq(ctx);
    emit_wfi_comb(ctx);
    emit_access(ctx);
    emit_outcome(ctx);
    emit_trap_select(ctx);
    emit_xret(ctx);
    emit_csr_write(ctx);
    emit_counter_events(ctx);

    emit_mode_seq(ctx);
    emit_wfi_seq(ctx);
    emit_csr_regs_seq(ctx);
    emit_counter_seq(ctx);

    emit_outputs(ctx);
    emit_debug(ctx);
    emit(ctx, "\nendmodule\n\n`default_nettype wire\n");
}
