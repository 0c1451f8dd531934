/* mutants.c - TEST ONLY: the one table of mutants (mutants.h).  Each row is a
 * single deliberate violation of one spec rule: its name, the configuration
 * under which the directed tests can observe it, whether it needs the H
 * extension, the rule, named by its section in ../shared/spec/ (or
 * gen/INTERFACE.md for implementation choices), and the edits that break it
 * in the emitted vitrap_csr.v (applied by mutant_apply.c).  Each anchor is
 * text the correct unit already contains, usually the spec comment or the
 * statement of the rule; a mutant whose anchor or text to replace is missing
 * in the requested configuration is an error, never a silent no-op (so
 * wfi_bound_off_by_one needs WFI_TIMEOUT > 0, sgeip_ignores_hgeie GEILEN > 0,
 * mepc_mask_wrong IALIGN = 32, i.e. no C). */
#include "mutants.h"

#include <string.h>

#define CFG_DEFAULT "sim/configs/default.cfg"
#define CFG_HOFF    "sim/configs/hoff.cfg"
#define CFG_WFI1000 "sim/configs/wfi1000.cfg"
#define CFG_WIDE    "sim/configs/wide.cfg"

#define H_ONLY 1
#define ANY_H  0

/* Anchors shared by several rows (emitter named in the comment). */
#define A_WFI_KIND  "// wfi.md section 3: the exception a WFI raises"          /* emit_wfi.c */
#define A_WFI_WAKE  "// wfi.md section 2: wake on an interrupt pending"        /* emit_wfi.c */
#define A_CNT_M     "// machine.adoc \"Machine Counter-Enable\": mcounteren=0" /* emit_access.c */
#define A_CNT_H     "// hypervisor.adoc \"Hypervisor Counter-Enable\""         /* emit_access.c */
#define A_PRIV_VI   "// hypervisor.adoc \"Trap Cause Codes\": insufficient privilege" /* emit_access.c */
#define A_SRET      "// SRET: II in U; II in HS with TSR=1"                    /* emit_access.c */
#define A_MRET_MST  "// MRET: MIE <- MPIE, MPIE <- 1, MPP <- U"                /* emit_csr_regs.c */
#define A_IRQ_ORDER "// then VS); within it the order of traps.md section 5." /* emit_irq.c */

/* The privilege rule of hcsr_vs_ii and hgatp_tvm_vs_ii (emit_access.c). */
#define PRIV_VI_RULE \
    "      // hypervisor.adoc \"Trap Cause Codes\": insufficient privilege with V=1 on an\n" \
    "      // existing CSR that HS-mode could access -> virtual instruction\n" \
    "      csr_verdict = virt_q ? ACC_VI : ACC_II;\n"

static const struct mutant table[] = {
    /* emit_wfi.c: WFI trap kind and wake-up, the bounded counter */
    { "vtw_ignored", CFG_DEFAULT, H_ONLY,
      "wfi.md s3: VS-mode WFI with TW=0, VTW=1 raises VI; mutant ignores hstatus.VTW",
      { { A_WFI_KIND,
          "    else if (in_vs && hstatus_vtw_q) wfi_kind = ACC_VI;\n",
          "    // MUTANT vtw_ignored: no VTW rule\n" } } },
    { "tw_not_over_vtw", CFG_DEFAULT, H_ONLY,
      "wfi.md s3: VU-mode WFI with mstatus.TW=1 is II (TW wins); mutant raises VI",
      { { A_WFI_KIND,
          "    else if (mstatus_tw_q)           wfi_kind = ACC_II;\n"
          "    else if (in_vu)                  wfi_kind = ACC_VI;\n",
          "    else if (in_vu)                  wfi_kind = ACC_VI;  // MUTANT tw_not_over_vtw\n"
          "    else if (mstatus_tw_q)           wfi_kind = ACC_II;\n" } } },
    { "u_wfi_needs_tw", CFG_HOFF, ANY_H,
      "wfi.md s3: U-mode WFI (S present) is II whatever TW is; mutant traps only with TW=1",
      { { A_WFI_KIND,
          "    else if (in_u)                   wfi_kind = ACC_II;\n",
          "    // MUTANT u_wfi_needs_tw: U-mode WFI traps only with TW=1\n" } } },
    /* the counter compare is only there with WFI_TIMEOUT > 0; "- 1" (not
     * "- N'd1") keeps the edit independent of the counter width */
    { "wfi_bound_off_by_one", CFG_WFI1000, ANY_H,
      "wfi.md s4, INTERFACE s7: a WFI that will trap stalls exactly WFI_TIMEOUT cycles; mutant traps one cycle early",
      { { "// at the bound, a WFI that would trap traps",
          "  wire wfi_at_bound = wfi_cnt_q == WFI_TIMEOUT;\n",
          "  wire wfi_at_bound = wfi_cnt_q == WFI_TIMEOUT - 1;  // MUTANT wfi_bound_off_by_one\n" } } },
    { "wake_ignores_mie", CFG_DEFAULT, ANY_H,
      "wfi.md s2: WFI wakes on an interrupt pending and enabled in mie; mutant wakes on pending alone",
      { { A_WFI_WAKE,
          "  wire wfi_wake = irq_pending != 64'd0;\n",
          "  wire wfi_wake = rd_mip != 64'd0;  // MUTANT wake_ignores_mie\n" } } },
    /* emit_access.c: the OK / II / VI decision */
    { "hcounteren_as_scounteren", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s4.1: VS-mode counter reads are gated by hcounteren (VI); mutant checks scounteren instead",
      { { A_CNT_H,
          "          else if (in_vs && !hcounteren_q[cnt_bit])      csr_verdict = ACC_VI;\n",
          "          else if (in_vs && !scounteren_q[cnt_bit])      csr_verdict = ACC_VI;"
          "  // MUTANT hcounteren_as_scounteren\n" } } },
    { "vu_cycle_ii", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s4.1: VU counter read with mcounteren=1, hcounteren=0 is VI; mutant raises II (Spike #747)",
      { { A_CNT_H,
          "          else if (in_u && !scounteren_q[cnt_bit])       csr_verdict = ACC_II;\n",
          "          else if (in_u && !scounteren_q[cnt_bit])       csr_verdict = ACC_II;\n"
          "          else if (in_vu && !hcounteren_q[cnt_bit])      csr_verdict = ACC_II;"
          "  // MUTANT vu_cycle_ii\n" } } },
    { "mcounteren_vi", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s1: a counter blocked by mcounteren is not HS-qualified (II); mutant raises VI with V=1",
      { { A_CNT_M,
          "          if (!mcounteren_q[cnt_bit])                    csr_verdict = ACC_II;\n",
          "          if (!mcounteren_q[cnt_bit])                    csr_verdict = virt_q ? ACC_VI : ACC_II;"
          "  // MUTANT mcounteren_vi\n" } } },
    { "ro_write_vi", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s1: a write to a read-only CSR is II, never VI; mutant raises VI with V=1 (Spike #566/#1466)",
      { { "// write to a read-only CSR: II in every mode, also with V=1",
          "      csr_verdict = ACC_II;  // write to a read-only CSR: II in every mode, also with V=1\n",
          "      csr_verdict = virt_q ? ACC_VI : ACC_II;  // MUTANT ro_write_vi\n" } } },
    { "hcsr_vs_ii", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s2 (VS 4): an HS-qualified hypervisor CSR access in VS is VI; mutant raises II",
      { { A_PRIV_VI, PRIV_VI_RULE,
          "      csr_verdict = (virt_q && !in_vs) ? ACC_VI : ACC_II;  // MUTANT hcsr_vs_ii\n" } } },
    { "hfence_vs_ii", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s3: HFENCE.VVMA/GVMA in VS-mode is VI; mutant raises II (Spike #551)",
      { { "// hypervisor.adoc \"Hypervisor Memory-Management Fence Instructions\":",
          "      if (in_u)        insn_verdict = ACC_II;\n",
          "      if (in_u || in_vs) insn_verdict = ACC_II;  // MUTANT hfence_vs_ii\n" },
        { "// II in U; II in HS with TVM=1; VI with V=1 (even with TVM=1: HS-qualified",
          "      if (in_u)                        insn_verdict = ACC_II;\n",
          "      if (in_u || in_vs)               insn_verdict = ACC_II;  // MUTANT hfence_vs_ii\n" } } },
    { "hlv_u_hu_ignored", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s3: HLV/HLVX/HSV in U-mode with hstatus.HU=0 is II; mutant lets them run",
      { { "// hypervisor.adoc \"Hypervisor Virtual-Machine Load and Store Instructions\":",
          "      if (in_u && !hstatus_hu_q) insn_verdict = ACC_II;\n"
          "      else if (virt_q)           insn_verdict = ACC_VI;\n",
          "      // MUTANT hlv_u_hu_ignored: no HU rule\n"
          "      if (virt_q)                insn_verdict = ACC_VI;\n" } } },
    { "tsr_in_vs", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s1: mstatus.TSR applies in HS only; mutant makes SRET in VS with TSR=1 II",
      { { A_SRET,
          "      else if (in_hs && mstatus_tsr_q) insn_verdict = ACC_II;\n",
          "      else if ((in_hs || in_vs) && mstatus_tsr_q) insn_verdict = ACC_II;  // MUTANT tsr_in_vs\n" } } },
    { "vtsr_ignored", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s2 (VS 6): SRET in VS with hstatus.VTSR=1 is VI; mutant ignores VTSR",
      { { A_SRET,
          "      else if (in_vs && hstatus_vtsr_q) insn_verdict = ACC_VI;\n",
          "      // MUTANT vtsr_ignored: no VTSR rule\n" } } },
    { "tvm_in_vs", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s1: mstatus.TVM applies in HS only; mutant makes a VS satp access with TVM=1 II",
      { { "// machine.adoc \"Virtualization Support in mstatus\": TVM traps satp in HS only;",
          "        GATE_SATP: begin\n"
          "          if (in_hs && mstatus_tvm_q)                    csr_verdict = ACC_II;\n",
          "        GATE_SATP: begin\n"
          "          if ((in_hs || in_vs) && mstatus_tvm_q)         csr_verdict = ACC_II;"
          "  // MUTANT tvm_in_vs\n" } } },
    { "hgatp_tvm_vs_ii", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s3: hgatp access in VS/VU is VI even with TVM=1; mutant raises II when TVM=1",
      { { A_PRIV_VI, PRIV_VI_RULE,
          "      csr_verdict = (virt_q && !(csr_gate == GATE_HGATP && mstatus_tvm_q)) ? ACC_VI : ACC_II;"
          "  // MUTANT hgatp_tvm_vs_ii\n" } } },
    { "ecall_vs_code", CFG_DEFAULT, H_ONLY,
      "traps.md s7: ECALL from VS-mode raises cause 10; mutant raises 9",
      { { "// hypervisor.adoc \"Trap Cause Codes\": ECALL raises 8 (U, VU), 9 (HS), 10 (VS), 11 (M)",
          "  wire [4:0] ecall_code = in_m ? 5'd11 : in_hs ? 5'd9 : in_vs ? 5'd10 : 5'd8;\n",
          "  wire [4:0] ecall_code = in_m ? 5'd11 : in_hs ? 5'd9 : in_vs ? 5'd9 : 5'd8;"
          "  // MUTANT ecall_vs_code\n" } } },
    /* emit_trap.c, csr_table.c: delegation and trap values */
    { "medeleg22_no_delegate", CFG_DEFAULT, H_ONLY,
      "traps.md s1.1: a VI with medeleg[22]=1 goes to HS; mutant sends it to M",
      { { "// delegation bits of the handed-in cause and of the unit's own cause",
          "  wire in_deleg_m  = medeleg_q[{1'b0, exc_cause}];\n"
          "  wire own_deleg_m = insn_verdict == ACC_II ? medeleg_q[2] : insn_verdict == ACC_VI ? medeleg_q[22] :\n",
          "  wire in_deleg_m  = medeleg_q[{1'b0, exc_cause}] && exc_cause != 5'd22;"
          "  // MUTANT medeleg22_no_delegate\n"
          "  wire own_deleg_m = insn_verdict == ACC_II ? medeleg_q[2] : insn_verdict == ACC_VI ? 1'b0 :"
          "  // MUTANT\n" } } },
    /* the write mask from the CSR table: bit 22 writable makes it delegating */
    { "hedeleg22_writable", CFG_DEFAULT, H_ONLY,
      "traps.md s1.1: hedeleg[22] is read-only 0 (VI never reaches VS); mutant makes it writable and delegating",
      { { "localparam [63:0] HEDELEG_WMASK",
          "localparam [63:0] HEDELEG_WMASK = 64'h0000_0000_000c_b1ff;",
          "localparam [63:0] HEDELEG_WMASK = 64'h0000_0000_004c_b1ff;" } } },
    { "gva_on_ii", CFG_DEFAULT, H_ONLY,
      "traps.md s2.6: II/VI traps write GVA=0; mutant sets GVA=V on II/VI taken from V=1",
      { { "// xtval / tval2 / tinst / GVA (INTERFACE section 11",
          "    end else if (own_insn_fault) begin\n",
          "    end else if (own_insn_fault) begin\n"
          "      trap_gva   = virt_q;  // MUTANT gva_on_ii\n" } } },
    { "vi_commits_write", CFG_DEFAULT, H_ONLY,
      "INTERFACE s5, lessons CVA6 #3398: a trapping CSR instruction has no side effect; mutant commits the write on a VI",
      { { "// CSR write enables (from the CSR table): a CSR instruction that writes and retires",
          "  wire csr_do_write = retire_now && d_is_csr && d_csr_writes;\n",
          "  wire csr_do_write = (retire_now || (take_own && insn_verdict == ACC_VI)) && d_is_csr && d_csr_writes;"
          "  // MUTANT vi_commits_write\n" } } },
    { "mret_mpv_ignores_mpp_m", CFG_DEFAULT, H_ONLY,
      "traps.md s4 (MRET 1): with MPP=M the new V is 0 whatever MPV is; mutant takes V from MPV",
      { { "// MRET: the new mode is MPP, with V = MPV unless MPP = M",
          "  wire mret_virt  = mstatus_mpp_q != PRV_M && mstatus_mpv_q;\n",
          "  wire mret_virt  = mstatus_mpv_q;  // MUTANT mret_mpv_ignores_mpp_m\n" } } },
    /* emit_csr_regs.c: trap entry and xRET */
    { "spvp_on_v0", CFG_DEFAULT, H_ONLY,
      "traps.md s2.2: hstatus.SPVP is written only on traps into HS from V=1; mutant also from V=0",
      { { "// traps.md section 2.2: SPV <- V; SPVP <- nominal mode only when V was 1;",
          "      if (virt_q) hstatus_spvp_q <= priv_q[0];\n",
          "      hstatus_spvp_q <= priv_q[0];  // MUTANT spvp_on_v0\n" } } },
    { "mret_mpv_not_cleared", CFG_DEFAULT, H_ONLY,
      "traps.md s4 (MRET 2): MRET sets mstatus.MPV=0; mutant leaves it",
      { { A_MRET_MST,
          "      mstatus_mpv_q  <= 1'b0;\n",
          "      // MUTANT mret_mpv_not_cleared: MPV kept\n" } } },
    { "sret_spv_not_cleared", CFG_DEFAULT, H_ONLY,
      "traps.md s4 (SRET, V=0): SRET sets hstatus.SPV=0; mutant leaves it",
      { { "// SRET with V=0: SPV <- 0 (SPVP, GVA unchanged)",
          "      hstatus_spv_q <= 1'b0;  // SRET with V=0: SPV <- 0 (SPVP, GVA unchanged)\n",
          "      // MUTANT sret_spv_not_cleared: SPV kept\n" } } },
    { "mprv_not_cleared", CFG_DEFAULT, ANY_H,
      "traps.md s4 (MRET 5): MRET to a mode below M clears mstatus.MPRV; mutant leaves it",
      { { A_MRET_MST,
          "      if (mstatus_mpp_q != PRV_M) mstatus_mprv_q <= 1'b0;\n",
          "      // MUTANT mprv_not_cleared: MPRV kept\n" } } },
    { "vsatp_bad_mode_written", CFG_DEFAULT, H_ONLY,
      "csrs-rv64.md, INTERFACE s10: a vsatp write with an unsupported MODE is ignored; mutant stores it",
      { { "// vsatp (0x280): ",
          "    if (rst)                          vsatp_q <= 64'd0;\n"
          "    else if (we_vsatp && atp_mode_ok) vsatp_q <= csr_wdata;\n",
          "    if (rst)                                               vsatp_q <= 64'd0;\n"
          "    else if (we_vsatp) /* MUTANT vsatp_bad_mode_written */ vsatp_q <= csr_wdata;\n" } } },
    /* the xepc write mask from the CSR table, in all three xepc CSRs (so the
     * unit needs H: vsepc); with C the correct mask is already ...fffe */
    { "mepc_mask_wrong", CFG_DEFAULT, H_ONLY,
      "traps.md s4 (MRET 6), machine.adoc mepc: with IALIGN=32 xepc bits 1:0 read 0; mutant keeps bit 1 writable",
      { { "localparam [63:0] SEPC_WMASK",
          "localparam [63:0] SEPC_WMASK = 64'hffff_ffff_ffff_fffc;",
          "localparam [63:0] SEPC_WMASK = 64'hffff_ffff_ffff_fffe;" },
        { "localparam [63:0] VSEPC_WMASK",
          "localparam [63:0] VSEPC_WMASK = 64'hffff_ffff_ffff_fffc;",
          "localparam [63:0] VSEPC_WMASK = 64'hffff_ffff_ffff_fffe;" },
        { "localparam [63:0] MEPC_WMASK",
          "localparam [63:0] MEPC_WMASK = 64'hffff_ffff_ffff_fffc;",
          "localparam [63:0] MEPC_WMASK = 64'hffff_ffff_ffff_fffe;" } } },
    /* csr_table.c: the trigger CSRs of a zero-trigger module (needs triggers = on) */
    { "tinfo_claims_mcontrol", CFG_DEFAULT, ANY_H,
      "riscv-debug-spec Sdtrig.adoc Enumeration, hwbp_registers.xml tinfo: with no trigger at tselect tinfo.info reads 1; mutant reports type 2 (mcontrol) supported",
      { { "wire [63:0] rd_tinfo",
          "wire [63:0] rd_tinfo = 64'h0000_0000_0100_0001;",
          "wire [63:0] rd_tinfo = 64'h0000_0000_0100_0004;  // MUTANT tinfo_claims_mcontrol" } } },
    /* emit_irq.c, emit_csr_read.c: interrupts and their CSRs */
    { "irq_priority_swapped", CFG_DEFAULT, ANY_H,
      "traps.md s5: M-level priority is MEI, MSI, MTI; mutant ranks MTI above MSI",
      { { A_IRQ_ORDER,
          "      else if (irq_m_pend[3])      irq_code = 5'd3;   // MSI\n"
          "      else if (irq_m_pend[7])      irq_code = 5'd7;   // MTI\n",
          "      else if (irq_m_pend[7])      irq_code = 5'd7;   // MTI (MUTANT irq_priority_swapped)\n"
          "      else if (irq_m_pend[3])      irq_code = 5'd3;   // MSI\n" } } },
    { "vs_cause_untranslated", CFG_DEFAULT, H_ONLY,
      "traps.md s2.3: VS-level interrupts taken in VS are written as 9/5/1; mutant writes 10/6/2",
      { { A_IRQ_ORDER,
          "      if (irq_vs_pend[10])         irq_code = 5'd9;   // VSEI, reported as 9\n"
          "      else if (irq_vs_pend[2])     irq_code = 5'd1;   // VSSI, reported as 1\n"
          "      else if (irq_vs_pend[6])     irq_code = 5'd5;   // VSTI, reported as 5\n",
          "      if (irq_vs_pend[10])         irq_code = 5'd10;  // VSEI (MUTANT vs_cause_untranslated)\n"
          "      else if (irq_vs_pend[2])     irq_code = 5'd2;   // VSSI\n"
          "      else if (irq_vs_pend[6])     irq_code = 5'd6;   // VSTI\n" } } },
    { "vs_irq_in_hs", CFG_DEFAULT, H_ONLY,
      "traps.md s1.2: VS-level interrupts are never taken with V=0; mutant takes them in HS when vsstatus.SIE=1",
      { { "// traps.md section 1.2, global enables: M-level in any mode below M or with MIE;",
          "  wire irq_vs_on = (in_vu || (in_vs && vsstatus_sie_q)) && irq_vs_pend != 64'd0;\n",
          "  wire irq_vs_on = (in_vu || ((in_vs || in_hs) && vsstatus_sie_q)) && irq_vs_pend != 64'd0;"
          "  // MUTANT vs_irq_in_hs\n" } } },
    { "vsip_no_shift", CFG_DEFAULT, H_ONLY,
      "csrs-rv64.md, INTERFACE s10: vsip shows mip bits 2/6/10 at 1/5/9; mutant reads them unshifted",
      { { "wire [63:0] rd_vsip = ",
          "  wire [63:0] rd_vsip = (rd_mip & vs_view_mask) >> 1;  // hypervisor.adoc"
          " \"Virtual Supervisor Interrupt (vsip and vsie) Registers\": 2/6/10 -> 1/5/9\n",
          "  wire [63:0] rd_vsip = rd_mip & vs_view_mask;  // MUTANT vsip_no_shift\n" } } },
    /* SGEIP is only there with GEILEN > 0 */
    { "sgeip_ignores_hgeie", CFG_WIDE, H_ONLY,
      "traps.md s5: SGEIP is pending when (hgeip & hgeie) != 0; mutant ignores hgeie",
      { { "// SGEIP = OR of (hgeip & hgeie)",
          "  wire sgeip_pending = (rd_hgeip & hgeie_q) != 64'd0;\n",
          "  wire sgeip_pending = rd_hgeip != 64'd0;  // MUTANT sgeip_ignores_hgeie\n" } } },
    /* emit_counters.c, emit_csr_read.c: counters */
    { "counter_inc_on_trap", CFG_DEFAULT, ANY_H,
      "INTERFACE s8: minstret does not count a trapping instruction; mutant counts it",
      { { "// minstret (0xB02): retire_in without trap or stall",
          "    else if (retire_in && !trap_now && !stall_now && !mcountinhibit_q[2])\n",
          "    else if (retire_in && !stall_now && !mcountinhibit_q[2])  // MUTANT counter_inc_on_trap\n" } } },
    { "time_no_htimedelta", CFG_DEFAULT, H_ONLY,
      "virtual-instruction.md s4.1: with V=1 time reads mtime + htimedelta; mutant reads mtime",
      { { ": with V=1 time reads mtime + htimedelta (mod 2^64)",
          "  // zicntr.adoc; hypervisor.adoc \"Hypervisor Time Delta (htimedelta) Register\":"
          " with V=1 time reads mtime + htimedelta (mod 2^64)\n"
          "  wire [63:0] rd_time = virt_q ? mtime + htimedelta_q : mtime;\n",
          "  wire [63:0] rd_time = mtime;  // MUTANT time_no_htimedelta\n" } } },
};

#define NMUTANTS (sizeof table / sizeof table[0])

const struct mutant *mutant_find(const char *name)
{
    for (size_t i = 0; i < NMUTANTS; i++)
        if (strcmp(table[i].name, name) == 0)
            return &table[i];
    return NULL;
}

void mutants_list(FILE *f)
{
    for (size_t i = 0; i < NMUTANTS; i++)
        fprintf(f, "%-26s %-24s %s\n", table[i].name, table[i].config, table[i].rule);
}
