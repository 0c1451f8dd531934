// core_alu: RV64I 'Integer Computational Instructions' (OP, OP-IMM, OP-32,
// OP-IMM-32, LUI/AUIPC as additions). W operations work on the low 32 bits
// and sign-extend the 32-bit result; their shift amount is b[4:0].
module core_alu (
  input  wire [63:0] a,
  input  wire [63:0] b,
  input  wire [2:0]  f3,     // funct3 meaning of OP/OP-IMM
  input  wire        alt,    // SUB (f3 0) / SRA (f3 5)
  input  wire        w,      // the *W form
  output wire [63:0] y
);
  wire [63:0] sum   = alt ? a - b : a + b;
  wire [5:0]  sh    = b[5:0];
  wire [63:0] sra64 = $signed(a) >>> sh;
  wire [31:0] a32   = a[31:0];
  wire [31:0] sum32 = alt ? a32 - b[31:0] : a32 + b[31:0];
  wire [31:0] sll32 = a32 << b[4:0];
  wire [31:0] srl32 = a32 >> b[4:0];
  wire [31:0] sra32 = $signed(a32) >>> b[4:0];
  reg  [63:0] r64;
  reg  [31:0] r32;

  always @(*) begin
    case (f3)
      3'd0: r64 = sum;
      3'd1: r64 = a << sh;
      3'd2: r64 = {63'd0, $signed(a) < $signed(b)};
      3'd3: r64 = {63'd0, a < b};
      3'd4: r64 = a ^ b;
      3'd5: r64 = alt ? sra64 : a >> sh;
      3'd6: r64 = a | b;
      default: r64 = a & b;
    endcase
  end

  always @(*) begin
    case (f3)
      3'd1: r32 = sll32;
      3'd5: r32 = alt ? sra32 : srl32;
      default: r32 = sum32;   // ADDW/SUBW/ADDIW (others are not legal as W)
    endcase
  end

  assign y = w ? {{32{r32[31]}}, r32} : r64;
endmodule
