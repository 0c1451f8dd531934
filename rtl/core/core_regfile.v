// core_regfile: the 31 integer registers (PIPELINE.md 6).
// Two read ports (ID) with write-through of the WB write of the same cycle;
// one write port (WB) taking effect at the edge that ends WB. x0 reads 0 and
// its entry is never written. Synchronous reset to all zero (PIPELINE.md 1).
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

  // PIPELINE.md 6: a read of r gives the WB value if WB writes r, else the
  // stored value; x0 reads 0.
  assign rd1 = (ra1 == 5'd0) ? 64'd0 : (we && wa == ra1) ? wd : regs[ra1];
  assign rd2 = (ra2 == 5'd0) ? 64'd0 : (we && wa == ra2) ? wd : regs[ra2];

  integer i;
  always @(posedge clk) begin
    if (rst) begin
      for (i = 0; i < 32; i = i + 1)
        regs[i] <= 64'd0;
    end else if (we && wa != 5'd0) begin
      regs[wa] <= wd;
    end
  end
endmodule
