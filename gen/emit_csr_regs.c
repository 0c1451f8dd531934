/* emit_csr_regs.c - storage of every CSR that has state, the write enables
 * (one per writable CSR of the table), and one always block per register
 * with its next-state rules: reset, trap entry, xRET, CSR write. */
#include "emit.h"

#include <stdio.h>
#include <string.h>


/* ---- declarations ------------------------------------------------------ */

void emit_csr_state_decl(struct emit_ctx *ctx)
{
    const struct vt_config *c = ctx->cfg;
    const struct csr_table *t = ctx->tab;
    emit(ctx, "  // CSR storage (reset: all 0, INTERFACE section 9); views have none\n");
    for (size_t i = 0; i < t->n; i++) {
        const struct csr_entry *e = &t->e[i];
        switch (e->kind) {
        case CK_MASKED:
        case CK_ATP:
        case CK_HGATP:
            emit(ctx, "  reg  [63:0] %s_q;\n", e->name);
            break;
        case CK_MIE:
            emit(ctx, "  reg  [63:0] mie_q;\n");
            break;
        case CK_MSTATUS:
            emit(ctx, "  reg         mstatus_sie_q, mstatus_mie_q, mstatus_spie_q, mstatus_mpie_q, mstatus_spp_q;\n");
            emit(ctx, "  reg  [1:0]  mstatus_mpp_q;\n");
            emit(ctx, "  reg         mstatus_mprv_q, mstatus_sum_q, mstatus_mxr_q, mstatus_tvm_q, mstatus_tw_q, mstatus_tsr_q;\n");
            if (c->h)
                emit(ctx, "  reg         mstatus_gva_q, mstatus_mpv_q;\n");
            break;
        case CK_VSSTATUS:
            emit(ctx, "  reg         vsstatus_sie_q, vsstatus_spie_q, vsstatus_spp_q, vsstatus_sum_q, vsstatus_mxr_q;\n");
            break;
        case CK_HSTATUS:
            emit(ctx, "  reg         hstatus_gva_q, hstatus_spv_q, hstatus_spvp_q, hstatus_hu_q;\n");
            if (c->geilen > 0)
                emit(ctx, "  reg  [5:0]  hstatus_vgein_q;\n");
            emit(ctx, "  reg         hstatus_vtvm_q, hstatus_vtw_q, hstatus_vtsr_q;\n");
            break;
        case CK_MIP:
            emit(ctx, "  reg         mip_ssip_q, mip_stip_q, mip_seip_q;  // mip software bits (SEIP: the software bit)\n");
            break;
        case CK_HVIP:
            emit(ctx, "  reg         hvip_vssip_q, hvip_vstip_q, hvip_vseip_q;  // VSSIP is the one storage bit of mip/hip/vsip too\n");
            break;
        default:
            break;
        }
    }
}

/* ---- write enables ----------------------------------------------------- */

void emit_csr_write(struct emit_ctx *ctx)
{
    const struct csr_table *t = ctx->tab;
    emit_section(ctx, "CSR write enables (from the CSR table): a CSR instruction that writes and retires");
    emit(ctx, "  wire csr_do_write = retire_now && d_is_csr && d_csr_writes;\n");
    for (size_t i = 0; i < t->n; i++) {
        const struct csr_entry *e = &t->e[i];
        if (!e->writable)
            continue;
        emit(ctx, "  wire we_%-13s = csr_do_write && csr_eff_addr == 12'h%03X;\n", e->name, e->addr);
    }
    emit(ctx, "  // supervisor.adoc \"satp\": MODE 0 (Bare) and 8 (Sv39) are supported; other MODEs\n");
    emit(ctx, "  // make a satp/vsatp write ignored%s\n",
         ctx->cfg->h ? " and keep hgatp's old MODE (hypervisor.adoc \"hgatp\")" : "");
    emit(ctx, "  wire atp_mode_ok = csr_wdata[63:60] == 4'd0 || csr_wdata[63:60] == 4'd8;\n");
}

/* ---- next-state blocks -------------------------------------------------- */

static const char *trap_strobe(enum trap_target t)
{
    switch (t) {
    case TT_M:  return "trap_to_m";
    case TT_HS: return "trap_to_hs";
    case TT_VS: return "trap_to_vs";
    default:    return "";
    }
}

static const char *trap_value(enum trap_field f)
{
    switch (f) {
    case TF_EPC:   return "commit_pc";
    case TF_CAUSE: return "trap_cause_value";
    case TF_TVAL:  return "trap_tval";
    case TF_TVAL2: return "trap_tval2";
    case TF_TINST: return "trap_tinst";
    default:       return "64'd0";
    }
}

/* One line "    <cond> NAME_q <= VALUE;" with the conditions aligned. */
static void emit_branch(struct emit_ctx *ctx, const char *cond, const char *name,
                        const char *value, int width)
{
    emit(ctx, "    %-*s %s_q <= %s;\n", width, cond, name, value);
}

static void emit_masked(struct emit_ctx *ctx, const struct csr_entry *e)
{
    char up[32], mask[48], c_trap[48], c_we[48], v_trap[80], v_we[80];
    upper_name(e->name, up, sizeof up);
    if (e->wmask == ~UINT64_C(0))
        mask[0] = '\0';
    else
        snprintf(mask, sizeof mask, " & %s_WMASK", up);
    snprintf(c_trap, sizeof c_trap, "else if (%s)", trap_strobe(e->trap_tgt));
    snprintf(c_we, sizeof c_we, "else if (we_%s)", e->name);
    snprintf(v_trap, sizeof v_trap, "%s%s", trap_value(e->trap_field), mask);
    snprintf(v_we, sizeof v_we, "csr_wdata%s", mask);
    int w = (int)strlen(c_we);
    if (e->trap_tgt != TT_NONE && (int)strlen(c_trap) > w)
        w = (int)strlen(c_trap);

    emit(ctx, "\n  // %s (0x%03X): %s\n", e->name, e->addr, e->spec);
    emit(ctx, "  always @(posedge clk) begin\n");
    emit_branch(ctx, "if (rst)", e->name, "64'd0", w);
    if (e->trap_tgt != TT_NONE)
        emit_branch(ctx, c_trap, e->name, v_trap, w);
    emit_branch(ctx, c_we, e->name, v_we, w);
    emit(ctx, "  end\n");
}

static void emit_mstatus(struct emit_ctx *ctx)
{
    const int h = ctx->cfg->h;
    emit(ctx, "\n  // mstatus (0x300) and its view sstatus (0x100): machine.adoc \"Machine Status\";\n");
    emit(ctx, "  // trap entry traps.md sections 2.1/2.2, return section 4\n");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst) begin\n");
    emit(ctx, "      mstatus_sie_q  <= 1'b0; mstatus_mie_q  <= 1'b0; mstatus_spie_q <= 1'b0;\n");
    emit(ctx, "      mstatus_mpie_q <= 1'b0; mstatus_spp_q  <= 1'b0; mstatus_mpp_q  <= 2'd0;\n");
    emit(ctx, "      mstatus_mprv_q <= 1'b0; mstatus_sum_q  <= 1'b0; mstatus_mxr_q  <= 1'b0;\n");
    emit(ctx, "      mstatus_tvm_q  <= 1'b0; mstatus_tw_q   <= 1'b0; mstatus_tsr_q  <= 1'b0;\n");
    if (h)
        emit(ctx, "      mstatus_gva_q  <= 1'b0; mstatus_mpv_q  <= 1'b0;\n");
    emit(ctx, "    end else if (trap_to_m) begin\n");
    emit(ctx, "      // trap into M: MPIE <- MIE, MIE <- 0, MPP <- mode%s\n",
         h ? ", MPV <- V, GVA written on every trap into M" : "");
    emit(ctx, "      mstatus_mpie_q <= mstatus_mie_q;\n");
    emit(ctx, "      mstatus_mie_q  <= 1'b0;\n");
    emit(ctx, "      mstatus_mpp_q  <= priv_q;\n");
    if (h) {
        emit(ctx, "      mstatus_mpv_q  <= virt_q;\n");
        emit(ctx, "      mstatus_gva_q  <= trap_gva;\n");
    }
    emit(ctx, "    end else if (trap_to_hs) begin\n");
    emit(ctx, "      // trap into %s: SPIE <- SIE, SIE <- 0, SPP <- nominal mode (U/VU 0, S/VS 1)\n",
         h ? "HS" : "S");
    emit(ctx, "      mstatus_spie_q <= mstatus_sie_q;\n");
    emit(ctx, "      mstatus_sie_q  <= 1'b0;\n");
    emit(ctx, "      mstatus_spp_q  <= priv_q[0];\n");
    emit(ctx, "    end else if (do_mret) begin\n");
    emit(ctx, "      // MRET: MIE <- MPIE, MPIE <- 1, MPP <- U%s, MPRV <- 0 unless the new mode is M\n",
         h ? ", MPV <- 0" : "");
    emit(ctx, "      mstatus_mie_q  <= mstatus_mpie_q;\n");
    emit(ctx, "      mstatus_mpie_q <= 1'b1;\n");
    emit(ctx, "      mstatus_mpp_q  <= PRV_U;\n");
    if (h)
        emit(ctx, "      mstatus_mpv_q  <= 1'b0;\n");
    emit(ctx, "      if (mstatus_mpp_q != PRV_M) mstatus_mprv_q <= 1'b0;\n");
    emit(ctx, "    end else if (do_sret_hs) begin\n");
    emit(ctx, "      // SRET with V=0: SIE <- SPIE, SPIE <- 1, SPP <- 0, MPRV <- 0 (new mode below M)\n");
    emit(ctx, "      mstatus_sie_q  <= mstatus_spie_q;\n");
    emit(ctx, "      mstatus_spie_q <= 1'b1;\n");
    emit(ctx, "      mstatus_spp_q  <= 1'b0;\n");
    emit(ctx, "      mstatus_mprv_q <= 1'b0;\n");
    emit(ctx, "    end else if (we_mstatus) begin\n");
    emit(ctx, "      mstatus_sie_q  <= csr_wdata[1];\n");
    emit(ctx, "      mstatus_mie_q  <= csr_wdata[3];\n");
    emit(ctx, "      mstatus_spie_q <= csr_wdata[5];\n");
    emit(ctx, "      mstatus_mpie_q <= csr_wdata[7];\n");
    emit(ctx, "      mstatus_spp_q  <= csr_wdata[8];\n");
    emit(ctx, "      // MPP is WARL with legal values 0, 1, 3: a written 2 stores 0\n");
    emit(ctx, "      mstatus_mpp_q  <= (csr_wdata[12:11] == 2'b10) ? PRV_U : csr_wdata[12:11];\n");
    emit(ctx, "      mstatus_mprv_q <= csr_wdata[17];\n");
    emit(ctx, "      mstatus_sum_q  <= csr_wdata[18];\n");
    emit(ctx, "      mstatus_mxr_q  <= csr_wdata[19];\n");
    emit(ctx, "      mstatus_tvm_q  <= csr_wdata[20];\n");
    emit(ctx, "      mstatus_tw_q   <= csr_wdata[21];\n");
    emit(ctx, "      mstatus_tsr_q  <= csr_wdata[22];\n");
    if (h) {
        emit(ctx, "      mstatus_gva_q  <= csr_wdata[38];\n");
        emit(ctx, "      mstatus_mpv_q  <= csr_wdata[39];\n");
    }
    emit(ctx, "    end else if (we_sstatus) begin\n");
    emit(ctx, "      // supervisor.adoc \"sstatus\": SIE, SPIE, SPP, SUM, MXR\n");
    emit(ctx, "      mstatus_sie_q  <= csr_wdata[1];\n");
    emit(ctx, "      mstatus_spie_q <= csr_wdata[5];\n");
    emit(ctx, "      mstatus_spp_q  <= csr_wdata[8];\n");
    emit(ctx, "      mstatus_sum_q  <= csr_wdata[18];\n");
    emit(ctx, "      mstatus_mxr_q  <= csr_wdata[19];\n");
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}

static void emit_vsstatus(struct emit_ctx *ctx)
{
    emit(ctx, "\n  // vsstatus (0x200; sstatus with V=1): hypervisor.adoc \"vsstatus\"; trap into VS\n");
    emit(ctx, "  // traps.md section 2.3, SRET with V=1 section 4\n");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst) begin\n");
    emit(ctx, "      vsstatus_sie_q <= 1'b0; vsstatus_spie_q <= 1'b0; vsstatus_spp_q <= 1'b0;\n");
    emit(ctx, "      vsstatus_sum_q <= 1'b0; vsstatus_mxr_q  <= 1'b0;\n");
    emit(ctx, "    end else if (trap_to_vs) begin\n");
    emit(ctx, "      vsstatus_spp_q  <= priv_q[0];  // VU 0, VS 1\n");
    emit(ctx, "      vsstatus_spie_q <= vsstatus_sie_q;\n");
    emit(ctx, "      vsstatus_sie_q  <= 1'b0;\n");
    emit(ctx, "    end else if (do_sret_vs) begin\n");
    emit(ctx, "      vsstatus_sie_q  <= vsstatus_spie_q;\n");
    emit(ctx, "      vsstatus_spie_q <= 1'b1;\n");
    emit(ctx, "      vsstatus_spp_q  <= 1'b0;\n");
    emit(ctx, "    end else if (we_vsstatus) begin\n");
    emit(ctx, "      vsstatus_sie_q  <= csr_wdata[1];\n");
    emit(ctx, "      vsstatus_spie_q <= csr_wdata[5];\n");
    emit(ctx, "      vsstatus_spp_q  <= csr_wdata[8];\n");
    emit(ctx, "      vsstatus_sum_q  <= csr_wdata[18];\n");
    emit(ctx, "      vsstatus_mxr_q  <= csr_wdata[19];\n");
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}

static void emit_hstatus(struct emit_ctx *ctx)
{
    unsigned g = ctx->cfg->geilen;
    emit(ctx, "\n  // hstatus (0x600): hypervisor.adoc \"Hypervisor Status (hstatus) Register\"\n");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst) begin\n");
    emit(ctx, "      hstatus_gva_q  <= 1'b0; hstatus_spv_q <= 1'b0; hstatus_spvp_q <= 1'b0; hstatus_hu_q <= 1'b0;\n");
    if (g > 0)
        emit(ctx, "      hstatus_vgein_q <= 6'd0;\n");
    emit(ctx, "      hstatus_vtvm_q <= 1'b0; hstatus_vtw_q <= 1'b0; hstatus_vtsr_q <= 1'b0;\n");
    emit(ctx, "    end else if (trap_to_hs) begin\n");
    emit(ctx, "      // traps.md section 2.2: SPV <- V; SPVP <- nominal mode only when V was 1;\n");
    emit(ctx, "      // GVA written on every trap into HS\n");
    emit(ctx, "      hstatus_spv_q <= virt_q;\n");
    emit(ctx, "      if (virt_q) hstatus_spvp_q <= priv_q[0];\n");
    emit(ctx, "      hstatus_gva_q <= trap_gva;\n");
    emit(ctx, "    end else if (do_sret_hs) begin\n");
    emit(ctx, "      hstatus_spv_q <= 1'b0;  // SRET with V=0: SPV <- 0 (SPVP, GVA unchanged)\n");
    emit(ctx, "    end else if (we_hstatus) begin\n");
    emit(ctx, "      hstatus_gva_q  <= csr_wdata[6];\n");
    emit(ctx, "      hstatus_spv_q  <= csr_wdata[7];\n");
    emit(ctx, "      hstatus_spvp_q <= csr_wdata[8];\n");
    emit(ctx, "      hstatus_hu_q   <= csr_wdata[9];\n");
    if (g == 63)
        emit(ctx, "      hstatus_vgein_q <= csr_wdata[17:12];  // every value is <= GEILEN = 63\n");
    else if (g > 0)
        emit(ctx, "      // VGEIN is WLRL 0..GEILEN: a written value above GEILEN stores 0\n"
                  "      hstatus_vgein_q <= (csr_wdata[17:12] > 6'd%u) ? 6'd0 : csr_wdata[17:12];\n", g);
    emit(ctx, "      hstatus_vtvm_q <= csr_wdata[20];\n");
    emit(ctx, "      hstatus_vtw_q  <= csr_wdata[21];\n");
    emit(ctx, "      hstatus_vtsr_q <= csr_wdata[22];\n");
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}

static void emit_mie(struct emit_ctx *ctx)
{
    const int h = ctx->cfg->h;
    emit(ctx, "\n  // mie (0x304), also written through its views sie (0x104)%s:\n",
         h ? ", hie (0x604), vsie (0x204)" : "");
    emit(ctx, "  // machine.adoc \"Machine Interrupt (mip and mie) Registers\"\n");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst)          mie_q <= 64'd0;\n");
    emit(ctx, "    else if (we_mie)  mie_q <= csr_wdata & MIE_WMASK;\n");
    emit(ctx, "    else if (we_sie)  mie_q <= (mie_q & ~s_view_mask) | (csr_wdata & s_view_mask);\n");
    if (h) {
        emit(ctx, "    else if (we_hie)  mie_q <= (mie_q & ~HIE_WMASK) | (csr_wdata & HIE_WMASK);\n");
        emit(ctx, "    // vsie bits 1, 5, 9 reach mie bits 2, 6, 10 where hideleg is 1\n");
        emit(ctx, "    else if (we_vsie) mie_q <= (mie_q & ~vs_view_mask) | ({csr_wdata[62:0], 1'b0} & vs_view_mask);\n");
    }
    emit(ctx, "  end\n");
}

static void emit_mip(struct emit_ctx *ctx)
{
    emit(ctx, "\n  // mip software bits (0x344): SSIP, STIP, SEIP (the software bit; reads show it OR\n");
    emit(ctx, "  // irq_seip); sip (0x144) writes only SSIP, where mideleg[1] is 1\n");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst) begin\n");
    emit(ctx, "      mip_ssip_q <= 1'b0; mip_stip_q <= 1'b0; mip_seip_q <= 1'b0;\n");
    emit(ctx, "    end else if (we_mip) begin\n");
    emit(ctx, "      mip_ssip_q <= csr_wdata[1];\n");
    emit(ctx, "      mip_stip_q <= csr_wdata[5];\n");
    emit(ctx, "      mip_seip_q <= csr_wdata[9];\n");
    emit(ctx, "    end else if (we_sip && s_view_mask[1]) begin\n");
    emit(ctx, "      mip_ssip_q <= csr_wdata[1];\n");
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}

static void emit_hvip(struct emit_ctx *ctx)
{
    emit(ctx, "\n  // hvip (0x645): hypervisor.adoc \"Hypervisor Interrupt (hvip, hip, and hie) Registers\".\n");
    emit(ctx, "  // VSSIP is also written as mip/hip bit 2, and as vsip bit 1 where hideleg[2] is 1.\n");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst) begin\n");
    emit(ctx, "      hvip_vssip_q <= 1'b0; hvip_vstip_q <= 1'b0; hvip_vseip_q <= 1'b0;\n");
    emit(ctx, "    end else if (we_hvip) begin\n");
    emit(ctx, "      hvip_vssip_q <= csr_wdata[2];\n");
    emit(ctx, "      hvip_vstip_q <= csr_wdata[6];\n");
    emit(ctx, "      hvip_vseip_q <= csr_wdata[10];\n");
    emit(ctx, "    end else if (we_mip || we_hip) begin\n");
    emit(ctx, "      hvip_vssip_q <= csr_wdata[2];\n");
    emit(ctx, "    end else if (we_vsip && hideleg_q[2]) begin\n");
    emit(ctx, "      hvip_vssip_q <= csr_wdata[1];\n");
    emit(ctx, "    end\n");
    emit(ctx, "  end\n");
}

static void emit_atp(struct emit_ctx *ctx, const struct csr_entry *e)
{
    char c_we[96];
    snprintf(c_we, sizeof c_we, "else if (we_%s && atp_mode_ok)", e->name);
    int w = (int)strlen(c_we);
    emit(ctx, "\n  // %s (0x%03X): %s.\n", e->name, e->addr, e->spec);
    emit(ctx, "  // A write whose MODE is not Bare (0) or Sv39 (8) is ignored entirely%s.\n",
         e->addr == 0x280 ? " (also when it\n  // arrives as a satp write with V=1)" : "");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit_branch(ctx, "if (rst)", e->name, "64'd0", w);
    emit_branch(ctx, c_we, e->name, "csr_wdata", w);
    emit(ctx, "  end\n");
}

static void emit_hgatp(struct emit_ctx *ctx, const struct csr_entry *e)
{
    emit(ctx, "\n  // hgatp (0x680): %s.\n", e->spec);
    emit(ctx, "  // MODE 63:60 (0 or 8; another written MODE keeps the old one), VMID 57:44,\n");
    emit(ctx, "  // PPN 43:2 writable; bits 59:58 and PPN 1:0 read 0\n");
    emit(ctx, "  always @(posedge clk) begin\n");
    emit(ctx, "    if (rst)           hgatp_q <= 64'd0;\n");
    emit(ctx, "    else if (we_hgatp) hgatp_q <= {atp_mode_ok ? csr_wdata[63:60] : hgatp_q[63:60],\n");
    emit(ctx, "                                   2'b00, csr_wdata[57:44], csr_wdata[43:2], 2'b00};\n");
    emit(ctx, "  end\n");
}

void emit_csr_regs_seq(struct emit_ctx *ctx)
{
    const struct csr_table *t = ctx->tab;
    emit_section(ctx, "CSR registers: one next-state block per register (reset, trap entry, xRET, write)");
    for (size_t i = 0; i < t->n; i++) {
        const struct csr_entry *e = &t->e[i];
        switch (e->kind) {
        case CK_MASKED:   emit_masked(ctx, e); break;
        case CK_MSTATUS:  emit_mstatus(ctx); break;
        case CK_VSSTATUS: emit_vsstatus(ctx); break;
        case CK_HSTATUS:  emit_hstatus(ctx); break;
        case CK_MIE:      emit_mie(ctx); break;
        case CK_MIP:      emit_mip(ctx); break;
        case CK_HVIP:     emit_hvip(ctx); break;
        case CK_ATP:      emit_atp(ctx, e); break;
        case CK_HGATP:    emit_hgatp(ctx, e); break;
        default:          break;
        }
    }
}
