// ecp5_pll: the core clock from the board's oscillator through one ECP5
// EHXPLLL, feedback from CLKOP (FPGA-TN-02200 "ECP5 and ECP5-5G sysCLOCK PLL/DLL
// Design and Usage Guide"): f_out = f_in * CLKFB_DIV / CLKI_DIV, VCO = f_out *
// CLKOP_DIV. fpga/scripts/pll.sh picks the dividers (PFD 3.125..400 MHz, VCO
// 400..800 MHz). CLKOP_DIV = 0: no PLL, clk_out is clk_in and locked is 1.
module ecp5_pll #(
  parameter integer CLKI_DIV  = 1,
  parameter integer CLKFB_DIV = 1,
  parameter integer CLKOP_DIV = 0
) (
  input  wire clk_in,
  output wire clk_out,
  output wire locked
);
  generate
    if (CLKOP_DIV == 0) begin : g_direct
      assign clk_out = clk_in;
      assign locked  = 1'b1;
    end else begin : g_pll
      wire clkop, lock, clkos, clkos2, clkos3, clkintfb, intlock, refclk;
      EHXPLLL #(
        .PLLRST_ENA("DISABLED"), .INTFB_WAKE("DISABLED"),
        .STDBY_ENABLE("DISABLED"), .DPHASE_SOURCE("DISABLED"),
        .OUTDIVIDER_MUXA("DIVA"), .OUTDIVIDER_MUXB("DIVB"),
        .OUTDIVIDER_MUXC("DIVC"), .OUTDIVIDER_MUXD("DIVD"),
        .CLKI_DIV(CLKI_DIV), .CLKFB_DIV(CLKFB_DIV), .FEEDBK_PATH("CLKOP"),
        .CLKOP_ENABLE("ENABLED"), .CLKOP_DIV(CLKOP_DIV),
        .CLKOP_CPHASE(CLKOP_DIV / 2 - 1), .CLKOP_FPHASE(0)
      ) u_pll (
        .RST(1'b0), .STDBY(1'b0), .CLKI(clk_in), .CLKFB(clkop), .CLKOP(clkop),
        .CLKOS(clkos), .CLKOS2(clkos2), .CLKOS3(clkos3), .CLKINTFB(clkintfb),
        .PHASESEL0(1'b0), .PHASESEL1(1'b0), .PHASEDIR(1'b1), .PHASESTEP(1'b1),
        .PHASELOADREG(1'b1), .PLLWAKESYNC(1'b0),
        .ENCLKOP(1'b0), .ENCLKOS(1'b0), .ENCLKOS2(1'b0), .ENCLKOS3(1'b0),
        .LOCK(lock), .INTLOCK(intlock), .REFCLK(refclk)
      );
      assign clk_out = clkop;
      assign locked  = lock;
      wire unused_ok = &{1'b0, clkos, clkos2, clkos3, clkintfb, intlock, refclk};
    end
  endgenerate
endmodule
