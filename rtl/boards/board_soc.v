// board_soc: the vitrap core SoC as it runs on a board (fpga/README.md
// "Boards"): vitrap_soc, its RAM in block RAM preloaded with the program
// image, the UART's serial side at BAUD (8N1), the reset and the LEDs.
// Everything here runs on one clock, clk, of CLK_HZ. Written for the board
// tops (ulx3s_top.v, orangecrab_top.v) and their simulation (tb/board/).
`include "vitrap_cfg.vh"

module board_soc #(
  parameter integer CLK_HZ      = 50000000,
  parameter integer BAUD        = 115200,
  parameter integer RAM_BYTES   = 65536,
  parameter         INIT_FILE   = "",
  parameter [63:0]  RESET_PC    = 64'h8000_0000,
  parameter [63:0]  TOHOST      = 64'h0,            // 0: no verdict word
  parameter integer BLINK_LOG2  = 22                // heartbeat: bit of a cycle counter (~6 Hz at 50 MHz)
) (
  input  wire clk,
  input  wire rst_req,        // asynchronous reset request (button, PLL not locked)
  output wire uart_txd,
  input  wire uart_rxd,
  output wire led_heartbeat,  // blinks while the program runs
  output wire led_pass,       // the program stored 1 to tohost
  output wire led_fail,       // the program stored another value to tohost
  output wire led_reset       // the core is held in reset
);
  localparam [63:0] RAM_BASE = 64'h8000_0000;       // PIPELINE.md 7.1
  // 64 bits, as vitrap_soc has it; a product, not a concatenation or a sum,
  // which Verilator -Wall flags when RAM_BYTES is set by -G (the board simulation)
  localparam [63:0] RAM_SIZE = RAM_BYTES * 64'd1;

  // ------------------------------------------------------------------
  // Reset: the request synchronised, then held for 16 cycles after it ends
  // (also after configuration: the registers start at their initial values).
  // ------------------------------------------------------------------
  reg [1:0] rst_sync_q = 2'b11;
  reg [4:0] rst_cnt_q  = 5'd0;
  always @(posedge clk or posedge rst_req) begin
    if (rst_req) rst_sync_q <= 2'b11;
    else         rst_sync_q <= {rst_sync_q[0], 1'b0};
  end
  always @(posedge clk) begin
    if (rst_sync_q[1])      rst_cnt_q <= 5'd0;
    else if (!rst_cnt_q[4]) rst_cnt_q <= rst_cnt_q + 5'd1;
  end
  wire rst = !rst_cnt_q[4];

  // ------------------------------------------------------------------
  // The SoC and its RAM (PIPELINE.md 8.3)
  // ------------------------------------------------------------------
  wire        ram_i_req, ram_d_req, ram_d_we;
  wire [63:0] ram_i_addr, ram_d_addr, ram_d_wdata, ram_d_rdata;
  wire [31:0] ram_i_rdata;
  wire [7:0]  ram_d_wmask;
  wire        tx_hold, rx_valid;
  wire [7:0]  rx_byte;
  wire [63:0] obs_if_valid, obs_if_pc, obs_id_valid, obs_id_pc,
              obs_id_insn, obs_ex_valid, obs_ex_pc, obs_mem_valid,
              obs_mem_pc, obs_wb_valid, obs_wb_pc, obs_hold_why,
              obs_redirect_why, obs_fetch_addr, obs_commit_valid, obs_commit_insn,
              obs_retire, obs_trap, obs_trap_irq, obs_trap_code,
              obs_xret, obs_exc_valid, obs_exc_cause, obs_exc_tval,
              obs_exc_gva, obs_priv, obs_virt, obs_i_req,
              obs_i_addr, obs_i_priv, obs_i_virt, obs_d_req,
              obs_d_we, obs_d_addr, obs_d_size, obs_d_wdata,
              obs_d_wmask, obs_d_kind, obs_d_priv, obs_d_virt,
              obs_wb_insn, obs_wb_rd_we, obs_wb_rd, obs_wb_value,
              obs_wb_priv, obs_wb_virt, obs_wb_mem, obs_wb_mem_addr,
              obs_wb_mem_size, obs_wb_mem_wdata, obs_mtime, obs_irq_mtip,
              obs_irq_msip, obs_irq_meip, obs_irq_seip, obs_sgeip,
              obs_uart_tx_valid, obs_uart_tx_byte, obs_reservation_valid, obs_reservation_addr;

  vitrap_soc #(.RESET_PC(RESET_PC), .RAM_BASE(RAM_BASE),
               .RAM_SIZE(RAM_SIZE), .MTIME_DIV(64'd1)) u_soc (
    .clk(clk), .rst(rst),
    .ram_i_req(ram_i_req), .ram_i_addr(ram_i_addr), .ram_i_rdata(ram_i_rdata),
    .ram_d_req(ram_d_req), .ram_d_we(ram_d_we), .ram_d_addr(ram_d_addr),
    .ram_d_wmask(ram_d_wmask), .ram_d_wdata(ram_d_wdata), .ram_d_rdata(ram_d_rdata),
    .uart_tx_hold(tx_hold), .uart_rx_valid(rx_valid), .uart_rx_byte(rx_byte),
    .obs_if_valid(obs_if_valid),
    .obs_if_pc(obs_if_pc),
    .obs_id_valid(obs_id_valid),
    .obs_id_pc(obs_id_pc),
    .obs_id_insn(obs_id_insn),
    .obs_ex_valid(obs_ex_valid),
    .obs_ex_pc(obs_ex_pc),
    .obs_mem_valid(obs_mem_valid),
    .obs_mem_pc(obs_mem_pc),
    .obs_wb_valid(obs_wb_valid),
    .obs_wb_pc(obs_wb_pc),
    .obs_hold_why(obs_hold_why),
    .obs_redirect_why(obs_redirect_why),
    .obs_fetch_addr(obs_fetch_addr),
    .obs_commit_valid(obs_commit_valid),
    .obs_commit_insn(obs_commit_insn),
    .obs_retire(obs_retire),
    .obs_trap(obs_trap),
    .obs_trap_irq(obs_trap_irq),
    .obs_trap_code(obs_trap_code),
    .obs_xret(obs_xret),
    .obs_exc_valid(obs_exc_valid),
    .obs_exc_cause(obs_exc_cause),
    .obs_exc_tval(obs_exc_tval),
    .obs_exc_gva(obs_exc_gva),
    .obs_priv(obs_priv),
    .obs_virt(obs_virt),
    .obs_i_req(obs_i_req),
    .obs_i_addr(obs_i_addr),
    .obs_i_priv(obs_i_priv),
    .obs_i_virt(obs_i_virt),
    .obs_d_req(obs_d_req),
    .obs_d_we(obs_d_we),
    .obs_d_addr(obs_d_addr),
    .obs_d_size(obs_d_size),
    .obs_d_wdata(obs_d_wdata),
    .obs_d_wmask(obs_d_wmask),
    .obs_d_kind(obs_d_kind),
    .obs_d_priv(obs_d_priv),
    .obs_d_virt(obs_d_virt),
    .obs_wb_insn(obs_wb_insn),
    .obs_wb_rd_we(obs_wb_rd_we),
    .obs_wb_rd(obs_wb_rd),
    .obs_wb_value(obs_wb_value),
    .obs_wb_priv(obs_wb_priv),
    .obs_wb_virt(obs_wb_virt),
    .obs_wb_mem(obs_wb_mem),
    .obs_wb_mem_addr(obs_wb_mem_addr),
    .obs_wb_mem_size(obs_wb_mem_size),
    .obs_wb_mem_wdata(obs_wb_mem_wdata),
    .obs_mtime(obs_mtime),
    .obs_irq_mtip(obs_irq_mtip),
    .obs_irq_msip(obs_irq_msip),
    .obs_irq_meip(obs_irq_meip),
    .obs_irq_seip(obs_irq_seip),
    .obs_sgeip(obs_sgeip),
    .obs_uart_tx_valid(obs_uart_tx_valid),
    .obs_uart_tx_byte(obs_uart_tx_byte),
    .obs_reservation_valid(obs_reservation_valid),
    .obs_reservation_addr(obs_reservation_addr)
  );

  board_ram #(.BYTES(RAM_BYTES), .INIT_FILE(INIT_FILE)) u_ram (
    .clk(clk),
    .i_req(ram_i_req), .i_addr(ram_i_addr), .i_rdata(ram_i_rdata),
    .d_req(ram_d_req), .d_we(ram_d_we), .d_addr(ram_d_addr),
    .d_wmask(ram_d_wmask), .d_wdata(ram_d_wdata), .d_rdata(ram_d_rdata)
  );

  // ------------------------------------------------------------------
  // The UART's serial side (PIPELINE.md 9.3.1), 8N1 at BAUD
  // ------------------------------------------------------------------
  localparam integer BIT_CYCLES = (CLK_HZ + BAUD / 2) / BAUD;
  board_uart_tx #(.BIT_CYCLES(BIT_CYCLES)) u_tx (
    .clk(clk), .rst(rst), .valid(obs_uart_tx_valid[0]), .data(obs_uart_tx_byte[7:0]),
    .busy(tx_hold), .txd(uart_txd)
  );
  board_uart_rx #(.BIT_CYCLES(BIT_CYCLES)) u_rx (
    .clk(clk), .rst(rst), .rxd(uart_rxd), .valid(rx_valid), .data(rx_byte)
  );

  // ------------------------------------------------------------------
  // The verdict: the program's store to tohost (riscv-tests convention:
  // 1 = pass, (N << 1) | 1 = fail N), seen on the RAM's data port.
  // ------------------------------------------------------------------
  // The port is registered first and compared one cycle later (the LEDs
  // light one cycle after the store): the write enable waits for the unit's
  // commit decision, so no compare follows it in the same cycle.
  reg        st_q = 1'b0;
  reg [63:0] st_addr_q = 64'd0, st_data_q = 64'd0;
  always @(posedge clk) begin
    st_q      <= ram_d_we && ram_d_wmask[0];
    st_addr_q <= ram_d_addr;
    st_data_q <= ram_d_wdata;
  end
  reg done_q = 1'b0, pass_q = 1'b0;
  always @(posedge clk) begin
    if (rst) begin
      done_q <= 1'b0;
      pass_q <= 1'b0;
    end else if (!done_q && TOHOST != 64'd0 && st_q && st_addr_q == TOHOST) begin
      done_q <= 1'b1;
      pass_q <= st_data_q == 64'd1;
    end
  end

  reg [BLINK_LOG2:0] blink_q = 0;
  always @(posedge clk) blink_q <= blink_q + 1'b1;

  assign led_heartbeat = !done_q && !rst && blink_q[BLINK_LOG2];
  assign led_pass      = done_q && pass_q;
  assign led_fail      = done_q && !pass_q;
  assign led_reset     = rst;

  wire unused_obs = &{1'b0,
    obs_if_valid, obs_if_pc, obs_id_valid, obs_id_pc,
    obs_id_insn, obs_ex_valid, obs_ex_pc, obs_mem_valid,
    obs_mem_pc, obs_wb_valid, obs_wb_pc, obs_hold_why,
    obs_redirect_why, obs_fetch_addr, obs_commit_valid, obs_commit_insn,
    obs_retire, obs_trap, obs_trap_irq, obs_trap_code,
    obs_xret, obs_exc_valid, obs_exc_cause, obs_exc_tval,
    obs_exc_gva, obs_priv, obs_virt, obs_i_req,
    obs_i_addr, obs_i_priv, obs_i_virt, obs_d_req,
    obs_d_we, obs_d_addr, obs_d_size, obs_d_wdata,
    obs_d_wmask, obs_d_kind, obs_d_priv, obs_d_virt,
    obs_wb_insn, obs_wb_rd_we, obs_wb_rd, obs_wb_value,
    obs_wb_priv, obs_wb_virt, obs_wb_mem, obs_wb_mem_addr,
    obs_wb_mem_size, obs_wb_mem_wdata, obs_mtime, obs_irq_mtip,
    obs_irq_msip, obs_irq_meip, obs_irq_seip, obs_sgeip,
    obs_uart_tx_valid, obs_uart_tx_byte, obs_reservation_valid, obs_reservation_addr};
endmodule
