/* emit_decode.c - decode of the committed instruction (INTERFACE section 3),
 * of the current mode, and of the CSR address (existence, CSR-specific gate,
 * flush, VS twin) from the CSR table. */
#include "emit.h"

#include <stdlib.h>

void emit_mode_state_decl(struct emit_ctx *ctx)
{
    emit(ctx, "  // current privilege mode and V (reset: M, V=0)\n");
    emit(ctx, "  reg  [1:0]  priv_q;\n");
    if (ctx->cfg->h)
        emit(ctx, "  reg         virt_q;\n");
}

void emit_decode(struct emit_ctx *ctx)
{
    const int h = ctx->cfg->h;
    emit_section(ctx, "Decode of the committed instruction (INTERFACE section 3)");
    emit(ctx, "  wire [6:0]  d_opcode   = commit_insn[6:0];\n");
    emit(ctx, "  wire [4:0]  d_rd       = commit_insn[11:7];\n");
    emit(ctx, "  wire [2:0]  d_funct3   = commit_insn[14:12];\n");
    emit(ctx, "  wire [4:0]  d_rs1      = commit_insn[19:15];  // also the uimm of CSRR*I\n");
    if (h)
        emit(ctx, "  wire [4:0]  d_rs2      = commit_insn[24:20];\n");
    emit(ctx, "  wire [6:0]  d_funct7   = commit_insn[31:25];\n");
    emit(ctx, "  wire [11:0] d_csr_addr = commit_insn[31:20];\n");
    emit(ctx, "  wire d_system = d_opcode == 7'h73;\n\n");

    emit(ctx, "  // zicsr.adoc: funct3 1-3 CSRRW/CSRRS/CSRRC (source rs1), 5-7 CSRRWI/CSRRSI/CSRRCI\n");
    emit(ctx, "  // (source uimm).  CSRRW(I) always writes; CSRRS/C(I) write only when the rs1\n");
    emit(ctx, "  // field / uimm is not 0.\n");
    emit(ctx, "  wire d_is_csr     = d_system && d_funct3 != 3'd0 && d_funct3 != 3'd4;\n");
    emit(ctx, "  wire d_csr_writes = d_funct3[1:0] == 2'b01 || d_rs1 != 5'd0;\n\n");

    emit(ctx, "  // funct3 = 0: exact encodings (anything else is illegal)\n");
    emit(ctx, "  wire d_ecall  = commit_insn == 32'h0000_0073;\n");
    emit(ctx, "  wire d_ebreak = commit_insn == 32'h0010_0073;\n");
    emit(ctx, "  wire d_sret   = commit_insn == 32'h1020_0073;\n");
    emit(ctx, "  wire d_mret   = commit_insn == 32'h3020_0073;\n");
    emit(ctx, "  wire d_wfi    = commit_insn == 32'h1050_0073;\n");
    emit(ctx, "  wire d_priv0  = d_system && d_funct3 == 3'd0;\n");
    emit(ctx, "  wire d_sfence = d_priv0 && d_funct7 == 7'b0001001 && d_rd == 5'd0;\n");
    if (h) {
        emit(ctx, "  // hypervisor.adoc \"Hypervisor Memory-Management Fence Instructions\"\n");
        emit(ctx, "  wire d_hfence_vvma = d_priv0 && d_funct7 == 7'b0010001 && d_rd == 5'd0;\n");
        emit(ctx, "  wire d_hfence_gvma = d_priv0 && d_funct7 == 7'b0110001 && d_rd == 5'd0;\n\n");
        emit(ctx, "  // funct3 = 4: hypervisor.adoc \"Hypervisor Virtual-Machine Load and Store Instructions\"\n");
        emit(ctx, "  wire d_funct3_4 = d_system && d_funct3 == 3'd4;\n");
        emit(ctx, "  wire d_hlv = d_funct3_4 && (\n");
        emit(ctx, "      (d_funct7 == 7'b0110000 && (d_rs2 == 5'd0 || d_rs2 == 5'd1)) ||                  // HLV.B, HLV.BU\n");
        emit(ctx, "      (d_funct7 == 7'b0110010 && (d_rs2 == 5'd0 || d_rs2 == 5'd1 || d_rs2 == 5'd3)) ||  // HLV.H, HLV.HU, HLVX.HU\n");
        emit(ctx, "      (d_funct7 == 7'b0110100 && (d_rs2 == 5'd0 || d_rs2 == 5'd1 || d_rs2 == 5'd3)) ||  // HLV.W, HLV.WU, HLVX.WU\n");
        emit(ctx, "      (d_funct7 == 7'b0110110 && d_rs2 == 5'd0));                                       // HLV.D\n");
        emit(ctx, "  wire d_hsv = d_funct3_4 && d_rd == 5'd0 &&                                            // HSV.B/H/W/D\n");
        emit(ctx, "      (d_funct7 == 7'b0110001 || d_funct7 == 7'b0110011 || d_funct7 == 7'b0110101 || d_funct7 == 7'b0110111);\n");
        emit(ctx, "  wire d_hlsv = d_hlv || d_hsv;\n\n");
        emit(ctx, "  // every other SYSTEM encoding is illegal in every mode\n");
        emit(ctx, "  wire d_illegal = d_system && !d_is_csr && !(d_ecall || d_ebreak || d_sret || d_mret ||\n");
        emit(ctx, "                   d_wfi || d_sfence || d_hfence_vvma || d_hfence_gvma || d_hlsv);\n");
    } else {
        emit(ctx, "\n  // every other SYSTEM encoding (all of funct3 = 4 without H) is illegal\n");
        emit(ctx, "  wire d_illegal = d_system && !d_is_csr && !(d_ecall || d_ebreak || d_sret || d_mret ||\n");
        emit(ctx, "                   d_wfi || d_sfence);\n");
    }

    emit_section(ctx, "Current mode");
    if (h) {
        emit(ctx, "  // hypervisor.adoc \"Privilege Modes\": M, HS (S, V=0), U (V=0), VS (S, V=1), VU (U, V=1)\n");
        emit(ctx, "  wire in_m  = priv_q == PRV_M;\n");
        emit(ctx, "  wire in_hs = priv_q == PRV_S && !virt_q;\n");
        emit(ctx, "  wire in_u  = priv_q == PRV_U && !virt_q;\n");
        emit(ctx, "  wire in_vs = priv_q == PRV_S &&  virt_q;\n");
        emit(ctx, "  wire in_vu = priv_q == PRV_U &&  virt_q;\n");
    } else {
        emit(ctx, "  wire in_m  = priv_q == PRV_M;\n");
        emit(ctx, "  wire in_hs = priv_q == PRV_S;  // S-mode (no H)\n");
        emit(ctx, "  wire in_u  = priv_q == PRV_U;\n");
    }
}

static const char *gate_name(enum csr_gate g)
{
    switch (g) {
    case GATE_COUNTER: return "GATE_COUNTER";
    case GATE_SATP:    return "GATE_SATP";
    case GATE_HGATP:   return "GATE_HGATP";
    default:           return "GATE_NONE";
    }
}

/* The CSR address decode: one case over the address as encoded, every
 * existing CSR of the table listed; CSRs with a VS twin get their own line,
 * the others are grouped by (gate, flush). */
void emit_csr_addr_decode(struct emit_ctx *ctx)
{
    const int h = ctx->cfg->h;
    const struct csr_table *t = ctx->tab;
    emit_section(ctx, "CSR address decode (from the CSR table, INTERFACE section 10)");
    emit(ctx, "  // csr_exists: the CSR is implemented in this configuration (else II in every mode)\n");
    emit(ctx, "  // csr_gate:   CSR-specific access rule (INTERFACE section 4)\n");
    emit(ctx, "  // csr_flush:  a retiring write flushes the younger stages (INTERFACE section 2)\n");
    if (h)
        emit(ctx, "  // csr_twin:   hypervisor.adoc \"Hypervisor and Virtual Supervisor CSRs\": with V=1\n"
                  "  //             the access reaches the VS CSR at csr_twin_addr instead\n");
    emit(ctx, "  reg        csr_exists;\n");
    emit(ctx, "  reg  [1:0] csr_gate;\n");
    emit(ctx, "  reg        csr_flush;\n");
    if (h) {
        emit(ctx, "  reg        csr_twin;\n");
        emit(ctx, "  reg [11:0] csr_twin_addr;\n");
    }
    emit(ctx, "  always @* begin\n");
    emit(ctx, "    csr_exists = 1'b1;\n");
    emit(ctx, "    csr_gate   = GATE_NONE;\n");
    emit(ctx, "    csr_flush  = 1'b0;\n");
    if (h) {
        emit(ctx, "    csr_twin      = 1'b0;\n");
        emit(ctx, "    csr_twin_addr = d_csr_addr;\n");
    }
    emit(ctx, "    case (d_csr_addr)\n");
    /* CSRs with a twin, one line each */
    for (size_t i = 0; i < t->n; i++) {
        const struct csr_entry *e = &t->e[i];
        if (!e->vs_twin)
            continue;
        emit(ctx, "      12'h%03X: begin", e->addr);
        if (e->gate != GATE_NONE)
            emit(ctx, " csr_gate = %s;", gate_name(e->gate));
        if (e->flush)
            emit(ctx, " csr_flush = 1'b1;");
        emit(ctx, " csr_twin = 1'b1; csr_twin_addr = 12'h%03X; end  // %s -> %s\n",
             e->vs_twin, e->name, csr_find(t, e->vs_twin) ? csr_find(t, e->vs_twin)->name : "?");
    }
    /* the others grouped by (gate, flush) */
    unsigned *addrs = malloc(t->n * sizeof *addrs);
    if (!addrs) {
        ctx->out->oom = 1;
        return;
    }
    for (int g = GATE_NONE; g <= GATE_HGATP; g++) {
        for (int fl = 0; fl <= 1; fl++) {
            size_t n = 0;
            for (size_t i = 0; i < t->n; i++) {
                const struct csr_entry *e = &t->e[i];
                if (!e->vs_twin && (int)e->gate == g && e->flush == fl)
                    addrs[n++] = e->addr;
            }
            if (n == 0)
                continue;
            if (g == GATE_NONE && !fl)
                emit(ctx, "      // every other implemented CSR\n");
            emit(ctx, "      ");
            emit_addr_list(ctx, addrs, n, "      ");
            if (g == GATE_NONE && !fl)
                emit(ctx, ":\n        csr_exists = 1'b1;\n");
            else {
                emit(ctx, ":\n        begin");
                if (g != GATE_NONE)
                    emit(ctx, " csr_gate = %s;", gate_name((enum csr_gate)g));
                if (fl)
                    emit(ctx, " csr_flush = 1'b1;");
                emit(ctx, " end\n");
            }
        }
    }
    free(addrs);
    emit(ctx, "      default: csr_exists = 1'b0;\n");
    emit(ctx, "    endcase\n");
    emit(ctx, "  end\n\n");
    if (h)
        emit(ctx, "  // the CSR actually read and written\n"
                  "  wire [11:0] csr_eff_addr = (virt_q && csr_twin) ? csr_twin_addr : d_csr_addr;\n");
    else
        emit(ctx, "  // the CSR actually read and written (no VS twins without H)\n"
                  "  wire [11:0] csr_eff_addr = d_csr_addr;\n");
}
