// core_branch: RV64I 'Conditional Branches' compare (resolution in EX,
// PIPELINE.md 4.2).
module core_branch (
  input  wire [63:0] a,
  input  wire [63:0] b,
  input  wire [2:0]  f3,
  output reg         taken
);
  always @(*) begin
    case (f3)
      3'd0: taken = a == b;                    // BEQ
      3'd1: taken = a != b;                    // BNE
      3'd4: taken = $signed(a) < $signed(b);   // BLT
      3'd5: taken = $signed(a) >= $signed(b);  // BGE
      3'd6: taken = a < b;                     // BLTU
      3'd7: taken = a >= b;                    // BGEU
      default: taken = 1'b0;                   // not legal (decode)
    endcase
  end
endmodule
