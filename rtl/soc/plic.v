// plic: platform-level interrupt controller at 0x0C00_0000 (PIPELINE.md 9.2).
// 31 level sources (IDs 1..31), 3-bit priorities, two contexts (0 = M, 1 = S).
// 4-byte accesses only (the core's memory map); rval not lane-shifted.
module plic (
  input  wire        clk,
  input  wire        rst,
  input  wire        sel,
  input  wire        we,
  input  wire [25:0] off,
  input  wire [31:0] wval,
  output wire [31:0] rval,
  input  wire [31:0] src,      // bit i: line of source i (bit 0 ignored)
  output wire        eip0,     // irq_meip
  output wire        eip1      // irq_seip
);
  reg [95:0] prio_q;           // 3 bits per source i at 3*i; source 0 stays 0
  reg [31:0] pend_q, fly_q, en0_q, en1_q;
  reg [2:0]  thr0_q, thr1_q;

  // The claim candidate of each context (9.2): highest priority > threshold
  // among pending and enabled sources, ties to the lowest ID; a tree of
  // pairwise picks (plic_pick), five levels deep, not a chain of 31. EIP is
  // the OR of the candidates' conditions, independent of the pick.
  wire [31:0] cand0, cand1;
  genvar g;
  generate
    for (g = 0; g < 32; g = g + 1) begin : g_cand
      if (g == 0) begin : g_none
        assign cand0[g] = 1'b0;
        assign cand1[g] = 1'b0;
      end else begin : g_src
        assign cand0[g] = pend_q[g] && en0_q[g] && prio_q[3*g +: 3] > thr0_q;
        assign cand1[g] = pend_q[g] && en1_q[g] && prio_q[3*g +: 3] > thr1_q;
      end
    end
  endgenerate
  wire [4:0] best0, best1;
  plic_pick u_pick0 (.cand(cand0), .prio(prio_q), .best(best0));
  plic_pick u_pick1 (.cand(cand1), .prio(prio_q), .best(best1));
  assign eip0 = |cand0;
  assign eip1 = |cand1;

  // Register decode (9.2 table)
  wire a_prio  = off[25:7] == 19'd0;                 // 0x000000 + 4*i
  wire a_pend  = off == 26'h000_1000;
  wire a_en0   = off == 26'h000_2000;
  wire a_en1   = off == 26'h000_2080;
  wire a_thr0  = off == 26'h020_0000;
  wire a_clm0  = off == 26'h020_0004;
  wire a_thr1  = off == 26'h020_1000;
  wire a_clm1  = off == 26'h020_1004;
  wire [4:0] pi = off[6:2];

  // the addressed source's priority: a multiplexer over constant indices
  // (a variable index 3*pi made yosys map a multiplier onto a DSP block, in
  // the path from the retire decision through the bus address)
  reg [2:0] prio_rd;
  integer   kr;
  always @* begin
    prio_rd = 3'd0;
    for (kr = 1; kr < 32; kr = kr + 1)
      if (pi == kr[4:0]) prio_rd = prio_q[3*kr +: 3];
  end

  assign rval = a_prio ? {29'd0, prio_rd} :
                a_pend ? pend_q :
                a_en0  ? en0_q :
                a_en1  ? en1_q :
                a_thr0 ? {29'd0, thr0_q} :
                a_clm0 ? {27'd0, best0} :
                a_thr1 ? {29'd0, thr1_q} :
                a_clm1 ? {27'd0, best1} : 32'd0;

  wire rd = sel && !we;
  wire wr = sel && we;
  // claim: the returned source leaves pending and is in flight
  wire [31:0] claim = (rd && a_clm0) ? (32'd1 << best0) & 32'hFFFF_FFFE :
                      (rd && a_clm1) ? (32'd1 << best1) & 32'hFFFF_FFFE : 32'd0;
  // complete: ID 1..31 enabled in the context ends its flight
  wire        cid_ok = wval[31:5] == 27'd0 && wval[4:0] != 5'd0;
  wire [31:0] cbit   = 32'd1 << wval[4:0];
  wire [31:0] done   = (wr && a_clm0 && cid_ok) ? cbit & en0_q :
                       (wr && a_clm1 && cid_ok) ? cbit & en1_q : 32'd0;
  // gateway (level): a line that is 1, neither pending nor in flight
  wire [31:0] gate   = src & ~pend_q & ~fly_q & 32'hFFFF_FFFE;

  integer kw;
  always @(posedge clk) begin
    if (rst) begin
      pend_q <= 32'd0; fly_q <= 32'd0; en0_q <= 32'd0; en1_q <= 32'd0;
      thr0_q <= 3'd0; thr1_q <= 3'd0; prio_q <= 96'd0;
    end else begin
      pend_q <= (pend_q | gate) & ~claim;
      fly_q  <= (fly_q | claim) & ~done;
      if (wr && a_en0)  en0_q  <= wval & 32'hFFFF_FFFE;
      if (wr && a_en1)  en1_q  <= wval & 32'hFFFF_FFFE;
      if (wr && a_thr0) thr0_q <= wval[2:0];
      if (wr && a_thr1) thr1_q <= wval[2:0];
      for (kw = 1; kw < 32; kw = kw + 1)
        if (wr && a_prio && pi == kw[4:0]) prio_q[3*kw +: 3] <= wval[2:0];
    end
  end

  wire unused_ok = &{1'b0, off[1:0], src[0]};
endmodule
