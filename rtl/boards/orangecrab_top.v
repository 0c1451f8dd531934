// orangecrab_top: the vitrap core SoC on the OrangeCrab r0.2 with an
// LFE5U-25F (csfBGA285, speed 8); pins in fpga/boards/orangecrab-25f-soc.lpf.
//   clk48      the 48 MHz oscillator, through the PLL when CORE_HZ differs
//   usr_btn    the user button, active low: resets the core while pressed
//   uart_tx    Feather header pin 0 (N17): the UART's output, 115200 8N1
//   uart_rx    Feather header pin 1 (M18): the UART's input
//   rgb_led0_r/g/b  the RGB LED, active low: blue blinks while the program
//              runs, green = pass, red = fail; all three lit (white) while
//              the core is held in reset
// The parameters are set by fpga/scripts/bitstream.sh (and the board
// simulation) from the program's ELF and FREQ.
module orangecrab_top #(
  parameter integer CORE_HZ   = 48000000,
  parameter integer CLKI_DIV  = 1,         // ecp5_pll.v; CLKOP_DIV 0 = no PLL
  parameter integer CLKFB_DIV = 1,
  parameter integer CLKOP_DIV = 0,
  parameter integer RAM_BYTES = 49152,
  parameter         INIT_FILE = "",
  parameter [63:0]  RESET_PC  = 64'h8000_0000,
  parameter [63:0]  TOHOST    = 64'h0
) (
  input  wire clk48,
  input  wire usr_btn,
  output wire uart_tx,
  input  wire uart_rx,
  output wire rgb_led0_r,
  output wire rgb_led0_g,
  output wire rgb_led0_b
);
  wire clk, locked;
  ecp5_pll #(.CLKI_DIV(CLKI_DIV), .CLKFB_DIV(CLKFB_DIV), .CLKOP_DIV(CLKOP_DIV)) u_pll (
    .clk_in(clk48), .clk_out(clk), .locked(locked)
  );

  wire hb, pass, fail, in_reset;
  board_soc #(.CLK_HZ(CORE_HZ), .RAM_BYTES(RAM_BYTES), .INIT_FILE(INIT_FILE),
              .RESET_PC(RESET_PC), .TOHOST(TOHOST)) u_board (
    .clk(clk), .rst_req(!usr_btn | !locked),
    .uart_txd(uart_tx), .uart_rxd(uart_rx),
    .led_heartbeat(hb), .led_pass(pass), .led_fail(fail), .led_reset(in_reset)
  );

  assign rgb_led0_r = !(fail | in_reset);
  assign rgb_led0_g = !(pass | in_reset);
  assign rgb_led0_b = !(hb | in_reset);
endmodule
