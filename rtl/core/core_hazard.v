// core_hazard: the per-cycle hold / kill / redirect signals and the fetch
// address of PIPELINE.md 4 and 4.1 (all combinational in the cycle).
module core_hazard #(
  parameter [63:0] RESET_PC = 64'h8000_0000
) (
  input  wire        u_stall,      // the unit's stall (a WFI waits)
  input  wire        amo_first,    // MEM is an AMO (not LR/SC) that retires
  input  wire        e_busy,       // EX divide before its last cycle (4.3)
  input  wire        d_hazard,     // load-use hazard (4)
  input  wire        c_redirect,   // commit redirect (4)
  input  wire [63:0] c_target,
  input  wire        e_mispred,    // EX valid, mispredicted, no exception (4.2)
  input  wire [63:0] e_target,
  input  wire        f_pred,       // IF predicts a taken JAL/branch (4.2)
  input  wire [63:0] f_target,
  input  wire        if_valid,
  input  wire [63:0] if_pc,
  output wire        m_hold,
  output wire        e_redirect,
  output wire        f_redirect,
  output wire        hold,
  output wire [63:0] fa
);
  // PIPELINE.md 4: the named signals
  assign m_hold     = u_stall | amo_first;
  assign e_redirect = e_mispred & ~c_redirect & ~m_hold;
  assign hold       = m_hold | e_busy | d_hazard;
  assign f_redirect = f_pred & ~c_redirect & ~e_redirect & ~hold;

  // PIPELINE.md 4.1: fa, first rule that applies
  assign fa = c_redirect ? c_target :
              e_redirect ? e_target :
              !if_valid  ? RESET_PC :
              hold       ? if_pc :
              f_redirect ? f_target :
                           if_pc + 64'd4;
endmodule
