// core_fetch: the IF stage of PIPELINE.md 2, 4.1 and 4.2: the IF latch
// (valid, pc, fault and, revision 3, the held word bufv/buf), the word IF
// holds (if_insn), the static prediction (f_pred, f_target) and the next
// fetch address fa.
//
// Timing (PIPELINE.md 1, revision 3): fa is a function of the IF latch and
// if_insn only, so the fetch port's address and request come from the IF
// flip-flops and the fetch read data (pre-decode -> target adder -> fa).
// The redirects and hold (c_redirect, e_redirect, hold) reach nothing but
// the multiplexers in front of the IF latch.
module core_fetch #(
  parameter [63:0] RESET_PC = 64'h8000_0000,
  parameter [63:0] RAM_BASE = 64'h8000_0000,
  parameter [63:0] RAM_SIZE = 64'h1000_0000
) (
  input  wire        clk,
  input  wire        rst,
  input  wire [31:0] i_rdata,      // the fetch port's read data (8.1)
  input  wire        c_redirect,   // commit redirect (4)
  input  wire [63:0] c_target,
  input  wire        e_redirect,   // EX redirect (4)
  input  wire [63:0] e_target,
  input  wire        hold,         // ID and IF hold (4)
  output reg         if_valid,
  output reg  [63:0] if_pc,
  output reg         if_fault,
  output wire [31:0] if_insn,
  output wire        f_pred,       // IF predicts its instruction taken (4.2)
  output wire [63:0] fa,           // the fetch address of this cycle (4.1)
  output wire        fa_in_ram     // fa is inside RAM (7.1): i_req
);
  reg        if_bufv;              // PIPELINE.md 2 (rev. 3): IF holds its word in if_buf
  reg [31:0] if_buf;

  // PIPELINE.md 2 (rev. 3): if_insn = IF.buf if IF.bufv, else the fetch
  // port's read data; 0 for a fetch fault
  assign if_insn = if_fault ? 32'd0 : if_bufv ? if_buf : i_rdata;

  // PIPELINE.md 4.2: static prediction in IF (BTFN) on a pre-decode of
  // if_insn: a JAL, or a conditional branch (funct3 not 2, 3) with a
  // negative offset, with an aligned target. This path (fetch read data ->
  // target adder -> fa -> fetch address) is the IF stage's critical path.
  wire        fi_jal    = if_insn[6:0] == 7'h6F;
  wire        fi_bbr    = (if_insn[6:0] == 7'h63) && (if_insn[14] || !if_insn[13]) &&
                          if_insn[31];   // funct3 not 2 or 3, offset < 0
  wire [63:0] fi_imm_j  = {{43{if_insn[31]}}, if_insn[31], if_insn[19:12], if_insn[20],
                           if_insn[30:21], 1'b0};
  wire [63:0] fi_imm_b  = {{51{if_insn[31]}}, if_insn[31], if_insn[7], if_insn[30:25],
                           if_insn[11:8], 1'b0};
  wire [63:0] f_target  = if_pc + (fi_jal ? fi_imm_j : fi_imm_b);
  assign      f_pred    = if_valid & ~if_fault & (f_target[1:0] == 2'b00) &
                          (fi_jal | fi_bbr);

  // PIPELINE.md 4.1 (rev. 3): fa, first rule that applies: IF.valid = 0:
  // IF.pc (a redirect target, or the reset PC); f_pred: f_target; else
  // IF.pc + 4. No c_redirect, e_redirect or hold here.
  assign fa = !if_valid ? if_pc : f_pred ? f_target : if_pc + 64'd4;

  // PIPELINE.md 7.1: a fetch outside RAM faults (checked on fa)
  wire fa_clint, fa_plic, fa_uart, fa_tdev, fa_allow;
  core_pma #(.RAM_BASE(RAM_BASE), .RAM_SIZE(RAM_SIZE)) u_pma_if (
    .addr(fa), .size(2'd2), .atomic(1'b0), .in_ram(fa_in_ram), .in_clint(fa_clint),
    .in_plic(fa_plic), .in_uart(fa_uart), .in_tdev(fa_tdev), .allowed(fa_allow)
  );

  // PIPELINE.md 4.1 (rev. 3), the IF row, first rule that applies:
  // a redirect makes IF a bubble holding the target (fetched next cycle);
  // hold keeps valid/pc/fault and captures the word (bufv = IF.valid);
  // else IF loads fa. Reset: valid 0, pc = the reset PC, fault 0, bufv 0.
  always @(posedge clk) begin
    if (rst) begin
      if_valid <= 1'b0; if_pc <= RESET_PC; if_fault <= 1'b0; if_bufv <= 1'b0;
      if_buf <= 32'd0;
    end else if (c_redirect || e_redirect) begin
      if_valid <= 1'b0; if_pc <= c_redirect ? c_target : e_target;
      if_fault <= 1'b0; if_bufv <= 1'b0;
    end else if (hold) begin
      if_bufv <= if_valid; if_buf <= if_insn;
    end else begin
      if_valid <= 1'b1; if_pc <= fa; if_fault <= ~fa_in_ram; if_bufv <= 1'b0;
    end
  end

  wire unused_ok = &{1'b0, fa_clint, fa_plic, fa_uart, fa_tdev, fa_allow};
endmodule
