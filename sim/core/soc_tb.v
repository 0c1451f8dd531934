// soc_tb: iverilog testbench of vitrap_soc with sim_ram (PIPELINE.md 8.3).
// Plusargs: +hex=FILE (RAM image, 64-bit words from RAM_BASE), +tohost=ADDR
// (hex), +maxcycles=N (default 1000000), +trace (one line per cycle).
// Prints the UART's bytes as they are sent, and stops at the first store
// that writes an odd value to tohost: "EXIT <value >> 1> cycles <n>".
module soc_tb;
  parameter [63:0] RAM_BASE  = 64'h8000_0000;
  parameter integer RAM_WORDS = 131072;               // 1 MiB
  parameter [63:0] MTIME_DIV = 64'd1;

  reg clk = 1'b0;
  reg rst = 1'b1;
  always #5 clk = ~clk;

  wire        ram_i_req, ram_d_req, ram_d_we;
  wire [63:0] ram_i_addr, ram_d_addr, ram_d_wdata, ram_d_rdata;
  wire [31:0] ram_i_rdata;
  wire [7:0]  ram_d_wmask;
  wire [63:0] obs_if_valid;
  wire [63:0] obs_if_pc;
  wire [63:0] obs_id_valid;
  wire [63:0] obs_id_pc;
  wire [63:0] obs_id_insn;
  wire [63:0] obs_ex_valid;
  wire [63:0] obs_ex_pc;
  wire [63:0] obs_mem_valid;
  wire [63:0] obs_mem_pc;
  wire [63:0] obs_wb_valid;
  wire [63:0] obs_wb_pc;
  wire [63:0] obs_hold_why;
  wire [63:0] obs_redirect_why;
  wire [63:0] obs_fetch_addr;
  wire [63:0] obs_commit_valid;
  wire [63:0] obs_commit_insn;
  wire [63:0] obs_retire;
  wire [63:0] obs_trap;
  wire [63:0] obs_trap_irq;
  wire [63:0] obs_trap_code;
  wire [63:0] obs_xret;
  wire [63:0] obs_exc_valid;
  wire [63:0] obs_exc_cause;
  wire [63:0] obs_exc_tval;
  wire [63:0] obs_exc_gva;
  wire [63:0] obs_priv;
  wire [63:0] obs_virt;
  wire [63:0] obs_i_req;
  wire [63:0] obs_i_addr;
  wire [63:0] obs_i_priv;
  wire [63:0] obs_i_virt;
  wire [63:0] obs_d_req;
  wire [63:0] obs_d_we;
  wire [63:0] obs_d_addr;
  wire [63:0] obs_d_size;
  wire [63:0] obs_d_wdata;
  wire [63:0] obs_d_wmask;
  wire [63:0] obs_d_kind;
  wire [63:0] obs_d_priv;
  wire [63:0] obs_d_virt;
  wire [63:0] obs_wb_insn;
  wire [63:0] obs_wb_rd_we;
  wire [63:0] obs_wb_rd;
  wire [63:0] obs_wb_value;
  wire [63:0] obs_wb_priv;
  wire [63:0] obs_wb_virt;
  wire [63:0] obs_wb_mem;
  wire [63:0] obs_wb_mem_addr;
  wire [63:0] obs_wb_mem_size;
  wire [63:0] obs_wb_mem_wdata;
  wire [63:0] obs_mtime;
  wire [63:0] obs_irq_mtip;
  wire [63:0] obs_irq_msip;
  wire [63:0] obs_irq_meip;
  wire [63:0] obs_irq_seip;
  wire [63:0] obs_sgeip;
  wire [63:0] obs_uart_tx_valid;
  wire [63:0] obs_uart_tx_byte;
  wire [63:0] obs_reservation_valid;
  wire [63:0] obs_reservation_addr;

  vitrap_soc #(.RESET_PC(RAM_BASE), .RAM_BASE(RAM_BASE),
               .RAM_SIZE(RAM_WORDS * 8), .MTIME_DIV(MTIME_DIV)) dut (
    .clk(clk), .rst(rst),
    .ram_i_req(ram_i_req), .ram_i_addr(ram_i_addr), .ram_i_rdata(ram_i_rdata),
    .ram_d_req(ram_d_req), .ram_d_we(ram_d_we), .ram_d_addr(ram_d_addr),
    .ram_d_wmask(ram_d_wmask), .ram_d_wdata(ram_d_wdata), .ram_d_rdata(ram_d_rdata),
    .uart_tx_hold(1'b0), .uart_rx_valid(1'b0), .uart_rx_byte(8'd0),
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

  sim_ram #(.BASE(RAM_BASE), .WORDS(RAM_WORDS)) u_ram (
    .clk(clk), .rst(rst),
    .i_req(ram_i_req), .i_addr(ram_i_addr), .i_rdata(ram_i_rdata),
    .d_req(ram_d_req), .d_we(ram_d_we), .d_addr(ram_d_addr),
    .d_wmask(ram_d_wmask), .d_wdata(ram_d_wdata), .d_rdata(ram_d_rdata)
  );

  reg [63:0] tohost;
  reg [63:0] maxcycles;
  reg        trace;
  reg [63:0] cycle;
  wire [63:0] st_val = obs_d_wdata >> {obs_d_addr[2:0], 3'b000};

  initial begin
    if (!$value$plusargs("tohost=%h", tohost)) tohost = 64'h8000_1000;
    if (!$value$plusargs("maxcycles=%d", maxcycles)) maxcycles = 64'd1000000;
    trace = $test$plusargs("trace");
    cycle = 64'd0;
    repeat (2) @(posedge clk);
    #1 rst = 1'b0;
  end

  // Sample the observation in the middle of each cycle (outputs settled).
  always @(negedge clk) begin
    if (!rst) begin
      if (trace)
        $display("c%0d if=%0d:%h id=%0d:%h ex=%0d:%h mem=%0d:%h wb=%0d:%h hold=%h redir=%h fa=%h ret=%0d trap=%0d d=%0d/%0d:%h wb_rd=%0d:%h",
                 cycle, obs_if_valid[0], obs_if_pc, obs_id_valid[0], obs_id_pc,
                 obs_ex_valid[0], obs_ex_pc, obs_mem_valid[0], obs_mem_pc,
                 obs_wb_valid[0], obs_wb_pc, obs_hold_why[3:0], obs_redirect_why[2:0],
                 obs_fetch_addr, obs_retire[0], obs_trap[0], obs_d_req[0], obs_d_we[0],
                 obs_d_addr, obs_wb_rd[4:0], obs_wb_value);
      if (obs_uart_tx_valid[0])
        $write("%c", obs_uart_tx_byte[7:0]);
      if (obs_d_req[0] && obs_d_we[0] && obs_d_addr == tohost && st_val[0]) begin
        $display("EXIT %0d cycles %0d", st_val >> 1, cycle);
        $finish;
      end
      cycle = cycle + 64'd1;
      if (cycle >= maxcycles) begin
        $display("TIMEOUT after %0d cycles (pc in MEM %h)", cycle, obs_mem_pc);
        $finish;
      end
    end
  end
endmodule
