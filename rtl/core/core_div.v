// core_div: RV64M 'Division Operations', iterative, with the early-out
// latency of PIPELINE.md 4.3 (rev. 3): a restoring divider on the
// magnitudes, one quotient bit per cycle, that skips the dividend's leading
// zeros.
//
// Cycle k = 0 only registers the (forwarded) operands, op and w (rev. 3:
// nothing of the divider sits behind the forwarding multiplexer). Cycle 1
// takes the magnitudes of those registers, normalizes the dividend's
// magnitude m left by its leading-zero count (so its top significant bit
// sits in bit 63) and does the first step; cycles 2..S do the other steps,
// S = max(n, 1) with n the significant bits of m (W: of the 32-bit m). The
// result is ready from the state in cycle S + 1, so the divide is in EX for
// L = S + 2 cycles (PIPELINE.md 4.3 rev. 3: e_busy in cycles 0..L-2).
// `last` (L - 1 = S + 1, latched in cycle 1) tells the core where the last
// cycle is; the core keeps e_busy in cycles 0 and 1 without it. The state
// keeps its value after the last step (the divide may wait in EX).
//
// Skipping leading zeros changes nothing: a zero dividend bit shifted into a
// zero partial remainder leaves it 0 (quotient bit 0, or 1 for a zero
// divisor, which is overridden below). After S steps the quotient register
// holds the quotient in its low S bits and the normalization's zeros above.
//
// Critical path (cycle 1, from the operand registers): negate -> 6-level
// shifter -> quotient register, the shifter's selects from a leading-zero
// tree on the operand register in parallel with the negation (see below).
// The first step needs no subtractor: the partial remainder is 0 and the
// bit shifted in is the normalized top bit (m != 0), so it only compares
// the divisor with 0 and 1 (in parallel with the normalizer).
// The steps of cycles 2..S start from the registers only.
//
// Special cases (RV64M 'Division Operations'): x/0 gives all ones (the
// quotient is forced, not negated) and remainder x (the divisor 0 makes
// every step subtract nothing); INT_MIN/-1 gives INT_MIN and 0 (magnitude
// 2^63, W: 2^31). W results are sign-extended from 32 bits (DIVUW/REMUW too).
module core_div (
  input  wire        clk,
  input  wire        rst,
  input  wire        step,     // a divide is in EX and has not reached its last cycle
  input  wire        first,    // ... and this is its cycle 0
  input  wire        second,   // ... and this is its cycle 1
  input  wire [1:0]  op,       // funct3[1:0]: 0 DIV, 1 DIVU, 2 REM, 3 REMU
  input  wire        w,        // DIVW/DIVUW/REMW/REMUW
  input  wire [63:0] a,        // dividend (forwarded rs1, taken in cycle 0)
  input  wire [63:0] b,        // divisor (forwarded rs2, taken in cycle 0)
  output wire [6:0]  last,     // L - 1 of this divide (valid after cycle 1)
  output wire [63:0] result    // meaningful in the last cycle
);
  // PIPELINE.md 4.3 (rev. 3): cycle 0 registers the forwarded operands
  reg  [63:0] a_q, b_q;
  reg  [1:0]  op_q;
  reg         wo_q;
  always @(posedge clk) begin
    if (rst) begin
      a_q <= 64'd0; b_q <= 64'd0; op_q <= 2'd0; wo_q <= 1'b0;
    end else if (step && first) begin
      a_q <= a; b_q <= b; op_q <= op; wo_q <= w;
    end
  end

  reg  [63:0] rem_q, quo_q, dvs_q;
  reg  [6:0]  last_q;
  reg         negq_q, negr_q, isrem_q, w_q, bz_q;

  // Cycle 1: magnitudes and signs of the registered operands (PIPELINE.md
  // 4.3: the signed ops use the absolute value, INT_MIN's magnitude is 2^63
  // / 2^31).
  wire        sgn    = ~op_q[0];
  wire        sa     = sgn & (wo_q ? a_q[31] : a_q[63]);
  wire        sb     = sgn & (wo_q ? b_q[31] : b_q[63]);
  wire [63:0] a_ext  = wo_q ? {32'd0, a_q[31:0]} : a_q;
  wire [63:0] b_ext  = wo_q ? {32'd0, b_q[31:0]} : b_q;
  wire [63:0] a_neg  = wo_q ? {32'd0, -a_q[31:0]} : -a_q;
  wire [63:0] b_neg  = wo_q ? {32'd0, -b_q[31:0]} : -b_q;
  wire [63:0] a_mag  = sa ? a_neg : a_ext;
  wire [63:0] b_mag  = sb ? b_neg : b_ext;
  wire        b_zero = b_ext == 64'd0;
  // |b| = 1: b = 1, or b = -1 when signed (no negation on this path)
  wire        b_one  = sb ? (wo_q ? b_q[31:0] == 32'hFFFF_FFFF : b_q == {64{1'b1}})
                          : b_ext == 64'd1;

  // Leading-zero normalizer: the dividend's magnitude m left-aligned in 64
  // bits (W: its 32 bits in the upper half), shifted left by its leading-
  // zero count c so that its top significant bit sits in bit 63; c is capped
  // at 63 (W: 31): m = 0 gives c = 63 (W: 31), the same as m = 1, so
  // L - 1 = width + 1 - c = max(n, 1) + 1.
  //
  // The count comes from the operand register, not from m (revision 3
  // timing: the shifter's selects do not wait for the negation): for a
  // non-negative dividend m is the operand; for a negative one m = x + 1
  // with x = ~a, and m has the leading-zero count of x except when the +1
  // carries past x's top bit, i.e. x = 2^k - 1 (x = 0 included): then
  // a = -2^k (ones down to bit k, zeros below: no bit 0 with a 1 below it),
  // m = 2^k, normalized m = 2^63 and c = clz(x) - 1.
  wire [63:0] v      = a_ext ^ {64{sa}};                 // a or ~a, in the width
  wire [63:0] v0     = wo_q ? {v[31:0], 32'd0} : v;
  wire        pow2n  = sa & (wo_q ? (~a_q[31:1] & a_q[30:0]) == 31'd0
                                  : (~a_q[63:1] & a_q[62:0]) == 63'd0);
  // clz of v0 by a tree of halves: z_k all-zero flags, n_k counts (valid
  // when not all zero) of the 64 >> k-bit groups
  reg  [31:0] z1; reg [31:0] n1;
  reg  [15:0] z2; reg [31:0] n2;
  reg  [7:0]  z3; reg [23:0] n3;
  reg  [3:0]  z4; reg [15:0] n4;
  reg  [1:0]  z5; reg [9:0]  n5;
  integer j;
  always @(*) begin
    for (j = 0; j < 32; j = j + 1) begin
      z1[j] = ~(v0[2*j+1] | v0[2*j]);
      n1[j] = ~v0[2*j+1];
    end
    for (j = 0; j < 16; j = j + 1) begin
      z2[j] = z1[2*j+1] & z1[2*j];
      n2[2*j +: 2] = z1[2*j+1] ? {1'b1, n1[2*j]} : {1'b0, n1[2*j+1]};
    end
    for (j = 0; j < 8; j = j + 1) begin
      z3[j] = z2[2*j+1] & z2[2*j];
      n3[3*j +: 3] = z2[2*j+1] ? {1'b1, n2[2*(2*j) +: 2]} : {1'b0, n2[2*(2*j+1) +: 2]};
    end
    for (j = 0; j < 4; j = j + 1) begin
      z4[j] = z3[2*j+1] & z3[2*j];
      n4[4*j +: 4] = z3[2*j+1] ? {1'b1, n3[3*(2*j) +: 3]} : {1'b0, n3[3*(2*j+1) +: 3]};
    end
    for (j = 0; j < 2; j = j + 1) begin
      z5[j] = z4[2*j+1] & z4[2*j];
      n5[5*j +: 5] = z4[2*j+1] ? {1'b1, n4[4*(2*j) +: 4]} : {1'b0, n4[4*(2*j+1) +: 4]};
    end
  end
  // the shift (the count of a nonzero v0; W: of its upper half, the 32
  // level off) and the capped count c of m
  wire [5:0]  sh     = wo_q ? {1'b0, n5[9:5]} :
                       z5[1] ? {1'b1, n5[4:0]} : {1'b0, n5[9:5]};
  wire        vzero  = wo_q ? z5[1] : &z5;                 // v0 = 0: m = 0 or x = 0
  wire [5:0]  cmax   = wo_q ? 6'd31 : 6'd63;
  wire [5:0]  ccnt   = pow2n ? (vzero ? cmax : sh - 6'd1) : (vzero ? cmax : sh);
  wire [63:0] nz0    = wo_q ? {a_mag[31:0], 32'd0} : a_mag;
  wire [63:0] a_nrm  = pow2n ? {1'b1, 63'd0} : nz0 << sh;  // m = 0: 0
  wire        m_nz   = sa | ~vzero;                        // m != 0: a_nrm[63]
  wire [6:0]  l_nx   = (wo_q ? 7'd33 : 7'd65) - {1'b0, ccnt};

  // The first step (cycle 1): partial remainder 0, bit in = a_nrm[63].
  // {0, bit} >= divisor when the divisor is 0, or 1 and the bit is 1.
  wire        g0     = b_zero | (m_nz & b_one);
  wire [63:0] rem_0  = {63'd0, m_nz & ~b_one};
  wire [63:0] quo_0  = {a_nrm[62:0], g0};

  // One restoring step from the state (cycles 2..S).
  wire [64:0] t      = {rem_q, quo_q[63]};
  wire        ge     = t >= {1'b0, dvs_q};
  wire [64:0] t_sub  = t - {1'b0, dvs_q};
  wire [63:0] rem_nx = ge ? t_sub[63:0] : t[63:0];
  wire [63:0] quo_nx = {quo_q[62:0], ge};

  always @(posedge clk) begin
    if (rst) begin
      rem_q <= 64'd0; quo_q <= 64'd0; dvs_q <= 64'd0; last_q <= 7'd0;
      negq_q <= 1'b0; negr_q <= 1'b0; isrem_q <= 1'b0; w_q <= 1'b0; bz_q <= 1'b0;
    end else if (step && !first) begin
      if (second) begin
        rem_q   <= rem_0;
        quo_q   <= quo_0;
        dvs_q   <= b_mag;
        last_q  <= l_nx;
        negq_q  <= (sa ^ sb) & ~b_zero;
        negr_q  <= sa;
        isrem_q <= op_q[1];
        w_q     <= wo_q;
        bz_q    <= b_zero;
      end else begin
        rem_q <= rem_nx;
        quo_q <= quo_nx;
      end
    end
  end

  assign last = last_q;

  // Result from the state (sign fix-up of the magnitudes; x/0: all ones).
  wire [63:0] qmag = quo_q | {64{bz_q}};
  wire [63:0] q64 = negq_q ? -qmag : qmag;
  wire [63:0] r64 = negr_q ? -rem_q : rem_q;
  wire [31:0] q32 = negq_q ? -qmag[31:0] : qmag[31:0];
  wire [31:0] r32 = negr_q ? -rem_q[31:0] : rem_q[31:0];
  wire [31:0] y32 = isrem_q ? r32 : q32;
  assign result = w_q ? {{32{y32[31]}}, y32} : (isrem_q ? r64 : q64);

  wire unused_t = &{1'b0, t_sub[64], a_nrm[63]};
endmodule
