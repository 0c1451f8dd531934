// core_div: RV64M 'Division Operations', iterative, with the fixed latency
// of PIPELINE.md 4.3: a restoring divider on the magnitudes, one quotient
// bit per cycle. Cycle k = 0 takes the (forwarded) operands and does the
// first step; steps continue through cycle 63 (31 for W), so the result is
// ready from the state in cycle 64 (32), whatever the operands. The state
// keeps its value after the last step (the divide may wait in EX).
// Special cases fall out of the magnitudes (RV64M 'Division Operations'):
// x/0 gives all ones (the quotient is not negated) and remainder x;
// INT_MIN/-1 gives INT_MIN and 0. W results are sign-extended from 32 bits
// (DIVUW/REMUW too).
module core_div (
  input  wire        clk,
  input  wire        rst,
  input  wire        step,     // a divide is in EX and has not reached its last cycle
  input  wire        first,    // ... and this is its cycle 0
  input  wire [1:0]  op,       // funct3[1:0]: 0 DIV, 1 DIVU, 2 REM, 3 REMU
  input  wire        w,        // DIVW/DIVUW/REMW/REMUW
  input  wire [63:0] a,        // dividend (forwarded rs1, used in cycle 0)
  input  wire [63:0] b,        // divisor (forwarded rs2, used in cycle 0)
  output wire [63:0] result    // meaningful in the last cycle
);
  reg  [63:0] rem_q, quo_q, dvs_q;
  reg         negq_q, negr_q, isrem_q, w_q;

  // Cycle 0: magnitudes and signs of the operands.
  wire        sgn    = ~op[0];
  wire        sa     = sgn & (w ? a[31] : a[63]);
  wire        sb     = sgn & (w ? b[31] : b[63]);
  wire [63:0] a_ext  = w ? {32'd0, a[31:0]} : a;
  wire [63:0] b_ext  = w ? {32'd0, b[31:0]} : b;
  wire [63:0] a_neg  = w ? {32'd0, -a[31:0]} : -a;
  wire [63:0] b_neg  = w ? {32'd0, -b[31:0]} : -b;
  wire [63:0] a_mag  = sa ? a_neg : a_ext;
  wire [63:0] b_mag  = sb ? b_neg : b_ext;
  wire        b_zero = b_ext == 64'd0;

  // The state a step starts from: the operands in cycle 0, else the latch.
  // For W the 32-bit dividend sits in the upper half of the quotient
  // register, so 32 steps shift it all through.
  wire [63:0] rem_in = first ? 64'd0 : rem_q;
  wire [63:0] quo_in = first ? (w ? {a_mag[31:0], 32'd0} : a_mag) : quo_q;
  wire [63:0] dvs_in = first ? b_mag : dvs_q;

  // One restoring step.
  wire [64:0] t      = {rem_in, quo_in[63]};
  wire        ge     = t >= {1'b0, dvs_in};
  wire [64:0] t_sub  = t - {1'b0, dvs_in};
  wire [63:0] rem_nx = ge ? t_sub[63:0] : t[63:0];
  wire [63:0] quo_nx = {quo_in[62:0], ge};

  always @(posedge clk) begin
    if (rst) begin
      rem_q <= 64'd0; quo_q <= 64'd0; dvs_q <= 64'd0;
      negq_q <= 1'b0; negr_q <= 1'b0; isrem_q <= 1'b0; w_q <= 1'b0;
    end else if (step) begin
      rem_q <= rem_nx;
      quo_q <= quo_nx;
      dvs_q <= dvs_in;
      if (first) begin
        negq_q  <= (sa ^ sb) & ~b_zero;
        negr_q  <= sa;
        isrem_q <= op[1];
        w_q     <= w;
      end
    end
  end

  // Result from the state (sign fix-up of the magnitudes).
  wire [63:0] q64 = negq_q ? -quo_q : quo_q;
  wire [63:0] r64 = negr_q ? -rem_q : rem_q;
  wire [31:0] q32 = negq_q ? -quo_q[31:0] : quo_q[31:0];
  wire [31:0] r32 = negr_q ? -rem_q[31:0] : rem_q[31:0];
  wire [31:0] y32 = isrem_q ? r32 : q32;
  assign result = w_q ? {{32{y32[31]}}, y32} : (isrem_q ? r64 : q64);

  wire unused_t = &{1'b0, t_sub[64]};
endmodule
