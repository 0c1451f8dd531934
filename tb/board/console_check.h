/* The console text a board sent, against the expected text: bytes are
 * appended as they arrive, and the first difference is kept with its line,
 * so that a run can stop at the end of the first wrong line. */
#ifndef TB_BOARD_CONSOLE_CHECK_H
#define TB_BOARD_CONSOLE_CHECK_H

#include <stddef.h>
#include <stdio.h>

struct console_check {
    const char *want;      /* the expected text (not owned) */
    size_t want_len;
    char *got;             /* what arrived so far */
    size_t got_len, got_cap;
    int differs;           /* a byte differs, or more arrived than expected */
    size_t diff_at;        /* offset of the first difference */
};

void console_check_init(struct console_check *c, const char *want, size_t want_len);
void console_check_free(struct console_check *c);
/* One byte arrived. 0, or -1 when out of memory. */
int console_check_add(struct console_check *c, unsigned char byte);
/* Whether the first difference is known and its line has ended in the text
 * received (a newline after it): nothing that follows changes the report. */
int console_check_line_done(const struct console_check *c);
/* The final verdict: 1 when the text equals the expected text. */
int console_check_equal(const struct console_check *c);
/* The first difference: "line N: expected '...' got '...'" on OUT. */
void console_check_report(const struct console_check *c, FILE *out);

#endif
