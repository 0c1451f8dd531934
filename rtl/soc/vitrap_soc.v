// vitrap_soc: the vitrap core and its devices (PIPELINE.md 7.1, 9):
// CLINT, PLIC, UART, the interrupt test device, and the routing of the data
// bus. RAM is outside, through the ram_i_* (fetch) and ram_d_* (data) ports
// with the timing of PIPELINE.md 8.3. The obs_* outputs are the per-cycle
// observation of PIPELINE.md 10 (struct core_obs, field x = port obs_x).
`include "vitrap_cfg.vh"

module vitrap_soc #(
  parameter [63:0] RESET_PC  = 64'h8000_0000,
  parameter [63:0] RAM_BASE  = 64'h8000_0000,
  parameter [63:0] RAM_SIZE  = 64'h1000_0000,
  parameter [63:0] MTIME_DIV = 64'd1
) (
  input  wire        clk,
  input  wire        rst,
  // RAM fetch port: data arrives the cycle after the request
  output wire        ram_i_req,
  output wire [63:0] ram_i_addr,
  input  wire [31:0] ram_i_rdata,
  // RAM data port: only the accesses routed to RAM; 8-aligned address
  output wire        ram_d_req,
  output wire        ram_d_we,
  output wire [63:0] ram_d_addr,
  output wire [7:0]  ram_d_wmask,
  output wire [63:0] ram_d_wdata,
  input  wire [63:0] ram_d_rdata,
  // the UART's board side (PIPELINE.md 9.3.1): 0 in simulation
  input  wire        uart_tx_hold,
  input  wire        uart_rx_valid,
  input  wire [7:0]  uart_rx_byte,
  // observation (PIPELINE.md 10)
  output wire [63:0] obs_if_valid,
  output wire [63:0] obs_if_pc,
  output wire [63:0] obs_id_valid,
  output wire [63:0] obs_id_pc,
  output wire [63:0] obs_id_insn,
  output wire [63:0] obs_ex_valid,
  output wire [63:0] obs_ex_pc,
  output wire [63:0] obs_mem_valid,
  output wire [63:0] obs_mem_pc,
  output wire [63:0] obs_wb_valid,
  output wire [63:0] obs_wb_pc,
  output wire [63:0] obs_hold_why,
  output wire [63:0] obs_redirect_why,
  output wire [63:0] obs_fetch_addr,
  output wire [63:0] obs_commit_valid,
  output wire [63:0] obs_commit_insn,
  output wire [63:0] obs_retire,
  output wire [63:0] obs_trap,
  output wire [63:0] obs_trap_irq,
  output wire [63:0] obs_trap_code,
  output wire [63:0] obs_xret,
  output wire [63:0] obs_exc_valid,
  output wire [63:0] obs_exc_cause,
  output wire [63:0] obs_exc_tval,
  output wire [63:0] obs_exc_gva,
  output wire [63:0] obs_priv,
  output wire [63:0] obs_virt,
  output wire [63:0] obs_i_req,
  output wire [63:0] obs_i_addr,
  output wire [63:0] obs_i_priv,
  output wire [63:0] obs_i_virt,
  output wire [63:0] obs_d_req,
  output wire [63:0] obs_d_we,
  output wire [63:0] obs_d_addr,
  output wire [63:0] obs_d_size,
  output wire [63:0] obs_d_wdata,
  output wire [63:0] obs_d_wmask,
  output wire [63:0] obs_d_kind,
  output wire [63:0] obs_d_priv,
  output wire [63:0] obs_d_virt,
  output wire [63:0] obs_wb_insn,
  output wire [63:0] obs_wb_rd_we,
  output wire [63:0] obs_wb_rd,
  output wire [63:0] obs_wb_value,
  output wire [63:0] obs_wb_priv,
  output wire [63:0] obs_wb_virt,
  output wire [63:0] obs_wb_mem,
  output wire [63:0] obs_wb_mem_addr,
  output wire [63:0] obs_wb_mem_size,
  output wire [63:0] obs_wb_mem_wdata,
  output wire [63:0] obs_mtime,
  output wire [63:0] obs_irq_mtip,
  output wire [63:0] obs_irq_msip,
  output wire [63:0] obs_irq_meip,
  output wire [63:0] obs_irq_seip,
  output wire [63:0] obs_sgeip,
  output wire [63:0] obs_uart_tx_valid,
  output wire [63:0] obs_uart_tx_byte,
  output wire [63:0] obs_reservation_valid,
  output wire [63:0] obs_reservation_addr
);
  // PIPELINE.md 9.4: SGEIP bits below GEILEN
  localparam integer GEILEN = `VITRAP_CFG_GEILEN;
  localparam [63:0]  SGEIP_MASK = (GEILEN >= 64) ? {64{1'b1}} :
                                  ((64'd1 << GEILEN) - 64'd1);

  // The core's ports
  wire        i_req, i_virt, d_req, d_we, d_virt;
  wire [63:0] i_addr, d_addr, d_wdata, d_rdata;
  wire [1:0]  i_priv, d_size, d_priv;
  wire [7:0]  d_wmask;
  wire [2:0]  d_kind;
  wire [4:0]  d_region;
  wire [63:0] d_dev_wval, d_ram_addr, d_ram_wdata;
  reg         irq_meip, irq_seip, irq_mtip;  // the unit's: registered (revision 4, below)
  wire        clint_mtip, plic_eip0, plic_eip1;  // the device outputs, unregistered
  wire        irq_msip;
  wire [63:0] mtime, sgeip;

  vitrap_core #(.RESET_PC(RESET_PC), .RAM_BASE(RAM_BASE), .RAM_SIZE(RAM_SIZE)) u_core (
    .clk(clk), .rst(rst),
    .i_req(i_req), .i_addr(i_addr), .i_priv(i_priv), .i_virt(i_virt),
    .i_rdata(ram_i_rdata),
    .d_req(d_req), .d_we(d_we), .d_addr(d_addr), .d_size(d_size),
    .d_wdata(d_wdata), .d_wmask(d_wmask), .d_kind(d_kind), .d_priv(d_priv),
    .d_virt(d_virt), .d_rdata(d_rdata), .d_region(d_region),
    .d_dev_wval(d_dev_wval), .d_ram_addr(d_ram_addr), .d_ram_wdata(d_ram_wdata),
    .irq_meip(irq_meip), .irq_seip(irq_seip), .irq_mtip(irq_mtip),
    .irq_msip(irq_msip), .irq_sgeip(sgeip), .mtime(mtime),
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
    .obs_reservation_valid(obs_reservation_valid),
    .obs_reservation_addr(obs_reservation_addr)
  );

  // ------------------------------------------------------------------
  // Data-bus routing (PIPELINE.md 7.1): the core's checks guarantee that a
  // request reaches a region that allows it. The region of d_addr comes
  // from the core (d_region: its EX address decode, latched with MEM.addr;
  // revision 3 timing: the routing no longer decodes d_addr, which waits
  // for the unit's retire); only with d_req, as a decode of d_addr (0 when
  // d_req = 0) would give.
  // ------------------------------------------------------------------
  wire r_ram   = d_req & d_region[0];
  wire r_clint = d_req & d_region[1];
  wire r_plic  = d_req & d_region[2];
  wire r_uart  = d_req & d_region[3];
  wire r_tdev  = d_req & d_region[4];
  wire [5:0]  lane = {d_addr[2:0], 3'b000};
  // the written value, not shifted: d_wdata >> lane whenever a device is
  // written (the core gives it apart: stores only reach devices; the devices
  // use it only when written, sel and d_we)
  wire [63:0] wval = d_dev_wval;

  assign ram_i_req   = i_req;
  assign ram_i_addr  = i_addr;
  assign ram_d_req   = d_req & r_ram;
  assign ram_d_we    = ram_d_req & d_we;
  assign ram_d_addr  = d_ram_addr;                  // not gated: the RAM acts on ram_d_req only
  assign ram_d_wmask = ram_d_we ? d_wmask : 8'd0;
  assign ram_d_wdata = d_ram_wdata;                 // not gated: the RAM writes only the lanes of ram_d_wmask

  // Devices
  wire [63:0] clint_r, tdev_r;
  wire [31:0] plic_r, lines;
  wire [7:0]  uart_r, tx_byte;
  wire        tx_valid, uart_irq;

  clint #(.MTIME_DIV(MTIME_DIV)) u_clint (
    .clk(clk), .rst(rst), .sel(d_req & r_clint), .we(d_we), .off(d_addr[15:0]),
    .size(d_size), .wval(wval), .rval(clint_r), .mtime(mtime),
    .irq_mtip(clint_mtip), .irq_msip(irq_msip)
  );

  // PIPELINE.md 9.2: source 10 is the UART, the others the test device
  wire [31:0] plic_src = {lines[31:11], uart_irq, lines[9:1], 1'b0};
  plic u_plic (
    .clk(clk), .rst(rst), .sel(d_req & r_plic), .we(d_we), .off(d_addr[25:0]),
    .wval(wval[31:0]), .rval(plic_r), .src(plic_src), .eip0(plic_eip0), .eip1(plic_eip1)
  );

  uart16550 u_uart (
    .clk(clk), .rst(rst), .sel(d_req & r_uart), .we(d_we), .off(d_addr[7:0]),
    .wval(wval[7:0]), .rval(uart_r), .tx_valid(tx_valid), .tx_byte(tx_byte),
    .irq(uart_irq), .tx_hold(uart_tx_hold), .rx_valid(uart_rx_valid),
    .rx_byte(uart_rx_byte)
  );

  irq_testdev #(.SGEIP_MASK(SGEIP_MASK)) u_tdev (
    .clk(clk), .rst(rst), .sel(d_req & r_tdev), .we(d_we), .off(d_addr[11:0]),
    .size(d_size), .wval(wval), .rval(tdev_r), .lines(lines), .sgeip(sgeip)
  );

  // PIPELINE.md revision 4 (sections 3 and 9): the PLIC's EIP(0)/EIP(1) and
  // the CLINT's mtime >= mtimecmp reach the unit through these registers, so
  // the device logic (the PLIC's priority/threshold pick, the 64-bit compare)
  // is off the path through the unit's interrupt decision into the commit
  // decision (retire/trap/redirect). The unit sees the device outputs of
  // cycle t-1 (0 in the first cycle after reset); loaded at every edge, also
  // during a WFI stall or a trap. irq_msip, irq_sgeip and mtime stay direct
  // (device registers already). The obs_irq_* below show these registers:
  // what the unit sees (PIPELINE.md 10).
  always @(posedge clk) begin
    if (rst) begin
      irq_meip <= 1'b0;
      irq_seip <= 1'b0;
      irq_mtip <= 1'b0;
    end else begin
      irq_meip <= plic_eip0;
      irq_seip <= plic_eip1;
      irq_mtip <= clint_mtip;
    end
  end

  // Read data (PIPELINE.md 9): a device read returns in the next cycle like
  // RAM, lane-aligned in the doubleword; the source of the last read is kept.
  // (inside the d_req enable below, d_region alone is the region: the data
  // does not wait for the request, i.e. the unit's retire)
  wire [63:0] dev_r = d_region[1] ? clint_r :
                      d_region[2] ? {32'd0, plic_r} :
                      d_region[3] ? {56'd0, uart_r} :
                      d_region[4] ? tdev_r : 64'd0;
  reg         rd_ram_q;
  reg  [63:0] rd_dev_q;
  always @(posedge clk) begin
    if (rst) begin
      rd_ram_q <= 1'b0;
      rd_dev_q <= 64'd0;
    end else if (d_req && !d_we) begin
      rd_ram_q <= d_region[0];
      rd_dev_q <= d_region[0] ? 64'd0 : dev_r << lane;
    end
  end
  assign d_rdata = rd_ram_q ? ram_d_rdata : rd_dev_q;

  // ------------------------------------------------------------------
  // Observation of the bus and the devices (PIPELINE.md 10)
  // ------------------------------------------------------------------
  assign obs_i_req         = {63'd0, i_req};
  assign obs_i_addr        = i_addr;
  assign obs_i_priv        = {62'd0, i_priv};
  assign obs_i_virt        = {63'd0, i_virt};
  assign obs_d_req         = {63'd0, d_req};
  assign obs_d_we          = {63'd0, d_we};
  assign obs_d_addr        = d_addr;
  assign obs_d_size        = {62'd0, d_size};
  assign obs_d_wdata       = d_wdata;
  assign obs_d_wmask       = {56'd0, d_wmask};
  assign obs_d_kind        = {61'd0, d_kind};
  assign obs_d_priv        = {62'd0, d_priv};
  assign obs_d_virt        = {63'd0, d_virt};
  assign obs_mtime         = mtime;
  assign obs_irq_mtip      = {63'd0, irq_mtip};
  assign obs_irq_msip      = {63'd0, irq_msip};
  assign obs_irq_meip      = {63'd0, irq_meip};
  assign obs_irq_seip      = {63'd0, irq_seip};
  assign obs_sgeip         = sgeip;
  assign obs_uart_tx_valid = {63'd0, tx_valid};
  assign obs_uart_tx_byte  = {56'd0, tx_byte};

  wire unused_ok = &{1'b0, lines[10], lines[0]};
endmodule
