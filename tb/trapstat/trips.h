/* Trap round trips read from a vitrap-run event log (tb/core/events.h): from
 * a guest instruction that traps (an exception taken in VS or VU at a
 * tb_op_<name>_<i> symbol) to the guest's next instruction, with the cycle of
 * every boundary in between (the tb_seg_* marks, an MRET out of M). */
#ifndef TB_TRAPSTAT_TRIPS_H
#define TB_TRAPSTAT_TRIPS_H

#include <stddef.h>
#include <stdint.h>

#define TRIP_MAX_BOUNDS 16

struct trip_bound {
    char name[32];     /* "m_entry", "m_forward", "mret", "hs_entry", ... */
    uint64_t cycle, retired;
};

struct trip {
    char op[48];       /* <name> of tb_op_<name>_<i> */
    unsigned cause;
    uint64_t cycle, retired;          /* the trapping instruction at commit */
    uint64_t end_cycle, end_retired;  /* the guest's next instruction at commit */
    struct trip_bound b[TRIP_MAX_BOUNDS];
    size_t nb;
    int through_m;     /* the path entered M */
};

struct trip_set {
    struct trip *t;
    size_t n, cap;
};

/* Reads every complete round trip of the log at path; 0, or -1 with a
 * one-line reason in err. */
int trips_read(const char *path, struct trip_set *s, char *err, size_t errlen);
void trips_free(struct trip_set *s);

/* The cycle of boundary name in t (the trap itself is "trap", the guest's
 * next instruction "guest"), or -1 when the path did not pass it. */
int64_t trip_at(const struct trip *t, const char *name);

#endif
