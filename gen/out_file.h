/* out_file.h - writing the generated files all-or-nothing: create the
 * output folder (all levels), write every file under a temporary name, then
 * rename them all; on any failure remove the temporaries and the folders
 * this run created.  Temporaries are ".<name>.tmp<pid>", created exclusively,
 * so a failure never removes anything this run did not make. */
#ifndef VITRAP_OUT_FILE_H
#define VITRAP_OUT_FILE_H

#include <stddef.h>

#include "sbuf.h"

struct out_item {
    const char        *name;   /* file name inside the folder */
    const struct sbuf *text;
};

/* Returns 0, or -1 with a one-line message in err. */
int out_write_all(const char *dir, const struct out_item *items, size_t n,
                  char *err, size_t errlen);

#endif
