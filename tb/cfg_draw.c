/* Random configurations (see cfg_draw.h). The weights put the edges of every
 * range (gen/INTERFACE.md section 1) often in a draw: GEILEN 0, 1 and 63, no
 * and all 29 HPM counters, WFI bounds 0, 1 and large, each extension letter,
 * and each on/off option both ways. */
#include "cfg_draw.h"

#include <inttypes.h>
#include <stdio.h>

#include "stim.h"

/* uniform in [0, n) */
static unsigned pick(uint64_t *rng, unsigned n)
{
    return (unsigned)(stim_rand(rng) % n);
}

static const char *on_off(int on)
{
    return on ? "on" : "off";
}

int cfg_draw(uint64_t seed, char *buf, size_t size)
{
    static const uint32_t bounds[] = {0, 1, 2, 3, 7, 50, 1000};
    /* a fixed offset keeps config seed N apart from random-stimulus seed N */
    uint64_t rng = seed ^ 0x636f6e6669677365ull;
    int h = pick(&rng, 4) != 0;
    unsigned geilen = 0;
    if (h) {
        switch (pick(&rng, 5)) {
        case 0: geilen = 0; break;
        case 1: geilen = 1; break;
        case 2: geilen = 63; break;
        default: geilen = 2 + pick(&rng, 61); break;
        }
    }
    uint32_t bound = bounds[pick(&rng, sizeof bounds / sizeof bounds[0])];
    unsigned hpm;
    switch (pick(&rng, 5)) {
    case 0: hpm = 0; break;
    case 1: hpm = 29; break;
    default: hpm = 1 + pick(&rng, 28); break;
    }
    int mtval = pick(&rng, 2);
    int triggers = pick(&rng, 4) != 0;
    char ext[4];
    int n = 0;
    if (pick(&rng, 2))
        ext[n++] = 'A';
    if (pick(&rng, 2))
        ext[n++] = 'M';
    if (pick(&rng, 2))
        ext[n++] = 'C';
    ext[n] = '\0';
    uint64_t mhartid = pick(&rng, 2) ? 0 : stim_rand(&rng) & 0xffff;
    int ids = pick(&rng, 4) == 0; /* now and then, nonzero vendor/arch/impl IDs */
    uint32_t mvendorid = ids ? (uint32_t)stim_rand(&rng) : 0;
    uint64_t marchid = ids ? stim_rand(&rng) : 0;
    uint64_t mimpid = ids ? stim_rand(&rng) : 0;
    int w = snprintf(buf, size,
                     "--h %s --geilen %u --wfi-timeout %" PRIu32 " --hpm-counters %u --mtval-insn %s"
                     " --triggers %s%s%s --mhartid %" PRIu64,
                     on_off(h), geilen, bound, hpm, on_off(mtval), on_off(triggers),
                     n ? " --ext " : "", ext, mhartid);
    if (w < 0 || (size_t)w >= size)
        return -1;
    if (ids) {
        int w2 = snprintf(buf + w, size - (size_t)w,
                          " --mvendorid 0x%" PRIx32 " --marchid 0x%" PRIx64 " --mimpid 0x%" PRIx64,
                          mvendorid, marchid, mimpid);
        if (w2 < 0 || (size_t)w2 >= size - (size_t)w)
            return -1;
    }
    return 0;
}
