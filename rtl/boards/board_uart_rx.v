// board_uart_rx: the UART's receiver on the pin, 8N1 at BIT_CYCLES clock
// cycles per bit. The pin is synchronised by two flip-flops; a falling edge
// starts a frame, each bit is sampled in its middle, and a frame whose stop
// bit is 1 gives valid = 1 for one cycle with the byte (PIPELINE.md 9.3.1).
// A frame with a 0 stop bit is dropped.
module board_uart_rx #(
  parameter integer BIT_CYCLES = 434
) (
  input  wire       clk,
  input  wire       rst,
  input  wire       rxd,
  output reg        valid,
  output reg  [7:0] data
);
  localparam integer CW = $clog2(BIT_CYCLES + 1);
  reg [2:0]    sync_q = 3'b111;   // two synchronising stages, then the previous value
  reg [3:0]    bit_q;             // 0 idle; 1 start, 2..9 data, 10 stop
  reg [CW-1:0] cnt_q;
  reg [7:0]    shift_q;

  always @(posedge clk) sync_q <= {sync_q[1:0], rxd};
  wire line = sync_q[1];
  wire fall = sync_q[2] && !sync_q[1];

  always @(posedge clk) begin
    valid <= 1'b0;
    if (rst) begin
      bit_q   <= 4'd0;
      cnt_q   <= {CW{1'b0}};
      shift_q <= 8'd0;
      data    <= 8'd0;
    end else if (bit_q == 4'd0) begin
      if (fall) begin            // to the middle of the start bit
        bit_q <= 4'd1;
        cnt_q <= BIT_CYCLES[CW-1:0] / 2;
      end
    end else if (cnt_q != {CW{1'b0}}) begin
      cnt_q <= cnt_q - 1'b1;
    end else begin
      cnt_q <= BIT_CYCLES[CW-1:0] - 1'b1;
      if (bit_q == 4'd1) begin
        bit_q <= line ? 4'd0 : 4'd2;       // a glitch, not a start bit
      end else if (bit_q != 4'd10) begin
        shift_q <= {line, shift_q[7:1]};
        bit_q   <= bit_q + 4'd1;
      end else begin
        bit_q <= 4'd0;
        if (line) begin
          valid <= 1'b1;
          data  <= shift_q;
        end
      end
    end
  end
endmodule
