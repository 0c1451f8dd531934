// replay_tb: replays a vector file written by vitrap-vectors (the C model on
// random stimulus, tb/vectors_main.c) against the generated vitrap_csr under
// Icarus Verilog, checking every output port every cycle. Verilog-2005
// (iverilog -g2005); run by scripts/iverilog-replay.sh.
//
// Defines (iverilog -D, derived from the configuration's vitrap_cfg.h):
//   DBG_NSLOTS  VT_DBG_NSLOTS: dbg_csrs is 64*DBG_NSLOTS bits
//   GEILEN      VT_CFG_GEILEN
//   HAS_SGEIP   defined when the irq_sgeip port exists (H on and GEILEN > 0)
// Plusargs: +vectors=FILE (default vectors.txt).
//
// Vector file format, version 1 (the writer's comment is the reference):
//   '#' comment lines, then the parameter line, decimal:
//     V <version> <nslots> <geilen> <cycles>
//   then one line per cycle, 48 hex fields (no 0x) separated by spaces:
//     chk cycle
//     rst commit_valid commit_pc commit_insn commit_rs1 exc_valid exc_cause
//     exc_tval exc_tval2 exc_tinst exc_gva irq_meip irq_mtip irq_msip irq_seip
//     irq_sgeip mtime retire_in                                   (inputs)
//     csr_rdata retire stall trap trap_irq trap_code xret redirect redirect_pc
//     priv virt ls_priv ls_virt hlsv_priv satp vsatp hgatp mxr sum vs_mxr
//     vs_sum sfence_vma hfence_vvma hfence_gvma flush dbg_wfi_wait dbg_wfi_cnt
//     dbg_csrs                                            (expected outputs)
//   chk = 0: don't check this cycle's outputs (before the first reset edge).
//   irq_sgeip is always present (0 without the port); dbg_csrs is the whole
//   bus as one number, slot 0 in the least significant 64 bits.
//
// Per cycle, with the clock low: read the line, drive the inputs, let them
// settle (#1), compare every output with !== (an X or Z is a mismatch), then
// the rising edge. On the first mismatch:
//   FAIL replay: cycle C: port P: expected 0x... actual 0x...
// and $finish (Verilog-2005 has no exit status: the runner greps the lines).
// A malformed or short file prints "FAIL replay: ...". At the end:
//   replay: N cycles, 0 mismatches

module replay_tb;
  localparam W = 64 * `DBG_NSLOTS;

  // ---- ports of the unit
  reg         clk;
  reg         rst, commit_valid, exc_valid, exc_gva;
  reg  [63:0] commit_pc, commit_rs1, exc_tval, exc_tval2, exc_tinst, mtime;
  reg  [31:0] commit_insn;
  reg  [4:0]  exc_cause;
  reg         irq_meip, irq_mtip, irq_msip, irq_seip, retire_in;
  reg  [63:0] irq_sgeip;            // file value; the low GEILEN bits drive the port

  wire [63:0] csr_rdata, redirect_pc, satp, vsatp, hgatp;
  wire        retire, stall, trap, trap_irq, xret, redirect, virt, ls_virt;
  wire [4:0]  trap_code;
  wire [1:0]  priv, ls_priv, hlsv_priv;
  wire        mxr, sum, vs_mxr, vs_sum, sfence_vma, hfence_vvma, hfence_gvma, flush;
  wire        dbg_wfi_wait;
  wire [31:0] dbg_wfi_cnt;
  wire [W-1:0] dbg_csrs;

  vitrap_csr dut (
    .clk(clk), .rst(rst),
    .commit_valid(commit_valid), .commit_pc(commit_pc), .commit_insn(commit_insn),
    .commit_rs1(commit_rs1),
    .exc_valid(exc_valid), .exc_cause(exc_cause), .exc_tval(exc_tval), .exc_tval2(exc_tval2),
    .exc_tinst(exc_tinst), .exc_gva(exc_gva),
    .irq_meip(irq_meip), .irq_mtip(irq_mtip), .irq_msip(irq_msip), .irq_seip(irq_seip),
`ifdef HAS_SGEIP
    .irq_sgeip(irq_sgeip[`GEILEN-1:0]),
`endif
    .mtime(mtime), .retire_in(retire_in),
    .csr_rdata(csr_rdata), .retire(retire), .stall(stall), .trap(trap), .trap_irq(trap_irq),
    .trap_code(trap_code), .xret(xret), .redirect(redirect), .redirect_pc(redirect_pc),
    .priv(priv), .virt(virt), .ls_priv(ls_priv), .ls_virt(ls_virt), .hlsv_priv(hlsv_priv),
    .satp(satp), .vsatp(vsatp), .hgatp(hgatp), .mxr(mxr), .sum(sum), .vs_mxr(vs_mxr),
    .vs_sum(vs_sum), .sfence_vma(sfence_vma), .hfence_vvma(hfence_vvma),
    .hfence_gvma(hfence_gvma), .flush(flush),
    .dbg_wfi_wait(dbg_wfi_wait), .dbg_wfi_cnt(dbg_wfi_cnt), .dbg_csrs(dbg_csrs)
  );

  // ---- expected outputs (file values)
  reg [63:0] e_csr_rdata, e_redirect_pc, e_satp, e_vsatp, e_hgatp;
  reg [3:0]  e_retire, e_stall, e_trap, e_trap_irq, e_xret, e_redirect, e_virt, e_ls_virt;
  reg [7:0]  e_trap_code;
  reg [3:0]  e_priv, e_ls_priv, e_hlsv_priv;
  reg [3:0]  e_mxr, e_sum, e_vs_mxr, e_vs_sum, e_sfence_vma, e_hfence_vvma, e_hfence_gvma;
  reg [3:0]  e_flush, e_dbg_wfi_wait;
  reg [31:0] e_dbg_wfi_cnt;
  reg [W-1:0] e_dbg_csrs;

  // ---- file reading state
  reg [8*1024-1:0] path;
  reg [8*4096-1:0] skipped;
  integer fd, n, ch, version, nslots, geilen, ncycles, cycle, failed, k;
  reg [3:0]  chk;
  reg [31:0] fcycle;
  reg [3:0]  f_rst, f_commit_valid, f_exc_valid, f_exc_gva;
  reg [3:0]  f_irq_meip, f_irq_mtip, f_irq_msip, f_irq_seip, f_retire_in;
  reg [7:0]  f_exc_cause;

  // The first differing output, reported once; the run stops.
  task fail;
    input [8*24-1:0] port;
    input [63:0] exp;
    input [63:0] act;
    begin
      $display("FAIL replay: cycle %0d: port %0s: expected 0x%h actual 0x%h", cycle, port, exp, act);
      failed = 1;
    end
  endtask

  task check;
    input [8*24-1:0] port;
    input [63:0] exp;
    input [63:0] act;
    begin
      if (!failed && exp !== act) fail(port, exp, act);
    end
  endtask

  // Every output of gen/INTERFACE.md section 2, in port order.
  task check_outputs;
    begin
      check("csr_rdata", e_csr_rdata, csr_rdata);
      check("retire", e_retire, {63'd0, retire});
      check("stall", e_stall, {63'd0, stall});
      check("trap", e_trap, {63'd0, trap});
      check("trap_irq", e_trap_irq, {63'd0, trap_irq});
      check("trap_code", e_trap_code, {59'd0, trap_code});
      check("xret", e_xret, {63'd0, xret});
      check("redirect", e_redirect, {63'd0, redirect});
      check("redirect_pc", e_redirect_pc, redirect_pc);
      check("priv", e_priv, {62'd0, priv});
      check("virt", e_virt, {63'd0, virt});
      check("ls_priv", e_ls_priv, {62'd0, ls_priv});
      check("ls_virt", e_ls_virt, {63'd0, ls_virt});
      check("hlsv_priv", e_hlsv_priv, {62'd0, hlsv_priv});
      check("satp", e_satp, satp);
      check("vsatp", e_vsatp, vsatp);
      check("hgatp", e_hgatp, hgatp);
      check("mxr", e_mxr, {63'd0, mxr});
      check("sum", e_sum, {63'd0, sum});
      check("vs_mxr", e_vs_mxr, {63'd0, vs_mxr});
      check("vs_sum", e_vs_sum, {63'd0, vs_sum});
      check("sfence_vma", e_sfence_vma, {63'd0, sfence_vma});
      check("hfence_vvma", e_hfence_vvma, {63'd0, hfence_vvma});
      check("hfence_gvma", e_hfence_gvma, {63'd0, hfence_gvma});
      check("flush", e_flush, {63'd0, flush});
      check("dbg_wfi_wait", e_dbg_wfi_wait, {63'd0, dbg_wfi_wait});
      check("dbg_wfi_cnt", e_dbg_wfi_cnt, {32'd0, dbg_wfi_cnt});
      // dbg_csrs: one compare of the whole bus, then the first differing slot
      if (!failed && e_dbg_csrs !== dbg_csrs)
        for (k = 0; k < `DBG_NSLOTS; k = k + 1)
          if (!failed && e_dbg_csrs[64*k +: 64] !== dbg_csrs[64*k +: 64]) begin
            $display("FAIL replay: cycle %0d: port dbg_csrs slot %0d (bits %0d:%0d): expected 0x%h actual 0x%h",
                     cycle, k, 64*k + 63, 64*k, e_dbg_csrs[64*k +: 64], dbg_csrs[64*k +: 64]);
            failed = 1;
          end
    end
  endtask

  initial begin
    failed = 0;
    cycle = 0;
    clk = 0;
    if (!$value$plusargs("vectors=%s", path)) path = "vectors.txt";
    fd = $fopen(path, "r");
    if (fd == 0) begin
      $display("FAIL replay: cannot open vector file %0s", path);
      $finish;
    end
    // '#' comment lines, then the parameter line
    ch = $fgetc(fd);
    while (ch == "#") begin
      n = $fgets(skipped, fd);
      ch = $fgetc(fd);
    end
    n = $ungetc(ch, fd);
    n = $fscanf(fd, "V %d %d %d %d\n", version, nslots, geilen, ncycles);
    if (n != 4 || version != 1) begin
      $display("FAIL replay: %0s: no 'V 1 nslots geilen cycles' line", path);
      $finish;
    end
    if (nslots != `DBG_NSLOTS || geilen != `GEILEN) begin
      $display("FAIL replay: %0s is for %0d slots, GEILEN %0d; this unit has %0d slots, GEILEN %0d",
               path, nslots, geilen, `DBG_NSLOTS, `GEILEN);
      $finish;
    end

    while (!failed && cycle < ncycles) begin
      n = $fscanf(fd,
        "%h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h %h\n",
        chk, fcycle,
        f_rst, f_commit_valid, commit_pc, commit_insn, commit_rs1, f_exc_valid, f_exc_cause,
        exc_tval, exc_tval2, exc_tinst, f_exc_gva, f_irq_meip, f_irq_mtip, f_irq_msip,
        f_irq_seip, irq_sgeip, mtime, f_retire_in,
        e_csr_rdata, e_retire, e_stall, e_trap, e_trap_irq, e_trap_code, e_xret, e_redirect,
        e_redirect_pc, e_priv, e_virt, e_ls_priv, e_ls_virt, e_hlsv_priv, e_satp, e_vsatp,
        e_hgatp, e_mxr, e_sum, e_vs_mxr, e_vs_sum, e_sfence_vma, e_hfence_vvma, e_hfence_gvma,
        e_flush, e_dbg_wfi_wait, e_dbg_wfi_cnt, e_dbg_csrs);
      if (n != 48) begin
        $display("FAIL replay: %0s: cycle %0d: malformed or missing line (%0d of 48 fields)",
                 path, cycle, n);
        failed = 1;
      end else if (fcycle != cycle) begin
        $display("FAIL replay: %0s: line for cycle %0d where cycle %0d was expected",
                 path, fcycle, cycle);
        failed = 1;
      end else begin
        // clock low: drive the inputs, let the combinational outputs settle
        rst = f_rst[0];
        commit_valid = f_commit_valid[0];
        exc_valid = f_exc_valid[0];
        exc_cause = f_exc_cause[4:0];
        exc_gva = f_exc_gva[0];
        irq_meip = f_irq_meip[0];
        irq_mtip = f_irq_mtip[0];
        irq_msip = f_irq_msip[0];
        irq_seip = f_irq_seip[0];
        retire_in = f_retire_in[0];
        #1;
        if (chk[0]) check_outputs;
        // rising edge, then back low for the next cycle
        #4 clk = 1;
        #5 clk = 0;
        if (!failed) cycle = cycle + 1;
      end
    end
    $fclose(fd);
    if (!failed) $display("replay: %0d cycles, 0 mismatches", cycle);
    $finish;
  end
endmodule
