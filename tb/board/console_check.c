/* The console comparison of console_check.h. */
#include "console_check.h"

#include <stdlib.h>
#include <string.h>

void console_check_init(struct console_check *c, const char *want, size_t want_len)
{
    *c = (struct console_check){ .want = want, .want_len = want_len };
}

void console_check_free(struct console_check *c)
{
    free(c->got);
    c->got = NULL;
}

int console_check_add(struct console_check *c, unsigned char byte)
{
    if (c->got_len == c->got_cap) {
        size_t cap = c->got_cap ? 2 * c->got_cap : 4096;
        char *p = realloc(c->got, cap);
        if (!p)
            return -1;
        c->got = p;
        c->got_cap = cap;
    }
    if (!c->differs && (c->got_len >= c->want_len || c->want[c->got_len] != (char)byte)) {
        c->differs = 1;
        c->diff_at = c->got_len;
    }
    c->got[c->got_len++] = (char)byte;
    return 0;
}

int console_check_line_done(const struct console_check *c)
{
    return c->differs && memchr(c->got + c->diff_at, '\n', c->got_len - c->diff_at) != NULL;
}

int console_check_equal(const struct console_check *c)
{
    return !c->differs && c->got_len == c->want_len;
}

/* The line of TEXT (LEN bytes) that holds offset AT, printed quoted with
 * control bytes escaped and cut after 120 bytes, or "(end of text)". */
static void print_line(FILE *out, const char *text, size_t len, size_t at)
{
    if (at >= len && (len == 0 || text[len - 1] == '\n')) {
        fputs("(end of text)", out);
        return;
    }
    size_t b = at < len ? at : len;
    while (b > 0 && text[b - 1] != '\n')
        b--;
    fputc('\'', out);
    for (size_t i = b; i < len && text[i] != '\n'; i++) {
        if (i - b == 120) {         /* a line of garbage (a wrong baud rate) */
            fputs("...", out);
            break;
        }
        unsigned char ch = (unsigned char)text[i];
        if (ch >= 0x20 && ch < 0x7f && ch != '\\')
            fputc(ch, out);
        else
            fprintf(out, "\\x%02x", ch);
    }
    fputc('\'', out);
}

void console_check_report(const struct console_check *c, FILE *out)
{
    size_t at = c->differs ? c->diff_at : c->got_len;   /* shorter than expected */
    unsigned long line = 1, col = 1;
    for (size_t i = 0; i < at; i++) {
        if (c->got[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    fprintf(out, "console differs at line %lu, column %lu:\n  expected ", line, col);
    print_line(out, c->want, c->want_len, at);
    fputs("\n  got      ", out);
    print_line(out, c->got, c->got_len, at);
    fputc('\n', out);
}
