/* mutant_apply.h - TEST ONLY: turns the emitted unit into the mutant that
 * --mutant names (the table of gen/mutants.c), in memory, before any file is
 * written.  The emitters never see the mutant. */
#ifndef VITRAP_MUTANT_APPLY_H
#define VITRAP_MUTANT_APPLY_H

#include <stddef.h>

#include "config.h"
#include "sbuf.h"

/* Without cfg->mutant: nothing, returns 0.  With it: makes the mutant's
 * edits in verilog (vitrap_csr.v; rules in mutants.h), then writes the
 * mutant banner after the first line of verilog and of header
 * (vitrap_cfg.h).  Returns 0, or -1 with a one-line message in err naming
 * the mutant and what was not found (the buffers may then hold a partly
 * edited text: write nothing). */
int mutant_apply(const struct vt_config *cfg, struct sbuf *verilog,
                 struct sbuf *header, char *err, size_t errlen);

#endif
