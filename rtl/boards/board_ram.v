// board_ram: the SoC's RAM in block RAM (PIPELINE.md 8.3), BYTES bytes from
// RAM_BASE as 64-bit words, preloaded from INIT_FILE ($readmemh, one 64-bit
// word per line, written by vitrap-elf2mem). Two ports, registered at the
// edge: fetch (32 bits, the half of the word at i_addr; read every cycle,
// PIPELINE.md 8.3 rev. 3) and data (64 bits, at the edge of its request,
// byte-masked writes). The fetch port never writes, so
// each port is one BRAM port (ECP5 DP16KD true dual port).
module board_ram #(
  parameter integer BYTES     = 65536,
  parameter         INIT_FILE = ""
) (
  input  wire        clk,
  input  wire        i_req,
  input  wire [63:0] i_addr,
  output wire [31:0] i_rdata,
  input  wire        d_req,
  input  wire        d_we,
  input  wire [63:0] d_addr,
  input  wire [7:0]  d_wmask,
  input  wire [63:0] d_wdata,
  output reg  [63:0] d_rdata
);
  localparam integer WORDS = BYTES / 8;
  localparam integer AW    = $clog2(WORDS);

  // no_rw_check: the block RAM's own cross-port read/write collision is left
  // undefined (ECP5 DP16KD), so yosys maps each bit to one 16K x 1 block
  // with no soft-logic emulation; the collision below is resolved here
  (* no_rw_check *) reg [63:0] mem [0:WORDS-1];
  initial begin
    if (INIT_FILE != "") $readmemh(INIT_FILE, mem);
  end

  // word indices: the core asks only inside RAM (PIPELINE.md 7.1)
  wire [AW-1:0] i_idx = i_addr[AW+2:3];
  wire [AW-1:0] d_idx = d_addr[AW+2:3];

  // fetch port: PIPELINE.md 8.3 (rev. 3): read in every cycle, whatever
  // i_req (the core uses the word only in the cycle after its read, and a
  // fetch outside RAM faults, its word taken as 0), so the block RAM's
  // enable does not wait for the fetch address decode
  reg [63:0] i_word_q;
  reg        i_hi_q;
  always @(posedge clk) begin
    i_word_q <= mem[i_idx];
    i_hi_q   <= i_addr[2];
  end

  // PIPELINE.md 8.3: a fetch of the word the data port writes at the same
  // edge gets the old word. The data port reads that word before writing it
  // (its read-before-write mode), so a colliding fetch takes the data port's
  // word instead of the fetch port's (undefined on the device). Whether the
  // data port writes or only reads the fetched word at that edge, its d_rdata
  // is that word's old value, so the data port's request alone (not d_we)
  // selects it
  reg i_coll_q;
  always @(posedge clk)
    i_coll_q <= d_req && (d_idx == i_idx);
  wire [63:0] i_word = i_coll_q ? d_rdata : i_word_q;
  assign i_rdata = i_hi_q ? i_word[63:32] : i_word[31:0];

  // data port: read (the old word) and byte-masked write at the same edge
  integer b;
  always @(posedge clk) begin
    if (d_req) begin
      if (d_we) begin
        for (b = 0; b < 8; b = b + 1)
          if (d_wmask[b]) mem[d_idx][8*b +: 8] <= d_wdata[8*b +: 8];
      end
      d_rdata <= mem[d_idx];
    end
  end

  wire unused_ok = &{1'b0, i_req, i_addr[63:AW+3], i_addr[1:0], d_addr[63:AW+3], d_addr[2:0]};
endmodule
