// core_mul: RV64M 'Multiplication Operations', one cycle in EX
// (PIPELINE.md 4.3). Both operands widened to 65 bits (sign or zero) so one
// signed product covers MULH, MULHSU and MULHU.
module core_mul (
  input  wire [63:0] a,
  input  wire [63:0] b,
  input  wire [1:0]  f3,     // 0 MUL, 1 MULH, 2 MULHSU, 3 MULHU
  input  wire        w,      // MULW
  output wire [63:0] y
);
  wire         sa = (f3 == 2'd1 || f3 == 2'd2) & a[63];
  wire         sb = (f3 == 2'd1) & b[63];
  wire [129:0] p  = $signed({sa, a}) * $signed({sb, b});
  wire [31:0]  pw = a[31:0] * b[31:0];
  assign y = w ? {{32{pw[31]}}, pw} :
             (f3 == 2'd0) ? p[63:0] : p[127:64];
  wire unused_p = &{1'b0, p[129:128]};
endmodule
