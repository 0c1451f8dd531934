// EHXPLLL, behavioural, for simulating the board tops only (never
// synthesised: yosys maps the real primitive). Feedback from CLKOP
// (FEEDBK_PATH "CLKOP", the only mode ecp5_pll.v uses): CLKOP runs at
// f_in * CLKFB_DIV / CLKI_DIV, measured from CLKI's own period, and LOCK
// rises after 8 CLKI periods. The model stops the simulation with an error
// when the dividers break the PLL's limits: PFD 3.125..400 MHz, VCO
// (CLKOP * CLKOP_DIV) 400..800 MHz, feedback other than CLKOP. Needs a simulator with timing: iverilog, or
// the --timing mode of Verilator. Delays are in the time unit of the
// simulation (tb/board/ uses 1 ps: Verilator --timescale 1ps/1ps).
module EHXPLLL #(
  /* verilator lint_off UNUSEDPARAM */
  parameter integer CLKI_DIV     = 1,
  parameter integer CLKFB_DIV    = 1,
  parameter integer CLKOP_DIV    = 8,
  parameter integer CLKOP_CPHASE = 0,
  parameter integer CLKOP_FPHASE = 0,
  parameter         CLKOP_ENABLE = "ENABLED",
  parameter         FEEDBK_PATH  = "CLKOP",
  parameter         PLLRST_ENA   = "DISABLED",
  parameter         INTFB_WAKE   = "DISABLED",
  parameter         STDBY_ENABLE = "DISABLED",
  parameter         DPHASE_SOURCE = "DISABLED",
  parameter         OUTDIVIDER_MUXA = "DIVA",
  parameter         OUTDIVIDER_MUXB = "DIVB",
  parameter         OUTDIVIDER_MUXC = "DIVC",
  parameter         OUTDIVIDER_MUXD = "DIVD"
  /* verilator lint_on UNUSEDPARAM */
) (
  input  wire CLKI, CLKFB,
  input  wire PHASESEL1, PHASESEL0, PHASEDIR, PHASESTEP, PHASELOADREG,
  input  wire STDBY, PLLWAKESYNC,
  input  wire RST, ENCLKOP, ENCLKOS, ENCLKOS2, ENCLKOS3,
  output reg  CLKOP,
  output wire CLKOS, CLKOS2, CLKOS3,
  output reg  LOCK,
  output wire INTLOCK, REFCLK, CLKINTFB
);
  realtime last_edge, period_in;
  integer  edges;
  initial begin
    CLKOP = 1'b0;
    LOCK = 1'b0;
    edges = 0;
    last_edge = 0.0;
    period_in = 0.0;
  end

  // the input period, from CLKI's rising edges
  always @(posedge CLKI) begin
    if (edges > 0) begin
      period_in <= $realtime - last_edge;
      check_limits(1.0e6 / ($realtime - last_edge));
    end
    last_edge <= $realtime;
    if (edges < 8) edges <= edges + 1;
    else LOCK <= 1'b1;
  end

  // the limits of the ECP5 sysCLOCK PLL (FPGA-TN-02200), f_in in MHz
  task check_limits(input real f_in);
    real pfd, vco;
    begin
      pfd = f_in / CLKI_DIV;
      vco = pfd * CLKFB_DIV * CLKOP_DIV;
      if (FEEDBK_PATH != "CLKOP" || pfd < 3.125 || pfd > 400.0 || vco < 400.0 || vco > 800.0) begin
        $display("EHXPLLL: f_in %0.3f MHz, PFD %0.3f MHz, VCO %0.3f MHz, feedback %0s: outside the PLL's limits",
                 f_in, pfd, vco, FEEDBK_PATH);
        $finish;
      end
    end
  endtask

  // CLKOP: half its period at a time, once the input period is known
  always begin
    if (period_in > 0.0)
      #(period_in * CLKI_DIV / CLKFB_DIV / 2.0) CLKOP <= ~CLKOP;
    else
      #1000 CLKOP <= 1'b0;
  end

  assign CLKOS = 1'b0;
  assign CLKOS2 = 1'b0;
  assign CLKOS3 = 1'b0;
  assign INTLOCK = LOCK;
  assign REFCLK = CLKI;
  assign CLKINTFB = 1'b0;
  wire unused_ok = &{1'b0, CLKFB, PHASESEL1, PHASESEL0, PHASEDIR, PHASESTEP,
                     PHASELOADREG, STDBY, PLLWAKESYNC, RST, ENCLKOP, ENCLKOS,
                     ENCLKOS2, ENCLKOS3};
endmodule
