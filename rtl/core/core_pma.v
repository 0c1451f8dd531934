// core_pma: the memory map of PIPELINE.md 7.1 (region decode and the
// accesses each region allows). Used for fetch (in_ram), for the EX access
// check, and by the SoC to route the data bus.
module core_pma #(
  parameter [63:0] RAM_BASE = 64'h8000_0000,
  parameter [63:0] RAM_SIZE = 64'h1000_0000
) (
  input  wire [63:0] addr,
  input  wire [1:0]  size,      // log2 bytes
  input  wire        atomic,    // LR/SC/AMO
  output wire        in_ram,
  output wire        in_clint,
  output wire        in_plic,
  output wire        in_uart,
  output wire        in_tdev,
  output wire        allowed    // the data access is allowed (7.1)
);
  // PIPELINE.md 7.1 region table. RAM is [RAM_BASE, RAM_BASE + RAM_SIZE).
  // With P the least power of two >= RAM_SIZE and RAM_BASE a multiple of P
  // (every configuration of the simulation and the boards), that is the
  // addresses whose bits above log2(P) are RAM_BASE's and whose offset
  // below P is under RAM_SIZE: an equality and a compare with a constant
  // (one LUT level: 48 KiB is offset < 0xC000, a power of two needs none)
  // instead of a 64-bit subtraction and compare (revision 3 timing: this
  // decode follows the fetch target and the effective address adders).
  localparam [63:0] S0 = RAM_SIZE - 64'd1;
  localparam [63:0] S1 = S0 | (S0 >> 1);
  localparam [63:0] S2 = S1 | (S1 >> 2);
  localparam [63:0] S3 = S2 | (S2 >> 4);
  localparam [63:0] S4 = S3 | (S3 >> 8);
  localparam [63:0] S5 = S4 | (S4 >> 16);
  localparam [63:0] P_MASK = S5 | (S5 >> 32);  // P - 1
  localparam        RAM_ALIGNED = RAM_SIZE != 64'd0 && (RAM_BASE & P_MASK) == 64'd0;
  assign in_ram   = RAM_ALIGNED ? (addr & ~P_MASK) == RAM_BASE && (addr & P_MASK) < RAM_SIZE :
                    addr >= RAM_BASE && (addr - RAM_BASE) < RAM_SIZE;
  assign in_clint = addr[63:16] == 48'h0000_0000_0200;          // 0x0200_0000 + 0x1_0000
  assign in_plic  = addr[63:26] == 38'd3;                        // 0x0C00_0000 + 0x400_0000
  assign in_uart  = addr[63:8]  == 56'h00_0000_0010_0000;        // 0x1000_0000 + 0x100
  assign in_tdev  = addr[63:12] == 52'h0_0000_0000_0101;         // 0x0010_1000 + 0x1000

  wire s48 = size == 2'd2 || size == 2'd3;
  assign allowed = in_ram ||
                   (!atomic && ((in_clint && s48) ||
                                (in_plic  && size == 2'd2) ||
                                (in_uart  && size == 2'd0) ||
                                (in_tdev  && s48)));
endmodule
