// core_fwd: the forwarding match of one source operand (PIPELINE.md 6).
// For a used source r != 0: MEM's result if MEM is valid, writes rd = r and
// is not late-result (fm); else the WB value if WB writes r and is not a
// load-data instruction (fw; revision 3: the core gives wb_wr = 0 for those,
// so no load data reaches EX); else the EX latch.
// Revision 3 timing: the core evaluates this match one cycle early, on what
// the EX, MEM and WB latches are about to hold, and registers fm / fw
// (vitrap_core.v), so the EX operand multiplexers have flip-flop selects.
module core_fwd (
  input  wire        used,
  input  wire [4:0]  r,
  input  wire        mem_wr,     // MEM valid, writes rd, not late-result
  input  wire [4:0]  mem_rd,
  input  wire        wb_wr,      // WB writes rd (rd != 0) and is not load-data
  input  wire [4:0]  wb_rd,
  output wire        fm,         // take MEM's result
  output wire        fw          // else take the WB value (fm has priority)
);
  wire act = used && r != 5'd0;
  assign fm = act && mem_wr && mem_rd == r;
  assign fw = act && wb_wr && wb_rd == r;
endmodule
