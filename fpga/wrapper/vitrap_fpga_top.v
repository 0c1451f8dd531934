// vitrap_fpga_top: a board shell around the generated vitrap_csr, for
// synthesis and place-and-route on open FPGA boards (fpga/README.md).
// Hand-written Verilog-2005; the unit itself is generated (build/.../vitrap_csr.v).
//
// Five pins: clk, rst_n, sin, sout, led.
//  * Every input of the unit comes from a register: a shift chain of NIN
//    flip-flops loaded one bit per cycle from `sin` (the chain IS the input
//    register of the unit, so nothing but a wire sits between it and the unit).
//  * Every output of the unit goes into a register (out_q), so a path ends at
//    a flip-flop right after the unit's own logic. The registered outputs are
//    folded by a two-stage XOR tree into `sout`: every output bit reaches a pin,
//    so synthesis cannot remove any logic or state that drives an output.
//  * dbg_csrs (the simulation debug view, one 64-bit slot per CSR) is left
//    unconnected: synthesis removes only that view; every CSR stays observable
//    through csr_rdata (a CSR read), so its flip-flops stay.
// Hence the Fmax nextpnr reports is the unit's own register-to-register path
// (input register -> unit -> unit state or output register, unit state ->
// unit -> unit state or output register), not the pads.
//
// Configurations: the unit has an irq_sgeip port only when GEILEN > 0. Define
// VITRAP_GEILEN=N (N = GEILEN of the generated unit) when N > 0, and leave it
// undefined for GEILEN 0 (fpga/scripts derive it from the generated file).
`default_nettype none

module vitrap_fpga_top (
  input  wire clk,
  input  wire rst_n,   // active low, synchronised here (board button or header pin)
  input  wire sin,     // serial stimulus for every input of the unit
  output wire sout,    // XOR of every registered output of the unit
  output wire led      // registered `virt` output (V=1)
);
`ifdef VITRAP_GEILEN
  localparam integer GEILEN = `VITRAP_GEILEN;
`else
  localparam integer GEILEN = 0;
`endif

  // Input chain layout: bit offsets of the unit's inputs.
  localparam integer P_CVALID = 0;    // commit_valid
  localparam integer P_PC     = 1;    // commit_pc     [63:0]
  localparam integer P_INSN   = 65;   // commit_insn   [31:0]
  localparam integer P_RS1    = 97;   // commit_rs1    [63:0]
  localparam integer P_EVALID = 161;  // exc_valid
  localparam integer P_CAUSE  = 162;  // exc_cause     [4:0]
  localparam integer P_TVAL   = 167;  // exc_tval      [63:0]
  localparam integer P_TVAL2  = 231;  // exc_tval2     [63:0]
  localparam integer P_TINST  = 295;  // exc_tinst     [63:0]
  localparam integer P_GVA    = 359;  // exc_gva
  localparam integer P_IRQ    = 360;  // irq_meip, irq_mtip, irq_msip, irq_seip
  localparam integer P_MTIME  = 364;  // mtime         [63:0]
  localparam integer P_RETIRE = 428;  // retire_in
`ifdef VITRAP_GEILEN
  localparam integer P_SGEIP  = 429;  // irq_sgeip     [GEILEN-1:0]
`endif
  localparam integer NIN      = 429 + GEILEN;
  localparam integer NOUT     = 380;  // output bits folded into sout (all but dbg_csrs)
  localparam integer NXOR     = 24;   // first XOR stage: 16-bit parities (the last one 12 bits)

  // Reset: two-flop synchroniser; its second flop is the unit's registered rst.
  reg [1:0] rst_sync;
  always @(posedge clk) rst_sync <= {rst_sync[0], ~rst_n};

  // The input register of the unit: a shift chain fed from sin.
  reg [NIN-1:0] in_q;
  always @(posedge clk) in_q <= {in_q[NIN-2:0], sin};

  // Outputs of the unit.
  wire [63:0] csr_rdata, redirect_pc, satp, vsatp, hgatp;
  wire [4:0]  trap_code;
  wire [1:0]  priv, ls_priv, hlsv_priv;
  wire [31:0] dbg_wfi_cnt;
  wire retire, stall, trap, trap_irq, xret, redirect, virt, ls_virt;
  wire mxr, sum, vs_mxr, vs_sum, sfence_vma, hfence_vvma, hfence_gvma, flush;
  wire dbg_wfi_wait;

  vitrap_csr u_csr (
    .clk          (clk),
    .rst          (rst_sync[1]),
    .commit_valid (in_q[P_CVALID]),
    .commit_pc    (in_q[P_PC +: 64]),
    .commit_insn  (in_q[P_INSN +: 32]),
    .commit_rs1   (in_q[P_RS1 +: 64]),
    .exc_valid    (in_q[P_EVALID]),
    .exc_cause    (in_q[P_CAUSE +: 5]),
    .exc_tval     (in_q[P_TVAL +: 64]),
    .exc_tval2    (in_q[P_TVAL2 +: 64]),
    .exc_tinst    (in_q[P_TINST +: 64]),
    .exc_gva      (in_q[P_GVA]),
    .irq_meip     (in_q[P_IRQ + 0]),
    .irq_mtip     (in_q[P_IRQ + 1]),
    .irq_msip     (in_q[P_IRQ + 2]),
    .irq_seip     (in_q[P_IRQ + 3]),
`ifdef VITRAP_GEILEN
    .irq_sgeip    (in_q[P_SGEIP +: GEILEN]),
`endif
    .mtime        (in_q[P_MTIME +: 64]),
    .retire_in    (in_q[P_RETIRE]),
    .csr_rdata    (csr_rdata),
    .retire       (retire),
    .stall        (stall),
    .trap         (trap),
    .trap_irq     (trap_irq),
    .trap_code    (trap_code),
    .xret         (xret),
    .redirect     (redirect),
    .redirect_pc  (redirect_pc),
    .priv         (priv),
    .virt         (virt),
    .ls_priv      (ls_priv),
    .ls_virt      (ls_virt),
    .hlsv_priv    (hlsv_priv),
    .satp         (satp),
    .vsatp        (vsatp),
    .hgatp        (hgatp),
    .mxr          (mxr),
    .sum          (sum),
    .vs_mxr       (vs_mxr),
    .vs_sum       (vs_sum),
    .sfence_vma   (sfence_vma),
    .hfence_vvma  (hfence_vvma),
    .hfence_gvma  (hfence_gvma),
    .flush        (flush),
    .dbg_wfi_wait (dbg_wfi_wait),
    .dbg_wfi_cnt  (dbg_wfi_cnt),
    /* verilator lint_off PINCONNECTEMPTY */
    .dbg_csrs     ()   // simulation debug view: left out on purpose
    /* verilator lint_on PINCONNECTEMPTY */
  );

  // The output register of the unit.
  reg [NOUT-1:0] out_q;
  always @(posedge clk)
    out_q <= {csr_rdata, redirect_pc, satp, vsatp, hgatp, dbg_wfi_cnt, trap_code,
              priv, ls_priv, hlsv_priv, retire, stall, trap, trap_irq, xret,
              redirect, virt, ls_virt, mxr, sum, vs_mxr, vs_sum, sfence_vma,
              hfence_vvma, hfence_gvma, flush, dbg_wfi_wait};

  // Fold the registered outputs into one pin: 16-bit parities, then their parity.
  reg [NXOR-1:0] par_q;
  reg            sout_q, led_q;
  integer k;
  always @(posedge clk) begin
    for (k = 0; k < NXOR - 1; k = k + 1)
      par_q[k] <= ^out_q[16*k +: 16];
    par_q[NXOR-1] <= ^out_q[NOUT-1:16*(NXOR-1)];
    sout_q <= ^par_q;
    led_q  <= virt;
  end
  assign sout = sout_q;
  assign led  = led_q;
endmodule

`default_nettype wire
