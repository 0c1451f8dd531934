/* Spike-format commit log (commit_log.h). */
#include "commit_log.h"

#include <inttypes.h>

#include "csr_names.h"

static const char *const exc_names[24] = {
    "instruction_address_misaligned", "instruction_access_fault", "illegal_instruction",
    "breakpoint", "load_address_misaligned", "load_access_fault", "store_address_misaligned",
    "store_access_fault", "user_ecall", "supervisor_ecall", "virtual_supervisor_ecall",
    "machine_ecall", "instruction_page_fault", "load_page_fault", NULL, "store_page_fault",
    NULL, NULL, NULL, NULL, "instruction_guest_page_fault", "load_guest_page_fault",
    "virtual_instruction", "store_guest_page_fault",
};
static const char *const irq_names[13] = {
    NULL, "supervisor_software_interrupt", "virtual_supervisor_software_interrupt",
    "machine_software_interrupt", NULL, "supervisor_timer_interrupt",
    "virtual_supervisor_timer_interrupt", "machine_timer_interrupt", NULL,
    "supervisor_external_interrupt", "virtual_supervisor_external_interrupt",
    "machine_external_interrupt", "supervisor_guest_external_interrupt",
};

void commit_log_init(struct commit_log *l, FILE *f, int (*slot_of)(unsigned addr))
{
    l->f = f;
    l->trap_pending = 0;
    l->slot_mcause = slot_of(0x342);
    l->slot_mtval = slot_of(0x343);
    l->slot_scause = slot_of(0x142);
    l->slot_stval = slot_of(0x143);
    l->slot_vscause = slot_of(0x242);
    l->slot_vstval = slot_of(0x243);
}

static uint64_t slot(const uint64_t *slots, int i) { return i >= 0 ? slots[i] : 0; }

static void log_trap(struct commit_log *l, const struct core_obs *o, const uint64_t *slots)
{
    unsigned c = (unsigned)l->trap_code;
    const char *nm = l->trap_irq ? (c < 13 ? irq_names[c] : NULL) : (c < 24 ? exc_names[c] : NULL);
    fprintf(l->f, "core   0: %s ", l->trap_irq ? "interrupt" : "exception");
    if (nm)
        fprintf(l->f, "trap_%s", nm);
    else
        fprintf(l->f, "trap_#%u", c);
    fprintf(l->f, ", epc 0x%016" PRIx64 "\n", l->trap_epc);
    if (l->trap_irq)
        return;
    /* where the trap went: the mode after it (gen/INTERFACE.md section 11) */
    uint64_t tval = o->priv == 3 ? slot(slots, l->slot_mtval)
                    : o->virt    ? slot(slots, l->slot_vstval)
                                 : slot(slots, l->slot_stval);
    fprintf(l->f, "core   0:           tval 0x%016" PRIx64 "\n", tval);
}

/* The CSR a CSR instruction writes (gen/INTERFACE.md section 3), after the
 * V=1 substitution of the supervisor addresses; -1 if it only reads. */
static int csr_written(uint32_t insn, int virt)
{
    unsigned f3 = insn >> 12 & 7, rs1 = insn >> 15 & 31, addr = insn >> 20;
    if ((insn & 0x7f) != 0x73 || f3 == 0 || f3 == 4)
        return -1;
    if ((f3 & 3) != 1 && rs1 == 0) /* CSRRS/C(I) with rs1/uimm 0 */
        return -1;
    if (virt && (addr == 0x100 || addr == 0x104 || addr == 0x105 || addr == 0x180 ||
                 (addr >= 0x140 && addr <= 0x144)))
        addr += 0x100;
    return (int)addr;
}

static void log_insn(const struct core_obs *o, FILE *f, const uint64_t *slots,
                     int (*slot_of)(unsigned addr))
{
    fprintf(f, "core   0: %u%s 0x%016" PRIx64 " (0x%08" PRIx64 ")", (unsigned)o->wb_priv,
            o->wb_virt ? "v" : "", o->wb_pc, o->wb_insn);
    if (o->wb_rd_we)
        fprintf(f, " x%-2u 0x%016" PRIx64, (unsigned)o->wb_rd, o->wb_value);
    int csr = csr_written((uint32_t)o->wb_insn, (int)o->wb_virt);
    if (csr >= 0) {
        char nm[32];
        fprintf(f, " c%d_%s 0x%016" PRIx64, csr, csr_name_of((unsigned)csr, nm, sizeof nm),
                slot(slots, slot_of((unsigned)csr)));
    }
    if (o->wb_mem) {
        int digits = 2 << o->wb_mem_size;
        uint64_t mask = o->wb_mem_size >= 3 ? ~0ull : (1ull << (8u << o->wb_mem_size)) - 1;
        if (o->wb_mem != OBS_MEM_STORE)
            fprintf(f, " mem 0x%016" PRIx64, o->wb_mem_addr);
        if (o->wb_mem != OBS_MEM_LOAD)
            fprintf(f, " mem 0x%016" PRIx64 " 0x%0*" PRIx64, o->wb_mem_addr, digits,
                    o->wb_mem_wdata & mask);
    }
    fputc('\n', f);
}

void commit_log_cycle(struct commit_log *l, const struct core_obs *o, const uint64_t *slots,
                      int (*slot_of)(unsigned addr))
{
    if (!l->f)
        return;
    if (o->wb_valid)
        log_insn(o, l->f, slots, slot_of);
    if (l->trap_pending) {
        log_trap(l, o, slots);
        l->trap_pending = 0;
    }
    if (o->trap) {
        l->trap_pending = 1;
        l->trap_epc = o->mem_pc;
        l->trap_code = o->trap_code;
        l->trap_irq = o->trap_irq;
    }
}
