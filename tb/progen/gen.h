/* The random program generator's shared state and small emitters: the
 * memory layout, the register roles, the generator struct (one per program),
 * and the helpers that write instructions into its image. Used by
 * progen.c (the program), handlers.c (boot code and trap handlers) and
 * body.c (the random body). */
#ifndef PROGEN_GEN_H
#define PROGEN_GEN_H

#include <stdint.h>

#include "enc.h"
#include "image.h"
#include "progen.h"

#define A_BOOT   0x80000000ull
#define A_MH     0x80001000ull  /* mtvec: M handler */
#define A_SH     0x80001400ull  /* stvec: HS handler */
#define A_VSH    0x80001800ull  /* vstvec: VS handler */
#define A_BODY   0x80002000ull  /* the handlers are [A_MH, A_BODY) */
#define A_DATA   0x80040000ull
#define A_TOHOST 0x80041000ull
#define IMG_SIZE 0x41100u
/* offsets from x31 = A_DATA: the random data at [0, 0x800), the
 * generator's own words below A_DATA (12-bit immediates reach both) */
#define D_LFSR   (-0x400)
#define D_ITER   (-0x3f8)
#define D_REGS   (-0x3f0)       /* initial x1..x26 */
#define D_CSRV   (-0x300)       /* boot CSR values */
#define D_MSAVE  (-0x280)       /* x28..x30 of what the M handler interrupted */
#define D_SSAVE  (-0x260)       /* x28..x30 of what the HS handler interrupted */

#define CLINT   0x02000000
#define TESTDEV 0x00101000
#define PLIC    0x0C000000

/* Register use: x1..x26 are the body's; x27 holds the return address of a
 * deliberate fetch fault; x28..x30 are the trap handlers' scratch (the body
 * never writes x27..x31); x31 is the data area's base. Device addresses:
 * rtl/core/PIPELINE.md 7.1. */
enum { X_RET = 27, X_T0 = 28, X_T1 = 29, X_T2 = 30, X_BASE = 31 };

#define MAX_BODY 40000

struct jump {
    uint64_t at;       /* the word to patch */
    uint32_t word;     /* with a zero offset */
    unsigned target;   /* the item it lands on */
    unsigned misalign; /* JALR: added to the target */
};

struct gen {
    struct image im;
    uint64_t item_pc[MAX_BODY + 1];
    struct jump jumps[MAX_BODY];
    unsigned njumps;
    uint64_t rng;
    const struct progen_opts *o;
    int labels;
    int fail;
};


static inline uint64_t rnd(struct gen *g)
{
    uint64_t z = (g->rng += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static inline unsigned rn(struct gen *g, unsigned n) { return (unsigned)(rnd(g) % n); }
static inline unsigned body_reg(struct gen *g) { return 1 + rn(g, 26); }
static inline unsigned src_reg(struct gen *g) { return rn(g, 8) == 0 ? rn(g, 32) : body_reg(g); }

static inline int label(struct gen *g)
{
    if (g->labels == IMG_MAX_LABELS) {
        g->fail = 1;
        return 0;
    }
    return g->labels++;
}
static inline void w(struct gen *g, uint32_t x) { img_word(&g->im, x); }

/* rd := addr (PC-relative, for RAM addresses) */
static inline void la(struct gen *g, unsigned rd, uint64_t addr)
{
    int64_t off = (int64_t)(addr - g->im.pc);
    int64_t hi = (off + 0x800) >> 12, lo = off - hi * 4096;
    w(g, enc_u(OP_AUIPC, rd, (uint32_t)hi));
    w(g, enc_addi(rd, rd, (int32_t)lo));
}

/* rd := v for 0 <= v < 2^31 */
static inline void li(struct gen *g, unsigned rd, uint32_t v)
{
    int32_t hi = (int32_t)((v + 0x800u) >> 12), lo = (int32_t)v - hi * 4096;
    if (hi == 0) {
        w(g, enc_addi(rd, 0, lo));
        return;
    }
    w(g, enc_u(OP_LUI, rd, (uint32_t)hi));
    if (lo)
        w(g, enc_addi(rd, rd, lo));
}

static inline uint32_t csrr(unsigned rd, unsigned csr) { return enc_csr(2, rd, csr, 0); }
static inline uint32_t csrw(unsigned csr, unsigned rs) { return enc_csr(1, 0, csr, rs); }
static inline uint32_t csrs(unsigned csr, unsigned rs) { return enc_csr(2, 0, csr, rs); }
static inline uint32_t csrc(unsigned csr, unsigned rs) { return enc_csr(3, 0, csr, rs); }

/* handlers.c: trap handlers (each returns nothing; m_handler the label of
 * its mode pick, where boot ends too) and the boot code */
int m_handler(struct gen *g, uint32_t timer_delta, uint32_t countdown);
void hs_handler(struct gen *g);
void vs_handler(struct gen *g);
void boot(struct gen *g, uint32_t timer_delta, uint32_t countdown, int pick_label);
/* body.c: n random items in a loop, then tohost = 1 */
void body(struct gen *g, unsigned n);

#endif
