// core_decode: the instruction decode of PIPELINE.md section 5, as a table.
// Pure combinational; used in ID (legality, sources) and again in EX and
// MEM on the latched instruction bits (the same table, so the "decoded
// control" of every latch is a function of its insn). IF's prediction
// (PIPELINE.md 4.2) needs only a pre-decode of two opcodes (vitrap_core.v).
// Every control output is 0 for an illegal word (PIPELINE.md 5.1: an illegal
// instruction does nothing and uses nothing, 5.2).
`include "vitrap_cfg.vh"

module core_decode (
  input  wire [31:0] insn,
  output wire        legal,     // PIPELINE.md 5.1
  output wire        use_rs1,   // PIPELINE.md 5.2
  output wire        use_rs2,
  output wire        wr_rd,     // the instruction writes rd (when rd != 0)
  output wire        late,      // late-result (PIPELINE.md 4, d_hazard)
  output wire [63:0] imm,       // immediate of the format (0 for AMO/HLV/HSV)
  output wire        a_pc,      // ALU operand a = pc (AUIPC)
  output wire        a_zero,    // ALU operand a = 0 (LUI)
  output wire        b_imm,     // ALU operand b = imm
  output wire [2:0]  alu_f3,    // ALU function (RV64I funct3 meaning)
  output wire        alu_alt,   // SUB / SRA
  output wire        op_w,      // 32-bit (W) operation
  output wire [1:0]  res_sel,   // EX result: 0 ALU, 1 link (pc+4), 2 MUL, 3 DIV
  output wire        is_jal,
  output wire        is_jalr,
  output wire        is_branch,
  output wire        is_mem,    // a memory operation (any d_kind)
  output wire [2:0]  kind,      // d_kind (PIPELINE.md 8.1)
  output wire [1:0]  msize,     // log2 bytes
  output wire        muns,      // load zero-extends
  output wire        is_csr,    // SYSTEM funct3 1-3, 5-7
  output wire        is_fencei,
  output wire        is_div     // DIV/DIVU/REM/REMU(/W)
);
  // RV64I 'Base Instruction Formats'
  wire [6:0] opc    = insn[6:0];
  wire [2:0] f3     = insn[14:12];
  wire [6:0] f7     = insn[31:25];
  wire [4:0] f5     = insn[31:27];
  wire [4:0] rs2    = insn[24:20];
  wire [63:0] imm_i = {{52{insn[31]}}, insn[31:20]};
  wire [63:0] imm_s = {{52{insn[31]}}, insn[31:25], insn[11:7]};
  wire [63:0] imm_b = {{51{insn[31]}}, insn[31], insn[7], insn[30:25], insn[11:8], 1'b0};
  wire [63:0] imm_u = {{32{insn[31]}}, insn[31:12], 12'd0};
  wire [63:0] imm_j = {{43{insn[31]}}, insn[31], insn[19:12], insn[20], insn[30:21], 1'b0};

  // Immediate format selector.
  localparam [2:0] IMM_0 = 3'd0, IMM_I = 3'd1, IMM_S = 3'd2, IMM_B = 3'd3,
                   IMM_U = 3'd4, IMM_J = 3'd5;

  // The decode table: one row per opcode (PIPELINE.md 5.1, 5.2).
  reg        t_legal, t_u1, t_u2, t_wr, t_late, t_apc, t_a0, t_bimm, t_alt, t_w;
  reg        t_jal, t_jalr, t_br, t_mem, t_muns, t_csr, t_fi, t_div;
  reg  [2:0] t_imm, t_f3, t_kind;
  reg  [1:0] t_res, t_msize;

  // HLV/HLVX/HSV encodings (gen/INTERFACE.md section 3), only with H.
`ifdef VITRAP_CFG_H
  wire hlv  = (f7 == 7'b0110000 && (rs2 == 5'd0 || rs2 == 5'd1)) ||
              ((f7 == 7'b0110010 || f7 == 7'b0110100) &&
               (rs2 == 5'd0 || rs2 == 5'd1 || rs2 == 5'd3)) ||
              (f7 == 7'b0110110 && rs2 == 5'd0);
  wire hlvx = hlv && rs2 == 5'd3;
  wire hsv  = (f7 == 7'b0110001 || f7 == 7'b0110011 || f7 == 7'b0110101 ||
               f7 == 7'b0110111) && insn[11:7] == 5'd0;   // rd = 0
`else
  wire hlv  = 1'b0;
  wire hlvx = 1'b0;
  wire hsv  = 1'b0;
`endif

  // AMO funct5 (PIPELINE.md 5.1): LR (rs2 = 0), SC, SWAP, ADD, XOR, AND, OR,
  // MIN, MAX, MINU, MAXU.
  wire amo_lr  = f5 == 5'b00010;
  wire amo_sc  = f5 == 5'b00011;
  wire amo_rmw = f5 == 5'b00001 || f5 == 5'b00000 || f5 == 5'b00100 ||
                 f5 == 5'b01100 || f5 == 5'b01000 || f5 == 5'b10000 ||
                 f5 == 5'b10100 || f5 == 5'b11000 || f5 == 5'b11100;

  always @(*) begin
    // defaults: illegal, does nothing
    t_legal = 1'b0; t_u1 = 1'b0; t_u2 = 1'b0; t_wr = 1'b0; t_late = 1'b0;
    t_apc = 1'b0; t_a0 = 1'b0; t_bimm = 1'b0; t_alt = 1'b0; t_w = 1'b0;
    t_jal = 1'b0; t_jalr = 1'b0; t_br = 1'b0; t_mem = 1'b0; t_muns = 1'b0;
    t_csr = 1'b0; t_fi = 1'b0; t_div = 1'b0;
    t_imm = IMM_0; t_f3 = 3'd0; t_kind = 3'd0; t_res = 2'd0; t_msize = 2'd0;
    if (insn[1:0] == 2'b11) begin
      case (opc)
        7'h37: begin // LUI
          t_legal = 1'b1; t_wr = 1'b1; t_a0 = 1'b1; t_bimm = 1'b1; t_imm = IMM_U;
        end
        7'h17: begin // AUIPC
          t_legal = 1'b1; t_wr = 1'b1; t_apc = 1'b1; t_bimm = 1'b1; t_imm = IMM_U;
        end
        7'h6F: begin // JAL
          t_legal = 1'b1; t_wr = 1'b1; t_jal = 1'b1; t_imm = IMM_J; t_res = 2'd1;
        end
        7'h67: begin // JALR
          t_legal = f3 == 3'd0; t_u1 = 1'b1; t_wr = 1'b1; t_jalr = 1'b1;
          t_imm = IMM_I; t_res = 2'd1;
        end
        7'h63: begin // BRANCH
          t_legal = f3 != 3'd2 && f3 != 3'd3; t_u1 = 1'b1; t_u2 = 1'b1;
          t_br = 1'b1; t_imm = IMM_B;
        end
        7'h03: begin // LOAD
          t_legal = f3 != 3'd7; t_u1 = 1'b1; t_wr = 1'b1; t_late = 1'b1;
          t_mem = 1'b1; t_kind = 3'd0; t_imm = IMM_I;
          t_msize = f3[1:0]; t_muns = f3[2];
        end
        7'h23: begin // STORE
          t_legal = f3[2] == 1'b0; t_u1 = 1'b1; t_u2 = 1'b1;
          t_mem = 1'b1; t_kind = 3'd3; t_imm = IMM_S; t_msize = f3[1:0];
        end
        7'h13: begin // OP-IMM
          t_legal = (f3 == 3'd1) ? insn[31:26] == 6'b000000 :
                    (f3 == 3'd5) ? (insn[31:26] == 6'b000000 || insn[31:26] == 6'b010000) :
                    1'b1;
          t_u1 = 1'b1; t_wr = 1'b1; t_bimm = 1'b1; t_imm = IMM_I; t_f3 = f3;
          t_alt = f3 == 3'd5 && insn[30];
        end
        7'h1B: begin // OP-IMM-32
          t_legal = (f3 == 3'd0) ||
                    (f3 == 3'd1 && f7 == 7'b0000000) ||
                    (f3 == 3'd5 && (f7 == 7'b0000000 || f7 == 7'b0100000));
          t_u1 = 1'b1; t_wr = 1'b1; t_bimm = 1'b1; t_imm = IMM_I; t_f3 = f3;
          t_alt = f3 == 3'd5 && insn[30]; t_w = 1'b1;
        end
        7'h33: begin // OP (RV64I and RV64M)
          t_legal = f7 == 7'b0000000 || f7 == 7'b0000001 ||
                    (f7 == 7'b0100000 && (f3 == 3'd0 || f3 == 3'd5));
          t_u1 = 1'b1; t_u2 = 1'b1; t_wr = 1'b1; t_f3 = f3; t_alt = insn[30];
          if (f7 == 7'b0000001) begin
            t_res = f3[2] ? 2'd3 : 2'd2; t_div = f3[2];
          end
        end
        7'h3B: begin // OP-32
          t_legal = (f7 == 7'b0000000 && (f3 == 3'd0 || f3 == 3'd1 || f3 == 3'd5)) ||
                    (f7 == 7'b0100000 && (f3 == 3'd0 || f3 == 3'd5)) ||
                    (f7 == 7'b0000001 && (f3 == 3'd0 || f3[2]));
          t_u1 = 1'b1; t_u2 = 1'b1; t_wr = 1'b1; t_f3 = f3; t_alt = insn[30];
          t_w = 1'b1;
          if (f7 == 7'b0000001) begin
            t_res = f3[2] ? 2'd3 : 2'd2; t_div = f3[2];
          end
        end
        7'h0F: begin // MISC-MEM: FENCE, FENCE.I
          t_legal = f3 == 3'd0 || f3 == 3'd1; t_fi = f3 == 3'd1;
        end
        7'h2F: begin // AMO
          t_legal = (f3 == 3'd2 || f3 == 3'd3) &&
                    ((amo_lr && rs2 == 5'd0) || amo_sc || amo_rmw);
          t_u1 = 1'b1; t_u2 = 1'b1; t_wr = 1'b1; t_late = 1'b1; t_mem = 1'b1;
          t_msize = f3[1:0];
          t_kind = amo_lr ? 3'd5 : amo_sc ? 3'd6 : 3'd7;
        end
        7'h73: begin // SYSTEM: always legal in ID, the unit decides
          t_legal = 1'b1;
          t_csr   = f3 != 3'd0 && f3 != 3'd4;
          t_u1    = f3 == 3'd1 || f3 == 3'd2 || f3 == 3'd3 || f3 == 3'd4;
          t_u2    = f3 == 3'd4 && f7[0];
          if (t_csr) begin
            t_wr = 1'b1; t_late = 1'b1;
          end
          if (f3 == 3'd4 && (hlv || hsv)) begin
            // HLV/HLVX/HSV: funct7[2:1] is the size, rs2[0] unsigned
            t_mem = 1'b1; t_msize = f7[2:1];
            if (hlv) begin
              t_wr = 1'b1; t_late = 1'b1; t_muns = rs2[0];
              t_kind = hlvx ? 3'd2 : 3'd1;
            end else begin
              t_kind = 3'd4;
            end
          end
        end
        default: ;
      endcase
    end
  end

  assign legal     = t_legal;
  assign use_rs1   = t_legal & t_u1;
  assign use_rs2   = t_legal & t_u2;
  assign wr_rd     = t_legal & t_wr;
  assign late      = t_legal & t_late;
  assign imm       = (t_imm == IMM_I) ? imm_i :
                     (t_imm == IMM_S) ? imm_s :
                     (t_imm == IMM_B) ? imm_b :
                     (t_imm == IMM_U) ? imm_u :
                     (t_imm == IMM_J) ? imm_j : 64'd0;
  assign a_pc      = t_legal & t_apc;
  assign a_zero    = t_legal & t_a0;
  assign b_imm     = t_legal & t_bimm;
  assign alu_f3    = t_f3;
  assign alu_alt   = t_alt;
  assign op_w      = t_w;
  assign res_sel   = t_legal ? t_res : 2'd0;
  assign is_jal    = t_legal & t_jal;
  assign is_jalr   = t_legal & t_jalr;
  assign is_branch = t_legal & t_br;
  assign is_mem    = t_legal & t_mem;
  assign kind      = t_kind;
  assign msize     = t_msize;
  assign muns      = t_muns;
  assign is_csr    = t_legal & t_csr;
  assign is_fencei = t_legal & t_fi;
  assign is_div    = t_legal & t_div;
endmodule
