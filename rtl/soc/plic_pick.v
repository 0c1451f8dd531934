// plic_pick: the claim candidate of one PLIC context (PIPELINE.md 9.2):
// among the sources with cand[i] = 1 (pending, enabled, priority above the
// threshold), the one of highest priority, ties to the lowest ID; 0 if none.
// A binary tree of five levels: at each node the left (lower IDs) wins
// unless the right is a candidate of strictly higher priority, or the left
// is none. A node is 9 bits: {valid, priority[2:0], ID[4:0]}.
module plic_pick (
  input  wire [31:0] cand,
  input  wire [95:0] prio,     // 3 bits per source i at 3*i
  output wire [4:0]  best
);
  function [8:0] pick2(input [8:0] l, input [8:0] r);
    begin
      if (r[8] && (!l[8] || r[7:5] > l[7:5])) pick2 = r;
      else                                    pick2 = l;
    end
  endfunction

  wire [287:0] n0;             // 32 leaves
  wire [143:0] n1;             // 16
  wire [71:0]  n2;             // 8
  wire [35:0]  n3;             // 4
  wire [17:0]  n4;             // 2
  wire [8:0]   n5;             // the root

  genvar i;
  generate
    for (i = 0; i < 32; i = i + 1) begin : g_leaf
      assign n0[9*i +: 9] = {cand[i], prio[3*i +: 3], i[4:0]};
    end
    for (i = 0; i < 16; i = i + 1) begin : g_l1
      assign n1[9*i +: 9] = pick2(n0[18*i +: 9], n0[18*i + 9 +: 9]);
    end
    for (i = 0; i < 8; i = i + 1) begin : g_l2
      assign n2[9*i +: 9] = pick2(n1[18*i +: 9], n1[18*i + 9 +: 9]);
    end
    for (i = 0; i < 4; i = i + 1) begin : g_l3
      assign n3[9*i +: 9] = pick2(n2[18*i +: 9], n2[18*i + 9 +: 9]);
    end
    for (i = 0; i < 2; i = i + 1) begin : g_l4
      assign n4[9*i +: 9] = pick2(n3[18*i +: 9], n3[18*i + 9 +: 9]);
    end
  endgenerate
  assign n5 = pick2(n4[8:0], n4[17:9]);

  assign best = n5[8] ? n5[4:0] : 5'd0;
  wire unused_ok = &{1'b0, n5[7:5]};
endmodule
