// board_uart_tx: the UART's transmitter on the pin, 8N1 (start bit 0, eight
// data bits LSB first, stop bit 1), BIT_CYCLES clock cycles per bit. A byte
// is taken when valid and not busy; busy is 1 from the next cycle until the
// stop bit has been sent (PIPELINE.md 9.3.1: the UART's tx_hold).
module board_uart_tx #(
  parameter integer BIT_CYCLES = 434
) (
  input  wire       clk,
  input  wire       rst,
  input  wire       valid,
  input  wire [7:0] data,
  output wire       busy,
  output wire       txd
);
  localparam integer CW = $clog2(BIT_CYCLES + 1);
  reg [9:0]    shift_q;     // stop, data[7:0], start: bit 0 goes out first
  reg [3:0]    bits_q;      // bits still to send, 0 = idle
  reg [CW-1:0] cnt_q;       // cycles left in the current bit

  always @(posedge clk) begin
    if (rst) begin
      shift_q <= 10'h3FF;
      bits_q  <= 4'd0;
      cnt_q   <= {CW{1'b0}};
    end else if (bits_q == 4'd0) begin
      if (valid) begin
        shift_q <= {1'b1, data, 1'b0};
        bits_q  <= 4'd10;
        cnt_q   <= BIT_CYCLES[CW-1:0] - 1'b1;
      end
    end else if (cnt_q != {CW{1'b0}}) begin
      cnt_q <= cnt_q - 1'b1;
    end else begin
      shift_q <= {1'b1, shift_q[9:1]};
      bits_q  <= bits_q - 4'd1;
      cnt_q   <= BIT_CYCLES[CW-1:0] - 1'b1;
    end
  end

  assign busy = bits_q != 4'd0;
  assign txd  = bits_q == 4'd0 ? 1'b1 : shift_q[0];
endmodule
