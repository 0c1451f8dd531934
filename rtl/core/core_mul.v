// core_mul: RV64M 'Multiplication Operations' in the 3 EX cycles of
// PIPELINE.md 4.3 (rev. 3), pipelined to cut the multiplier's timing:
//
//   cycle 0: the forwarded operands (and funct3, W) -> a_q, b_q
//            (register inputs only: no multiplier logic after the forward mux)
//   cycle 1: a_q, b_q -> 16 unsigned 16x16 products (one ECP5 MULT18X18D
//            each) -> pp_q; in parallel the sign correction -> nc_q
//   cycle 2: pp_q, nc_q -> the 128-bit sum (one carry-save tree and one
//            carry-propagate adder) -> the result select -> MEM.result
//
// The 128-bit product P of the operands as unsigned numbers is the sum of
// the pieces a[16i+15:16i] * b[16j+15:16j] << 16(i+j). The signed variants
// use the standard correction: with a = ua - 2^64 sa (sa: a negative and
// signed) and likewise b, a*b = P - 2^64 (sa ub + sb ua) mod 2^128, so
// MULH / MULHSU subtract b when a is negative and signed, and a when b is
// negative and signed, from the high half (nc_q = -(that), added at bit 64).
// The low half (MUL, MULW) is the same for every signedness.
//
// The core loads the stages only in the multiply's cycles 0 and 1, so the
// state (and y) keeps the result while the multiply waits in EX (m_hold).
module core_mul (
  input  wire        clk,
  input  wire        rst,
  input  wire        ld_op,    // a multiply is in EX in its cycle 0
  input  wire        ld_pp,    // ... in its cycle 1
  input  wire [63:0] a,        // forwarded rs1 (taken in cycle 0)
  input  wire [63:0] b,        // forwarded rs2 (taken in cycle 0)
  input  wire [1:0]  f3,       // funct3[1:0]: 0 MUL, 1 MULH, 2 MULHSU, 3 MULHU
  input  wire        w,        // MULW
  output wire [63:0] y         // the result, from the state in cycle 2
);
  // cycle 0 -> 1: the operands (PIPELINE.md 4.3: the forwarded values of cycle 0)
  reg  [63:0] a_q, b_q;
  reg  [1:0]  op_q;
  reg         w_q;
  always @(posedge clk) begin
    if (rst) begin
      a_q <= 64'd0; b_q <= 64'd0; op_q <= 2'd0; w_q <= 1'b0;
    end else if (ld_op) begin
      a_q <= a; b_q <= b; op_q <= f3; w_q <= w;
    end
  end

  // cycle 1 -> 2: the partial products, piece k = 4i + j at bit 16(i+j)
  reg  [511:0] pp_q;
  genvar i, j;
  generate
    for (i = 0; i < 4; i = i + 1) begin : g_row
      for (j = 0; j < 4; j = j + 1) begin : g_col
        wire [31:0] p = a_q[16*i +: 16] * b_q[16*j +: 16];
        always @(posedge clk) begin
          if (rst)
            pp_q[32*(4*i+j) +: 32] <= 32'd0;
          else if (ld_pp)
            pp_q[32*(4*i+j) +: 32] <= p;
        end
      end
    end
  endgenerate

  // cycle 1 -> 2: the correction of the high half (MULH: both operands
  // signed, MULHSU: rs1 signed, rs2 unsigned, MULHU and MUL/MULW: none)
  wire         sa = (op_q == 2'd1 || op_q == 2'd2) & a_q[63];
  wire         sb = (op_q == 2'd1) & b_q[63];
  wire [63:0]  ca = sa ? b_q : 64'd0;     // a < 0: subtract b << 64
  wire [63:0]  cb = sb ? a_q : 64'd0;     // b < 0: subtract a << 64
  reg  [63:0]  nc_q;
  always @(posedge clk) begin
    if (rst)
      nc_q <= 64'd0;
    else if (ld_pp)
      nc_q <= 64'd0 - ca - cb;
  end

  // cycle 2: the sum of the pieces and the correction
  reg  [127:0] sum;
  integer k;
  always @(*) begin
    sum = {nc_q, 64'd0};
    for (k = 0; k < 16; k = k + 1)
      sum = sum + ({96'd0, pp_q[32*k +: 32]} << (16 * ((k / 4) + (k % 4))));
  end

  // RV64M: MUL the low 64 bits, MULH/MULHSU/MULHU the high 64 (corrected),
  // MULW the low 32 sign-extended
  assign y = w_q ? {{32{sum[31]}}, sum[31:0]} :
             (op_q == 2'd0) ? sum[63:0] : sum[127:64];
endmodule
