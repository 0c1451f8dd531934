/* emit.h - the context every emitter receives, the helpers they share, and
 * the list of emitters.  Each emit_*.c file writes one concern of the
 * generated Verilog (see emit_verilog.c for the order of the sections). */
#ifndef VITRAP_EMIT_H
#define VITRAP_EMIT_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "csr_table.h"
#include "sbuf.h"

struct emit_ctx {
    const struct vt_config *cfg;
    const struct csr_table *tab;
    const char             *args;    /* the generator's arguments, one line */
    struct sbuf            *out;     /* the file being written */
    unsigned                wfi_w;   /* WFI counter width (0: no counter) */
};

/* Appends formatted text to the current output. */
void emit(struct emit_ctx *ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Section banner comment. */
void emit_section(struct emit_ctx *ctx, const char *title);

/* NAME in upper case (for localparam names such as MEPC_WMASK). */
void upper_name(const char *s, char *buf, size_t len);

/* Verilog literal of a 64-bit value: 64'h0000_0000_0000_0222. */
void vlit64(uint64_t v, char *buf, size_t len);

/* A field of a concatenation: bits [lo+width-1:lo] come from expr. */
struct vfield {
    unsigned    lo;
    unsigned    width;
    const char *expr;
};
/* Emits "  wire [63:0] NAME = {...};" with zero fill between the fields
 * (fields given in any order, non-overlapping). */
void emit_concat64(struct emit_ctx *ctx, const char *name,
                   const struct vfield *f, size_t n, const char *comment);

/* Emits a comma-separated list of 12-bit address literals, wrapped. */
void emit_addr_list(struct emit_ctx *ctx, const unsigned *addrs, size_t n,
                    const char *indent);

/* Header (vitrap_csr.v comment block) and module ports. */
void emit_file_header(struct emit_ctx *ctx);
void emit_ports(struct emit_ctx *ctx);
void emit_unused_inputs(struct emit_ctx *ctx);

/* Constants and state declarations. */
void emit_constants(struct emit_ctx *ctx);
void emit_mode_state_decl(struct emit_ctx *ctx);
void emit_wfi_state_decl(struct emit_ctx *ctx);
void emit_csr_state_decl(struct emit_ctx *ctx);
void emit_counter_state_decl(struct emit_ctx *ctx);

/* Combinational sections, in dependency order. */
void emit_decode(struct emit_ctx *ctx);
void emit_csr_addr_decode(struct emit_ctx *ctx);
void emit_csr_read(struct emit_ctx *ctx);
void emit_irq(struct emit_ctx *ctx);
void emit_wfi_comb(struct emit_ctx *ctx);
void emit_access(struct emit_ctx *ctx);
void emit_outcome(struct emit_ctx *ctx);
void emit_trap_select(struct emit_ctx *ctx);
void emit_xret(struct emit_ctx *ctx);
void emit_csr_write(struct emit_ctx *ctx);
void emit_counter_events(struct emit_ctx *ctx);

/* Sequential sections. */
void emit_mode_seq(struct emit_ctx *ctx);
void emit_wfi_seq(struct emit_ctx *ctx);
void emit_csr_regs_seq(struct emit_ctx *ctx);
void emit_counter_seq(struct emit_ctx *ctx);

/* Outputs. */
void emit_outputs(struct emit_ctx *ctx);
void emit_debug(struct emit_ctx *ctx);

/* Whole files. */
void emit_verilog(struct emit_ctx *ctx);
void emit_header_file(struct emit_ctx *ctx);
void emit_vh_file(struct emit_ctx *ctx);

#endif
