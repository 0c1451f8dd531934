// sim_ram: behavioural RAM for simulation, outside vitrap_soc, with the
// timing of PIPELINE.md 8.3: a fetch port and a data port, each sampled at
// the edge; a read in cycle t returns its data during t+1 and until the
// port's next read; a write takes effect at the edge; a fetch and a data
// write of the same word in one cycle: the fetch gets the old word.
// Contents from a $readmemh file of 64-bit words (word 0 at BASE), named by
// the plusarg +hex=FILE. Not synthesizable (simulation only).
module sim_ram #(
  parameter [63:0] BASE  = 64'h8000_0000,
  parameter integer WORDS = 131072          // size in 64-bit words (1 MiB)
) (
  input  wire        clk,
  input  wire        rst,
  input  wire        i_req,
  input  wire [63:0] i_addr,
  output reg  [31:0] i_rdata,
  input  wire        d_req,
  input  wire        d_we,
  input  wire [63:0] d_addr,        // 8-aligned
  input  wire [7:0]  d_wmask,
  input  wire [63:0] d_wdata,
  output reg  [63:0] d_rdata
);
  reg [63:0] mem [0:WORDS-1];
  reg [1023:0] hexfile;
  integer k;

  initial begin
    for (k = 0; k < WORDS; k = k + 1) mem[k] = 64'd0;
    if ($value$plusargs("hex=%s", hexfile))
      $readmemh(hexfile, mem);
    else
      $display("sim_ram: no +hex=FILE given, RAM is all zero");
  end

  wire [63:0] i_off = i_addr - BASE;
  wire [63:0] d_off = d_addr - BASE;
  wire [63:0] i_word = mem[i_off[63:3]];
  wire [63:0] d_word = mem[d_off[63:3]];
  wire [63:0] bmask = {{8{d_wmask[7]}}, {8{d_wmask[6]}}, {8{d_wmask[5]}}, {8{d_wmask[4]}},
                       {8{d_wmask[3]}}, {8{d_wmask[2]}}, {8{d_wmask[1]}}, {8{d_wmask[0]}}};

  always @(posedge clk) begin
    if (rst) begin
      i_rdata <= 32'd0;
      d_rdata <= 64'd0;
    end else begin
      if (i_req)
        i_rdata <= i_off[2] ? i_word[63:32] : i_word[31:0];
      if (d_req && !d_we)
        d_rdata <= d_word;
      if (d_req && d_we)
        mem[d_off[63:3]] <= (d_word & ~bmask) | (d_wdata & bmask);
    end
  end
endmodule
