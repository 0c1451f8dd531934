/* emit_util.c - helpers shared by the emitters: formatted output, literals,
 * concatenations and address lists. */
#include "emit.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void emit(struct emit_ctx *ctx, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        sb_printf(ctx->out, "%s", small);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        ctx->out->oom = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_printf(ctx->out, "%s", big);
    free(big);
}

void emit_section(struct emit_ctx *ctx, const char *title)
{
    emit(ctx, "\n  // ====================================================================\n");
    emit(ctx, "  // %s\n", title);
    emit(ctx, "  // ====================================================================\n");
}

void upper_name(const char *s, char *buf, size_t len)
{
    size_t i = 0;
    for (; s[i] && i + 1 < len; i++)
        buf[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 'a' + 'A' : s[i]);
    buf[i] = '\0';
}

void vlit64(uint64_t v, char *buf, size_t len)
{
    snprintf(buf, len, "64'h%04x_%04x_%04x_%04x",
             (unsigned)(v >> 48) & 0xffff, (unsigned)(v >> 32) & 0xffff,
             (unsigned)(v >> 16) & 0xffff, (unsigned)v & 0xffff);
}

static int cmp_field_desc(const void *a, const void *b)
{
    const struct vfield *x = a, *y = b;
    return (x->lo < y->lo) - (x->lo > y->lo);
}

void emit_concat64(struct emit_ctx *ctx, const char *name,
                   const struct vfield *f, size_t n, const char *comment)
{
    struct vfield sorted[32];
    if (n > 32)
        n = 32;
    memcpy(sorted, f, n * sizeof *f);
    qsort(sorted, n, sizeof *sorted, cmp_field_desc);
    if (comment)
        emit(ctx, "  // %s\n", comment);
    emit(ctx, "  wire [63:0] %s = {", name);
    unsigned top = 64;  /* next bit to fill is top-1 */
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned hi = sorted[i].lo + sorted[i].width;
        if (hi < top) {
            emit(ctx, "%s%u'd0", first ? "" : ", ", top - hi);
            first = 0;
        }
        emit(ctx, "%s%s", first ? "" : ", ", sorted[i].expr);
        first = 0;
        top = sorted[i].lo;
    }
    if (top > 0)
        emit(ctx, "%s%u'd0", first ? "" : ", ", top);
    emit(ctx, "};\n");
}

void emit_addr_list(struct emit_ctx *ctx, const unsigned *addrs, size_t n,
                    const char *indent)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            emit(ctx, ",%s", (i % 8) == 0 ? "\n" : " ");
        if (i % 8 == 0 && i > 0)
            emit(ctx, "%s", indent);
        emit(ctx, "12'h%03X", addrs[i]);
    }
}
