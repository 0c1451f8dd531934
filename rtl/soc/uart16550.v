// uart16550: 16550-compatible UART at 0x1000_0000, byte registers
// (PIPELINE.md 9.3). A THR write emits its byte on tx_valid/tx_byte; a board
// top (rtl/boards/) serialises it and holds the transmitter busy through
// tx_hold, and hands in received bytes on rx_valid/rx_byte (PIPELINE.md
// 9.3.1). In simulation all three inputs are 0: nothing is ever received and
// the transmitter is free one cycle after a write.
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
  output wire        irq,        // IER bit 1 and thre_ip, or IER bit 0 and DR
  input  wire        tx_hold,    // 9.3.1: the board's serialiser is busy
  input  wire        rx_valid,   // 9.3.1: a byte was received this cycle
  input  wire [7:0]  rx_byte
);
  reg [7:0] dll_q, dlm_q, lcr_q, scr_q, rbr_q;
  reg [3:0] ier_q;
  reg [4:0] mcr_q;
  reg       fcr0_q, tx_busy_q, thre_ip_q, dr_q, oe_q;

  wire       dlab    = lcr_q[7];
  wire       tx_free = ~(tx_busy_q | tx_hold);
  // IIR (9.3): received data (0x4) before THR empty (0x2), else none (0x1)
  wire [3:0] iid  = (ier_q[0] && dr_q)        ? 4'h4 :
                    (ier_q[1] && thre_ip_q)   ? 4'h2 : 4'h1;
  wire [7:0] iir  = {fcr0_q ? 2'b11 : 2'b00, 2'b00, iid};
  reg  [7:0] r;
  always @(*) begin
    case (off)
      8'd0:    r = dlab ? dll_q : rbr_q;             // RBR: the last byte received
      8'd1:    r = dlab ? dlm_q : {4'd0, ier_q};
      8'd2:    r = iir;
      8'd3:    r = lcr_q;
      8'd4:    r = {3'd0, mcr_q};
      8'd5:    r = {1'b0, tx_free, tx_free, 3'd0, oe_q, dr_q};  // LSR: TEMT, THRE, OE, DR
      8'd7:    r = scr_q;
      default: r = 8'd0;                             // MSR, offsets 8..0xFF
    endcase
  end
  assign rval = r;

  wire wr      = sel && we;
  wire rd      = sel && !we;
  wire thr_wr  = wr && off == 8'd0 && !dlab;
  wire ier_wr  = wr && off == 8'd1 && !dlab;
  wire rbr_rd  = rd && off == 8'd0 && !dlab;
  wire lsr_rd  = rd && off == 8'd5;
  wire iir_clr = rd && off == 8'd2 && iid == 4'h2;

  // registers and the transmitter (9.3)
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
      // busy from a THR write until the board's serialiser lets go (one
      // cycle when tx_hold is 0)
      if (thr_wr)
        tx_busy_q <= 1'b1;
      else if (!tx_hold)
        tx_busy_q <= 1'b0;
      if (thr_wr || iir_clr)
        thre_ip_q <= 1'b0;
      else if (tx_busy_q && !tx_hold)
        thre_ip_q <= 1'b1;
      else if (ier_wr && wval[1] && !ier_q[1])
        thre_ip_q <= 1'b1;
    end
  end

  // receiver (9.3.1): a byte sets DR; an RBR read clears it; a byte that
  // arrives while DR is set overwrites RBR and sets OE until an LSR read
  always @(posedge clk) begin
    if (rst) begin
      rbr_q <= 8'd0; dr_q <= 1'b0; oe_q <= 1'b0;
    end else begin
      if (rx_valid) begin
        rbr_q <= rx_byte;
        dr_q  <= 1'b1;
      end else if (rbr_rd) begin
        dr_q  <= 1'b0;
      end
      if (rx_valid && dr_q && !rbr_rd)
        oe_q <= 1'b1;
      else if (lsr_rd)
        oe_q <= 1'b0;
    end
  end

  assign tx_valid = thr_wr;
  assign tx_byte  = thr_wr ? wval : 8'd0;
  assign irq      = (ier_q[1] && thre_ip_q) || (ier_q[0] && dr_q);
endmodule
