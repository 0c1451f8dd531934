/* mutants.h - TEST ONLY: deliberate single-point spec violations for mutation
 * testing (scripts/mutate.sh, `make mutate`).  `--mutant NAME` turns one on.
 * The emitters know nothing of mutants: they always write the unit the spec
 * asks for.  A mutant is a set of text edits that mutant_apply.c makes to the
 * emitted vitrap_csr.v in memory, before any file is written; each edit is
 * located by an anchor, text that the correct unit already contains.  Without
 * --mutant nothing is edited, so the default output is the emitters' own. */
#ifndef VITRAP_MUTANTS_H
#define VITRAP_MUTANTS_H

#include <stdio.h>

#define MUTANT_MAX_EDITS 3

/* One edit of the emitted vitrap_csr.v.  anchor must occur exactly once in
 * the file; it locates the rule.  The region of the edit runs from the start
 * of the anchor's line to the end of its paragraph (the first empty line
 * after the anchor, or the end of the file); `from` must occur exactly once
 * in that region, and is replaced by `to`. */
struct mutant_edit {
    const char *anchor;
    const char *from;
    const char *to;
};

/* One row of the mutant table. */
struct mutant {
    const char *name;
    const char *config;  /* configuration file under which it is observable */
    int         h_only;  /* 1: it exists only in a unit with H; with h = off it is an error */
    const char *rule;    /* the spec rule it breaks, one line */
    struct mutant_edit edit[MUTANT_MAX_EDITS];  /* in order; unused ones have anchor NULL */
};

/* The row named name, or NULL. */
const struct mutant *mutant_find(const char *name);

/* Prints one line per mutant: name, configuration file, rule. */
void mutants_list(FILE *f);

#endif
