/* mutants.h - TEST ONLY: deliberate single-point spec violations for mutation
 * testing (scripts/mutate.sh, `make mutate`).  `--mutant NAME` turns one on;
 * each emitter asks mutant_on(cfg, "name") at the exact spot of the rule it
 * breaks.  Without --mutant no question is ever answered yes, so the default
 * output is unchanged. */
#ifndef VITRAP_MUTANTS_H
#define VITRAP_MUTANTS_H

#include <stdio.h>

#include "config.h"

/* One row of the mutant table. */
struct mutant {
    const char *name;
    const char *config;  /* configuration file under which it is observable */
    const char *rule;    /* the spec rule it breaks, one line */
};

/* The row named name, or NULL. */
const struct mutant *mutant_find(const char *name);

/* Prints one line per mutant: name, configuration file, rule. */
void mutants_list(FILE *f);

/* Whether mutant name is the active one in cfg.  name must be a row of the
 * table (a typo in an emitter aborts the generator). */
int mutant_on(const struct vt_config *cfg, const char *name);

#endif
