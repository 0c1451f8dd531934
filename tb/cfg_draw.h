/* Random configurations for regressions: a config seed draws one set of the
 * generator's configuration flags, the same on every machine (the draw uses
 * the harness's own splitmix64, never the host's random numbers). */
#ifndef TB_CFG_DRAW_H
#define TB_CFG_DRAW_H

#include <stddef.h>
#include <stdint.h>

/* Writes the flags drawn from config seed `seed` into buf (one line, no
 * newline), e.g. "--h on --geilen 1 --wfi-timeout 7 ...". Returns 0, or -1
 * if buf is too small. */
int cfg_draw(uint64_t seed, char *buf, size_t size);

#endif
