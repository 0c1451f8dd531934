/* sbuf.h - a growable text buffer; every generated file is built in memory
 * first so that nothing touches the disk until the whole output is ready. */
#ifndef VITRAP_SBUF_H
#define VITRAP_SBUF_H

#include <stddef.h>

struct sbuf {
    char  *data;   /* NUL-terminated text (NULL while empty) */
    size_t len;    /* bytes used, without the NUL */
    size_t cap;    /* bytes allocated */
    int    oom;    /* set once an allocation failed; further appends are dropped */
};

void sb_init(struct sbuf *sb);
void sb_free(struct sbuf *sb);
void sb_printf(struct sbuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
