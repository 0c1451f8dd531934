/* emit_irq.c - interrupt selection (INTERFACE section 6; traps.md sections
 * 1.2 and 5): pending-and-enabled bits, the three levels with their global
 * enables, and the priority within the winning level. */
#include "emit.h"

#include <stdio.h>

struct irq_prio {
    unsigned bit;       /* mip bit */
    unsigned code;      /* code written to xcause */
    const char *name;
};

static void emit_level(struct emit_ctx *ctx, const char *pend, const char *tgt,
                       const struct irq_prio *p, size_t n)
{
    emit(ctx, "      irq_tgt = %s;\n", tgt);
    for (size_t i = 0; i < n; i++) {
        char cond[48], val[16];
        snprintf(cond, sizeof cond, "%sif (%s[%u])", i ? "else " : "", pend, p[i].bit);
        snprintf(val, sizeof val, "5'd%u;", p[i].code);
        emit(ctx, "      %-28s irq_code = %-6s  // %s\n", cond, val, p[i].name);
    }
}

void emit_irq(struct emit_ctx *ctx)
{
    const struct vt_config *c = ctx->cfg;
    emit_section(ctx, "Interrupt selection (INTERFACE section 6; traps.md sections 1.2 and 5)");
    emit(ctx, "  // pending (mip read value) and enabled in mie\n");
    emit(ctx, "  wire [63:0] irq_pending = rd_mip & mie_q;\n");
    emit(ctx, "  // machine.adoc \"Machine Trap Delegation\": the level of interrupt i is M when\n");
    if (c->h) {
        emit(ctx, "  // mideleg[i] = 0, HS when mideleg[i] = 1 and hideleg[i] = 0, VS when hideleg[i] = 1\n");
        emit(ctx, "  // (hideleg's bits 2, 6, 10 are read-only 1 in mideleg)\n");
        emit(ctx, "  wire [63:0] irq_m_pend  = irq_pending & ~rd_mideleg;\n");
        emit(ctx, "  wire [63:0] irq_hs_pend = irq_pending & rd_mideleg & ~hideleg_q;\n");
        emit(ctx, "  wire [63:0] irq_vs_pend = irq_pending & hideleg_q;\n");
        emit(ctx, "  // traps.md section 1.2, global enables: M-level in any mode below M or with MIE;\n");
        emit(ctx, "  // HS-level in U, VS, VU, or HS with SIE, never in M; VS-level only with V=1:\n");
        emit(ctx, "  // in VU, or in VS with vsstatus.SIE\n");
        emit(ctx, "  wire irq_m_on  = (!in_m || mstatus_mie_q) && irq_m_pend != 64'd0;\n");
        emit(ctx, "  wire irq_hs_on = (in_u || virt_q || (in_hs && mstatus_sie_q)) && irq_hs_pend != 64'd0;\n");
        emit(ctx, "  wire irq_vs_on = (in_vu || (in_vs && vsstatus_sie_q)) && irq_vs_pend != 64'd0;\n");
    } else {
        emit(ctx, "  // mideleg[i] = 0, S when mideleg[i] = 1\n");
        emit(ctx, "  wire [63:0] irq_m_pend  = irq_pending & ~rd_mideleg;\n");
        emit(ctx, "  wire [63:0] irq_hs_pend = irq_pending & rd_mideleg;\n");
        emit(ctx, "  // traps.md section 1.2, global enables: M-level below M or with MIE; S-level in U,\n");
        emit(ctx, "  // or in S with SIE, never in M\n");
        emit(ctx, "  wire irq_m_on  = (!in_m || mstatus_mie_q) && irq_m_pend != 64'd0;\n");
        emit(ctx, "  wire irq_hs_on = (in_u || (in_hs && mstatus_sie_q)) && irq_hs_pend != 64'd0;\n");
    }

    static const struct irq_prio m_order[] = {
        { 11, 11, "MEI" }, { 3, 3, "MSI" }, { 7, 7, "MTI" },
        { 9, 9, "SEI" }, { 1, 1, "SSI" }, { 5, 5, "STI" },
    };
    static const struct irq_prio hs_order[] = {
        { 9, 9, "SEI" }, { 1, 1, "SSI" }, { 5, 5, "STI" }, { 12, 12, "SGEI" },
        { 10, 10, "VSEI" }, { 2, 2, "VSSI" }, { 6, 6, "VSTI" },
    };
    static const struct irq_prio vs_order[] = {
        { 10, 9, "VSEI, reported as 9" }, { 2, 1, "VSSI, reported as 1" },
        { 6, 5, "VSTI, reported as 5" },
    };

    emit(ctx, "\n  // The highest globally enabled level with something pending wins (M, then HS,\n");
    emit(ctx, "  // then VS); within it the order of traps.md section 5.%s\n",
         c->h ? "  VS-level codes are\n  // translated 10/6/2 -> 9/5/1 (hypervisor.adoc \"Hypervisor Trap Delegation\")." : "");
    emit(ctx, "  reg       irq_any;\n");
    emit(ctx, "  reg [4:0] irq_code;\n");
    emit(ctx, "  reg [1:0] irq_tgt;\n");
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    irq_any  = 1'b1;\n");
    emit(ctx, "    irq_code = 5'd0;\n");
    emit(ctx, "    irq_tgt  = TGT_M;\n");
    emit(ctx, "    if (irq_m_on) begin\n");
    emit_level(ctx, "irq_m_pend", "TGT_M", m_order, sizeof m_order / sizeof m_order[0]);
    emit(ctx, "    end else if (irq_hs_on) begin\n");
    if (c->h) {
        size_t n = sizeof hs_order / sizeof hs_order[0];
        if (c->geilen == 0) {
            /* SGEI can never be pending: leave it out of the list */
            static const struct irq_prio hs_no_sgei[] = {
                { 9, 9, "SEI" }, { 1, 1, "SSI" }, { 5, 5, "STI" },
                { 10, 10, "VSEI" }, { 2, 2, "VSSI" }, { 6, 6, "VSTI" },
            };
            emit_level(ctx, "irq_hs_pend", "TGT_HS", hs_no_sgei, 6);
        } else {
            emit_level(ctx, "irq_hs_pend", "TGT_HS", hs_order, n);
        }
        emit(ctx, "    end else if (irq_vs_on) begin\n");
        emit_level(ctx, "irq_vs_pend", "TGT_VS", vs_order, 3);
    } else {
        emit_level(ctx, "irq_hs_pend", "TGT_HS", hs_order, 3);
    }
    emit(ctx, "    end else begin\n");
    emit(ctx, "      irq_any = 1'b0;\n");
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}
