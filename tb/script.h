/* Stimulus scripts (tb/SCRIPT.md): parse and run one through the lock-step
 * engine. */
#ifndef TB_SCRIPT_H
#define TB_SCRIPT_H

#include <stdint.h>

#include "lockstep.h"

enum script_status {
    SCRIPT_PASS = 0,     /* every expectation held, no mismatch */
    SCRIPT_FAIL = 1,     /* a mismatch or a failed expectation */
    SCRIPT_ERROR = 2,    /* the script itself is malformed or unreadable */
    SCRIPT_SKIPPED = 3,  /* its `requires` line does not hold for this configuration */
};

struct script_options {
    int quiet;           /* no per-instruction trace lines */
    int silent;          /* no error reports either (a replay for the waveform) */
    uint64_t max_stall;  /* cycles an instruction may stall before the script fails */
};

/* Run the script at path on a freshly initialised lock-step engine. */
enum script_status script_run(struct lockstep *ls, const char *path,
                              const struct script_options *opt);

#endif
