/* emit_access.c - the decision for the committed instruction: OK, illegal
 * instruction (2), virtual instruction (22), ECALL, EBREAK (INTERFACE
 * section 4; virtual-instruction.md sections 3 and 7). */
#include "emit.h"

static void emit_csr_verdict(struct emit_ctx *ctx)
{
    const struct vt_config *c = ctx->cfg;
    const int h = c->h;
    emit_section(ctx, "CSR access decision (INTERFACE section 4; virtual-instruction.md sections 3, 7)");
    emit(ctx, "  // csrs.adoc \"CSR Address Mapping Conventions\": bits 11:10 = 11 read-only, bits 9:8\n");
    emit(ctx, "  // the lowest privilege level (0 U, 1 S, 2 HS/hypervisor, 3 M).  The mode's level:\n");
    if (h) {
        emit(ctx, "  // M 3, HS 2, VS 1, U and VU 0.\n");
        emit(ctx, "  wire [1:0] csr_mode_level = in_m ? 2'd3 : in_hs ? 2'd2 : in_vs ? 2'd1 : 2'd0;\n");
    } else {
        emit(ctx, "  // M 3, S 1, U 0.\n");
        emit(ctx, "  wire [1:0] csr_mode_level = in_m ? 2'd3 : in_hs ? 2'd1 : 2'd0;\n");
    }
    emit(ctx, "  wire       csr_ro_write   = d_csr_writes && d_csr_addr[11:10] == 2'b11;\n");
    emit(ctx, "  // counters: bit X of the *counteren registers is the low 5 bits of the address\n");
    emit(ctx, "  wire [5:0] cnt_bit = {1'b0, d_csr_addr[4:0]};\n\n");
    emit(ctx, "  reg [1:0] csr_verdict;\n");
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    csr_verdict = ACC_OK;\n");
    emit(ctx, "    if (!csr_exists)\n");
    emit(ctx, "      csr_verdict = ACC_II;  // not implemented: never HS-qualified\n");
    emit(ctx, "    else if (csr_ro_write)\n");
    emit(ctx, "      csr_verdict = ACC_II;  // write to a read-only CSR: II in every mode, also with V=1\n");
    emit(ctx, "    else if (in_m)\n");
    emit(ctx, "      csr_verdict = ACC_OK;\n");
    emit(ctx, "    else if (d_csr_addr[9:8] == 2'b11)\n");
    emit(ctx, "      csr_verdict = ACC_II;  // M-level CSR below M: never HS-qualified\n");
    emit(ctx, "    else if (csr_mode_level < d_csr_addr[9:8])\n");
    if (h)
        emit(ctx, "      // hypervisor.adoc \"Trap Cause Codes\": insufficient privilege with V=1 on an\n"
                  "      // existing CSR that HS-mode could access -> virtual instruction\n"
                  "      csr_verdict = virt_q ? ACC_VI : ACC_II;\n");
    else
        emit(ctx, "      csr_verdict = ACC_II;  // insufficient privilege\n");
    emit(ctx, "    else begin\n");
    emit(ctx, "      case (csr_gate)\n");
    emit(ctx, "        // machine.adoc \"Machine Counter-Enable\": mcounteren=0 -> II in every mode below M;\n");
    emit(ctx, "        // supervisor.adoc \"Counter-Enable (scounteren)\": scounteren=0 -> II in U;\n");
    if (h)
        emit(ctx, "        // hypervisor.adoc \"Hypervisor Counter-Enable\": hcounteren=0 -> VI in VS and VU,\n"
                  "        // scounteren=0 -> VI in VU (virtual-instruction.md section 4.1)\n");
    emit(ctx, "        GATE_COUNTER: begin\n");
    emit(ctx, "          if (!mcounteren_q[cnt_bit])                    csr_verdict = ACC_II;\n");
    emit(ctx, "          else if (in_u && !scounteren_q[cnt_bit])       csr_verdict = ACC_II;\n");
    if (h) {
        emit(ctx, "          else if (in_vs && !hcounteren_q[cnt_bit])      csr_verdict = ACC_VI;\n");
        emit(ctx, "          else if (in_vu && !(hcounteren_q[cnt_bit] && scounteren_q[cnt_bit]))\n");
        emit(ctx, "                                                         csr_verdict = ACC_VI;\n");
    }
    emit(ctx, "        end\n");
    emit(ctx, "        // machine.adoc \"Virtualization Support in mstatus\": TVM traps satp in HS only;\n");
    if (h)
        emit(ctx, "        // hypervisor.adoc \"hstatus\": VTVM traps a VS-mode satp access (reaching vsatp)\n");
    emit(ctx, "        GATE_SATP: begin\n");
    emit(ctx, "          if (in_hs && mstatus_tvm_q)                    csr_verdict = ACC_II;\n");
    if (h)
        emit(ctx, "          else if (in_vs && hstatus_vtvm_q)              csr_verdict = ACC_VI;\n");
    emit(ctx, "        end\n");
    if (h) {
        emit(ctx, "        // hypervisor.adoc \"hgatp\": TVM traps hgatp in HS (VS/VU got VI above even with TVM=1)\n");
        emit(ctx, "        GATE_HGATP: begin\n");
        emit(ctx, "          if (in_hs && mstatus_tvm_q)                    csr_verdict = ACC_II;\n");
        emit(ctx, "        end\n");
    }
    emit(ctx, "        default: csr_verdict = ACC_OK;\n");
    emit(ctx, "      endcase\n");
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}

void emit_access(struct emit_ctx *ctx)
{
    const struct vt_config *c = ctx->cfg;
    const int h = c->h;
    emit_csr_verdict(ctx);

    emit_section(ctx, "Instruction decision (virtual-instruction.md section 3, master table)");
    emit(ctx, "  reg [1:0] insn_verdict;\n");
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    insn_verdict = ACC_OK;\n");
    emit(ctx, "    if (d_illegal)\n");
    emit(ctx, "      insn_verdict = ACC_II;  // reserved encoding\n");
    emit(ctx, "    else if (d_is_csr)\n");
    emit(ctx, "      insn_verdict = csr_verdict;\n");
    emit(ctx, "    else if (d_mret) begin\n");
    emit(ctx, "      // machine.adoc \"Trap-Return Instructions\": MRET below M is II (never HS-qualified)\n");
    emit(ctx, "      if (!in_m) insn_verdict = ACC_II;\n");
    emit(ctx, "    end else if (d_sret) begin\n");
    emit(ctx, "      // SRET: II in U; II in HS with TSR=1%s\n",
         h ? ";\n      // hypervisor.adoc \"hstatus\": VI in VS with VTSR=1 (TSR ignored), VI in VU always" : "");
    emit(ctx, "      if (in_u)                        insn_verdict = ACC_II;\n");
    emit(ctx, "      else if (in_hs && mstatus_tsr_q) insn_verdict = ACC_II;\n");
    if (h) {
        emit(ctx, "      else if (in_vs && hstatus_vtsr_q) insn_verdict = ACC_VI;\n");
        emit(ctx, "      else if (in_vu)                  insn_verdict = ACC_VI;\n");
    }
    emit(ctx, "    end else if (d_wfi) begin\n");
    emit(ctx, "      // INTERFACE section 7: a WFI raises its exception only at the bound\n");
    emit(ctx, "      if (wfi_at_bound) insn_verdict = wfi_kind;\n");
    emit(ctx, "    end else if (d_sfence) begin\n");
    emit(ctx, "      // SFENCE.VMA: II in U; II in HS with TVM=1%s\n",
         h ? ";\n      // VI in VS with VTVM=1 (TVM ignored); VI in VU" : "");
    emit(ctx, "      if (in_u)                        insn_verdict = ACC_II;\n");
    emit(ctx, "      else if (in_hs && mstatus_tvm_q) insn_verdict = ACC_II;\n");
    if (h) {
        emit(ctx, "      else if (in_vs && hstatus_vtvm_q) insn_verdict = ACC_VI;\n");
        emit(ctx, "      else if (in_vu)                  insn_verdict = ACC_VI;\n");
        emit(ctx, "    end else if (d_hfence_vvma) begin\n");
        emit(ctx, "      // hypervisor.adoc \"Hypervisor Memory-Management Fence Instructions\":\n");
        emit(ctx, "      // II in U; VI with V=1; TVM has no effect\n");
        emit(ctx, "      if (in_u)        insn_verdict = ACC_II;\n");
        emit(ctx, "      else if (virt_q) insn_verdict = ACC_VI;\n");
        emit(ctx, "    end else if (d_hfence_gvma) begin\n");
        emit(ctx, "      // II in U; II in HS with TVM=1; VI with V=1 (even with TVM=1: HS-qualified\n");
        emit(ctx, "      // assumes TVM=0)\n");
        emit(ctx, "      if (in_u)                        insn_verdict = ACC_II;\n");
        emit(ctx, "      else if (in_hs && mstatus_tvm_q) insn_verdict = ACC_II;\n");
        emit(ctx, "      else if (virt_q)                 insn_verdict = ACC_VI;\n");
        emit(ctx, "    end else if (d_hlsv) begin\n");
        emit(ctx, "      // hypervisor.adoc \"Hypervisor Virtual-Machine Load and Store Instructions\":\n");
        emit(ctx, "      // II in U with hstatus.HU=0; VI with V=1 whatever HU is\n");
        emit(ctx, "      if (in_u && !hstatus_hu_q) insn_verdict = ACC_II;\n");
        emit(ctx, "      else if (virt_q)           insn_verdict = ACC_VI;\n");
    }
    emit(ctx, "    end\n");
    emit(ctx, "  end\n\n");

    emit(ctx, "  // hypervisor.adoc \"Trap Cause Codes\": ECALL raises 8 (U, VU), 9 (HS), 10 (VS), 11 (M)\n");
    if (h)
        emit(ctx, "  wire [4:0] ecall_code = in_m ? 5'd11 : in_hs ? 5'd9 : in_vs ? 5'd10 : 5'd8;\n");
    else
        emit(ctx, "  wire [4:0] ecall_code = in_m ? 5'd11 : in_hs ? 5'd9 : 5'd8;\n");
    emit(ctx, "  // the unit's own exception for the instruction at commit\n");
    emit(ctx, "  wire       own_insn_fault = insn_verdict != ACC_OK;  // II or VI\n");
    emit(ctx, "  wire       own_exc  = own_insn_fault || d_ecall || d_ebreak;\n");
    emit(ctx, "  wire [4:0] own_code = insn_verdict == ACC_II ? 5'd2  :\n");
    /* hypervisor.adoc "Virtual Instruction Exception" raises 22; with the
     * comparison option virtual_instruction = off, the draft before that
     * proposal raised illegal instruction (2) in the same cases. */
    if (h && c->virtual_insn)
        emit(ctx, "                        insn_verdict == ACC_VI ? 5'd22 :\n");
    else if (h)
        emit(ctx, "                        insn_verdict == ACC_VI ? 5'd2  :  // virtual_instruction off: pre-proposal cause\n");
    emit(ctx, "                        d_ecall                ? ecall_code : 5'd3;  // EBREAK\n");
}
