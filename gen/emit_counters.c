/* emit_counters.c - mcycle, minstret and the implemented mhpmcounterN
 * (INTERFACE section 8): storage, HPM events, next-state. */
#include "emit.h"

#include <string.h>

void emit_counter_state_decl(struct emit_ctx *ctx)
{
    const struct csr_table *t = ctx->tab;
    emit(ctx, "  // counters (INTERFACE section 8)\n");
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].kind == CK_COUNTER)
            emit(ctx, "  reg  [63:0] %s_q;\n", t->e[i].name);
}

void emit_counter_events(struct emit_ctx *ctx)
{
    if (ctx->cfg->hpm_counters == 0)
        return;
    emit_section(ctx, "HPM events (INTERFACE section 8): index = mhpmeventN[2:0]");
    emit(ctx, "  // 0 none, 1 exception trap, 2 interrupt trap, 3 trap with exception cause 2,\n");
    emit(ctx, "  // 4 trap with exception cause 22, 5 stall, 6 xRET retires, 7 none\n");
    emit(ctx, "  wire [7:0] hpm_event = {\n");
    emit(ctx, "    1'b0,                                            // 7\n");
    emit(ctx, "    retire_now && (d_mret || d_sret),                // 6\n");
    emit(ctx, "    stall_now,                                       // 5\n");
    emit(ctx, "    trap_now && !take_irq && trap_code_now == 5'd22, // 4\n");
    emit(ctx, "    trap_now && !take_irq && trap_code_now == 5'd2,  // 3\n");
    emit(ctx, "    take_irq,                                        // 2\n");
    emit(ctx, "    trap_now && !take_irq,                           // 1\n");
    emit(ctx, "    1'b0                                             // 0\n");
    emit(ctx, "  };\n");
}

void emit_counter_seq(struct emit_ctx *ctx)
{
    const struct csr_table *t = ctx->tab;
    emit_section(ctx, "Counters (INTERFACE section 8): a retiring CSR write wins over the increment");
    for (size_t i = 0; i < t->n; i++) {
        const struct csr_entry *e = &t->e[i];
        if (e->kind != CK_COUNTER)
            continue;
        emit(ctx, "\n  // %s (0x%03X)", e->name, e->addr);
        if (e->addr == 0xB00)
            emit(ctx, ": every cycle unless mcountinhibit.CY\n");
        else if (e->addr == 0xB02)
            emit(ctx, ": retire_in without trap or stall, unless mcountinhibit.IR\n");
        else
            emit(ctx, ": the event selected by mhpmevent%u, unless mcountinhibit[%u]\n",
                 e->index, e->index);
        emit(ctx, "  always @(posedge clk) begin\n");
        int w = (int)strlen(e->name) + 13;  /* "else if (we_NAME)" */
        emit(ctx, "    %-*s %s_q <= 64'd0;\n", w, "if (rst)", e->name);
        emit(ctx, "    else if (we_%s) %s_q <= csr_wdata;\n", e->name, e->name);
        if (e->addr == 0xB00)
            emit(ctx, "    else if (!mcountinhibit_q[0])\n");
        else if (e->addr == 0xB02)
            emit(ctx, "    else if (retire_in && !trap_now && !stall_now && !mcountinhibit_q[2])\n");
        else
            emit(ctx, "    else if (hpm_event[mhpmevent%u_q[2:0]] && !mcountinhibit_q[%u])\n",
                 e->index, e->index);
        emit(ctx, "      %s_q <= %s_q + 64'd1;\n", e->name, e->name);
        emit(ctx, "  end\n");
    }
}
