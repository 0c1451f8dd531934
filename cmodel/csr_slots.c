/* vitrap C model: the debug slots (gen/INTERFACE.md §10 "Debug slots").
 *
 * The slots are every CSR that exists in this configuration (the CSR table
 * of csr_table.c), in ascending address order, except pmpcfg* / pmpaddr*,
 * the unprivileged counters C00-C1F and the mhpmcounterN / mhpmeventN that
 * are not implemented. cm_slots_build lists them once, in cm_new.
 *
 * cm_read_slots gives all their values at once, for a harness that compares
 * every slot every cycle: straight-line code, a store per slot, with the mip
 * and mideleg views computed once. Every value is the stored field or the
 * view of csr_views.h that cm_csr_read returns for that address, so it is
 * what cm_peek_csr returns. The slots are written once, below, as lists
 * SLOT(address, value) in ascending address order; expanding the same lists
 * to their addresses gives the reader's order, which cm_slots_build checks
 * against the list taken from the CSR table.
 */
#include <stdio.h>
#include <stdlib.h>
#include "cm_internal.h"

/* ---- the slot lists, ascending address order ---- */

/* supervisor 100-180 (csrs-rv64.md §2.2) */
#define SUPERVISOR_SLOTS(SLOT)                                          \
    SLOT(CSR_SSTATUS,    cm_view_sstatus(s))                            \
    SLOT(CSR_SIE,        cm_view_sie(s, mideleg))                       \
    SLOT(CSR_STVEC,      s->stvec)                                      \
    SLOT(CSR_SCOUNTEREN, s->scounteren)                                 \
    SLOT(CSR_SENVCFG,    s->senvcfg)                                    \
    SLOT(CSR_SSCRATCH,   s->sscratch)                                   \
    SLOT(CSR_SEPC,       s->sepc)                                       \
    SLOT(CSR_SCAUSE,     s->scause)                                     \
    SLOT(CSR_STVAL,      s->stval)                                      \
    SLOT(CSR_SIP,        cm_view_sip(mip, mideleg))                     \
    SLOT(CSR_SATP,       s->satp)

/* virtual supervisor 200-280 (H) */
#define VSUPERVISOR_SLOTS(SLOT)                                         \
    SLOT(CSR_VSSTATUS,   cm_view_vsstatus(s))                           \
    SLOT(CSR_VSIE,       cm_view_vsie(s))                               \
    SLOT(CSR_VSTVEC,     s->vstvec)                                     \
    SLOT(CSR_VSSCRATCH,  s->vsscratch)                                  \
    SLOT(CSR_VSEPC,      s->vsepc)                                      \
    SLOT(CSR_VSCAUSE,    s->vscause)                                    \
    SLOT(CSR_VSTVAL,     s->vstval)                                     \
    SLOT(CSR_VSIP,       cm_view_vsip(s, mip))                          \
    SLOT(CSR_VSATP,      s->vsatp)

/* machine 300-320, before the mhpmevents */
#define MACHINE_SETUP_SLOTS(SLOT)                                       \
    SLOT(CSR_MSTATUS,    cm_view_mstatus(s))                            \
    SLOT(CSR_MISA,       m->misa)                                       \
    SLOT(CSR_MEDELEG,    s->medeleg)                                    \
    SLOT(CSR_MIDELEG,    mideleg)                                       \
    SLOT(CSR_MIE,        s->mie)                                        \
    SLOT(CSR_MTVEC,      s->mtvec)                                      \
    SLOT(CSR_MCOUNTEREN, s->mcounteren)                                 \
    SLOT(CSR_MENVCFG,    s->menvcfg)                                    \
    SLOT(CSR_MCOUNTINHIBIT, s->mcountinhibit)

/* machine 340-344 */
#define MACHINE_TRAP_SLOTS(SLOT)                                        \
    SLOT(CSR_MSCRATCH,   s->mscratch)                                   \
    SLOT(CSR_MEPC,       s->mepc)                                       \
    SLOT(CSR_MCAUSE,     s->mcause)                                     \
    SLOT(CSR_MTVAL,      s->mtval)                                      \
    SLOT(CSR_MIP,        mip)

/* machine 34A-34B (H) */
#define MACHINE_H_SLOTS(SLOT)                                           \
    SLOT(CSR_MTINST,     s->mtinst)                                     \
    SLOT(CSR_MTVAL2,     s->mtval2)

/* hypervisor 600-680 (H) */
#define HYPERVISOR_SLOTS(SLOT)                                          \
    SLOT(CSR_HSTATUS,    cm_view_hstatus(s))                            \
    SLOT(CSR_HEDELEG,    s->hedeleg)                                    \
    SLOT(CSR_HIDELEG,    s->hideleg)                                    \
    SLOT(CSR_HIE,        cm_view_hie(s))                                \
    SLOT(CSR_HTIMEDELTA, s->htimedelta)                                 \
    SLOT(CSR_HCOUNTEREN, s->hcounteren)                                 \
    SLOT(CSR_HGEIE,      s->hgeie)                                      \
    SLOT(CSR_HENVCFG,    s->henvcfg)                                    \
    SLOT(CSR_HTVAL,      s->htval)                                      \
    SLOT(CSR_HIP,        cm_view_hip(mip))                              \
    SLOT(CSR_HVIP,       cm_view_hvip(s))                               \
    SLOT(CSR_HTINST,     s->htinst)                                     \
    SLOT(CSR_HGATP,      s->hgatp)

/* trigger module with zero triggers 7A0-7A4 (triggers on; INTERFACE.md
 * §10): tselect, tdata1-3 read 0, tinfo "no trigger" (csr_read.c) */
#define TRIGGER_SLOTS(SLOT)                                             \
    SLOT(CSR_TSELECT,    0)                                             \
    SLOT(CSR_TDATA1,     0)                                             \
    SLOT(CSR_TDATA2,     0)                                             \
    SLOT(CSR_TDATA3,     0)                                             \
    SLOT(CSR_TINFO,      TINFO_NO_TRIGGER)

/* machine counters B00, B02, before the mhpmcounters */
#define COUNTER_SLOTS(SLOT)                                             \
    SLOT(CSR_MCYCLE,     s->mcycle)                                     \
    SLOT(CSR_MINSTRET,   s->minstret)

/* hgeip E12 (H) */
#define HGEIP_SLOTS(SLOT)                                               \
    SLOT(CSR_HGEIP,      cm_hgeip(m, &m->inv))

/* machine information F11-F15 */
#define ID_SLOTS(SLOT)                                                  \
    SLOT(CSR_MVENDORID,  m->cfg.mvendorid)                              \
    SLOT(CSR_MARCHID,    m->cfg.marchid)                                \
    SLOT(CSR_MIMPID,     m->cfg.mimpid)                                 \
    SLOT(CSR_MHARTID,    m->cfg.mhartid)                                \
    SLOT(CSR_MCONFIGPTR, 0)

/* Every slot of the configuration, ascending: the lists above with their
 * configuration conditions (INTERFACE.md §1, §10), and the implemented
 * mhpmevent3.. (323-) and mhpmcounter3.. (B03-). p is the output cursor. */
#define ALL_SLOTS(SLOT)                                                 \
    do {                                                                \
        SUPERVISOR_SLOTS(SLOT)                                          \
        if (m->cfg.h) { VSUPERVISOR_SLOTS(SLOT) }                       \
        MACHINE_SETUP_SLOTS(SLOT)                                       \
        for (unsigned k = 0; k < m->nhpm; k++)                          \
            SLOT(CSR_MHPMEVENT3 + k, s->mhpmevent[k])                   \
        MACHINE_TRAP_SLOTS(SLOT)                                        \
        if (m->cfg.h) { MACHINE_H_SLOTS(SLOT) HYPERVISOR_SLOTS(SLOT) }  \
        if (m->cfg.triggers) { TRIGGER_SLOTS(SLOT) }                    \
        COUNTER_SLOTS(SLOT)                                             \
        for (unsigned k = 0; k < m->nhpm; k++)                          \
            SLOT(CSR_MHPMCOUNTER3 + k, s->mhpmcounter[k])               \
        if (m->cfg.h) { HGEIP_SLOTS(SLOT) }                             \
        ID_SLOTS(SLOT)                                                  \
    } while (0)

#define SLOT_VALUE(addr, value) *p++ = (value);
#define SLOT_ADDR(addr, value)  *p++ = (addr);

void cm_read_slots(const struct cm_model *m, uint64_t *vals)
{
    const struct cm_state *s = &m->cur;
    const uint64_t mip = cm_mip(m, s, &m->inv);     /* mip, sip, vsip, hip */
    const uint64_t mideleg = cm_mideleg(m, s);      /* mideleg, sie, sip */
    uint64_t *p = vals;
    ALL_SLOTS(SLOT_VALUE);
}

/* The addresses in the order cm_read_slots writes them. */
static unsigned reader_order(const struct cm_model *m, unsigned *addrs)
{
    unsigned *p = addrs;
    ALL_SLOTS(SLOT_ADDR);
    return (unsigned)(p - addrs);
}

/* INTERFACE.md §10 "Debug slots": which existing CSRs have a slot. */
static int is_slot(const struct cm_model *m, unsigned addr)
{
    if (addr >= CSR_PMPCFG0 && addr <= CSR_PMPADDR63)
        return 0;
    if (addr >= CSR_CYCLE && addr <= CSR_HPMCOUNTER31)
        return 0;
    if (addr >= CSR_MHPMCOUNTER3 && addr <= CSR_MHPMCOUNTER31)
        return addr - CSR_MHPMCOUNTER3 < m->nhpm;
    if (addr >= CSR_MHPMEVENT3 && addr <= CSR_MHPMEVENT31)
        return addr - CSR_MHPMEVENT3 < m->nhpm;
    return 1;
}

static void slots_broken(const char *why, unsigned k)
{
    fprintf(stderr, "vitrap C model: internal error: %s (slot %u)\n", why, k);
    abort();
}

void cm_slots_build(struct cm_model *m)
{
    unsigned order[CM_MAX_SLOTS + 1];
    unsigned n = 0;
    for (unsigned a = 0; a < 4096; a++) {
        if (!m->csr_row[a] || !is_slot(m, a))
            continue;
        if (n == CM_MAX_SLOTS)
            slots_broken("more debug slots than CM_MAX_SLOTS", n);
        m->slot_addr[n++] = (uint16_t)a;
    }
    m->nslots = n;
    /* the reader writes exactly these, in this order: a model bug if not */
    if (reader_order(m, order) != n)
        slots_broken("cm_read_slots writes another number of slots than "
                     "the CSR table has", n);
    for (unsigned k = 0; k < n; k++)
        if (order[k] != m->slot_addr[k])
            slots_broken("cm_read_slots order differs from the CSR table", k);
}

unsigned cm_slot_addrs(const struct cm_model *m, unsigned *addrs, unsigned max)
{
    for (unsigned k = 0; k < m->nslots && k < max; k++)
        addrs[k] = m->slot_addr[k];
    return m->nslots;
}
