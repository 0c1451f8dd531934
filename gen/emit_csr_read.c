/* emit_csr_read.c - the read value of every CSR (rd_<name> wires, each the
 * value an M-mode read at that address returns), the read mux over the
 * effective address, and the write data of a CSR instruction.  All driven
 * by the CSR table. */
#include "emit.h"

#include <stdio.h>
#include <string.h>

/* Read wires are emitted in three ranks so that every wire is declared
 * before it is used: 0 hgeip, 1 registers and mip, 2 views of mip. */
static int rd_rank(enum csr_kind k)
{
    switch (k) {
    case CK_HGEIP:                      return 0;
    case CK_SIP: case CK_HIP: case CK_VSIP: return 2;
    default:                            return 1;
    }
}

static void emit_rd_mstatus(struct emit_ctx *ctx, const struct csr_entry *e)
{
    struct vfield f[] = {
        { 1, 1, "mstatus_sie_q" },  { 3, 1, "mstatus_mie_q" },
        { 5, 1, "mstatus_spie_q" }, { 7, 1, "mstatus_mpie_q" },
        { 8, 1, "mstatus_spp_q" },  { 11, 2, "mstatus_mpp_q" },
        { 17, 1, "mstatus_mprv_q" }, { 18, 1, "mstatus_sum_q" },
        { 19, 1, "mstatus_mxr_q" }, { 20, 1, "mstatus_tvm_q" },
        { 21, 1, "mstatus_tw_q" },  { 22, 1, "mstatus_tsr_q" },
        { 32, 2, "2'd2" /* UXL */ }, { 34, 2, "2'd2" /* SXL */ },
        { 38, 1, "mstatus_gva_q" }, { 39, 1, "mstatus_mpv_q" },
    };
    size_t n = sizeof f / sizeof f[0];
    if (!ctx->cfg->h)
        n -= 2;  /* no GVA, MPV */
    emit_concat64(ctx, "rd_mstatus", f, n, e->spec);
    emit(ctx, "  //   SIE 1, MIE 3, SPIE 5, MPIE 7, SPP 8, MPP 12:11, MPRV 17, SUM 18, MXR 19,\n"
              "  //   TVM 20, TW 21, TSR 22, UXL 33:32 = 2, SXL 35:34 = 2%s\n",
         ctx->cfg->h ? ", GVA 38, MPV 39" : "");
}

static void emit_rd_sstatus(struct emit_ctx *ctx, const struct csr_entry *e,
                            const char *name, const char *prefix)
{
    char b[5][40];
    snprintf(b[0], sizeof b[0], "%s_sie_q", prefix);
    snprintf(b[1], sizeof b[1], "%s_spie_q", prefix);
    snprintf(b[2], sizeof b[2], "%s_spp_q", prefix);
    snprintf(b[3], sizeof b[3], "%s_sum_q", prefix);
    snprintf(b[4], sizeof b[4], "%s_mxr_q", prefix);
    struct vfield f[] = {
        { 1, 1, b[0] }, { 5, 1, b[1] }, { 8, 1, b[2] }, { 18, 1, b[3] },
        { 19, 1, b[4] }, { 32, 2, "2'd2" /* UXL */ },
    };
    char rd[40];
    snprintf(rd, sizeof rd, "rd_%s", name);
    emit_concat64(ctx, rd, f, sizeof f / sizeof f[0], e->spec);
    emit(ctx, "  //   SIE 1, SPIE 5, SPP 8, SUM 18, MXR 19, UXL 33:32 = 2\n");
}

static void emit_rd_hstatus(struct emit_ctx *ctx, const struct csr_entry *e)
{
    struct vfield f[] = {
        { 6, 1, "hstatus_gva_q" }, { 7, 1, "hstatus_spv_q" },
        { 8, 1, "hstatus_spvp_q" }, { 9, 1, "hstatus_hu_q" },
        { 20, 1, "hstatus_vtvm_q" }, { 21, 1, "hstatus_vtw_q" },
        { 22, 1, "hstatus_vtsr_q" }, { 32, 2, "2'd2" /* VSXL */ },
        { 12, 6, "hstatus_vgein_q" },
    };
    size_t n = sizeof f / sizeof f[0];
    if (ctx->cfg->geilen == 0)
        n--;  /* VGEIN is read-only 0 */
    emit_concat64(ctx, "rd_hstatus", f, n, e->spec);
    emit(ctx, "  //   GVA 6, SPV 7, SPVP 8, HU 9, VGEIN 17:12%s, VTVM 20, VTW 21, VTSR 22, VSXL 33:32 = 2\n",
         ctx->cfg->geilen == 0 ? " (0: GEILEN = 0)" : "");
}

static void emit_rd_mip(struct emit_ctx *ctx, const struct csr_entry *e)
{
    const struct vt_config *c = ctx->cfg;
    if (c->h && c->geilen > 0) {
        emit(ctx, "  // hypervisor.adoc \"Hypervisor Interrupt (hvip, hip, and hie) Registers\":\n");
        emit(ctx, "  // VSEIP includes hgeip[VGEIN] (nothing when VGEIN = 0: hgeip bit 0 is 0);\n");
        emit(ctx, "  // SGEIP = OR of (hgeip & hgeie)\n");
        emit(ctx, "  wire vseip_guest   = rd_hgeip[hstatus_vgein_q];\n");
        emit(ctx, "  wire sgeip_pending = (rd_hgeip & hgeie_q) != 64'd0;\n");
    }
    struct vfield f[12];
    size_t n = 0;
    f[n++] = (struct vfield){ 1, 1, "mip_ssip_q" };
    f[n++] = (struct vfield){ 3, 1, "irq_msip" };
    f[n++] = (struct vfield){ 5, 1, "mip_stip_q" };
    f[n++] = (struct vfield){ 7, 1, "irq_mtip" };
    f[n++] = (struct vfield){ 9, 1, "(mip_seip_q | irq_seip)" };
    f[n++] = (struct vfield){ 11, 1, "irq_meip" };
    if (c->h) {
        f[n++] = (struct vfield){ 2, 1, "hvip_vssip_q" };
        f[n++] = (struct vfield){ 6, 1, "hvip_vstip_q" };
        if (c->geilen > 0) {
            f[n++] = (struct vfield){ 10, 1, "(hvip_vseip_q | vseip_guest)" };
            f[n++] = (struct vfield){ 12, 1, "sgeip_pending" };
        } else {
            f[n++] = (struct vfield){ 10, 1, "hvip_vseip_q" };
        }
    }
    emit_concat64(ctx, "rd_mip", f, n, e->spec);
    emit(ctx, "  //   INTERFACE section 6: SSIP 1, %sMSIP 3, STIP 5, %sMTIP 7, SEIP 9 = software bit | irq_seip,\n"
              "  //   %sMEIP 11%s\n",
         c->h ? "VSSIP 2, " : "", c->h ? "VSTIP 6, " : "",
         c->h ? (c->geilen ? "VSEIP 10 = hvip.VSEIP | hgeip[VGEIN], " : "VSEIP 10 = hvip.VSEIP, ") : "",
         c->h && c->geilen ? ", SGEIP 12" : "");
}

static void emit_rd_hvip(struct emit_ctx *ctx, const struct csr_entry *e)
{
    struct vfield f[] = {
        { 2, 1, "hvip_vssip_q" }, { 6, 1, "hvip_vstip_q" }, { 10, 1, "hvip_vseip_q" },
    };
    emit_concat64(ctx, "rd_hvip", f, 3, e->spec);
}

static void emit_rd_hgeip(struct emit_ctx *ctx, const struct csr_entry *e)
{
    unsigned g = ctx->cfg->geilen;
    emit(ctx, "  // %s: bit i (1..%u) = irq_sgeip[i-1]\n", e->spec, g);
    if (g == 63)
        emit(ctx, "  wire [63:0] rd_hgeip = {irq_sgeip, 1'b0};\n");
    else
        emit(ctx, "  wire [63:0] rd_hgeip = {%u'd0, irq_sgeip, 1'b0};\n", 63 - g);
}

static void emit_rd_wire(struct emit_ctx *ctx, const struct csr_entry *e)
{
    char lit[40];
    switch (e->kind) {
    case CK_CONST:
        vlit64(e->rconst, lit, sizeof lit);
        emit(ctx, "  wire [63:0] rd_%s = %s;  // %s\n", e->name, lit, e->spec);
        break;
    case CK_MASKED:
        if (e->rconst) {
            char up[32];
            upper_name(e->name, up, sizeof up);
            emit(ctx, "  wire [63:0] rd_%s = %s_q | %s_RO1;  // %s\n", e->name, e->name, up, e->spec);
        } else {
            emit(ctx, "  wire [63:0] rd_%s = %s_q;  // %s\n", e->name, e->name, e->spec);
        }
        break;
    case CK_MSTATUS:  emit_rd_mstatus(ctx, e); break;
    case CK_SSTATUS:  emit_rd_sstatus(ctx, e, "sstatus", "mstatus"); break;
    case CK_VSSTATUS: emit_rd_sstatus(ctx, e, "vsstatus", "vsstatus"); break;
    case CK_HSTATUS:  emit_rd_hstatus(ctx, e); break;
    case CK_MIE:
        emit(ctx, "  wire [63:0] rd_mie = mie_q;  // %s\n", e->spec);
        break;
    case CK_SIE:
        emit(ctx, "  wire [63:0] rd_sie = mie_q & s_view_mask;  // %s\n", e->spec);
        break;
    case CK_HIE:
        emit(ctx, "  wire [63:0] rd_hie = mie_q & HIE_WMASK;  // %s\n", e->spec);
        break;
    case CK_VSIE:
        emit(ctx, "  wire [63:0] rd_vsie = (mie_q & vs_view_mask) >> 1;  // %s: 2/6/10 -> 1/5/9\n", e->spec);
        break;
    case CK_MIP:      emit_rd_mip(ctx, e); break;
    case CK_SIP:
        emit(ctx, "  wire [63:0] rd_sip = rd_mip & s_view_mask;  // %s\n", e->spec);
        break;
    case CK_HIP:
        emit(ctx, "  wire [63:0] rd_hip = rd_mip & HIE_WMASK;  // %s: bits 2, 6, 10, 12\n", e->spec);
        break;
    case CK_VSIP:
        emit(ctx, "  wire [63:0] rd_vsip = (rd_mip & vs_view_mask) >> 1;  // %s: 2/6/10 -> 1/5/9\n", e->spec);
        break;
    case CK_HVIP:     emit_rd_hvip(ctx, e); break;
    case CK_ATP:
    case CK_HGATP:
    case CK_COUNTER:
        emit(ctx, "  wire [63:0] rd_%s = %s_q;  // %s\n", e->name, e->name, e->spec);
        break;
    case CK_HGEIP:    emit_rd_hgeip(ctx, e); break;
    case CK_TIME:
        if (ctx->cfg->h)
            emit(ctx, "  // %s: with V=1 time reads mtime + htimedelta (mod 2^64)\n"
                      "  wire [63:0] rd_time = virt_q ? mtime + htimedelta_q : mtime;\n", e->spec);
        else
            emit(ctx, "  wire [63:0] rd_time = mtime;  // %s\n", e->spec);
        break;
    case CK_ZERO:
    case CK_UCOUNTER:
        break;
    }
}

void emit_csr_read(struct emit_ctx *ctx)
{
    const struct csr_table *t = ctx->tab;
    emit_section(ctx, "CSR read values: what an M-mode read at each address returns");
    emit(ctx, "  // supervisor.adoc \"Supervisor Interrupt (sip and sie) Registers\": sip/sie show\n");
    emit(ctx, "  // bits 1, 5, 9 only where mideleg is 1 (mideleg's read-only-one bits are not among them)\n");
    emit(ctx, "  wire [63:0] s_view_mask  = 64'h0000_0000_0000_0222 & mideleg_q;\n");
    if (ctx->cfg->h) {
        emit(ctx, "  // hypervisor.adoc \"Virtual Supervisor Interrupt (vsip and vsie) Registers\":\n");
        emit(ctx, "  // mip/mie bits 2, 6, 10 appear at 1, 5, 9 where hideleg is 1\n");
        emit(ctx, "  wire [63:0] vs_view_mask = 64'h0000_0000_0000_0444 & hideleg_q;\n");
    }
    for (int rank = 0; rank <= 2; rank++)
        for (size_t i = 0; i < t->n; i++)
            if (rd_rank(t->e[i].kind) == rank)
                emit_rd_wire(ctx, &t->e[i]);

    emit_section(ctx, "CSR read mux (from the CSR table), over the effective address");
    emit(ctx, "  reg [63:0] csr_rd_value;\n");
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    case (csr_eff_addr)\n");
    for (size_t i = 0; i < t->n; i++) {
        const struct csr_entry *e = &t->e[i];
        if (e->kind == CK_ZERO)
            continue;
        char rd[40];
        csr_rd_expr(e, rd, sizeof rd);
        int pad = 18 - (int)strlen(rd);
        emit(ctx, "      12'h%03X: csr_rd_value = %s;%*s// %s\n", e->addr, rd,
             pad > 1 ? pad : 1, "", e->name);
    }
    if (ctx->cfg->triggers)
        emit(ctx, "      // read-0 CSRs: pmp*, mconfigptr, unimplemented counters, and tselect, tdata1-3\n"
                  "      // (riscv-debug-spec Sdtrig.adoc \"Trigger Module Registers\": no trigger)\n"
                  "      default: csr_rd_value = 64'd0;\n");
    else
        emit(ctx, "      default: csr_rd_value = 64'd0;  // read-0 CSRs (pmp*, mconfigptr, unimplemented counters)\n");
    emit(ctx, "    endcase\n");
    emit(ctx, "  end\n");

    emit_section(ctx, "CSR write data (zicsr.adoc)");
    const struct csr_entry *mip = csr_find_kind(t, CK_MIP);
    emit(ctx, "  // machine.adoc \"Machine Interrupt (mip and mie) Registers\": CSRRS/CSRRC on mip\n");
    emit(ctx, "  // modify the software SEIP bit, not its OR with irq_seip\n");
    emit(ctx, "  wire [63:0] csr_rmw_old = (csr_eff_addr == 12'h%03X) ? {rd_mip[63:10], mip_seip_q, rd_mip[8:0]}\n"
              "                                                : csr_rd_value;\n", mip ? mip->addr : 0x344);
    emit(ctx, "  wire [63:0] csr_src = d_funct3[2] ? {59'd0, d_rs1} : commit_rs1;\n");
    emit(ctx, "  reg  [63:0] csr_wdata;\n");
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    case (d_funct3[1:0])\n");
    emit(ctx, "      2'b10:   csr_wdata = csr_rmw_old | csr_src;   // CSRRS, CSRRSI\n");
    emit(ctx, "      2'b11:   csr_wdata = csr_rmw_old & ~csr_src;  // CSRRC, CSRRCI\n");
    emit(ctx, "      default: csr_wdata = csr_src;                 // CSRRW, CSRRWI\n");
    emit(ctx, "    endcase\n");
    emit(ctx, "  end\n");
}
