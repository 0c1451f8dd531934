/* The SoC devices (PIPELINE.md 9): state, outputs, and one edge function
 * each. An edge function takes the MEM-stage access to that device in this
 * cycle (NULL when none), returns the read data as the aligned doubleword
 * (lane-aligned like RAM, 8.1) and applies the device's own updates of the
 * edge in the order section 9 gives. */
#ifndef VITRAP_CORE_DEVICES_H
#define VITRAP_CORE_DEVICES_H

#include <stdint.h>

struct dev_acc {
    int we;
    uint64_t off;   /* offset inside the device, aligned to the size */
    unsigned size;  /* log2 bytes */
    uint64_t data;  /* write data, not shifted, truncated to the size */
};

/* 9.1 */
struct clint {
    uint32_t msip;
    uint64_t mtimecmp, mtime;
    uint32_t presc;
};
void clint_reset(struct clint *c);
uint64_t clint_edge(struct clint *c, const struct dev_acc *a, unsigned mtime_div);
static inline int clint_mtip(const struct clint *c) { return c->mtime >= c->mtimecmp; }
static inline int clint_msip(const struct clint *c) { return (int)(c->msip & 1); }

/* 9.2 */
struct plic {
    uint8_t prio[32];
    uint32_t pending, inflight;
    uint32_t enable[2];
    uint32_t thr[2];
};
void plic_reset(struct plic *p);
uint64_t plic_edge(struct plic *p, const struct dev_acc *a, uint32_t lines);
int plic_eip_slow(const struct plic *p, unsigned ctx);
static inline int plic_eip(const struct plic *p, unsigned ctx)
{
    return (p->pending & p->enable[ctx]) ? plic_eip_slow(p, ctx) : 0;
}

/* 9.3 */
struct uart {
    uint8_t ier, lcr, mcr, scr, dll, dlm, fcr;
    uint8_t tx_busy, thre_ip;
};
void uart_reset(struct uart *u);
uint64_t uart_edge(struct uart *u, const struct dev_acc *a);
static inline int uart_irq(const struct uart *u) { return (u->ier & 2) && u->thre_ip; }
/* is a store of this access a THR write (the byte is emitted) */
static inline int uart_is_thr(const struct uart *u, const struct dev_acc *a)
{
    return a->we && a->off == 0 && !(u->lcr & 0x80);
}

/* 9.4 */
struct testdev {
    uint32_t lines, countdown, arm_lines;
    uint64_t sgeip, arm_sgeip;
    uint64_t sgeip_mask;  /* GEILEN bits */
};
void testdev_reset(struct testdev *t, unsigned geilen);
uint64_t testdev_edge(struct testdev *t, const struct dev_acc *a);
/* PLIC source lines 1..31 but 10 */
static inline uint32_t testdev_lines(const struct testdev *t) { return t->lines; }


/* The edge of a device the MEM stage does not access this cycle: the same
 * as x_edge(.., NULL, ..), cheap when nothing is going on. */
static inline void clint_idle_edge(struct clint *c, unsigned mtime_div)
{
    if (mtime_div == 1) {
        c->mtime++;  /* 9.1: the prescaler wraps at every edge */
        return;
    }
    (void)clint_edge(c, 0, mtime_div);
}
static inline void plic_idle_edge(struct plic *p, uint32_t lines)
{
    if ((lines & 0xFFFFFFFEu) & ~p->pending & ~p->inflight)
        (void)plic_edge(p, 0, lines);
}
static inline void uart_idle_edge(struct uart *u)
{
    if (u->tx_busy)
        (void)uart_edge(u, 0);
}
static inline void testdev_idle_edge(struct testdev *t)
{
    if (t->countdown)
        (void)testdev_edge(t, 0);
}

#endif
