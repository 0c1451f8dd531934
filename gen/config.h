/* config.h - the generator's configuration (gen/INTERFACE.md section 1):
 * command-line flags, the key = value config file, and their validation. */
#ifndef VITRAP_CONFIG_H
#define VITRAP_CONFIG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The validated configuration of one generated unit. */
struct vt_config {
    int      h;            /* 1: hypervisor extension present */
    uint32_t wfi_timeout;  /* WFI bound in cycles (INTERFACE section 7) */
    unsigned hpm_counters; /* implemented mhpmcounter3..(2+N), 0..29 */
    unsigned geilen;       /* guest external interrupts, 0..63 (0 without H) */
    uint32_t mvendorid;
    uint64_t marchid;
    uint64_t mimpid;
    uint64_t mhartid;
    int      mtval_insn;   /* 1: II/VI write the instruction bits to xtval */
    int      ext_a;        /* extra misa letters */
    int      ext_m;
    int      ext_c;        /* C: IALIGN = 16 */
    int      triggers;     /* 1: trigger CSRs of a zero-trigger module (INTERFACE section 10) */
    int      virtual_insn; /* 1: cause 22 as ratified; 0 (comparison only): the pre-proposal
                            * H draft, cause 2 wherever 22 is raised (INTERFACE section 1) */
    const char *mutant;    /* TEST ONLY: the active mutant (gen/mutants.h), or NULL */
};

/* Everything the command line asked for. */
struct vt_options {
    struct vt_config cfg;
    const char      *out_dir;      /* --out, default build/rtl */
    const char      *config_file;  /* --config, or NULL */
    int              help;         /* --help was given: print usage, write nothing */
    int              list_mutants; /* --list-mutants (test only): print the table, write nothing */
};

/* Parses argv (flags, then the config file if any) into opt.  Returns 0 on
 * success; on any bad input returns -1 with a one-line description of the
 * problem (no program name, no newline) in err. */
int options_parse(int argc, char **argv, struct vt_options *opt,
                  char *err, size_t errlen);

/* Prints the usage text: every flag with its default and legal range. */
void options_help(FILE *f);

/* The configuration as "key = value" lines, for the generated files'
 * comment blocks: number of keys, and key i's name and value text. */
size_t      config_key_count(void);
const char *config_key_name(size_t i);
void        config_key_value(const struct vt_config *cfg, size_t i,
                             char *buf, size_t len);

#endif
