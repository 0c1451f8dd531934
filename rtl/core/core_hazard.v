// core_hazard: the per-cycle hold / kill / redirect signals of PIPELINE.md 4
// (all combinational in the cycle). Revision 3: the fetch address is not
// here any more (core_fetch.v: fa depends on the IF latch and if_insn only);
// these signals reach only register enables and the latches' multiplexers.
module core_hazard (
  input  wire        u_stall,      // the unit's stall (a WFI waits)
  input  wire        amo_first,    // MEM is an AMO (not LR/SC) that retires
  input  wire        e_busy,       // EX multi-cycle op before its last cycle (4.3)
  input  wire        d_hazard,     // load-use hazard, both terms (4)
  input  wire        c_redirect,   // commit redirect (4)
  input  wire        e_mispred,    // EX valid, mispredicted, no exception (4.2)
  input  wire        f_pred,       // IF predicts a taken JAL/branch (4.2)
  output wire        m_hold,
  output wire        e_redirect,
  output wire        f_redirect,
  output wire        hold
);
  // PIPELINE.md 4: the named signals
  assign m_hold     = u_stall | amo_first;
  assign e_redirect = e_mispred & ~c_redirect & ~m_hold;
  assign hold       = m_hold | e_busy | d_hazard;
  // PIPELINE.md 4 (rev. 3): f_redirect sets ID.pred and redirect_why bit 2
  // only; fa uses f_pred itself
  assign f_redirect = f_pred & ~c_redirect & ~e_redirect & ~hold;
endmodule
