// uart16550: 16550-compatible UART at 0x1000_0000, byte registers
// (PIPELINE.md 9.3). Nothing is ever received; a THR write emits its byte.
module uart16550 (
  input  wire        clk,
  input  wire        rst,
  input  wire        sel,
  input  wire        we,
  input  wire [7:0]  off,
  input  wire [7:0]  wval,
  output wire [7:0]  rval,
  output wire        tx_valid,   // a THR write this cycle
  output wire [7:0]  tx_byte,
  output wire        irq         // IER bit 1 and thre_ip
);
  reg [7:0] dll_q, dlm_q, lcr_q, scr_q;
  reg [3:0] ier_q;
  reg [4:0] mcr_q;
  reg       fcr0_q, tx_busy_q, thre_ip_q;

  wire       dlab = lcr_q[7];
  wire [7:0] iir  = {fcr0_q ? 2'b11 : 2'b00, 2'b00,
                     (ier_q[1] && thre_ip_q) ? 4'h2 : 4'h1};
  reg  [7:0] r;
  always @(*) begin
    case (off)
      8'd0:    r = dlab ? dll_q : 8'd0;              // RBR: nothing received
      8'd1:    r = dlab ? dlm_q : {4'd0, ier_q};
      8'd2:    r = iir;
      8'd3:    r = lcr_q;
      8'd4:    r = {3'd0, mcr_q};
      8'd5:    r = {1'b0, ~tx_busy_q, ~tx_busy_q, 5'd0};   // LSR: TEMT, THRE
      8'd7:    r = scr_q;
      default: r = 8'd0;                             // MSR, offsets 8..0xFF
    endcase
  end
  assign rval = r;

  wire wr      = sel && we;
  wire thr_wr  = wr && off == 8'd0 && !dlab;
  wire ier_wr  = wr && off == 8'd1 && !dlab;
  wire iir_clr = sel && !we && off == 8'd2 && iir[3:0] == 4'h2;

  always @(posedge clk) begin
    if (rst) begin
      dll_q <= 8'd0; dlm_q <= 8'd0; lcr_q <= 8'd0; scr_q <= 8'd0; ier_q <= 4'd0;
      mcr_q <= 5'd0; fcr0_q <= 1'b0; tx_busy_q <= 1'b0; thre_ip_q <= 1'b0;
    end else begin
      if (wr && off == 8'd0 && dlab) dll_q <= wval;
      if (wr && off == 8'd1 && dlab) dlm_q <= wval;
      if (ier_wr)                    ier_q <= wval[3:0];
      if (wr && off == 8'd2)         fcr0_q <= wval[0];
      if (wr && off == 8'd3)         lcr_q <= wval;
      if (wr && off == 8'd4)         mcr_q <= wval[4:0];
      if (wr && off == 8'd7)         scr_q <= wval;
      // transmitter: busy for the one cycle after a THR write
      tx_busy_q <= thr_wr;
      if (thr_wr || iir_clr)
        thre_ip_q <= 1'b0;
      else if (tx_busy_q)
        thre_ip_q <= 1'b1;
      else if (ier_wr && wval[1] && !ier_q[1])
        thre_ip_q <= 1'b1;
    end
  end

  assign tx_valid = thr_wr;
  assign tx_byte  = thr_wr ? wval : 8'd0;
  assign irq      = ier_q[1] && thre_ip_q;
endmodule
