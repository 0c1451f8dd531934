// ulx3s_top: the vitrap core SoC on the Radiona ULX3S with an LFE5U-85F
// (CABGA381, speed 6); pins in fpga/boards/ulx3s-85f-soc.lpf.
//   clk_25mhz  the 25 MHz oscillator, through the PLL to CORE_HZ (fpga/README.md)
//   btn_fire1  FIRE1 (btn[1]), active high: resets the core while pressed
//   ftdi_rxd   the FPGA's UART output to the FTDI chip (US1), 115200 8N1
//   ftdi_txd   the FPGA's UART input from the FTDI chip
//   led[0]     heartbeat while the program runs; led[1] pass; led[2] fail;
//   led[7]     the core is held in reset (button, or the PLL not locked)
//   wifi_gpio0 held high so that the ESP32 leaves the FPGA alone
// The parameters are set by fpga/scripts/bitstream.sh (and the board
// simulation) from the program's ELF and FREQ.
module ulx3s_top #(
  parameter integer CORE_HZ   = 50000000,
  parameter integer CLKI_DIV  = 1,         // ecp5_pll.v; CLKOP_DIV 0 = no PLL
  parameter integer CLKFB_DIV = 2,
  parameter integer CLKOP_DIV = 12,
  parameter integer RAM_BYTES = 131072,
  parameter         INIT_FILE = "",
  parameter [63:0]  RESET_PC  = 64'h8000_0000,
  parameter [63:0]  TOHOST    = 64'h0
) (
  input  wire       clk_25mhz,
  input  wire       btn_fire1,
  output wire       ftdi_rxd,
  input  wire       ftdi_txd,
  output wire [7:0] led,
  output wire       wifi_gpio0
);
  wire clk, locked;
  ecp5_pll #(.CLKI_DIV(CLKI_DIV), .CLKFB_DIV(CLKFB_DIV), .CLKOP_DIV(CLKOP_DIV)) u_pll (
    .clk_in(clk_25mhz), .clk_out(clk), .locked(locked)
  );

  wire hb, pass, fail, in_reset;
  board_soc #(.CLK_HZ(CORE_HZ), .RAM_BYTES(RAM_BYTES), .INIT_FILE(INIT_FILE),
              .RESET_PC(RESET_PC), .TOHOST(TOHOST)) u_board (
    .clk(clk), .rst_req(btn_fire1 | !locked),
    .uart_txd(ftdi_rxd), .uart_rxd(ftdi_txd),
    .led_heartbeat(hb), .led_pass(pass), .led_fail(fail), .led_reset(in_reset)
  );

  assign led        = {in_reset, 4'b0000, fail, pass, hb};
  assign wifi_gpio0 = 1'b1;
endmodule
