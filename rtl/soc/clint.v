// clint: core-local interruptor at 0x0200_0000 (PIPELINE.md 9.1).
// Access by offset and size (4 or 8 bytes, checked by the core's memory map);
// rval is the value of the accessed bytes, not lane-shifted; side effects and
// writes at the edge ending MEM (PIPELINE.md 9).
module clint #(
  parameter [63:0] MTIME_DIV = 64'd1
) (
  input  wire        clk,
  input  wire        rst,
  input  wire        sel,      // a data access to the CLINT this cycle
  input  wire        we,
  input  wire [15:0] off,
  input  wire [1:0]  size,
  input  wire [63:0] wval,     // written value, not lane-shifted
  output wire [63:0] rval,
  output wire [63:0] mtime,
  output wire        irq_mtip,
  output wire        irq_msip
);
  reg        msip_q;
  reg [63:0] mtimecmp_q, mtime_q, presc_q;

  // The doubleword at off[15:3] (9.1 register table)
  wire is_msip = off[15:3] == 13'h0000;      // 0x0000
  wire is_cmp  = off[15:3] == 13'h0800;      // 0x4000
  wire is_time = off[15:3] == 13'h17FF;      // 0xBFF8
  wire [63:0] dw = is_msip ? {63'd0, msip_q} :
                   is_cmp  ? mtimecmp_q :
                   is_time ? mtime_q : 64'd0;
  assign rval = (size == 2'd3) ? dw : off[2] ? {32'd0, dw[63:32]} : {32'd0, dw[31:0]};

  // A 4-byte write replaces its half, an 8-byte write the doubleword
  wire [63:0] merged = (size == 2'd3) ? wval :
                       off[2] ? {wval[31:0], dw[31:0]} : {dw[63:32], wval[31:0]};
  wire wr   = sel && we;
  wire wrap = presc_q == MTIME_DIV - 64'd1;

  always @(posedge clk) begin
    if (rst) begin
      msip_q     <= 1'b0;
      mtimecmp_q <= {64{1'b1}};
      mtime_q    <= 64'd0;
      presc_q    <= 64'd0;
    end else begin
      presc_q <= wrap ? 64'd0 : presc_q + 64'd1;
      if (wr && is_msip) msip_q <= merged[0];
      if (wr && is_cmp)  mtimecmp_q <= merged;
      // a write to mtime replaces the written bytes, no increment then
      if (wr && is_time) mtime_q <= merged;
      else if (wrap)     mtime_q <= mtime_q + 64'd1;
    end
  end

  assign mtime    = mtime_q;
  assign irq_mtip = mtime_q >= mtimecmp_q;
  assign irq_msip = msip_q;
  wire unused_ok = &{1'b0, off[1:0]};
endmodule
