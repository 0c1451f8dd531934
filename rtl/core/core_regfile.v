// core_regfile: the 31 integer registers (PIPELINE.md 6).
// Two read ports (ID) with write-through of the WB write of the same cycle;
// one write port (WB) taking effect at the edge that ends WB. x0 reads 0 and
// its entry is never written. Reset (PIPELINE.md 1) makes every register
// read 0: the storage has no reset, so that FPGAs keep it in distributed RAM
// (on ECP5 two TRELLIS_DPR16X4 copies, one per read port, instead of 2,048
// flip-flops and their read multiplexers); written_q, cleared by reset, says
// which registers have been written since, and a register not written reads 0.
module core_regfile (
  input  wire        clk,
  input  wire        rst,
  input  wire [4:0]  ra1,
  input  wire [4:0]  ra2,
  output wire [63:0] rd1,
  output wire [63:0] rd2,
  input  wire        we,      // WB writes rd (rd != 0)
  input  wire [4:0]  wa,
  input  wire [63:0] wd
);
  reg [63:0] regs [0:31] /*verilator public_flat_rd*/;
  reg [31:0] written_q   /*verilator public_flat_rd*/;

  // PIPELINE.md 6: a read of r gives the WB value if WB writes r, else the
  // stored value; x0 reads 0.
  wire [63:0] stored1 = written_q[ra1] ? regs[ra1] : 64'd0;
  wire [63:0] stored2 = written_q[ra2] ? regs[ra2] : 64'd0;
  assign rd1 = (ra1 == 5'd0) ? 64'd0 : (we && wa == ra1) ? wd : stored1;
  assign rd2 = (ra2 == 5'd0) ? 64'd0 : (we && wa == ra2) ? wd : stored2;

  // the storage: written by WB, never reset
  always @(posedge clk) begin
    if (we && wa != 5'd0)
      regs[wa] <= wd;
  end

  // PIPELINE.md 1: after reset every register reads 0 until written
  always @(posedge clk) begin
    if (rst)
      written_q <= 32'd0;
    else if (we && wa != 5'd0)
      written_q[wa] <= 1'b1;
  end
endmodule
