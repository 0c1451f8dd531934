// vitrap_core: the 5-stage RV64IMA(+H) core of rtl/core/PIPELINE.md.
// This file holds the ID, EX, MEM and WB latches and their next-state rules
// (PIPELINE.md 2 and 4.1), wires the stage blocks (IF with its latch in
// core_fetch, decode, register file, forwarding, ALU, branch, MUL, DIV,
// memory map, LSU, hazards) and the
// generated CSR/trap unit `vitrap_csr` (gen/INTERFACE.md), and drives the
// observation outputs of PIPELINE.md 10 that belong to the core.
`include "vitrap_cfg.vh"

module vitrap_core #(
  parameter [63:0] RESET_PC = 64'h8000_0000,
  parameter [63:0] RAM_BASE = 64'h8000_0000,
  parameter [63:0] RAM_SIZE = 64'h1000_0000
) (
  input  wire        clk,
  input  wire        rst,
  // fetch port (PIPELINE.md 8.1)
  output wire        i_req,
  output wire [63:0] i_addr,
  output wire [1:0]  i_priv,
  output wire        i_virt,
  input  wire [31:0] i_rdata,
  // data port (PIPELINE.md 8.1)
  output wire        d_req,
  output wire        d_we,
  output wire [63:0] d_addr,
  output wire [1:0]  d_size,
  output wire [63:0] d_wdata,
  output wire [7:0]  d_wmask,
  output wire [2:0]  d_kind,
  output wire [1:0]  d_priv,
  output wire        d_virt,
  input  wire [63:0] d_rdata,
  // the region of d_addr when d_req (PIPELINE.md 7.1), {test device, UART,
  // PLIC, CLINT, RAM}: an implementation port for the SoC's bus routing
  // (revision 3 timing), the address decode of EX latched with MEM.addr, so
  // the routing waits for the unit's retire only, not for a decode of the
  // address gated by it; meaningful only when d_req = 1
  output wire [4:0]  d_region,
  // the value of a device write, not lane-shifted (d_wdata >> 8 * d_addr[2:0]
  // whenever a device is written: stores and HSV only; meaningful only then),
  // an implementation port like d_region
  output wire [63:0] d_dev_wval,
  output wire [63:0] d_ram_addr,     // the RAM's address and write data, not gated (core_lsu.v)
  output wire [63:0] d_ram_wdata,
  // interrupt lines and time (PIPELINE.md 3)
  input  wire        irq_meip,
  input  wire        irq_seip,
  input  wire        irq_mtip,
  input  wire        irq_msip,
  input  wire [63:0] irq_sgeip,     // bit j: guest external interrupt j+1 (low GEILEN bits used)
  input  wire [63:0] mtime,
  // observation (PIPELINE.md 10), 64 bits each, zero-extended
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
  output wire [63:0] obs_reservation_valid,
  output wire [63:0] obs_reservation_addr
);
  localparam [2:0] K_LOAD = 3'd0, K_HLV = 3'd1, K_HLVX = 3'd2, K_STORE = 3'd3,
                   K_HSV = 3'd4, K_LR = 3'd5, K_SC = 3'd6, K_AMO = 3'd7;

  // ------------------------------------------------------------------
  // Stage latches (PIPELINE.md 2)
  // ------------------------------------------------------------------
  wire        if_valid, if_fault;  // the IF latch lives in core_fetch (2, 4.1)
  wire [63:0] if_pc;

  reg        id_valid, id_fault, id_pred;
  reg        id_u1, id_u2;    // the sources ID.insn uses (5.2), decoded in IF (rev. 3 timing)
  reg [63:0] id_pc;
  reg [31:0] id_insn;

  reg        ex_valid, ex_pred, ex_exc;
  reg [63:0] ex_pc, ex_rs1v, ex_rs2v, ex_tval;
  reg [31:0] ex_insn;
  reg [4:0]  ex_cause;
  reg [6:0]  ex_cnt;          // multi-cycle op's cycle number k (PIPELINE.md 4.3)

  reg        mem_valid, mem_exc, mem_amo_b;
  reg [63:0] mem_pc, mem_result, mem_rs1v, mem_addr, mem_sdata, mem_tval;
  reg [31:0] mem_insn;
  reg [4:0]  mem_cause;

  reg        wb_valid, wb_we, wb_ld, wb_ld_uns, wb_virt;
  reg [63:0] wb_pc, wb_val, wb_maddr, wb_mwdata;
  reg [31:0] wb_insn;
  reg [4:0]  wb_rd;
  reg [1:0]  wb_ld_size, wb_priv, wb_mem, wb_msize;
  reg [2:0]  wb_ld_off;

  // ------------------------------------------------------------------
  // The unit's outputs (gen/INTERFACE.md 2)
  // ------------------------------------------------------------------
  wire [63:0] u_csr_rdata, u_redirect_pc;
  wire        u_retire, u_stall, u_trap, u_trap_irq, u_xret, u_redirect, u_virt;
  wire        u_ls_virt, u_flush;
  wire [4:0]  u_trap_code;
  wire [1:0]  u_priv, u_ls_priv, u_hlsv_priv;

  // ------------------------------------------------------------------
  // IF (PIPELINE.md 2, 4.1, 4.2): core_fetch, instantiated with the hold
  // and redirect signals below; its outputs
  // ------------------------------------------------------------------
  wire [31:0] if_insn;                  // IF.buf or the fetch port's word (2, rev. 3)
  wire        f_pred;                   // IF predicts its instruction taken (4.2)
  wire [63:0] fa;                       // the fetch address (4.1, rev. 3)
  wire        fa_in_ram;

  // ------------------------------------------------------------------
  // ID: decode, register read (the load-use hazard: below the MEM decode)
  // ------------------------------------------------------------------
  // The decode of ID.insn: legality and sources for ID; the rest is the EX
  // latch's decoded control (PIPELINE.md 2), latched when EX loads the ID
  // instruction (revision 3 timing: EX starts at flip-flops, not at a decode)
  wire        di_legal, di_wr, di_late, di_apc, di_a0, di_bimm, di_alt, di_w;
  wire [1:0]  unused_di;     // the sources: latched from IF's decode (id_u1, id_u2)
  wire        di_jal, di_jalr, di_br, di_mem, di_muns, di_csr, di_fi, di_div;
  wire [63:0] di_imm;
  wire [2:0]  di_f3, di_kind;
  wire [1:0]  di_res, di_msize;
  core_decode u_dec_id (
    .insn(id_insn), .legal(di_legal), .use_rs1(unused_di[0]), .use_rs2(unused_di[1]),
    .wr_rd(di_wr), .late(di_late), .imm(di_imm), .a_pc(di_apc), .a_zero(di_a0),
    .b_imm(di_bimm), .alu_f3(di_f3), .alu_alt(di_alt), .op_w(di_w),
    .res_sel(di_res), .is_jal(di_jal), .is_jalr(di_jalr), .is_branch(di_br),
    .is_mem(di_mem), .kind(di_kind), .msize(di_msize), .muns(di_muns),
    .is_csr(di_csr), .is_fencei(di_fi), .is_div(di_div)
  );
  // precomputed for EX from ID's registers (revision 3 timing): the
  // pc-relative target (branch, JAL) and the link pc + 4
  wire [63:0] id_tgt  = id_pc + di_imm;
  wire [63:0] id_link = id_pc + 64'd4;

  wire [4:0]  id_rs1 = id_insn[19:15];
  wire [4:0]  id_rs2 = id_insn[24:20];
  wire [63:0] id_r1v, id_r2v;
  wire [63:0] wb_value;                 // the WB write value (0 when not written)
  wire        wb_wr = wb_valid & wb_we;

  core_regfile u_rf (
    .clk(clk), .rst(rst), .ra1(id_rs1), .ra2(id_rs2), .rd1(id_r1v), .rd2(id_r2v),
    .we(wb_wr), .wa(wb_rd), .wd(wb_value)
  );

  // PIPELINE.md 5.2: an illegal or faulted ID instruction uses nothing
  wire id_live  = id_valid & ~id_fault;
  wire id_use1  = id_live & id_u1;
  wire id_use2  = id_live & id_u2;

  // The EX latch's decoded control (PIPELINE.md 2): the decode of EX.insn,
  // latched from ID's decode with the instruction (a bubble: the decode of
  // insn 0, all zero), kept while EX holds; EX.pc + imm and EX.pc + 4 with it
  reg         de_u1, de_u2, de_wr, de_late, de_apc, de_a0, de_bimm, de_alt, de_w;
  reg         de_jal, de_jalr, de_br, de_mem, de_muns, de_csr, de_fi, de_div;
  reg  [63:0] de_imm, ex_tgt, ex_link;
  reg  [2:0]  de_f3, de_kind;
  reg  [1:0]  de_res, de_msize;
  wire [4:0]  ex_rd = ex_insn[11:7];

  // PIPELINE.md 5.1 / 7: the exception an instruction carries out of ID
  wire        id_exc   = id_fault | ~di_legal;
  wire [4:0]  id_cause = id_fault ? 5'd1 : 5'd2;
  wire [63:0] id_tval  = id_fault ? id_pc :
                         (`VITRAP_CFG_MTVAL_INSN ? {32'd0, id_insn} : 64'd0);

  // ------------------------------------------------------------------
  // EX: forwarding, ALU, branch, MUL, DIV, address and its checks
  // ------------------------------------------------------------------
  // The MEM latch's decoded control (PIPELINE.md 2: the decoded control
  // of MEM.insn). Revision 3 timing: decoded here in EX from the EX latch's
  // decoded control and latched into MEM at the EX -> MEM edge (0 for a
  // bubble, kept while MEM holds), so the forwarding select into EX, the
  // second d_hazard term, the commit redirect and m_hold start at
  // flip-flops instead of a decode of MEM.insn.
  // PIPELINE.md 4 (rev. 3): a load-data instruction (load, LR, HLV, HLVX:
  // its rd value is formatted from d_rdata in WB); 0 for an illegal or
  // faulted one (decode: no instruction bits, nothing legal)
  wire        x_ldtype = de_mem & (de_kind == K_LOAD || de_kind == K_HLV ||
                                   de_kind == K_HLVX || de_kind == K_LR);
  wire        x_rdnz   = ex_rd != 5'd0;
  reg         m_fwd;      // writes rd and is not late-result (PIPELINE.md 6)
  reg         m_wrrd;     // writes rd, rd != 0
  reg         m_ldtype;   // load-data (PIPELINE.md 4 rev. 3)
  reg         m_ldrd;     // ... with rd != 0 (the second d_hazard term)
  reg         m_mem, m_muns, m_csr, m_fi, m_amo, m_sc, m_st, m_hlsv;
  reg  [2:0]  m_kind;
  reg  [1:0]  m_msize;
  reg  [4:0]  m_region;   // PIPELINE.md 7.1 region of MEM.addr (d_region)
  wire [4:0]  mem_rd = mem_insn[11:7];

  // PIPELINE.md 4: d_hazard (load-use), first term: a late-result
  // instruction in EX writes a register the ID instruction uses
  wire d_haz_ex  = id_live & ex_valid & de_late & (ex_rd != 5'd0) &
                   ((id_use1 & (id_rs1 == ex_rd)) | (id_use2 & (id_rs2 == ex_rd)));
  // PIPELINE.md 4 (rev. 3): second term: a load-data instruction in MEM
  // (whatever MEM does this cycle) writes a register the ID instruction
  // uses: its data is not forwarded into EX (6), the consumer reads it in
  // ID through the register file's write-through one cycle later. m_ldrd:
  // MEM valid, load-data, rd != 0, a latched bit (rev. 3 timing)
  wire d_haz_mem = id_live & m_ldrd &
                   ((id_use1 & (id_rs1 == mem_rd)) | (id_use2 & (id_rs2 == mem_rd)));
  wire d_hazard  = d_haz_ex | d_haz_mem;

  // PIPELINE.md 6: forwarding into EX. Revision 3: WB forwards only when it
  // is not a load-data instruction, and then its latched value wb_val: no
  // path from d_rdata (the load formatter) into EX.
  // Revision 3 timing: the selects are flip-flops (s1m_q .. s2w_q below),
  // core_fwd's match evaluated in the previous cycle on what the EX, MEM and
  // WB latches load at its edge (the same rules as the latches, 4.1).
  reg         s1m_q, s1w_q, s2m_q, s2w_q;   // rs1/rs2 from MEM / from WB
  wire [63:0] rs1f = s1m_q ? mem_result : s1w_q ? wb_val : ex_rs1v;
  wire [63:0] rs2f = s2m_q ? mem_result : s2w_q ? wb_val : ex_rs2v;

  // ALU
  wire [63:0] alu_a = de_a0 ? 64'd0 : de_apc ? ex_pc : rs1f;
  wire [63:0] alu_b = de_bimm ? de_imm : rs2f;
  wire [63:0] alu_y, mul_y, div_y;
  core_alu u_alu (.a(alu_a), .b(alu_b), .f3(de_f3), .alt(de_alt), .w(de_w), .y(alu_y));

  // PIPELINE.md 4.3 (rev. 3): MUL/MULH/MULHSU/MULHU/MULW in EX for exactly
  // L = 3 cycles: e_busy in cycles 0 and 1. core_mul takes the forwarded
  // operands in cycle 0 and the partial products in cycle 1; its result is
  // ready in cycle 2 and kept while the multiply waits there (m_hold).
  localparam [6:0] MUL_LAST = 7'd2;     // the cycle number k of the last cycle, L - 1
  wire       ex_ismul = ex_valid & (de_res == 2'd2);
  wire       mul_busy = ex_ismul & (ex_cnt != MUL_LAST);
  core_mul u_mul (
    .clk(clk), .rst(rst), .ld_op(ex_ismul & (ex_cnt == 7'd0)),
    .ld_pp(ex_ismul & (ex_cnt == 7'd1)), .a(rs1f), .b(rs2f), .f3(ex_insn[13:12]),
    .w(de_w), .y(mul_y)
  );

  // DIV (PIPELINE.md 4.3 rev. 3): in EX for L = S + 2 cycles, S = max(n, 1)
  // from the dividend of cycle 0 (core_div registers the operands in cycle 0
  // and latches L - 1 in cycle 1); e_busy in cycles 0..L-2, i.e. always in
  // cycles 0 and 1, then until the counter reaches L - 1.
  wire [6:0] div_last;
  wire       ex_isdiv  = ex_valid & de_div;
  wire       div_first = ex_cnt == 7'd0;
  wire       div_busy  = ex_isdiv & ((ex_cnt[6:1] == 6'd0) | (ex_cnt != div_last));
  core_div u_div (
    .clk(clk), .rst(rst), .step(div_busy), .first(div_first),
    .second(ex_cnt == 7'd1), .op(ex_insn[13:12]), .w(de_w), .a(rs1f), .b(rs2f),
    .last(div_last), .result(div_y)
  );

  // PIPELINE.md 4 e_busy (rev. 3): a divide or a multiply before its last cycle
  wire       e_busy    = div_busy | mul_busy;

  wire [63:0] ex_result = (de_res == 2'd1) ? ex_link :
                          (de_res == 2'd2) ? mul_y :
                          (de_res == 2'd3) ? div_y : alu_y;

  // Branches and jumps (PIPELINE.md 4.2)
  wire        br_taken;
  core_branch u_br (.a(rs1f), .b(rs2f), .f3(ex_insn[14:12]), .taken(br_taken));
  wire [63:0] jalr_sum = rs1f + de_imm;
  wire [63:0] tgt      = de_jalr ? {jalr_sum[63:1], 1'b0} : ex_tgt;   // ex_tgt = EX.pc + imm
  wire        jumps    = de_jal | de_jalr | (de_br & br_taken);
  wire        tgt_mis  = jumps & tgt[1];
  wire        mispred  = (de_jal & ~ex_pred & ~tgt[1]) |
                         (de_jalr & ~tgt[1]) |
                         (de_br & br_taken & ~tgt[1] & ~ex_pred) |
                         (de_br & ~br_taken & ex_pred);
  // e_target matters only with e_redirect (4.1): a branch redirects to pc + 4
  // only when predicted taken and to its target only when not, so the
  // branch's target needs no compare result (revision 3 timing)
  wire [63:0] e_target = (de_br & ex_pred) ? ex_link : tgt;

  // Effective address and its checks (PIPELINE.md 7.1, 7.2); imm is 0 for
  // AMO/LR/SC and HLV/HLVX/HSV (decode), so their address is rs1.
  wire [63:0] eaddr   = rs1f + de_imm;
  wire        e_st    = de_kind == K_STORE || de_kind == K_HSV || de_kind == K_SC ||
                        de_kind == K_AMO;
  wire        e_atom  = de_kind == K_LR || de_kind == K_SC || de_kind == K_AMO;
  wire        e_mis   = (de_msize == 2'd1 && eaddr[0]) ||
                        (de_msize == 2'd2 && eaddr[1:0] != 2'b00) ||
                        (de_msize == 2'd3 && eaddr[2:0] != 3'b000);
  wire        e_allow;
  wire        e_in_ram, e_in_clint, e_in_plic, e_in_uart, e_in_tdev;
  core_pma #(.RAM_BASE(RAM_BASE), .RAM_SIZE(RAM_SIZE)) u_pma_ex (
    .addr(eaddr), .size(de_msize), .atomic(e_atom), .in_ram(e_in_ram),
    .in_clint(e_in_clint), .in_plic(e_in_plic), .in_uart(e_in_uart),
    .in_tdev(e_in_tdev), .allowed(e_allow)
  );
  wire        e_mexc  = de_mem & (e_mis | ~e_allow);
  wire [4:0]  e_mcause = e_mis ? (e_st ? 5'd6 : 5'd4) : (e_st ? 5'd7 : 5'd5);

  // PIPELINE.md 7: the first exception found wins (ID's, then EX's)
  wire        x_exc   = ex_exc | tgt_mis | e_mexc;
  wire [4:0]  x_cause = ex_exc ? ex_cause : tgt_mis ? 5'd0 : e_mcause;
  wire [63:0] x_tval  = ex_exc ? ex_tval : tgt_mis ? tgt : eaddr;
  // e_redirect needs EX to carry no exception; of x_exc only ex_exc can hold
  // with mispred (each mispred term has ~tgt[1], so no tgt_mis; e_mexc needs
  // a memory op, never a jump or branch: decode), so the address checks are
  // not on the redirect path (revision 3 timing)
  wire        e_mispred = ex_valid & mispred & ~ex_exc;

  // ------------------------------------------------------------------
  // MEM: the commit point (PIPELINE.md 3)
  // ------------------------------------------------------------------
  wire        commit_valid = mem_valid & ~mem_amo_b;
  wire        c_exc        = commit_valid & mem_exc;
  // PIPELINE.md 7.3: exc_gva
  wire        c_gva        = c_exc &
                             ((mem_cause == 5'd0 || mem_cause == 5'd1) ? u_virt :
                              (mem_cause >= 5'd4 && mem_cause <= 5'd7) ? (m_hlsv | u_ls_virt) :
                              1'b0);

  wire [63:0] u_satp, u_vsatp, u_hgatp;
  wire        u_mxr, u_sum, u_vs_mxr, u_vs_sum, u_sfence, u_hfv, u_hfg, u_wfi_wait;
  wire [31:0] u_wfi_cnt;

  vitrap_csr u_csr (
    .clk(clk), .rst(rst),
    .commit_valid(commit_valid), .commit_pc(mem_pc), .commit_insn(mem_insn),
    .commit_rs1(mem_rs1v),
    .exc_valid(c_exc), .exc_cause(c_exc ? mem_cause : 5'd0),
    .exc_tval(c_exc ? mem_tval : 64'd0), .exc_tval2(64'd0), .exc_tinst(64'd0),
    .exc_gva(c_gva),
    .irq_meip(irq_meip), .irq_mtip(irq_mtip), .irq_msip(irq_msip), .irq_seip(irq_seip),
`ifdef VITRAP_CFG_HAS_SGEIP
    .irq_sgeip(irq_sgeip[`VITRAP_CFG_GEILEN-1:0]),
`endif
    .mtime(mtime), .retire_in(commit_valid),
    .csr_rdata(u_csr_rdata), .retire(u_retire), .stall(u_stall), .trap(u_trap),
    .trap_irq(u_trap_irq), .trap_code(u_trap_code), .xret(u_xret),
    .redirect(u_redirect), .redirect_pc(u_redirect_pc),
    .priv(u_priv), .virt(u_virt), .ls_priv(u_ls_priv), .ls_virt(u_ls_virt),
    .hlsv_priv(u_hlsv_priv), .satp(u_satp), .vsatp(u_vsatp), .hgatp(u_hgatp),
    .mxr(u_mxr), .sum(u_sum), .vs_mxr(u_vs_mxr), .vs_sum(u_vs_sum),
    .sfence_vma(u_sfence), .hfence_vvma(u_hfv), .hfence_gvma(u_hfg),
    .flush(u_flush), .dbg_wfi_wait(u_wfi_wait), .dbg_wfi_cnt(u_wfi_cnt)
`ifndef VITRAP_NO_DBG_PORT
    ,
    /* verilator lint_off PINCONNECTEMPTY */
    .dbg_csrs()   // simulation debug view: the harness reads the unit directly
    /* verilator lint_on PINCONNECTEMPTY */
`endif
  );

  // PIPELINE.md 4: the commit redirect and the AMO's first cycle
  wire        c_redirect = u_redirect | (u_retire & (u_flush | m_fi));
  wire [63:0] c_target   = u_redirect ? u_redirect_pc : mem_pc + 64'd4;
  wire        amo_first  = u_retire & m_amo;

  // Memory access, AMO, reservation, WB load format
  wire        sc_ok, res_valid;
  wire [63:0] amo_old, st_value, res_addr, ld_value;
  core_lsu u_lsu (
    .clk(clk), .rst(rst),
    .mem_valid(mem_valid), .mem_amo_b(mem_amo_b), .is_mem(m_mem), .kind(m_kind),
    .size(m_msize), .addr(mem_addr), .sdata(mem_sdata), .amo_f5(mem_insn[31:27]),
    .retire(u_retire), .trap(u_trap), .xret(u_xret),
    .ls_priv(u_ls_priv), .ls_virt(u_ls_virt), .hlsv_priv(u_hlsv_priv),
    .d_rdata(d_rdata), .d_req(d_req), .d_we(d_we), .d_addr(d_addr), .d_size(d_size),
    .d_wdata(d_wdata), .d_wmask(d_wmask), .d_kind(d_kind), .d_priv(d_priv),
    .d_virt(d_virt), .d_dev_wval(d_dev_wval), .d_ram_addr(d_ram_addr), .d_ram_wdata(d_ram_wdata),
    .sc_ok(sc_ok), .amo_old(amo_old), .st_value(st_value),
    .res_valid(res_valid), .res_addr(res_addr),
    .ld_size(wb_ld_size), .ld_uns(wb_ld_uns), .ld_off(wb_ld_off), .ld_value(ld_value)
  );

  // ------------------------------------------------------------------
  // Hold / kill / redirect (PIPELINE.md 4) and IF (PIPELINE.md 4.1, rev. 3):
  // hold and the redirects reach only the latches' enables and multiplexers
  // ------------------------------------------------------------------
  wire        m_hold, e_redirect, f_redirect, hold;
  core_hazard u_hz (
    .u_stall(u_stall), .amo_first(amo_first), .e_busy(e_busy), .d_hazard(d_hazard),
    .c_redirect(c_redirect), .e_mispred(e_mispred), .f_pred(f_pred),
    .m_hold(m_hold), .e_redirect(e_redirect), .f_redirect(f_redirect), .hold(hold)
  );

  core_fetch #(.RESET_PC(RESET_PC), .RAM_BASE(RAM_BASE), .RAM_SIZE(RAM_SIZE)) u_if (
    .clk(clk), .rst(rst), .i_rdata(i_rdata),
    .c_redirect(c_redirect), .c_target(c_target),
    .e_redirect(e_redirect), .e_target(e_target), .hold(hold),
    .if_valid(if_valid), .if_pc(if_pc), .if_fault(if_fault), .if_insn(if_insn),
    .f_pred(f_pred), .fa(fa), .fa_in_ram(fa_in_ram)
  );

  // PIPELINE.md 5.2: the sources the IF instruction uses (0 for an illegal
  // or faulted one: if_insn is 0), latched into ID with it (revision 3
  // timing: the load-use hazard and the forwarding selects start at ID
  // flip-flops, not at a legality decode of ID.insn)
  wire        fi_u1, fi_u2;
  wire [25:0] unused_fi;
  wire [63:0] unused_fi_imm;
  core_decode u_dec_if (
    .insn(if_insn), .legal(unused_fi[0]), .use_rs1(fi_u1), .use_rs2(fi_u2),
    .wr_rd(unused_fi[1]), .late(unused_fi[2]), .imm(unused_fi_imm), .a_pc(unused_fi[3]),
    .a_zero(unused_fi[4]), .b_imm(unused_fi[5]), .alu_f3(unused_fi[8:6]),
    .alu_alt(unused_fi[9]), .op_w(unused_fi[10]), .res_sel(unused_fi[12:11]),
    .is_jal(unused_fi[13]), .is_jalr(unused_fi[14]), .is_branch(unused_fi[15]),
    .is_mem(unused_fi[16]), .kind(unused_fi[19:17]), .msize(unused_fi[21:20]),
    .muns(unused_fi[22]), .is_csr(unused_fi[23]), .is_fencei(unused_fi[24]),
    .is_div(unused_fi[25])
  );

  // Fetch port (PIPELINE.md 8.1): i_req when fa is in RAM
  assign i_req  = fa_in_ram;
  assign i_addr = fa;
  assign i_priv = u_priv;
  assign i_virt = u_virt;

  // PIPELINE.md 7.1: the region of the data access (the SoC routes on it,
  // with d_req: MEM.addr is d_addr whenever d_req = 1)
  assign d_region = m_region;

  // ------------------------------------------------------------------
  // WB: what the MEM instruction leaves for WB (PIPELINE.md 2.1, 8.2, 10)
  // ------------------------------------------------------------------
  wire        wb_load   = (u_retire & ~m_amo) | mem_amo_b;   // PIPELINE.md 4.1 WB row
  wire        m_sttype  = m_st | (m_sc & sc_ok);
  wire [1:0]  n_wbmem   = m_ldtype ? 2'd1 : m_sttype ? 2'd2 : m_amo ? 2'd3 : 2'd0;
  wire [63:0] n_wbval   = m_csr     ? u_csr_rdata :
                          m_sc      ? {63'd0, ~sc_ok} :
                          mem_amo_b ? amo_old : mem_result;

  // WB value: the formatted load data, or the latched value (0 when not written)
  assign wb_value = !wb_wr ? 64'd0 : wb_ld ? ld_value : wb_val;

  // ------------------------------------------------------------------
  // Latch next-state (PIPELINE.md 4.1, first rule that applies)
  // ------------------------------------------------------------------
  wire ex_keep = ~c_redirect & (m_hold | e_busy);

  // ID: keeps under hold (with its pred); else the IF instruction with
  // pred = f_redirect (PIPELINE.md 4.1, 4.2), a bubble when IF.valid = 0
  // (4.1 rev. 3: IF is a bubble in the cycle that fetches a redirect target)
  always @(posedge clk) begin
    if (rst || c_redirect || e_redirect || (!hold && !if_valid)) begin
      id_valid <= 1'b0; id_pc <= 64'd0; id_insn <= 32'd0; id_fault <= 1'b0;
      id_pred <= 1'b0; id_u1 <= 1'b0; id_u2 <= 1'b0;
    end else if (!hold) begin
      id_valid <= 1'b1; id_pc <= if_pc; id_insn <= if_insn; id_fault <= if_fault;
      id_pred <= f_redirect; id_u1 <= fi_u1; id_u2 <= fi_u2;
    end
  end

  // EX
  wire ex_kill = c_redirect | (~m_hold & ~e_busy & (e_redirect | d_hazard | ~id_valid));
  always @(posedge clk) begin
    if (rst || ex_kill) begin
      ex_valid <= 1'b0; ex_pc <= 64'd0; ex_insn <= 32'd0; ex_rs1v <= 64'd0;
      ex_rs2v <= 64'd0; ex_pred <= 1'b0; ex_exc <= 1'b0; ex_cause <= 5'd0;
      ex_tval <= 64'd0;
      de_u1 <= 1'b0; de_u2 <= 1'b0; de_wr <= 1'b0; de_late <= 1'b0; de_apc <= 1'b0;
      de_a0 <= 1'b0; de_bimm <= 1'b0; de_alt <= 1'b0; de_w <= 1'b0; de_jal <= 1'b0;
      de_jalr <= 1'b0; de_br <= 1'b0; de_mem <= 1'b0; de_muns <= 1'b0; de_csr <= 1'b0;
      de_fi <= 1'b0; de_div <= 1'b0; de_imm <= 64'd0; de_f3 <= 3'd0; de_kind <= 3'd0;
      de_res <= 2'd0; de_msize <= 2'd0;
      ex_tgt <= 64'd0; ex_link <= 64'd4;     // pc 0 (+ imm 0, + 4)
    end else if (m_hold || e_busy) begin
      ex_rs1v <= rs1f;    // keeps, operands reloaded with the forwarded values
      ex_rs2v <= rs2f;
    end else begin
      ex_valid <= 1'b1; ex_pc <= id_pc; ex_insn <= id_insn;
      ex_rs1v <= id_r1v; ex_rs2v <= id_r2v; ex_pred <= id_pred;
      ex_exc <= id_exc; ex_cause <= id_exc ? id_cause : 5'd0;
      ex_tval <= id_exc ? id_tval : 64'd0;
      de_u1 <= id_u1; de_u2 <= id_u2; de_wr <= di_wr; de_late <= di_late; de_apc <= di_apc;
      de_a0 <= di_a0; de_bimm <= di_bimm; de_alt <= di_alt; de_w <= di_w; de_jal <= di_jal;
      de_jalr <= di_jalr; de_br <= di_br; de_mem <= di_mem; de_muns <= di_muns; de_csr <= di_csr;
      de_fi <= di_fi; de_div <= di_div; de_imm <= di_imm; de_f3 <= di_f3; de_kind <= di_kind;
      de_res <= di_res; de_msize <= di_msize;
      ex_tgt <= id_tgt; ex_link <= id_link;
    end
  end

  // PIPELINE.md 6 (rev. 3 timing): the forwarding selects of the next cycle.
  // EX's next instruction is ID's (EX loads it) or its own (m_hold, e_busy);
  // MEM's next is EX's (when EX loads ID's, MEM loads EX's) or its own
  // (m_hold; a bubble under e_busy alone); WB's next is MEM's when wb_load.
  // A killed EX forwards nothing (a bubble uses no source).
  wire m_wbfwd = m_wrrd & ~m_ldtype;    // MEM, in WB, would forward (rd != 0, not load-data)
  wire x_fwd   = de_wr & ~de_late;      // EX, in MEM, would forward
  wire f1_idm, f1_idw, f1_exm, f1_exw, f2_idm, f2_idw, f2_exm, f2_exw;
  core_fwd u_fwd1_id (.used(id_u1), .r(id_rs1), .mem_wr(x_fwd), .mem_rd(ex_rd),
                      .wb_wr(m_wbfwd), .wb_rd(mem_rd), .fm(f1_idm), .fw(f1_idw));
  core_fwd u_fwd2_id (.used(id_u2), .r(id_rs2), .mem_wr(x_fwd), .mem_rd(ex_rd),
                      .wb_wr(m_wbfwd), .wb_rd(mem_rd), .fm(f2_idm), .fw(f2_idw));
  core_fwd u_fwd1_ex (.used(de_u1), .r(ex_insn[19:15]), .mem_wr(m_fwd), .mem_rd(mem_rd),
                      .wb_wr(m_wbfwd), .wb_rd(mem_rd), .fm(f1_exm), .fw(f1_exw));
  core_fwd u_fwd2_ex (.used(de_u2), .r(ex_insn[24:20]), .mem_wr(m_fwd), .mem_rd(mem_rd),
                      .wb_wr(m_wbfwd), .wb_rd(mem_rd), .fm(f2_exm), .fw(f2_exw));
  always @(posedge clk) begin
    if (rst || ex_kill) begin
      s1m_q <= 1'b0; s1w_q <= 1'b0; s2m_q <= 1'b0; s2w_q <= 1'b0;
    end else if (m_hold || e_busy) begin
      s1m_q <= m_hold & f1_exm; s1w_q <= wb_load & f1_exw;
      s2m_q <= m_hold & f2_exm; s2w_q <= wb_load & f2_exw;
    end else begin
      s1m_q <= f1_idm; s1w_q <= wb_load & f1_idw;
      s2m_q <= f2_idm; s2w_q <= wb_load & f2_idw;
    end
  end

  // The multi-cycle op's cycle counter (PIPELINE.md 4.3, rev. 3: divides and
  // multiplies): advances while the op stays in EX (also under m_hold),
  // saturating at its last cycle (the first with e_busy = 0); 0 for anything
  // else, so it restarts for the next one and a killed op is abandoned.
  always @(posedge clk) begin
    if (rst || !(ex_keep && (ex_isdiv || ex_ismul)))
      ex_cnt <= 7'd0;
    else if (e_busy)
      ex_cnt <= ex_cnt + 7'd1;
  end

  // MEM
  always @(posedge clk) begin
    if (rst || c_redirect || (!m_hold && (e_busy || !ex_valid))) begin
      mem_valid <= 1'b0; mem_pc <= 64'd0; mem_insn <= 32'd0; mem_result <= 64'd0;
      mem_rs1v <= 64'd0; mem_addr <= 64'd0; mem_sdata <= 64'd0; mem_exc <= 1'b0;
      mem_cause <= 5'd0; mem_tval <= 64'd0; mem_amo_b <= 1'b0;
      m_fwd <= 1'b0; m_wrrd <= 1'b0; m_ldtype <= 1'b0; m_ldrd <= 1'b0; m_mem <= 1'b0;
      m_muns <= 1'b0; m_csr <= 1'b0; m_fi <= 1'b0; m_amo <= 1'b0; m_sc <= 1'b0;
      m_st <= 1'b0; m_hlsv <= 1'b0; m_kind <= 3'd0; m_msize <= 2'd0; m_region <= 5'd0;
    end else if (m_hold) begin
      mem_amo_b <= amo_first;        // an AMO's next cycle has amo_b = 1
    end else begin
      mem_valid <= 1'b1; mem_pc <= ex_pc; mem_insn <= ex_insn; mem_result <= ex_result;
      mem_rs1v <= rs1f; mem_addr <= eaddr; mem_sdata <= rs2f; mem_exc <= x_exc;
      mem_cause <= x_exc ? x_cause : 5'd0; mem_tval <= x_exc ? x_tval : 64'd0;
      mem_amo_b <= 1'b0;
      // the decoded control of ex_insn (a faulted or illegal one: all 0)
      m_fwd    <= de_wr & ~de_late;
      m_wrrd   <= de_wr & x_rdnz;
      m_ldtype <= x_ldtype;
      m_ldrd   <= x_ldtype & x_rdnz;
      m_mem    <= de_mem;
      m_kind   <= de_kind;
      m_msize  <= de_msize;
      m_muns   <= de_muns;
      m_csr    <= de_csr;
      m_fi     <= de_fi;
      m_amo    <= de_mem & (de_kind == K_AMO);
      m_sc     <= de_mem & (de_kind == K_SC);
      m_st     <= de_mem & (de_kind == K_STORE || de_kind == K_HSV);
      m_hlsv   <= de_mem & (de_kind == K_HLV || de_kind == K_HLVX || de_kind == K_HSV);
      m_region <= {e_in_tdev, e_in_uart, e_in_plic, e_in_clint, e_in_ram};   // of eaddr = MEM.addr
    end
  end

  // WB
  always @(posedge clk) begin
    if (rst || !wb_load) begin
      wb_valid <= 1'b0; wb_pc <= 64'd0; wb_insn <= 32'd0; wb_rd <= 5'd0;
      wb_we <= 1'b0; wb_val <= 64'd0; wb_ld <= 1'b0; wb_ld_size <= 2'd0;
      wb_ld_uns <= 1'b0; wb_ld_off <= 3'd0; wb_priv <= 2'd0; wb_virt <= 1'b0;
      wb_mem <= 2'd0; wb_maddr <= 64'd0; wb_msize <= 2'd0; wb_mwdata <= 64'd0;
    end else begin
      wb_valid   <= 1'b1;
      wb_pc      <= mem_pc;
      wb_insn    <= mem_insn;
      wb_rd      <= m_wrrd ? mem_rd : 5'd0;
      wb_we      <= m_wrrd;
      wb_val     <= n_wbval;
      wb_ld      <= m_ldtype;
      wb_ld_size <= m_msize;
      wb_ld_uns  <= m_muns;
      wb_ld_off  <= mem_addr[2:0];
      wb_priv    <= u_priv;
      wb_virt    <= u_virt;
      wb_mem     <= n_wbmem;
      wb_maddr   <= (n_wbmem != 2'd0) ? mem_addr : 64'd0;
      wb_msize   <= (n_wbmem != 2'd0) ? m_msize : 2'd0;
      wb_mwdata  <= (n_wbmem == 2'd2 || n_wbmem == 2'd3) ? st_value : 64'd0;
    end
  end

  // ------------------------------------------------------------------
  // Observation (PIPELINE.md 10): 0 when not meaningful
  // ------------------------------------------------------------------
  assign obs_if_valid      = {63'd0, if_valid};
  assign obs_if_pc         = if_valid ? if_pc : 64'd0;
  assign obs_id_valid      = {63'd0, id_valid};
  assign obs_id_pc         = id_valid ? id_pc : 64'd0;
  assign obs_id_insn       = id_valid ? {32'd0, id_insn} : 64'd0;
  assign obs_ex_valid      = {63'd0, ex_valid};
  assign obs_ex_pc         = ex_valid ? ex_pc : 64'd0;
  assign obs_mem_valid     = {63'd0, mem_valid};
  assign obs_mem_pc        = mem_valid ? mem_pc : 64'd0;
  assign obs_wb_valid      = {63'd0, wb_valid};
  assign obs_wb_pc         = wb_valid ? wb_pc : 64'd0;
  assign obs_hold_why      = {60'd0, d_hazard, e_busy, amo_first, u_stall};
  assign obs_redirect_why  = {61'd0, f_redirect, e_redirect, c_redirect};
  assign obs_fetch_addr    = fa;
  assign obs_commit_valid  = {63'd0, commit_valid};
  assign obs_commit_insn   = commit_valid ? {32'd0, mem_insn} : 64'd0;
  assign obs_retire        = {63'd0, u_retire};
  assign obs_trap          = {63'd0, u_trap};
  assign obs_trap_irq      = {63'd0, u_trap & u_trap_irq};
  assign obs_trap_code     = u_trap ? {59'd0, u_trap_code} : 64'd0;
  assign obs_xret          = {63'd0, u_xret};
  assign obs_exc_valid     = {63'd0, c_exc};
  assign obs_exc_cause     = c_exc ? {59'd0, mem_cause} : 64'd0;
  assign obs_exc_tval      = c_exc ? mem_tval : 64'd0;
  assign obs_exc_gva       = {63'd0, c_gva};
  assign obs_priv          = {62'd0, u_priv};
  assign obs_virt          = {63'd0, u_virt};
  assign obs_wb_insn       = wb_valid ? {32'd0, wb_insn} : 64'd0;
  assign obs_wb_rd_we      = {63'd0, wb_wr};
  assign obs_wb_rd         = wb_wr ? {59'd0, wb_rd} : 64'd0;
  assign obs_wb_value      = wb_value;
  assign obs_wb_priv       = wb_valid ? {62'd0, wb_priv} : 64'd0;
  assign obs_wb_virt       = {63'd0, wb_valid & wb_virt};
  assign obs_wb_mem        = wb_valid ? {62'd0, wb_mem} : 64'd0;
  assign obs_wb_mem_addr   = wb_valid ? wb_maddr : 64'd0;
  assign obs_wb_mem_size   = wb_valid ? {62'd0, wb_msize} : 64'd0;
  assign obs_wb_mem_wdata  = wb_valid ? wb_mwdata : 64'd0;
  assign obs_reservation_valid = {63'd0, res_valid};
  assign obs_reservation_addr  = res_valid ? res_addr : 64'd0;

  // Outputs of the blocks this core does not use (no translation yet).
  wire unused_ok = &{1'b0, u_satp, u_vsatp, u_hgatp, u_mxr, u_sum, u_vs_mxr,
                     u_vs_sum, u_sfence, u_hfv, u_hfg, u_wfi_wait, u_wfi_cnt,
                     irq_sgeip,
                     jalr_sum[0]};
endmodule
