/* emit_trap.c - what happens in a cycle (INTERFACE section 5), the trap
 * target and the values trap entry writes (traps.md section 2, INTERFACE
 * section 11), the trap vector, xRET (traps.md section 4), and the
 * privilege/V state. */
#include "emit.h"

void emit_outcome(struct emit_ctx *ctx)
{
    emit_section(ctx, "What happens this cycle (INTERFACE section 5)");
    emit(ctx, "  // explicit-memory exceptions rank below II/VI/ECALL/EBREAK (hypervisor.adoc table\n");
    emit(ctx, "  // HSyncExcPrio); every other handed-in exception (fetch faults, ...) ranks above\n");
    emit(ctx, "  wire exc_in_is_mem = exc_cause == 5'd4  || exc_cause == 5'd5  || exc_cause == 5'd6  ||\n");
    emit(ctx, "                       exc_cause == 5'd7  || exc_cause == 5'd13 || exc_cause == 5'd15 ||\n");
    emit(ctx, "                       exc_cause == 5'd21 || exc_cause == 5'd23;\n");
    emit(ctx, "  // 1. an interrupt, unless a WFI waits (traps.md ambiguity T1: interrupt first)\n");
    emit(ctx, "  wire take_irq    = commit_valid && !wfi_wait_q && irq_any;\n");
    emit(ctx, "  // 2./4. a handed-in exception: above the unit's own unless explicit-memory\n");
    emit(ctx, "  wire take_exc_in = commit_valid && !take_irq && exc_valid && (!exc_in_is_mem || !own_exc);\n");
    emit(ctx, "  // 3. the unit's own exception (II, VI, ECALL, EBREAK, WFI at its bound)\n");
    emit(ctx, "  wire take_own    = commit_valid && !take_irq && !take_exc_in && own_exc;\n");
    emit(ctx, "  wire trap_now    = take_irq || take_exc_in || take_own;\n");
    emit(ctx, "  // 5. a WFI that neither traps nor wakes waits at commit\n");
    emit(ctx, "  wire stall_now   = commit_valid && !trap_now && d_wfi && !wfi_wake;\n");
    emit(ctx, "  // 6. otherwise the instruction retires (its CSR write, xRET, fence take effect)\n");
    emit(ctx, "  wire retire_now  = commit_valid && !trap_now && !stall_now;\n");
}

void emit_trap_select(struct emit_ctx *ctx)
{
    const struct vt_config *c = ctx->cfg;
    const int h = c->h;
    emit_section(ctx, "Trap target and values (traps.md sections 1 and 2; INTERFACE section 11)");
    emit(ctx, "  wire [4:0] exc_code = take_exc_in ? exc_cause : own_code;\n");
    /* Timing (fpga/README.md "Critical path"): the delegation bits of the two
     * exception sources are looked up side by side and chosen by take_exc_in,
     * instead of indexing medeleg/hedeleg with the already-chosen exc_code;
     * the unit's own code is one of II (2), VI (22), EBREAK (3) or the ECALL
     * of the current mode, whose bit needs no decode. */
    emit(ctx, "  // delegation bits of the handed-in cause and of the unit's own cause, looked up side\n");
    emit(ctx, "  // by side (the own cause is II, VI, the mode's ECALL or EBREAK: no decode in the index)\n");
    if (h) {
        emit(ctx, "  wire in_deleg_m  = medeleg_q[{1'b0, exc_cause}];\n");
        emit(ctx, "  wire own_deleg_m = insn_verdict == ACC_II ? medeleg_q[2] : insn_verdict == ACC_VI ? medeleg_q[%d] :\n",
             c->virtual_insn ? 22 : 2);
    } else {
        emit(ctx, "  wire in_deleg_m  = medeleg_q[{1'b0, exc_cause}];\n");
        emit(ctx, "  wire own_deleg_m = insn_verdict == ACC_II ? medeleg_q[2] :\n");
    }
    emit(ctx, "                     d_ecall ? medeleg_q[{1'b0, ecall_code}] : medeleg_q[3];\n");
    emit(ctx, "  wire exc_deleg_m = take_exc_in ? in_deleg_m : own_deleg_m;  // = medeleg[exc_code]\n");
    if (h) {
        emit(ctx, "  wire in_deleg_h  = hedeleg_q[{1'b0, exc_cause}];\n");
        emit(ctx, "  wire own_deleg_h = insn_verdict == ACC_II ? hedeleg_q[2] : insn_verdict == ACC_VI ? hedeleg_q[%d] :\n",
             c->virtual_insn ? 22 : 2);
        emit(ctx, "                     d_ecall ? hedeleg_q[{1'b0, ecall_code}] : hedeleg_q[3];\n");
        emit(ctx, "  wire exc_deleg_h = take_exc_in ? in_deleg_h : own_deleg_h;  // = hedeleg[exc_code]\n");
        emit(ctx, "  // traps.md section 1.1: from M always M; with V=0 HS if medeleg[c]; with V=1 M if\n");
        emit(ctx, "  // !medeleg[c], else VS if hedeleg[c], else HS (hedeleg applies only when V=1)\n");
        emit(ctx, "  wire [1:0] exc_tgt = (in_m || !exc_deleg_m) ? TGT_M :\n");
        emit(ctx, "                       (virt_q && exc_deleg_h) ? TGT_VS : TGT_HS;\n");
    } else {
        emit(ctx, "  // machine.adoc \"Machine Trap Delegation\": from M always M; else S if medeleg[c]\n");
        emit(ctx, "  wire [1:0] exc_tgt = (in_m || !exc_deleg_m) ? TGT_M : TGT_HS;\n");
    }
    emit(ctx, "  wire [1:0] trap_tgt  = take_irq ? irq_tgt  : exc_tgt;\n");
    emit(ctx, "  wire [4:0] trap_code_now = take_irq ? irq_code : exc_code;  // as written to xcause\n");
    emit(ctx, "  wire [63:0] trap_cause_value = {take_irq, 58'd0, trap_code_now};\n");
    emit(ctx, "  wire trap_to_m  = trap_now && trap_tgt == TGT_M;\n");
    emit(ctx, "  wire trap_to_hs = trap_now && trap_tgt == TGT_HS;\n");
    if (h)
        emit(ctx, "  wire trap_to_vs = trap_now && trap_tgt == TGT_VS;\n");

    emit(ctx, "\n  // xtval / tval2 / tinst / GVA (INTERFACE section 11; traps.md sections 2.4-2.6):\n");
    emit(ctx, "  // interrupt: all 0.  Handed-in: the exc_* inputs.  II/VI: the instruction bits%s,\n",
         c->mtval_insn ? "" : " (off: 0)");
    emit(ctx, "  // tval2 = tinst = GVA = 0.  ECALL: all 0.  EBREAK: xtval = pc, GVA = V before the trap.\n");
    emit(ctx, "  reg [63:0] trap_tval;\n");
    if (h) {
        emit(ctx, "  reg [63:0] trap_tval2;\n");
        emit(ctx, "  reg [63:0] trap_tinst;\n");
        emit(ctx, "  reg        trap_gva;\n");
    }
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    trap_tval  = 64'd0;\n");
    if (h) {
        emit(ctx, "    trap_tval2 = 64'd0;\n");
        emit(ctx, "    trap_tinst = 64'd0;\n");
        emit(ctx, "    trap_gva   = 1'b0;\n");
    }
    emit(ctx, "    if (take_irq) begin\n");
    emit(ctx, "      trap_tval  = 64'd0;\n");
    emit(ctx, "    end else if (take_exc_in) begin\n");
    emit(ctx, "      trap_tval  = exc_tval;\n");
    if (h) {
        emit(ctx, "      trap_tval2 = exc_tval2;\n");
        emit(ctx, "      trap_tinst = exc_tinst;\n");
        emit(ctx, "      trap_gva   = exc_gva;\n");
    }
    emit(ctx, "    end else if (own_insn_fault) begin\n");
    if (c->mtval_insn)
        emit(ctx, "      trap_tval  = {32'd0, commit_insn};\n");
    else
        emit(ctx, "      trap_tval  = 64'd0;  // mtval_insn off\n");
    emit(ctx, "    end else if (d_ebreak) begin\n");
    emit(ctx, "      trap_tval  = commit_pc;\n");
    if (h)
        emit(ctx, "      trap_gva   = virt_q;  // a V=1 pc is a guest virtual address\n");
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");

    emit(ctx, "\n  // machine.adoc \"Machine Trap-Vector Base-Address\": the target's tvec; in Vectored\n");
    emit(ctx, "  // mode (MODE bit 0) interrupts go to BASE + 4 * the code written to xcause%s\n",
         h ? "\n  // (translated for VS, traps.md ambiguity T2)" : "");
    /* Timing: the interrupt vector (BASE + 4 * code, an adder) depends only on the
     * interrupt side, so it is computed off the decode path; an exception goes to
     * BASE and needs no adder. */
    emit(ctx, "  // interrupt vector: off the decode path (irq_tgt, irq_code only)\n");
    emit(ctx, "  reg [61:0] irq_tvec_base;\n");
    emit(ctx, "  reg        irq_tvec_vec;\n");
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    case (irq_tgt)\n");
    emit(ctx, "      TGT_M:   begin irq_tvec_base = mtvec_q[63:2]; irq_tvec_vec = mtvec_q[0]; end\n");
    if (h) {
        emit(ctx, "      TGT_HS:  begin irq_tvec_base = stvec_q[63:2]; irq_tvec_vec = stvec_q[0]; end\n");
        emit(ctx, "      default: begin irq_tvec_base = vstvec_q[63:2]; irq_tvec_vec = vstvec_q[0]; end\n");
    } else {
        emit(ctx, "      default: begin irq_tvec_base = stvec_q[63:2]; irq_tvec_vec = stvec_q[0]; end\n");
    }
    emit(ctx, "    endcase\n");
    emit(ctx, "  end\n");
    emit(ctx, "  // exception vector: BASE of the target's tvec, whatever its MODE\n");
    emit(ctx, "  reg [61:0] exc_tvec_base;\n");
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    case (exc_tgt)\n");
    emit(ctx, "      TGT_M:   exc_tvec_base = mtvec_q[63:2];\n");
    if (h) {
        emit(ctx, "      TGT_HS:  exc_tvec_base = stvec_q[63:2];\n");
        emit(ctx, "      default: exc_tvec_base = vstvec_q[63:2];\n");
    } else {
        emit(ctx, "      default: exc_tvec_base = stvec_q[63:2];\n");
    }
    emit(ctx, "    endcase\n");
    emit(ctx, "  end\n");
    emit(ctx, "  wire [63:0] irq_pc  = {irq_tvec_base, 2'b00} + (irq_tvec_vec ? {57'd0, irq_code, 2'b00} : 64'd0);\n");
    emit(ctx, "  wire [63:0] trap_pc = take_irq ? irq_pc : {exc_tvec_base, 2'b00};\n");
}

void emit_xret(struct emit_ctx *ctx)
{
    const int h = ctx->cfg->h;
    emit_section(ctx, "xRET (traps.md section 4)");
    emit(ctx, "  wire do_mret    = retire_now && d_mret;   // only retires in M\n");
    emit(ctx, "  wire do_sret    = retire_now && d_sret;\n");
    if (h) {
        emit(ctx, "  wire do_sret_hs = do_sret && !virt_q;     // V=0 (HS or M): hstatus.SPV, sstatus.SPP\n");
        emit(ctx, "  wire do_sret_vs = do_sret &&  virt_q;     // V=1 (VS): vsstatus\n");
        emit(ctx, "  // MRET: the new mode is MPP, with V = MPV unless MPP = M\n");
        emit(ctx, "  wire mret_virt  = mstatus_mpp_q != PRV_M && mstatus_mpv_q;\n");
        emit(ctx, "  // target = xepc as read (already masked in storage)\n");
        emit(ctx, "  wire [63:0] xret_pc = do_mret ? rd_mepc : do_sret_vs ? rd_vsepc : rd_sepc;\n");
    } else {
        emit(ctx, "  wire do_sret_hs = do_sret;\n");
        emit(ctx, "  // target = xepc as read (already masked in storage)\n");
        emit(ctx, "  wire [63:0] xret_pc = do_mret ? rd_mepc : rd_sepc;\n");
    }
}

void emit_mode_seq(struct emit_ctx *ctx)
{
    const int h = ctx->cfg->h;
    emit_section(ctx, "Privilege mode and V");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst) begin\n");
    emit(ctx, "      priv_q <= PRV_M;\n");
    if (h)
        emit(ctx, "      virt_q <= 1'b0;\n");
    emit(ctx, "    end else if (trap_to_m) begin\n");
    emit(ctx, "      priv_q <= PRV_M;\n");
    if (h)
        emit(ctx, "      virt_q <= 1'b0;\n");
    emit(ctx, "    end else if (trap_to_hs) begin\n");
    emit(ctx, "      priv_q <= PRV_S;\n");
    if (h) {
        emit(ctx, "      virt_q <= 1'b0;\n");
        emit(ctx, "    end else if (trap_to_vs) begin\n");
        emit(ctx, "      priv_q <= PRV_S;  // V stays 1\n");
    }
    emit(ctx, "    end else if (do_mret) begin\n");
    emit(ctx, "      priv_q <= mstatus_mpp_q;\n");
    if (h)
        emit(ctx, "      virt_q <= mret_virt;\n");
    emit(ctx, "    end else if (do_sret_hs) begin\n");
    emit(ctx, "      priv_q <= {1'b0, mstatus_spp_q};\n");
    if (h) {
        emit(ctx, "      virt_q <= hstatus_spv_q;\n");
        emit(ctx, "    end else if (do_sret_vs) begin\n");
        emit(ctx, "      priv_q <= {1'b0, vsstatus_spp_q};  // V stays 1\n");
    }
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}
