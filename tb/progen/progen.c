/* The random program generator (progen.h): one program per seed, its
 * data, handlers, body and boot code laid out in one image and written as an
 * ELF. Layout and register use: gen.h. */
#define _POSIX_C_SOURCE 200809L
#include "progen.h"

#include <stdio.h>
#include <string.h>

#include "gen.h"

int progen_write(const struct progen_opts *o, const char *path)
{
    static struct gen g; /* large: the item and jump tables */
    memset(&g, 0, sizeof g);
    g.o = o;
    g.rng = o->seed;
    if (img_init(&g.im, A_BOOT, IMG_SIZE) != 0) {
        fprintf(stderr, "vitrap-progen: out of memory\n");
        return -1;
    }
    uint32_t timer_delta = 300 + rn(&g, 1700), countdown = 200 + rn(&g, 3000);
    for (unsigned i = 0; i < 0x800; i += 8)
        img_put64(&g.im, A_DATA + i, rnd(&g));
    img_put64(&g.im, A_DATA + (uint64_t)(int64_t)D_LFSR, rnd(&g) | 1);
    for (unsigned r = 0; r < 26; r++) {
        uint64_t v = rnd(&g);
        if (rn(&g, 4) == 0)
            v &= 0xff; /* small values: shifts, divides by small numbers */
        img_put64(&g.im, A_DATA + (uint64_t)(int64_t)(D_REGS + 8 * (int)r), v);
    }
    int pick = m_handler(&g, timer_delta, countdown);
    hs_handler(&g);
    if (o->h)
        vs_handler(&g);
    body(&g, o->body);
    if (g.im.pc > A_DATA - 0x400) {
        fprintf(stderr, "vitrap-progen: body too long for the image\n");
        img_free(&g.im);
        return -1;
    }
    boot(&g, timer_delta, countdown, pick);
    int rc = 0;
    if (g.fail || img_resolve(&g.im) != 0) {
        fprintf(stderr, "vitrap-progen: internal error (labels or branch range)\n");
        rc = -1;
    } else if (img_write_elf(&g.im, path, A_BOOT, A_TOHOST, A_TOHOST + 0x40) != 0) {
        fprintf(stderr, "vitrap-progen: cannot write '%s'\n", path);
        rc = -1;
    }
    img_free(&g.im);
    return rc;
}
