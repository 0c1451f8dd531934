// irq_testdev: the interrupt test device at 0x0010_1000 (PIPELINE.md 9.4):
// software-driven PLIC lines and guest external interrupt lines, and a
// countdown that raises armed lines. 4- or 8-byte accesses; rval not
// lane-shifted.
module irq_testdev #(
  parameter [63:0] SGEIP_MASK = 64'd0     // bits below GEILEN
) (
  input  wire        clk,
  input  wire        rst,
  input  wire        sel,
  input  wire        we,
  input  wire [11:0] off,
  input  wire [1:0]  size,
  input  wire [63:0] wval,
  output wire [63:0] rval,
  output wire [31:0] lines,
  output wire [63:0] sgeip
);
  localparam [31:0] LINE_MASK = 32'hFFFF_FBFE;   // bits 0 and 10 read 0

  reg [31:0] lines_q, cd_q, arm_lines_q;
  reg [63:0] sgeip_q, arm_sgeip_q;

  wire a_lines = off[11:3] == 9'd0;   // 0x00
  wire a_sgeip = off[11:3] == 9'd1;   // 0x08
  wire a_cd    = off[11:3] == 9'd2;   // 0x10
  wire a_arml  = off[11:3] == 9'd3;   // 0x18
  wire a_arms  = off[11:3] == 9'd4;   // 0x20
  wire [63:0] dw = a_lines ? {32'd0, lines_q} :
                   a_sgeip ? sgeip_q :
                   a_cd    ? {32'd0, cd_q} :
                   a_arml  ? {32'd0, arm_lines_q} :
                   a_arms  ? arm_sgeip_q : 64'd0;
  assign rval = (size == 2'd3) ? dw : off[2] ? {32'd0, dw[63:32]} : {32'd0, dw[31:0]};
  wire [63:0] merged = (size == 2'd3) ? wval :
                       off[2] ? {wval[31:0], dw[31:0]} : {dw[63:32], wval[31:0]};

  wire wr   = sel && we;
  wire fire = cd_q == 32'd1;   // COUNTDOWN goes from 1 to 0 at this edge

  // A write at the edge where COUNTDOWN fires wins for the register it writes.
  always @(posedge clk) begin
    if (rst) begin
      lines_q <= 32'd0; cd_q <= 32'd0; arm_lines_q <= 32'd0;
      sgeip_q <= 64'd0; arm_sgeip_q <= 64'd0;
    end else begin
      if (wr && a_lines)      lines_q <= merged[31:0] & LINE_MASK;
      else if (fire)          lines_q <= lines_q | arm_lines_q;
      if (wr && a_sgeip)      sgeip_q <= merged & SGEIP_MASK;
      else if (fire)          sgeip_q <= sgeip_q | arm_sgeip_q;
      if (wr && a_cd)         cd_q <= merged[31:0];
      else if (cd_q != 32'd0) cd_q <= cd_q - 32'd1;
      if (wr && a_arml)       arm_lines_q <= merged[31:0] & LINE_MASK;
      if (wr && a_arms)       arm_sgeip_q <= merged & SGEIP_MASK;
    end
  end

  assign lines = lines_q;
  assign sgeip = sgeip_q;
  wire unused_ok = &{1'b0, off[1:0]};
endmodule
