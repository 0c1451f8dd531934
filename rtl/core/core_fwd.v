// core_fwd: forwarding into EX of one source operand (PIPELINE.md 6).
// For a used source r != 0: MEM's result if MEM is valid, writes rd = r and
// is not late-result; else the WB value if WB writes r and is not a
// load-data instruction (revision 3: the core gives wb_wr = 0 for those and
// wb_v = the WB latch's value, so no load data reaches EX); else the EX latch.
module core_fwd (
  input  wire        used,
  input  wire [4:0]  r,
  input  wire [63:0] latch_v,    // the EX latch's value
  input  wire        mem_wr,     // MEM valid, writes rd, not late-result
  input  wire [4:0]  mem_rd,
  input  wire [63:0] mem_v,
  input  wire        wb_wr,      // WB writes rd (rd != 0) and is not load-data
  input  wire [4:0]  wb_rd,
  input  wire [63:0] wb_v,
  output wire [63:0] v
);
  wire act = used && r != 5'd0;
  assign v = (act && mem_wr && mem_rd == r) ? mem_v :
             (act && wb_wr && wb_rd == r)   ? wb_v  : latch_v;
endmodule
