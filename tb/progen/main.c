/* vitrap-progen: writes one constrained-random RV64 program (progen.h).
 *   vitrap-progen --seed N [--body N] [--iterations N] [--h on|off] --out FILE.elf */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "progen.h"

static int bad(const char *what, const char *arg)
{
    fprintf(stderr, "vitrap-progen: %s '%s'\n", what, arg ? arg : "");
    return 2;
}

static int num(const char *s, unsigned long long max, unsigned long long *v)
{
    char *end;
    if (!s || !*s || *s == '-')
        return -1;
    errno = 0;
    *v = strtoull(s, &end, 0);
    return errno || *end || *v > max ? -1 : 0;
}

int main(int argc, char **argv)
{
    struct progen_opts o = { 0, 1500, 30, 1 };
    const char *out = NULL;
    int have_seed = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        unsigned long long n;
        if (strcmp(a, "--help") == 0) {
            printf("usage: vitrap-progen --seed N [--body N] [--iterations N] [--h on|off] "
                   "--out FILE.elf\n");
            return 0;
        }
        if (!v)
            return bad("option needs a value:", a);
        i++;
        if (strcmp(a, "--seed") == 0) {
            if (num(v, ~0ull, &n))
                return bad("--seed needs a number, not", v);
            o.seed = n;
            have_seed = 1;
        } else if (strcmp(a, "--body") == 0) {
            if (num(v, 40000, &n) || n == 0)
                return bad("--body needs a number from 1 to 40000, not", v);
            o.body = (unsigned)n;
        } else if (strcmp(a, "--iterations") == 0) {
            if (num(v, 1000000, &n) || n == 0)
                return bad("--iterations needs a number from 1 to 1000000, not", v);
            o.iterations = (unsigned)n;
        } else if (strcmp(a, "--h") == 0) {
            if (strcmp(v, "on") && strcmp(v, "off"))
                return bad("--h must be on or off, not", v);
            o.h = strcmp(v, "on") == 0;
        } else if (strcmp(a, "--out") == 0) {
            out = v;
        } else {
            return bad("unknown option", a);
        }
    }
    if (!have_seed)
        return bad("no --seed given", "");
    if (!out)
        return bad("no --out given", "");
    return progen_write(&o, out) == 0 ? 0 : 2;
}
