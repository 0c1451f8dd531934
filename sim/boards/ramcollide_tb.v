// ramcollide_tb: the post-synthesis collision test of board_ram (PIPELINE.md
// 8.3: a fetch read and a data write of the same word in one cycle: the
// fetch gets the old word). In RTL simulation the Verilog memory returns the
// old word on the fetch port anyway, so only a netlist on a RAM that does not
// guarantee it shows whether board_ram resolves the collision itself.
//
// The RTL board_ram and its yosys synth_ecp5 netlist (module board_ram_syn;
// DP16KD from sim/boards/DP16KD_collide.v, whose cross-port read of a bit
// written at the same edge returns the inverted old bit; the other cells
// from yosys' cells_sim.v) get the same pseudo-random requests (a fixed
// xorshift64 seed), about a third of the cycles a fetch of the word that the
// data port writes. i_rdata and d_rdata are compared every cycle where the
// port contract defines them; the first mismatch stops the run with a line
// naming the cycle, the addresses and both values. Run by
// scripts/ramcollide.sh, which builds the netlist from the same board_ram.v
// and the same INIT_FILE (the RTL's $readmemh, the netlist's INITVAL_*).
//   vvp ... [+cycles=N]   (default 4000)
// Last line: "ramcollide: PASS", or "ramcollide: FAIL ..." (a mismatch, or
// no collision checked at all).
module ramcollide_tb;
  parameter         INIT_FILE = "";
  parameter integer BYTES     = 131072;  // the netlist's (chparam at synthesis)
  localparam integer WORDS = BYTES / 8;
  localparam integer AW    = $clog2(WORDS);

  reg         clk = 1'b0;
  reg         i_req, d_req, d_we;
  reg  [63:0] i_addr, d_addr, d_wdata;
  reg  [7:0]  d_wmask;
  wire [31:0] i_rdata_rtl, i_rdata_net;
  wire [63:0] d_rdata_rtl, d_rdata_net;

  board_ram #(.BYTES(BYTES), .INIT_FILE(INIT_FILE)) rtl (
    .clk(clk), .i_req(i_req), .i_addr(i_addr), .i_rdata(i_rdata_rtl),
    .d_req(d_req), .d_we(d_we), .d_addr(d_addr), .d_wmask(d_wmask), .d_wdata(d_wdata), .d_rdata(d_rdata_rtl));
  board_ram_syn net (
    .clk(clk), .i_req(i_req), .i_addr(i_addr), .i_rdata(i_rdata_net),
    .d_req(d_req), .d_we(d_we), .d_addr(d_addr), .d_wmask(d_wmask), .d_wdata(d_wdata), .d_rdata(d_rdata_net));

  always #5 clk = ~clk;

  // the stimulus: xorshift64 from a fixed seed (the run is the same every time)
  reg [63:0] rs;
  task rnd;
    output [63:0] v;
    begin
      rs = rs ^ (rs << 13);
      rs = rs ^ (rs >> 7);
      rs = rs ^ (rs << 17);
      v = rs;
    end
  endtask

  // the requests of the next edge, set at the falling edge: fetches mostly
  // in a window of 16 words (moved every 256 cycles) so that data writes
  // and fetches meet, the data port on the fetch's word half of the time,
  // d_we random also without d_req (the port ignores it then), random masks
  // (all bytes one time in eight)
  integer    n, cycles;
  reg [AW-1:0] win, f_idx, x_idx;
  reg [63:0] r1, r2, r3;
  task drive;
    begin
      rnd(r1); rnd(r2); rnd(r3);
      if (n % 256 == 0) win = (r2[47:16] % (WORDS / 16)) * 16;
      f_idx = (r1[2:0] != 3'd0) ? win + r1[6:3] : r1[38:7] % WORDS;
      i_addr = 64'd0;
      i_addr[AW+2:3] = f_idx;
      i_addr[2] = r1[40];
      i_req = r1[41];
      d_req = r1[44:42] != 3'd0;
      d_we = r1[45] | r1[46];
      case (r1[49:47])
        3'd0, 3'd1, 3'd2, 3'd3: x_idx = f_idx;
        3'd4, 3'd5, 3'd6:       x_idx = win + r1[53:50];
        default:                x_idx = r2[63:32] % WORDS;
      endcase
      d_addr = 64'd0;
      d_addr[AW+2:3] = x_idx;
      d_wmask = (r2[10:8] == 3'd0) ? 8'hff : r2[7:0];
      d_wdata = r3;
    end
  endtask

  // the check of the edge just passed (its requests still on the inputs):
  // i_rdata in every cycle after the first (the fetch port reads every
  // cycle), d_rdata from the cycle after the first data request on (the
  // data of the port's last read, PIPELINE.md 8.3)
  integer ncoll, nchg, nread, nwrite, last_read;
  reg     coll, d_seen;
  reg [31:0] new_half;
  task check;
    begin
      coll = d_req && d_we && d_addr[AW+2:3] == i_addr[AW+2:3];
      if (^i_rdata_rtl === 1'bx || i_rdata_net !== i_rdata_rtl) begin
        $display("ramcollide: FAIL cycle %0d: i_rdata RTL %h, netlist %h (fetch word %0d half %0d; data port req %b we %b word %0d mask %h: %0s)",
                 n, i_rdata_rtl, i_rdata_net, i_addr[AW+2:3], i_addr[2], d_req, d_we, d_addr[AW+2:3], d_wmask,
                 coll ? "a collision" : "no collision");
        $finish;
      end
      if (coll) begin
        ncoll = ncoll + 1;
        new_half = i_addr[2] ? rtl.mem[i_addr[AW+2:3]][63:32] : rtl.mem[i_addr[AW+2:3]][31:0];
        if (new_half != i_rdata_rtl) nchg = nchg + 1;
      end
      if (d_req) begin
        d_seen = 1'b1;
        last_read = n;
        nread = nread + 1;
        if (d_we) nwrite = nwrite + 1;
      end
      if (d_seen && (^d_rdata_rtl === 1'bx || d_rdata_net !== d_rdata_rtl)) begin
        $display("ramcollide: FAIL cycle %0d: d_rdata RTL %h, netlist %h (data port req %b we %b word %0d mask %h, its last read in cycle %0d)",
                 n, d_rdata_rtl, d_rdata_net, d_req, d_we, d_addr[AW+2:3], d_wmask, last_read);
        $finish;
      end
    end
  endtask

  initial begin
    if (!$value$plusargs("cycles=%d", cycles)) cycles = 4000;
    rs = 64'h9e37_79b9_7f4a_7c15;
    n = 0; ncoll = 0; nchg = 0; nread = 0; nwrite = 0; last_read = 0; d_seen = 1'b0;
    win = 0;
    drive;
  end

  always @(negedge clk) begin
    n = n + 1;
    check;
    if (n == cycles) begin
      $display("ramcollide: %0d cycles, %0d collisions checked (%0d changing the fetched half), %0d data requests (%0d writes)",
               n, ncoll, nchg, nread, nwrite);
      if (ncoll == 0) $display("ramcollide: FAIL no collision checked");
      else $display("ramcollide: PASS");
      $finish;
    end
    drive;
  end
endmodule
