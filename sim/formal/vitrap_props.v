// vitrap_props: formal property wrapper around the generated vitrap_csr
// (make formal; scripts/formal.sh).  It sees the unit ONLY through its ports
// (gen/INTERFACE.md section 2): the debug port dbg_csrs (slot indices from the
// generated vitrap_cfg.h, turned into `SLOT_<NAME> defines in slots.vh by the
// runner), priv, virt, trap, trap_irq, trap_code, xret, retire, stall,
// dbg_wfi_wait and dbg_wfi_cnt.  Every input is a free input of this wrapper;
// the only assumption is rst in the first cycle.  rst stays free afterwards,
// so a reset may come at any time: each "step" property skips the cycle after
// a reset, and reset_m_v0 checks that cycle.
//
// One property group per run, chosen by a define (read_verilog -D):
//   P_NO_M_STATE_BELOW_M  P_VI_ONLY_V1_NEVER_VS  P_VS_TARGET_NEEDS_DELEG
//   P_PRIV_RISES_ONLY_BY_TRAP  P_WFI_BOUNDED_STALL  P_WFI_EXACT_BOUND
//   P_RO0_FIELDS_STAY_ZERO  P_TRAP_CHANGES_ONLY_TRAP_CSRS  P_RESET_M_V0
//   COVERS (cover statements: every VI case and every WFI outcome)
// Other defines:
//   INIT_RST_FORCED  rst is forced to 1 in the first cycle instead of assumed
//                    (the cover run: write_aiger -miter takes no assumptions)
//   BREAK_RESET      TEST ONLY, for an expected-FAIL row: the unit's rst pin is
//                    tied low (a unit that ignores reset)
//
// Plain Verilog-2005 plus the immediate assert/assume/cover statements of
// yosys read_verilog -formal, all inside `ifdef FORMAL.
// Configuration limits: H on, GEILEN >= 1, HPM counters 0 (trap_changes_only_
// trap_csrs treats every slot but the trap CSRs, mcycle and the pending views
// as constant across a trap; an HPM counter counting trap events would not be).
`include "slots.vh"
`define VT_NCOV 27   // number of cover targets (cv[] below)
`default_nettype none

module vitrap_props (
  input  wire        clk,
  input  wire        rst,
  input  wire        commit_valid,
  input  wire [63:0] commit_pc,
  input  wire [31:0] commit_insn,
  input  wire [63:0] commit_rs1,
  input  wire        exc_valid,
  input  wire [4:0]  exc_cause,
  input  wire [63:0] exc_tval,
  input  wire [63:0] exc_tval2,
  input  wire [63:0] exc_tinst,
  input  wire        exc_gva,
  input  wire        irq_meip,
  input  wire        irq_mtip,
  input  wire        irq_msip,
  input  wire        irq_seip,
  input  wire [`VT_GEILEN-1:0] irq_sgeip,
  input  wire [63:0] mtime,
  input  wire        retire_in
`ifdef COVERS
  // the cover targets as outputs too, for the bit-level flow (write_aiger
  // -miter makes each output a target the engine must reach)
  , output wire [`VT_NCOV-1:0] cover_hit
`endif
);
  localparam NS = `VT_NSLOTS;
  localparam [31:0] WFI_N = `VT_WFI_TIMEOUT;

  wire [63:0] csr_rdata, redirect_pc, satp, vsatp, hgatp;
  wire        retire, stall, trap, trap_irq, xret, redirect, virt, ls_virt;
  wire [4:0]  trap_code;
  wire [1:0]  priv, ls_priv, hlsv_priv;
  wire        mxr, sum, vs_mxr, vs_sum, sfence_vma, hfence_vvma, hfence_gvma, flush;
  wire        dbg_wfi_wait;
  wire [31:0] dbg_wfi_cnt;
  wire [64*NS-1:0] dbg_csrs;

  // Reset in the first cycle (INTERFACE section 9: every state element takes
  // its reset value at an edge with rst=1), nothing else: assumed below, or,
  // with INIT_RST_FORCED (the cover run: write_aiger -miter takes no
  // assumptions), forced, which is the same set of traces.
  reg init = 1'b1;
  reg past_valid = 1'b0;          // a previous cycle exists
  always @(posedge clk) begin
    init <= 1'b0;
    past_valid <= 1'b1;
  end
`ifdef INIT_RST_FORCED
  wire rst_i = rst || init;
`else
  wire rst_i = rst;
`endif

`ifdef BREAK_RESET
  wire dut_rst = 1'b0;   // TEST ONLY: the unit never sees reset
`else
  wire dut_rst = rst_i;
`endif

  vitrap_csr dut (
    .clk(clk), .rst(dut_rst),
    .commit_valid(commit_valid), .commit_pc(commit_pc), .commit_insn(commit_insn),
    .commit_rs1(commit_rs1),
    .exc_valid(exc_valid), .exc_cause(exc_cause), .exc_tval(exc_tval),
    .exc_tval2(exc_tval2), .exc_tinst(exc_tinst), .exc_gva(exc_gva),
    .irq_meip(irq_meip), .irq_mtip(irq_mtip), .irq_msip(irq_msip), .irq_seip(irq_seip),
    .irq_sgeip(irq_sgeip), .mtime(mtime), .retire_in(retire_in),
    .csr_rdata(csr_rdata), .retire(retire), .stall(stall), .trap(trap),
    .trap_irq(trap_irq), .trap_code(trap_code), .xret(xret), .redirect(redirect),
    .redirect_pc(redirect_pc), .priv(priv), .virt(virt), .ls_priv(ls_priv),
    .ls_virt(ls_virt), .hlsv_priv(hlsv_priv), .satp(satp), .vsatp(vsatp),
    .hgatp(hgatp), .mxr(mxr), .sum(sum), .vs_mxr(vs_mxr), .vs_sum(vs_sum),
    .sfence_vma(sfence_vma), .hfence_vvma(hfence_vvma), .hfence_gvma(hfence_gvma),
    .flush(flush), .dbg_wfi_wait(dbg_wfi_wait), .dbg_wfi_cnt(dbg_wfi_cnt),
    .dbg_csrs(dbg_csrs)
  );

`ifdef FORMAL
`ifndef INIT_RST_FORCED
  always @* if (init) assume(rst);
`endif

  // ------------------------------------------------------------------
  // Debug slots, now and in the previous cycle (one register per slot, so
  // the slots a property does not read are cut away by opt_clean)
  // ------------------------------------------------------------------
`define CUR(s)  dbg_csrs[64*(s) +: 64]
`define PREV(s) pslot[s].q
  genvar k;
  generate
    for (k = 0; k < NS; k = k + 1) begin : pslot
      reg [63:0] q;
      always @(posedge clk) q <= dbg_csrs[64*k +: 64];
    end
  endgenerate

  // previous-cycle copies of the ports and inputs the properties use
  reg        p_rst, p_trap, p_irq, p_xret, p_virt, p_commit_valid;
  reg [4:0]  p_code;
  reg [1:0]  p_priv;
  reg [31:0] p_insn;
  always @(posedge clk) begin
    p_rst <= rst_i; p_trap <= trap; p_irq <= trap_irq; p_xret <= xret;
    p_virt <= virt; p_code <= trap_code; p_priv <= priv; p_insn <= commit_insn;
    p_commit_valid <= commit_valid;
  end
  wire step = past_valid && !p_rst;   // a normal (non-reset) transition

  // ------------------------------------------------------------------
  // Spec facts (shared/spec), written here independently of the unit
  // ------------------------------------------------------------------
  localparam [1:0] PRV_U = 2'd0, PRV_S = 2'd1, PRV_M = 2'd3;
  // csrs-rv64.md 4.1: mstatus fields only M-mode may change (MIE, MPIE,
  // MPP, MPRV, TVM, TW, TSR, GVA, MPV) and the ones trap entry into M writes
  // (traps.md 2.1: MPIE, MIE, MPP, MPV, GVA)
  localparam [63:0] MSTATUS_M_FIELDS   = 64'h0000_00c0_0072_1888;
  localparam [63:0] MSTATUS_M_TRAP     = 64'h0000_00c0_0000_1888;
  // traps.md 2.2 / 2.3: what trap entry into HS / VS writes in the status registers
  localparam [63:0] SSTATUS_TRAP       = 64'h0000_0000_0000_0122;  // SIE, SPIE, SPP
  localparam [63:0] HSTATUS_TRAP       = 64'h0000_0000_0000_01c0;  // GVA, SPV, SPVP
  localparam [63:0] HSTATUS_SPVP       = 64'h0000_0000_0000_0100;
  // csrs-rv64.md 6: hedeleg bits 9, 10, 11, 16, 20-23 and hideleg bits 1, 5, 9, 12
  // read-only 0; medeleg bits 11 and 16 read-only 0
  localparam [63:0] HEDELEG_RO0        = 64'h0000_0000_00f1_0e00;
  localparam [63:0] HIDELEG_RO0        = 64'h0000_0000_0000_1222;
  localparam [63:0] MEDELEG_RO0        = 64'h0000_0000_0001_0800;
  // csrs-rv64.md 4.1: mstatus WPRI 0, 2, 4, 31:25, 40, 62:43, plus the fields of
  // extensions this unit lacks (INTERFACE: no F/D/V, little-endian only, no
  // Zicfilp/Ssdbltrp/Smdbltrp): UBE 6, VS 10:9, FS 14:13, XS 16:15, SPELP 23,
  // SDT 24, SBE 36, MBE 37, MPELP 41, MDT 42, SD 63
  localparam [63:0] MSTATUS_RO0        = 64'hffff_ff30_ff81_e655;
  // csrs-rv64.md 4.4: hstatus WPRI 4:0, 11:10, 19:18, 31:23, 47:34, 63:50, plus
  // VSBE 5 (little-endian only) and HUPMM 49:48 (no Ssnpm)
  localparam [63:0] HSTATUS_RO0        = 64'hffff_fffc_ff8c_0c3f;

  function is_m;   input [1:0] p; input v; is_m  = p == PRV_M;            endfunction
  function is_hs;  input [1:0] p; input v; is_hs = p == PRV_S && !v;      endfunction
  function is_vs;  input [1:0] p; input v; is_vs = p == PRV_S &&  v;      endfunction
  function is_vu;  input [1:0] p; input v; is_vu = p == PRV_U &&  v;      endfunction
  function is_u;   input [1:0] p; input v; is_u  = p == PRV_U && !v;      endfunction
  // traps.md: M > HS > VS > VU, and U (V=0) below HS
  function [1:0] rank; input [1:0] p; input v;
    rank = p == PRV_M ? 2'd3 : (p == PRV_S && !v) ? 2'd2 : (p == PRV_S) ? 2'd1 : 2'd0;
  endfunction

  // decode of an instruction word (INTERFACE section 3), for the properties'
  // antecedents and the covers
  function d_csr;  input [31:0] i; d_csr = i[6:0] == 7'h73 && i[14:12] != 3'd0 && i[14:12] != 3'd4; endfunction
  function d_mret; input [31:0] i; d_mret = i == 32'h3020_0073; endfunction
  function d_sret; input [31:0] i; d_sret = i == 32'h1020_0073; endfunction
  function d_wfi;  input [31:0] i; d_wfi  = i == 32'h1050_0073; endfunction
  function d_sfence; input [31:0] i;
    d_sfence = i[6:0] == 7'h73 && i[14:12] == 3'd0 && i[31:25] == 7'b0001001 && i[11:7] == 5'd0;
  endfunction
  function d_hfence; input [31:0] i;
    d_hfence = i[6:0] == 7'h73 && i[14:12] == 3'd0 && i[11:7] == 5'd0 &&
               (i[31:25] == 7'b0010001 || i[31:25] == 7'b0110001);
  endfunction
  function d_hlsv; input [31:0] i; d_hlsv = i[6:0] == 7'h73 && i[14:12] == 3'd4; endfunction

  wire [11:0] c_addr = commit_insn[31:20];
  wire own_exc_only  = !exc_valid;   // no exception handed in: a trap is the unit's own or an interrupt

  // ------------------------------------------------------------------
  // WFI bookkeeping (wfi.md 3; INTERFACE section 7)
  // ------------------------------------------------------------------
  // consecutive stall cycles before this one (saturating)
  reg [3:0] stall_run;
  always @(posedge clk)
    if (rst_i || !stall)       stall_run <= 4'd0;
    else if (stall_run != 4'hf) stall_run <= stall_run + 4'd1;
  // the exception a WFI raises if it does not complete in time, from the
  // state (wfi.md 3): 0 none, 2 II, 22 VI
  wire [63:0] cur_mstatus = `CUR(`SLOT_MSTATUS);
  wire [63:0] cur_hstatus = `CUR(`SLOT_HSTATUS);
  wire        tw  = cur_mstatus[21];
  wire        vtw = cur_hstatus[21];
  wire [4:0]  wfi_kind = is_m(priv, virt)                    ? 5'd0  :
                         tw                                  ? 5'd2  :
                         is_vu(priv, virt)                   ? 5'd22 :
                         (is_vs(priv, virt) && vtw)          ? 5'd22 :
                         is_u(priv, virt)                    ? 5'd2  : 5'd0;
  wire        wfi_traps = wfi_kind != 5'd0;
  // wfi.md 2: wake = an interrupt pending and enabled in mie
  wire        wfi_wake  = (`CUR(`SLOT_MIP) & `CUR(`SLOT_MIE)) != 64'd0;
  wire        wfi_at_commit = commit_valid && d_wfi(commit_insn);

  // ==================================================================
  // 1. no_m_state_below_m: an instruction executed below M changes no M-only
  //    CSR state, except what trap entry into M writes
  //    (csrs.adoc "CSR Address Mapping Conventions": M-level CSRs below M are II;
  //    machine.adoc "Machine Trap Delegation": only trap entry into M writes the M trap CSRs)
  // ==================================================================
`ifdef P_NO_M_STATE_BELOW_M
  wire below_m  = !is_m(p_priv, p_virt);
  wire trap_to_m = p_trap && priv == PRV_M;
  always @* if (step && below_m) begin
    assert(`CUR(`SLOT_MISA)          == `PREV(`SLOT_MISA));
    assert(`CUR(`SLOT_MEDELEG)       == `PREV(`SLOT_MEDELEG));
    assert(`CUR(`SLOT_MIDELEG)       == `PREV(`SLOT_MIDELEG));
    assert(`CUR(`SLOT_MTVEC)         == `PREV(`SLOT_MTVEC));
    assert(`CUR(`SLOT_MSCRATCH)      == `PREV(`SLOT_MSCRATCH));
    assert(`CUR(`SLOT_MCOUNTEREN)    == `PREV(`SLOT_MCOUNTEREN));
    assert(`CUR(`SLOT_MENVCFG)       == `PREV(`SLOT_MENVCFG));
    assert(`CUR(`SLOT_MCOUNTINHIBIT) == `PREV(`SLOT_MCOUNTINHIBIT));
    assert((`CUR(`SLOT_MSTATUS) & MSTATUS_M_FIELDS & ~MSTATUS_M_TRAP) ==
           (`PREV(`SLOT_MSTATUS) & MSTATUS_M_FIELDS & ~MSTATUS_M_TRAP));
    if (!trap_to_m) begin
      assert(`CUR(`SLOT_MEPC)   == `PREV(`SLOT_MEPC));
      assert(`CUR(`SLOT_MCAUSE) == `PREV(`SLOT_MCAUSE));
      assert(`CUR(`SLOT_MTVAL)  == `PREV(`SLOT_MTVAL));
      assert(`CUR(`SLOT_MTVAL2) == `PREV(`SLOT_MTVAL2));
      assert(`CUR(`SLOT_MTINST) == `PREV(`SLOT_MTINST));
      assert((`CUR(`SLOT_MSTATUS) & MSTATUS_M_TRAP) == (`PREV(`SLOT_MSTATUS) & MSTATUS_M_TRAP));
    end
  end
`endif

  // ==================================================================
  // 2. vi_only_v1_never_vs: cause 22 is raised only with V=1, and never
  //    reaches VS-mode (hedeleg[22] read-only 0)
  //    (hypervisor.adoc "Trap Cause Codes"; "Hypervisor Trap Delegation Registers")
  // ==================================================================
`ifdef P_VI_ONLY_V1_NEVER_VS
  // a cause-22 trap that was not handed in as cause 22 by an earlier stage
  always @* if (past_valid && trap && !trap_irq && trap_code == 5'd22 &&
                !(exc_valid && exc_cause == 5'd22))
    assert(virt && priv != PRV_M);
  // the mode after any cause-22 trap is not VS
  always @* if (step && p_trap && !p_irq && p_code == 5'd22)
    assert(!is_vs(priv, virt));
`endif

  // ==================================================================
  // 3. vs_target_needs_deleg: a trap lands in VS only from V=1 and when
  //    medeleg & hedeleg (exceptions) or mideleg & hideleg (interrupts,
  //    VS codes 1/5/9 are interrupts 2/6/10) delegate it
  //    (hypervisor.adoc "Hypervisor Trap Delegation Registers"; "Trap Entry")
  // ==================================================================
`ifdef P_VS_TARGET_NEEDS_DELEG
  wire [63:0] p_medeleg = `PREV(`SLOT_MEDELEG);
  wire [63:0] p_hedeleg = `PREV(`SLOT_HEDELEG);
  wire [63:0] p_mideleg = `PREV(`SLOT_MIDELEG);
  wire [63:0] p_hideleg = `PREV(`SLOT_HIDELEG);
  wire [5:0]  p_c  = {1'b0, p_code};
  wire [5:0]  p_ci = p_c + 6'd1;
  always @* if (step && p_trap && is_vs(priv, virt)) begin
    assert(p_virt && p_priv != PRV_M);
    if (p_irq)
      assert((p_code == 5'd1 || p_code == 5'd5 || p_code == 5'd9) &&
             p_mideleg[p_ci] && p_hideleg[p_ci]);
    else
      // traps.md 1.1: causes whose hedeleg bit is read-only 0 never reach VS
      assert(p_medeleg[p_c] && p_hedeleg[p_c] && !HEDELEG_RO0[p_c]);
  end
`endif

  // ==================================================================
  // 4. priv_rises_only_by_trap: without a trap the mode never rises; MRET
  //    and SRET go exactly to the saved mode (MPP/MPV, SPP/SPV, vsstatus.SPP)
  //    (machine.adoc "Trap-Return Instructions"; hypervisor.adoc "Trap Return")
  // ==================================================================
`ifdef P_PRIV_RISES_ONLY_BY_TRAP
  wire [63:0] p_mstatus  = `PREV(`SLOT_MSTATUS);
  wire [63:0] p_hstatus  = `PREV(`SLOT_HSTATUS);
  wire [63:0] p_vsstatus = `PREV(`SLOT_VSSTATUS);
  wire [1:0]  mpp = p_mstatus[12:11];
  always @* if (past_valid) begin
    assert(priv != 2'd2);                          // INTERFACE 2: never 2
    assert(!(priv == PRV_M && virt));              // V=1 only below M
  end
  always @* if (step) begin
    if (p_trap)
      assert(rank(priv, virt) >= rank(p_priv, p_virt));   // a trap never lowers
    else if (p_xret) begin
      assert(p_commit_valid && (d_mret(p_insn) || d_sret(p_insn)));
      assert(rank(priv, virt) <= rank(p_priv, p_virt));
      if (d_mret(p_insn)) begin
        assert(p_priv == PRV_M);                                  // MRET retires only in M
        assert(priv == mpp && virt == (mpp != PRV_M && p_mstatus[39]));
      end else if (!p_virt) begin
        assert(p_priv == PRV_M || p_priv == PRV_S);               // SRET from HS or M
        assert(priv == {1'b0, p_mstatus[8]} && virt == p_hstatus[7]);
      end else begin
        assert(p_priv == PRV_S);                                  // SRET from VS
        assert(priv == {1'b0, p_vsstatus[8]} && virt);
      end
    end else
      assert(priv == p_priv && virt == p_virt);
  end
`endif

  // ==================================================================
  // 5. wfi_bounded_stall: a WFI that will trap stalls at most WFI_TIMEOUT
  //    cycles, then traps with its kind (wfi.md 3, 4; INTERFACE 7)
  //    (machine.adoc "Wait for Interrupt"; hypervisor.adoc "hstatus" VTW; wfi.md 3)
  // ==================================================================
`ifdef P_WFI_BOUNDED_STALL
  always @* if (past_valid) begin
    if (stall && wfi_traps)
      assert(stall_run < WFI_N);
    if (wfi_at_commit && wfi_traps && stall_run == WFI_N) begin
      assert(trap && !stall);
      if (own_exc_only && !trap_irq) assert(trap_code == wfi_kind);
    end
    // the unit's counter is the wrapper's count of stall cycles (INTERFACE 7)
    assert(dbg_wfi_wait == (stall_run != 4'd0));
    assert(dbg_wfi_cnt == (stall_run > WFI_N ? WFI_N : stall_run));
  end
`endif

  // ==================================================================
  // 5b. wfi_exact_bound: before the bound a WFI that will trap waits unless
  //     woken, and retires when woken (INTERFACE 7: "stalls exactly
  //     WFI_TIMEOUT cycles, then traps")
  // ==================================================================
`ifdef P_WFI_EXACT_BOUND
  always @* if (past_valid) begin
    if (wfi_at_commit && wfi_traps && stall_run < WFI_N && own_exc_only && !trap_irq)
      assert(stall == !wfi_wake && retire == wfi_wake && !trap);
    assert(dbg_wfi_wait == (stall_run != 4'd0));
    assert(dbg_wfi_cnt == (stall_run > WFI_N ? WFI_N : stall_run));
  end
`endif

  // ==================================================================
  // 6. ro0_fields_stay_zero: read-only-0 fields read 0 whatever was written
  //    (hypervisor.adoc "Hypervisor Trap Delegation Registers"; mstatus/hstatus WPRI)
  // ==================================================================
`ifdef P_RO0_FIELDS_STAY_ZERO
  always @* if (past_valid) begin
    assert((`CUR(`SLOT_HEDELEG) & HEDELEG_RO0) == 64'd0);
    assert((`CUR(`SLOT_HIDELEG) & HIDELEG_RO0) == 64'd0);
    assert((`CUR(`SLOT_MEDELEG) & MEDELEG_RO0) == 64'd0);
    assert((cur_mstatus & MSTATUS_RO0) == 64'd0);
    assert((cur_hstatus & HSTATUS_RO0) == 64'd0);
  end
`endif

  // ==================================================================
  // 7. trap_changes_only_trap_csrs: a trapping instruction (II and VI
  //    included; every trap here) changes no CSR but the trap CSRs of its
  //    target (traps.md 2.1-2.3); mcycle counts and the pending views
  //    (mip, sip, hip, vsip, hgeip) follow the interrupt inputs
  //    (hypervisor.adoc "Virtual Instruction Exceptions"; zicsr.adoc: a trapping
  //    instruction does not write its CSR)
  // ==================================================================
`ifdef P_TRAP_CHANGES_ONLY_TRAP_CSRS
  wire to_m  = priv == PRV_M;
  wire to_hs = is_hs(priv, virt);
  wire to_vs = is_vs(priv, virt);
  // pv: V before the trap (traps.md 2.2: SPVP is written only on traps from V=1)
  function [63:0] may_change;
    input integer s; input m, hs, vs, pv;
    begin
      may_change = 64'd0;
      if (s == `SLOT_MCYCLE || s == `SLOT_MIP || s == `SLOT_SIP || s == `SLOT_HIP ||
          s == `SLOT_VSIP || s == `SLOT_HGEIP)
        may_change = ~64'd0;
      if (m && (s == `SLOT_MEPC || s == `SLOT_MCAUSE || s == `SLOT_MTVAL ||
                s == `SLOT_MTVAL2 || s == `SLOT_MTINST))
        may_change = ~64'd0;
      if (m && s == `SLOT_MSTATUS) may_change = MSTATUS_M_TRAP;
      if (hs && (s == `SLOT_SEPC || s == `SLOT_SCAUSE || s == `SLOT_STVAL ||
                 s == `SLOT_HTVAL || s == `SLOT_HTINST))
        may_change = ~64'd0;
      if (hs && (s == `SLOT_MSTATUS || s == `SLOT_SSTATUS)) may_change = SSTATUS_TRAP;
      if (hs && s == `SLOT_HSTATUS) may_change = pv ? HSTATUS_TRAP : HSTATUS_TRAP & ~HSTATUS_SPVP;
      if (vs && (s == `SLOT_VSEPC || s == `SLOT_VSCAUSE || s == `SLOT_VSTVAL))
        may_change = ~64'd0;
      if (vs && s == `SLOT_VSSTATUS) may_change = SSTATUS_TRAP;
    end
  endfunction
  generate
    for (k = 0; k < NS; k = k + 1) begin : tchk
      always @* if (step && p_trap)
        assert(((`CUR(k) ^ `PREV(k)) & ~may_change(k, to_m, to_hs, to_vs, p_virt)) == 64'd0);
    end
  endgenerate
`endif

  // ==================================================================
  // 8. reset_m_v0: after reset, M-mode with V=0, no WFI waiting, and the
  //    reset values the spec fixes (csrs-rv64.md 11; INTERFACE 9: mcause 0)
  //    (machine.adoc "Reset"; hypervisor.adoc "Privilege Modes": V=0 after reset)
  // ==================================================================
`ifdef P_RESET_M_V0
  always @* if (past_valid && p_rst) begin
    assert(priv == PRV_M && !virt);
    assert(!dbg_wfi_wait && dbg_wfi_cnt == 32'd0);
    assert(!cur_mstatus[3] && !cur_mstatus[17]);               // MIE, MPRV
    assert(`CUR(`SLOT_MCAUSE) == 64'd0);
    assert(`CUR(`SLOT_VSATP) >> 60 == 64'd0 && `CUR(`SLOT_HGATP) >> 60 == 64'd0);  // MODE Bare
  end
`endif

  // ==================================================================
  // Covers: every virtual-instruction case and every WFI outcome is
  // reachable (none of the properties above holds vacuously)
  // ==================================================================
`ifdef COVERS
  wire vi = commit_valid && trap && !trap_irq && trap_code == 5'd22 && own_exc_only;
  wire ii = commit_valid && trap && !trap_irq && trap_code == 5'd2  && own_exc_only;
  wire in_vs = is_vs(priv, virt), in_vu = is_vu(priv, virt);
  wire p_step = past_valid && !p_rst;
  // One target per line, "// cover: NAME" (the runner reads the names from
  // here); "[bound>0]": only reachable with WFI_TIMEOUT > 0.
  wire [`VT_NCOV-1:0] cv;
  // virtual-instruction.md 2 / 3: each VI case
  assign cv[0]  = vi && d_csr(commit_insn) && c_addr[11:8] == 4'h6;                     // cover: vi_hypervisor_csr
  assign cv[1]  = vi && d_csr(commit_insn) && c_addr[11:8] == 4'h2;                     // cover: vi_vs_csr_own_address
  assign cv[2]  = vi && d_csr(commit_insn) && c_addr == 12'hE12;                        // cover: vi_hgeip_read
  assign cv[3]  = vi && d_csr(commit_insn) && c_addr[11:5] == 7'b1100_000 && in_vs;     // cover: vi_counter_hcounteren_vs
  assign cv[4]  = vi && d_csr(commit_insn) && c_addr[11:5] == 7'b1100_000 && in_vu;     // cover: vi_counter_vu
  assign cv[5]  = vi && d_hlsv(commit_insn) && in_vs;                                   // cover: vi_hlv_hsv_vs
  assign cv[6]  = vi && d_hlsv(commit_insn) && in_vu;                                   // cover: vi_hlv_hsv_vu
  assign cv[7]  = vi && d_hfence(commit_insn);                                          // cover: vi_hfence
  assign cv[8]  = vi && d_sret(commit_insn) && in_vs;                                   // cover: vi_sret_vtsr
  assign cv[9]  = vi && d_sret(commit_insn) && in_vu;                                   // cover: vi_sret_vu
  assign cv[10] = vi && d_sfence(commit_insn) && in_vs;                                 // cover: vi_sfence_vtvm
  assign cv[11] = vi && d_sfence(commit_insn) && in_vu;                                 // cover: vi_sfence_vu
  assign cv[12] = vi && d_csr(commit_insn) && c_addr == 12'h180 && in_vs;               // cover: vi_satp_vtvm
  assign cv[13] = vi && d_csr(commit_insn) && c_addr[11:8] == 4'h1 && in_vu;            // cover: vi_s_csr_from_vu
  assign cv[14] = vi && d_wfi(commit_insn) && in_vs;                                    // cover: vi_wfi_vtw
  assign cv[15] = vi && d_wfi(commit_insn) && in_vu;                                    // cover: vi_wfi_vu
  // WFI outcomes (INTERFACE 7): woken after waiting, II / VI at the bound
  assign cv[16] = wfi_at_commit && retire && stall_run != 4'd0;                         // cover: wfi_woken
  assign cv[17] = wfi_at_commit && retire && stall_run != 4'd0 && wfi_traps;            // cover: wfi_woken_before_bound [bound>0]
  assign cv[18] = wfi_at_commit && ii && stall_run == WFI_N;                            // cover: wfi_ii_at_bound
  assign cv[19] = wfi_at_commit && vi && stall_run == WFI_N;                            // cover: wfi_vi_at_bound
  // antecedents of the properties
  assign cv[20] = p_step && p_trap && !p_irq && is_vs(priv, virt);                      // cover: exception_into_vs
  assign cv[21] = p_step && p_trap &&  p_irq && is_vs(priv, virt);                      // cover: interrupt_into_vs
  assign cv[22] = p_step && p_trap && priv == PRV_M && p_priv != PRV_M;                 // cover: trap_into_m_from_below
  assign cv[23] = p_step && p_xret && d_mret(p_insn) && in_vu;                          // cover: mret_to_vu
  assign cv[24] = p_step && p_xret && d_sret(p_insn) && !p_virt && in_vs;               // cover: sret_hs_to_vs
  assign cv[25] = p_step && p_xret && d_sret(p_insn) && p_virt && in_vu;                // cover: sret_vs_to_vu
  assign cv[26] = commit_valid && trap && !trap_irq && in_vs && own_exc_only;           // cover: exception_in_vs
  wire cover_on = past_valid && !rst_i;
  assign cover_hit = cv & {`VT_NCOV{cover_on}};
  generate
    for (k = 0; k < `VT_NCOV; k = k + 1) begin : cov
      always @* if (cover_on) cover(cv[k]);
    end
  endgenerate
`endif
`endif
endmodule

`default_nettype wire
