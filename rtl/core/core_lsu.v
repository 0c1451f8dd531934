// core_lsu: the MEM-stage memory access (PIPELINE.md 8.1, 8.2), the AMO
// compute (RV64A 'Atomic Memory Operations'), the LR/SC reservation
// (PIPELINE.md 8.4) and the WB load format.
module core_lsu (
  input  wire        clk,
  input  wire        rst,
  // MEM latch and its decode
  input  wire        mem_valid,
  input  wire        mem_amo_b,     // AMO in its second cycle
  input  wire        is_mem,
  input  wire [2:0]  kind,          // d_kind of the instruction
  input  wire [1:0]  size,
  input  wire [63:0] addr,
  input  wire [63:0] sdata,         // forwarded rs2
  input  wire [4:0]  amo_f5,
  // the unit in this cycle
  input  wire        retire,
  input  wire        trap,
  input  wire        xret,
  input  wire [1:0]  ls_priv,
  input  wire        ls_virt,
  input  wire [1:0]  hlsv_priv,
  // data port
  input  wire [63:0] d_rdata,       // lane-aligned, the access of the previous cycle
  output wire        d_req,
  output wire        d_we,
  output wire [63:0] d_addr,
  output wire [1:0]  d_size,
  output wire [63:0] d_wdata,
  output wire [7:0]  d_wmask,
  output wire [2:0]  d_kind,
  output wire [1:0]  d_priv,
  output wire        d_virt,
  output wire [63:0] d_dev_wval,    // a device write's value (not shifted): see below
  output wire [63:0] d_ram_addr,    // the RAM's address and write lanes, not gated: see below
  output wire [63:0] d_ram_wdata,
  // results
  output wire        sc_ok,         // an SC here would succeed (8.4)
  output wire [63:0] amo_old,       // AMO rd value in amo_b (sign-extended .W)
  output wire [63:0] st_value,      // the value a write stores, not shifted, size bits
  output wire        res_valid,
  output wire [63:0] res_addr,      // the reserved 8-byte block (address, bits 2:0 = 0)
  // WB load format
  input  wire [1:0]  ld_size,
  input  wire        ld_uns,
  input  wire [2:0]  ld_off,
  output wire [63:0] ld_value
);
  localparam [2:0] K_HLV = 3'd1, K_HLVX = 3'd2, K_STORE = 3'd3,
                   K_HSV = 3'd4, K_LR = 3'd5, K_SC = 3'd6;   // d_kind (8.1)

  reg        rv_q;
  reg [63:0] ra_q;

  wire [63:0] blk    = {addr[63:3], 3'b000};
  assign sc_ok       = rv_q && ra_q == blk;

  // PIPELINE.md 8.2: when an access happens
  wire op_st   = kind == K_STORE || kind == K_HSV;
  wire acc     = mem_valid && is_mem &&
                 ((retire && (kind != K_SC || sc_ok)) || mem_amo_b);
  wire wr      = op_st || kind == K_SC || mem_amo_b;
  wire hlsv    = kind == K_HLV || kind == K_HLVX || kind == K_HSV;

  // RV64A AMO compute, second cycle: old value from the returning data.
  // An AMO that accesses is aligned (PIPELINE.md 7.2: misaligned ones trap),
  // so its lane is the doubleword (D) or the word at addr[2] (W): no byte
  // shifter between d_rdata and the AMO ALU (revision 3 timing)
  wire [63:0] raw    = addr[2] ? {32'd0, d_rdata[63:32]} : d_rdata;
  wire        amo_w  = size == 2'd2;
  wire [63:0] old    = amo_w ? {{32{raw[31]}}, raw[31:0]} : raw;
  wire [63:0] src    = amo_w ? {{32{sdata[31]}}, sdata[31:0]} : sdata;
  wire        lt_s   = $signed(old) < $signed(src);
  wire        lt_u   = old < src;
  reg  [63:0] amo_new;
  always @(*) begin
    case (amo_f5)
      5'b00001: amo_new = src;                       // AMOSWAP
      5'b00000: amo_new = old + src;                 // AMOADD
      5'b00100: amo_new = old ^ src;                 // AMOXOR
      5'b01100: amo_new = old & src;                 // AMOAND
      5'b01000: amo_new = old | src;                 // AMOOR
      5'b10000: amo_new = lt_s ? old : src;          // AMOMIN
      5'b10100: amo_new = lt_s ? src : old;          // AMOMAX
      5'b11000: amo_new = lt_u ? old : src;          // AMOMINU
      default:  amo_new = lt_u ? src : old;          // AMOMAXU
    endcase
  end
  assign amo_old = old;

  // The written value, size bits (the lanes it occupies).
  wire [63:0] smask  = (size == 2'd0) ? 64'hFF :
                       (size == 2'd1) ? 64'hFFFF :
                       (size == 2'd2) ? 64'hFFFF_FFFF : {64{1'b1}};
  wire [63:0] sd_val = sdata & smask;          // a store's, SC's or HSV's value
  wire [63:0] am_val = amo_new & smask;        // an AMO's new value
  assign st_value    = mem_amo_b ? am_val : sd_val;
  wire [7:0]  bmask  = (size == 2'd0) ? 8'h01 :
                       (size == 2'd1) ? 8'h03 :
                       (size == 2'd2) ? 8'h0F : 8'hFF;

  // PIPELINE.md 8.1: the port, every field 0 without a request
  assign d_req   = acc;
  assign d_we    = acc && wr;
  assign d_addr  = acc ? addr : 64'd0;
  assign d_size  = acc ? size : 2'd0;
  assign d_kind  = acc ? kind : 3'd0;
  assign d_priv  = !acc ? 2'd0 : hlsv ? hlsv_priv : ls_priv;
  assign d_virt  = acc && (hlsv || ls_virt);
  // lane-aligned: a store's value by the byte offset (from the latch), an
  // AMO's (aligned, above) by the word offset only
  wire [63:0] sd_lane = sd_val << {addr[2:0], 3'b000};
  wire [63:0] am_lane = addr[2] ? {am_val[31:0], 32'd0} : am_val;
  wire [63:0] wlane   = mem_amo_b ? am_lane : sd_lane;
  assign d_wdata = d_we ? wlane : 64'd0;
  // The value of a device write, not shifted (the devices take it as is):
  // only stores and HSV reach a device (PIPELINE.md 7.1: LR/SC and AMOs
  // outside RAM are access faults), so it is the store value. The devices
  // use it only in a cycle they are written (their sel and d_we), so it is
  // not gated by d_we. Revision 3 timing: the devices' write data passes
  // neither through the AMO ALU and two lane shifters nor after the retire.
  assign d_dev_wval = sd_val;
  // The RAM's address and write data, not gated by the request or d_we
  // (the RAM acts only on its request and lane mask, PIPELINE.md 8.3), so the
  // retire decision reaches the RAM only through its enables (revision 3
  // timing; the port values d_addr/d_wdata stay 0 without a request, 8.1)
  assign d_ram_addr  = {addr[63:3], 3'b000};   // 8-aligned, PIPELINE.md 8.3
  assign d_ram_wdata = wlane;
  assign d_wmask = d_we ? bmask << addr[2:0] : 8'd0;

  // PIPELINE.md 8.4: set by a retiring LR; cleared by a retiring SC, a trap,
  // an xRET, and every write (store, HSV, AMO second cycle, SC success).
  wire res_set   = mem_valid && is_mem && retire && kind == K_LR;
  wire res_clr   = (mem_valid && is_mem && retire && kind == K_SC) || trap || xret || d_we;
  always @(posedge clk) begin
    if (rst) begin
      rv_q <= 1'b0;
      ra_q <= 64'd0;
    end else if (res_set) begin
      rv_q <= 1'b1;
      ra_q <= blk;
    end else if (res_clr) begin
      rv_q <= 1'b0;
      ra_q <= 64'd0;
    end
  end
  assign res_valid = rv_q;
  assign res_addr  = ra_q;

  // WB load format (RV64I 'Load and Store Instructions'): shift the lane
  // down, then sign- or zero-extend.
  wire [63:0] lraw = d_rdata >> {ld_off, 3'b000};
  assign ld_value  = (ld_size == 2'd0) ? {{56{~ld_uns & lraw[7]}},  lraw[7:0]}  :
                     (ld_size == 2'd1) ? {{48{~ld_uns & lraw[15]}}, lraw[15:0]} :
                     (ld_size == 2'd2) ? {{32{~ld_uns & lraw[31]}}, lraw[31:0]} : lraw;
endmodule
