// DP16KD_collide: a behavioural model of the ECP5 DP16KD block RAM for the
// post-synthesis collision test of board_ram (scripts/ramcollide.sh, the
// ramcollide phase of scripts/board-tests.sh; PIPELINE.md 8.3). Never
// synthesised. Ports and parameters are those of the primitive (yosys
// cells_bb.v) that yosys' DP16KD instances set.
//
// Modelled: the configurations yosys 0.23 maps board_ram to, the same width
// on both ports:
//   DATA_WIDTH 1, 16K x 1 (ULX3S, BYTES 131072): bit address AD13..0, data
//     DI0 / DO0 (DO1..17 X);
//   DATA_WIDTH 9, 2K x 9 (OrangeCrab, BYTES 49152): word address AD13..3
//     (AD2..0 unused by the device in x9, yosys ties them 0), data DI8..0 /
//     DO8..0 (DO9..17 X), WE writing all 9 bits (x9 has no byte enable: the
//     x18 mode's byte enables on AD1..0 are not modelled);
// REGMODE NOREG (the output follows the clock edge), WRITEMODE
// READBEFOREWRITE, CSDECODE against CS2..0, CE as the port's clock enable
// (no read, no write, output held), the contents from INITVAL_00..3F.
// Anything else (another width or different widths on the two ports,
// register or write mode, an inverted clock, RST high, an X on a control pin
// or an enabled port's address) stops the simulation with an error line, so
// nothing is silently mis-modelled.
//
// The deliberate deviation the test needs, bit by bit: the device guarantees
// a port's own read-before-write (a writing port reads the old bits), but
// not a read of a bit that the OTHER port writes at the same edge. Here each
// such bit reads as the inverted old bit, deterministically, so a design
// that relies on it (a fetch of the word the data port writes) fails the
// comparison with its RTL. Both ports writing one bit at one edge leave it X.
module DP16KD (
  input DIA17, DIA16, DIA15, DIA14, DIA13, DIA12, DIA11, DIA10, DIA9, DIA8, DIA7, DIA6, DIA5, DIA4, DIA3, DIA2, DIA1, DIA0,
  input ADA13, ADA12, ADA11, ADA10, ADA9, ADA8, ADA7, ADA6, ADA5, ADA4, ADA3, ADA2, ADA1, ADA0,
  input CEA, OCEA, CLKA, WEA, RSTA,
  input CSA2, CSA1, CSA0,
  output DOA17, DOA16, DOA15, DOA14, DOA13, DOA12, DOA11, DOA10, DOA9, DOA8, DOA7, DOA6, DOA5, DOA4, DOA3, DOA2, DOA1, DOA0,
  input DIB17, DIB16, DIB15, DIB14, DIB13, DIB12, DIB11, DIB10, DIB9, DIB8, DIB7, DIB6, DIB5, DIB4, DIB3, DIB2, DIB1, DIB0,
  input ADB13, ADB12, ADB11, ADB10, ADB9, ADB8, ADB7, ADB6, ADB5, ADB4, ADB3, ADB2, ADB1, ADB0,
  input CEB, OCEB, CLKB, WEB, RSTB,
  input CSB2, CSB1, CSB0,
  output DOB17, DOB16, DOB15, DOB14, DOB13, DOB12, DOB11, DOB10, DOB9, DOB8, DOB7, DOB6, DOB5, DOB4, DOB3, DOB2, DOB1, DOB0
);
  parameter integer DATA_WIDTH_A = 18;
  parameter integer DATA_WIDTH_B = 18;
  parameter REGMODE_A = "NOREG";
  parameter REGMODE_B = "NOREG";
  parameter RESETMODE = "SYNC";
  parameter ASYNC_RESET_RELEASE = "SYNC";
  parameter CSDECODE_A = "0b000";
  parameter CSDECODE_B = "0b000";
  parameter WRITEMODE_A = "NORMAL";
  parameter WRITEMODE_B = "NORMAL";
  parameter CLKAMUX = "CLKA";
  parameter CLKBMUX = "CLKB";
  parameter GSR = "ENABLED";
  parameter INIT_DATA = "STATIC";
  parameter [319:0] INITVAL_00 = 320'h0, INITVAL_01 = 320'h0, INITVAL_02 = 320'h0, INITVAL_03 = 320'h0,
                    INITVAL_04 = 320'h0, INITVAL_05 = 320'h0, INITVAL_06 = 320'h0, INITVAL_07 = 320'h0,
                    INITVAL_08 = 320'h0, INITVAL_09 = 320'h0, INITVAL_0A = 320'h0, INITVAL_0B = 320'h0,
                    INITVAL_0C = 320'h0, INITVAL_0D = 320'h0, INITVAL_0E = 320'h0, INITVAL_0F = 320'h0,
                    INITVAL_10 = 320'h0, INITVAL_11 = 320'h0, INITVAL_12 = 320'h0, INITVAL_13 = 320'h0,
                    INITVAL_14 = 320'h0, INITVAL_15 = 320'h0, INITVAL_16 = 320'h0, INITVAL_17 = 320'h0,
                    INITVAL_18 = 320'h0, INITVAL_19 = 320'h0, INITVAL_1A = 320'h0, INITVAL_1B = 320'h0,
                    INITVAL_1C = 320'h0, INITVAL_1D = 320'h0, INITVAL_1E = 320'h0, INITVAL_1F = 320'h0,
                    INITVAL_20 = 320'h0, INITVAL_21 = 320'h0, INITVAL_22 = 320'h0, INITVAL_23 = 320'h0,
                    INITVAL_24 = 320'h0, INITVAL_25 = 320'h0, INITVAL_26 = 320'h0, INITVAL_27 = 320'h0,
                    INITVAL_28 = 320'h0, INITVAL_29 = 320'h0, INITVAL_2A = 320'h0, INITVAL_2B = 320'h0,
                    INITVAL_2C = 320'h0, INITVAL_2D = 320'h0, INITVAL_2E = 320'h0, INITVAL_2F = 320'h0,
                    INITVAL_30 = 320'h0, INITVAL_31 = 320'h0, INITVAL_32 = 320'h0, INITVAL_33 = 320'h0,
                    INITVAL_34 = 320'h0, INITVAL_35 = 320'h0, INITVAL_36 = 320'h0, INITVAL_37 = 320'h0,
                    INITVAL_38 = 320'h0, INITVAL_39 = 320'h0, INITVAL_3A = 320'h0, INITVAL_3B = 320'h0,
                    INITVAL_3C = 320'h0, INITVAL_3D = 320'h0, INITVAL_3E = 320'h0, INITVAL_3F = 320'h0;

  // the 18 Kbit array as 1024 rows of 18 bits; INITVAL_nn holds rows
  // 16*nn .. 16*nn+15, 20 bits each (the top 2 unused)
  reg [17:0] ram [0:1023];

  // the array as 2048 9-bit words (yosys' INIT layout: brams_map.v
  // init_slice, memory_libmap's 9-bit bytes): word w is bits 9*w[0] ..
  // 9*w[0]+8 of row w[10:1]. A port addresses word AD13..3; in x9 it
  // accesses the word's 9 bits, in x1 its bit AD2..0 (the 9th bit of each
  // word, bits 8 and 17 of a row, unused in x1)
  function [9:0] row_of; input [10:0] w; row_of = w[10:1]; endfunction
  function [4:0] base_of; input [10:0] w; base_of = w[0] ? 5'd9 : 5'd0; endfunction
  // the port's first bit in its word and its number of bits
  function [3:0] lo_of; input integer width; input [13:0] a; lo_of = (width == 1) ? {1'b0, a[2:0]} : 4'd0; endfunction
  localparam integer NA = DATA_WIDTH_A == 9 ? 9 : 1;
  localparam integer NB = DATA_WIDTH_B == 9 ? 9 : 1;

  // CSDECODE "0bXYZ" -> {valid, X, Y, Z}: the port runs when {CS2,CS1,CS0} == XYZ
  function [3:0] csdecode;
    input [39:0] s;
    begin
      csdecode[2] = s[23:16] == "1";
      csdecode[1] = s[15:8] == "1";
      csdecode[0] = s[7:0] == "1";
      csdecode[3] = s[39:24] == "0b" && (s[23:16] == "0" || s[23:16] == "1") &&
                    (s[15:8] == "0" || s[15:8] == "1") && (s[7:0] == "0" || s[7:0] == "1");
    end
  endfunction
  localparam [3:0] CSA_DEC = csdecode(CSDECODE_A);
  localparam [3:0] CSB_DEC = csdecode(CSDECODE_B);

  task fail;
    input [8*64-1:0] what;
    begin
      $display("DP16KD_collide: error: %m: %0s (at time %0t)", what, $time);
      $finish;
    end
  endtask

  // the contents at configuration: INITVAL_nn -> rows 16*nn .. 16*nn+15
  task init_rows;
    input integer nn;
    input [319:0] v;
    integer i;
    for (i = 0; i < 16; i = i + 1) ram[16*nn + i] = v[20*i +: 18];
  endtask

  // the configuration check and the contents at configuration
  initial begin
    if ((DATA_WIDTH_A != 1 && DATA_WIDTH_A != 9) || DATA_WIDTH_B != DATA_WIDTH_A) begin
      $display("DP16KD_collide: error: %m: DATA_WIDTH_A %0d, DATA_WIDTH_B %0d: only 1 (16K x 1) or 9 (2K x 9), the same on both ports, is modelled",
               DATA_WIDTH_A, DATA_WIDTH_B);
      $finish;
    end
    if (REGMODE_A != "NOREG" || REGMODE_B != "NOREG") fail("REGMODE other than NOREG");
    if (WRITEMODE_A != "READBEFOREWRITE" || WRITEMODE_B != "READBEFOREWRITE") fail("WRITEMODE other than READBEFOREWRITE");
    if (CLKAMUX != "CLKA" || CLKBMUX != "CLKB") fail("an inverted clock (CLKAMUX/CLKBMUX)");
    if (!CSA_DEC[3] || !CSB_DEC[3]) fail("CSDECODE not of the form 0bXYZ");
    if (RESETMODE != "SYNC" && RESETMODE != "ASYNC") fail("RESETMODE neither SYNC nor ASYNC");
    init_rows(0, INITVAL_00); init_rows(1, INITVAL_01); init_rows(2, INITVAL_02); init_rows(3, INITVAL_03);
    init_rows(4, INITVAL_04); init_rows(5, INITVAL_05); init_rows(6, INITVAL_06); init_rows(7, INITVAL_07);
    init_rows(8, INITVAL_08); init_rows(9, INITVAL_09); init_rows(10, INITVAL_0A); init_rows(11, INITVAL_0B);
    init_rows(12, INITVAL_0C); init_rows(13, INITVAL_0D); init_rows(14, INITVAL_0E); init_rows(15, INITVAL_0F);
    init_rows(16, INITVAL_10); init_rows(17, INITVAL_11); init_rows(18, INITVAL_12); init_rows(19, INITVAL_13);
    init_rows(20, INITVAL_14); init_rows(21, INITVAL_15); init_rows(22, INITVAL_16); init_rows(23, INITVAL_17);
    init_rows(24, INITVAL_18); init_rows(25, INITVAL_19); init_rows(26, INITVAL_1A); init_rows(27, INITVAL_1B);
    init_rows(28, INITVAL_1C); init_rows(29, INITVAL_1D); init_rows(30, INITVAL_1E); init_rows(31, INITVAL_1F);
    init_rows(32, INITVAL_20); init_rows(33, INITVAL_21); init_rows(34, INITVAL_22); init_rows(35, INITVAL_23);
    init_rows(36, INITVAL_24); init_rows(37, INITVAL_25); init_rows(38, INITVAL_26); init_rows(39, INITVAL_27);
    init_rows(40, INITVAL_28); init_rows(41, INITVAL_29); init_rows(42, INITVAL_2A); init_rows(43, INITVAL_2B);
    init_rows(44, INITVAL_2C); init_rows(45, INITVAL_2D); init_rows(46, INITVAL_2E); init_rows(47, INITVAL_2F);
    init_rows(48, INITVAL_30); init_rows(49, INITVAL_31); init_rows(50, INITVAL_32); init_rows(51, INITVAL_33);
    init_rows(52, INITVAL_34); init_rows(53, INITVAL_35); init_rows(54, INITVAL_36); init_rows(55, INITVAL_37);
    init_rows(56, INITVAL_38); init_rows(57, INITVAL_39); init_rows(58, INITVAL_3A); init_rows(59, INITVAL_3B);
    init_rows(60, INITVAL_3C); init_rows(61, INITVAL_3D); init_rows(62, INITVAL_3E); init_rows(63, INITVAL_3F);
  end

  // RST is not modelled: it must stay low (checked here and at each edge)
  always @(posedge RSTA) fail("RSTA high (reset not modelled)");
  always @(posedge RSTB) fail("RSTB high (reset not modelled)");

  wire [13:0] ada = {ADA13, ADA12, ADA11, ADA10, ADA9, ADA8, ADA7, ADA6, ADA5, ADA4, ADA3, ADA2, ADA1, ADA0};
  wire [13:0] adb = {ADB13, ADB12, ADB11, ADB10, ADB9, ADB8, ADB7, ADB6, ADB5, ADB4, ADB3, ADB2, ADB1, ADB0};
  wire [8:0]  dia = {DIA8, DIA7, DIA6, DIA5, DIA4, DIA3, DIA2, DIA1, DIA0};
  wire [8:0]  dib = {DIB8, DIB7, DIB6, DIB5, DIB4, DIB3, DIB2, DIB1, DIB0};
  wire sel_a = CEA & ({CSA2, CSA1, CSA0} == CSA_DEC[2:0]);
  wire sel_b = CEB & ({CSB2, CSB1, CSB0} == CSB_DEC[2:0]);

  // each port at its edge: what it did (op, we, word, first bit, time) and
  // the bits it read, before any write of this edge (the writes are
  // nonblocking, so the other port's edge in the same time step reads the
  // old bits too)
  reg        a_op = 1'b0, a_we = 1'b0, a_pend = 1'b0, a_kick = 1'b0;
  reg        b_op = 1'b0, b_we = 1'b0, b_pend = 1'b0, b_kick = 1'b0;
  reg [8:0]  a_old = 9'd0, b_old = 9'd0;
  reg [10:0] a_w = 11'd0, b_w = 11'd0;
  reg [3:0]  a_lo = 4'd0, b_lo = 4'd0;
  time       a_t = 0, b_t = 0;
  integer    ia, ib;
  always @(posedge CLKA) begin
    if (RSTA !== 1'b0) fail("RSTA not low at the edge of CLKA");
    if (sel_a === 1'bx) fail("CEA or CSA2..0 X at the edge of CLKA");
    a_op = sel_a;
    a_t = $time;
    if (sel_a) begin
      if (^{ada, WEA} === 1'bx) fail("ADA13..0 or WEA X at an enabled edge of CLKA");
      a_we = WEA;
      a_w = ada[13:3];
      a_lo = lo_of(DATA_WIDTH_A, ada);
      a_old = 9'bx;
      for (ia = 0; ia < NA; ia = ia + 1) begin
        a_old[ia] = ram[row_of(a_w)][base_of(a_w) + a_lo + ia];
        if (WEA) ram[row_of(a_w)][base_of(a_w) + a_lo + ia] <= dia[ia];
      end
      a_pend = 1'b1;
      a_kick <= ~a_kick;
    end
  end
  always @(posedge CLKB) begin
    if (RSTB !== 1'b0) fail("RSTB not low at the edge of CLKB");
    if (sel_b === 1'bx) fail("CEB or CSB2..0 X at the edge of CLKB");
    b_op = sel_b;
    b_t = $time;
    if (sel_b) begin
      if (^{adb, WEB} === 1'bx) fail("ADB13..0 or WEB X at an enabled edge of CLKB");
      b_we = WEB;
      b_w = adb[13:3];
      b_lo = lo_of(DATA_WIDTH_B, adb);
      b_old = 9'bx;
      for (ib = 0; ib < NB; ib = ib + 1) begin
        b_old[ib] = ram[row_of(b_w)][base_of(b_w) + b_lo + ib];
        if (WEB) ram[row_of(b_w)][base_of(b_w) + b_lo + ib] <= dib[ib];
      end
      b_pend = 1'b1;
      b_kick <= ~b_kick;
    end
  end

  // the outputs, once both ports' edges of this time step are recorded (the
  // kicks are nonblocking: this runs after every clock edge of the time
  // step, which the testbench's clock gives in its active region):
  // READBEFOREWRITE gives the old bits, each inverted when this port only
  // read it and the other port wrote it at the same edge (the collision the
  // device does not guarantee); the outputs above the port's width are not
  // driven (X). Both ports writing one bit: the bit is X.
  // 0 after configuration (yosys brams.txt: rdinit zero), X above the width
  reg [8:0] doa = NA == 9 ? 9'd0 : {8'bx, 1'b0}, dob = NB == 9 ? 9'd0 : {8'bx, 1'b0};
  reg       same;  // both ports ran at this time step, on one word
  integer   k;
  always @(a_kick or b_kick) begin
    same = a_op && b_op && a_t == b_t && a_w == b_w;
    if (a_pend) begin
      a_pend = 1'b0;
      doa = a_old;
      for (k = 0; k < NA; k = k + 1)
        if (same && b_we && !a_we && a_lo + k >= b_lo && a_lo + k < b_lo + NB) doa[k] = ~a_old[k];
    end
    if (b_pend) begin
      b_pend = 1'b0;
      dob = b_old;
      for (k = 0; k < NB; k = k + 1)
        if (same && a_we && !b_we && b_lo + k >= a_lo && b_lo + k < a_lo + NA) dob[k] = ~b_old[k];
    end
    if (same && a_we && b_we)
      for (k = 0; k < NA; k = k + 1)
        if (a_lo + k >= b_lo && a_lo + k < b_lo + NB) ram[row_of(a_w)][base_of(a_w) + a_lo + k] = 1'bx;
  end
  assign {DOA8, DOA7, DOA6, DOA5, DOA4, DOA3, DOA2, DOA1, DOA0} = doa;
  assign {DOA17, DOA16, DOA15, DOA14, DOA13, DOA12, DOA11, DOA10, DOA9} = 9'bx;
  assign {DOB8, DOB7, DOB6, DOB5, DOB4, DOB3, DOB2, DOB1, DOB0} = dob;
  assign {DOB17, DOB16, DOB15, DOB14, DOB13, DOB12, DOB11, DOB10, DOB9} = 9'bx;
endmodule
