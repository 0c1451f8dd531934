/* vitrap C model: what the committed instruction does in a cycle, in the
 * priority of gen/INTERFACE.md §5 (interrupt, handed-in exception, the
 * unit's own exception, WFI wait, retire).
 *
 * cm_commit reads the state before the edge and this cycle's inputs, sets
 * the event outputs and records in the edge (struct cm_edge) what the clock
 * edge will do: trap entry, xRET, CSR write, WFI wait.
 */
#include "cm_internal.h"
#include "csr_access.h"
#include "sys_decode.h"
#include "wfi.h"

/* INTERFACE.md §5 rule 2/4: explicit-memory exception codes */
static int is_explicit_mem_exc(unsigned code)
{
    switch (code) {
    case 4: case 5: case 6: case 7: case 13: case 15: case 21: case 23:
        return 1;
    default:
        return 0;
    }
}

/* The trap of rules 1-4: its outputs and the edge that enters it. e->trap
 * holds the code, xtval, xtval2, xtinst and GVA; the pc is the committed
 * instruction's (traps.md §2: xepc). */
static void take_trap(const struct cm_state *c, uint64_t pc, enum cm_target tgt,
                      struct cm_out *out, struct cm_edge *e)
{
    e->trap.epc = pc;
    e->effect = EFFECT_TRAP;
    e->tgt = tgt;
    out->trap = 1;
    out->trap_irq = e->trap.irq;
    out->trap_code = e->trap.code;
    out->redirect = 1;
    out->redirect_pc = cm_trap_pc(c, tgt, &e->trap);
}

/* A synchronous exception: its target (traps.md §1.1), then as any trap. */
static void take_exception(const struct cm_model *m, const struct cm_state *c,
                           uint64_t pc, struct cm_out *out, struct cm_edge *e)
{
    e->trap.irq = 0;
    take_trap(c, pc, cm_exc_target(m, c, e->trap.code), out, e);
}

/* The committed instruction of this cycle: INTERFACE.md §5 rules 1-6.
 * Sets the event outputs in *out (0 on entry) and the effect of the edge. */
void cm_commit(struct cm_model *m, const struct cm_in *in,
               struct cm_out *out, struct cm_edge *e)
{
    const struct cm_state *c = &m->cur;
    const uint64_t pc = in->commit_pc;
    const uint32_t insn = in->commit_insn;
    /* the pending and enabled interrupts, all that rule 1 and a WFI look at
     * (mip is not computed when mie is 0) */
    const uint64_t pe = c->mie ? cm_mip(m, c, &m->inv) & c->mie : 0;
    struct cm_trap *t = &e->trap;   /* filled on the way to a trap */

    if (!c->wfi_wait && pe) {
        struct cm_irq irq;
        if (cm_irq_select(m, c, pe, &irq)) {
            /* rule 1: interrupt, taken before the instruction executes
             * (traps.md ambiguity T1); xtval/tval2/tinst/GVA = 0 (§6) */
            t->irq = 1;
            t->code = irq.code;
            t->tval = t->tval2 = t->tinst = 0;
            t->gva = 0;
            take_trap(c, pc, irq.target, out, e);
            return;
        }
    }

    enum cm_verdict vd = VERDICT_OK;
    enum cm_verdict wfi_vd;
    enum wfi_outcome wo = WFI_RETIRE;
    /* the unit's own exception, if any (INTERFACE.md §11) */
    int own = 0;
    unsigned own_code = 0;
    uint64_t own_tval = 0;
    int own_gva = 0;

    const enum sys_kind kind = cm_sys_decode(insn, m->cfg.h);
    switch (kind) {
    case SK_OTHER:
        break;  /* ordinary: never traps here */
    case SK_CSR:
        vd = cm_csr_access(m, c, csr_insn_addr(insn), csr_insn_writes(insn));
        break;
    case SK_WFI:
        wo = cm_wfi_step(m, c, pe, &wfi_vd);
        if (wo == WFI_TRAP)
            vd = wfi_vd;
        break;
    case SK_ECALL:
        /* INTERFACE.md §11: xtval = 0, GVA = 0 */
        own = 1;
        own_code = cm_ecall_cause(c);
        break;
    case SK_EBREAK:
        /* INTERFACE.md §11: xtval = pc, GVA = V (traps.md §2.6) */
        own = 1;
        own_code = EXC_BREAKPOINT;
        own_tval = pc;
        own_gva = c->v;
        break;
    default:
        vd = cm_sys_decide(c, kind);
        break;
    }
    if (vd != VERDICT_OK) {
        /* II / VI: xtval = insn bits or 0, tval2 = tinst = 0, GVA = 0
         * (INTERFACE.md §11; virtual-instruction.md §5). A VI raises 22, or
         * 2 with virtual_insn = 0 (INTERFACE.md §1 `virtual_instruction`;
         * m->vi_code), for CSRs, xRET/fences/HLV and WFI alike; the target
         * below then follows medeleg/hedeleg of the cause raised. */
        own = 1;
        own_code = vd == VERDICT_II ? EXC_ILLEGAL : m->vi_code;
        own_tval = m->cfg.mtval_insn ? insn : 0;
    }

    if (in->exc_valid &&
        (!is_explicit_mem_exc(in->exc_cause & 0x1F) || !own)) {
        /* rules 2 and 4: handed-in exception */
        t->code = in->exc_cause & 0x1F;
        t->tval = in->exc_tval;
        t->tval2 = in->exc_tval2;
        t->tinst = in->exc_tinst;
        t->gva = in->exc_gva != 0;
        take_exception(m, c, pc, out, e);
        return;
    }
    if (own) {
        /* rule 3: the unit's own exception */
        t->code = own_code;
        t->tval = own_tval;
        t->tval2 = t->tinst = 0;
        t->gva = own_gva;
        take_exception(m, c, pc, out, e);
        return;
    }
    if (wo == WFI_STALL) {
        /* rule 5: WFI waits */
        out->stall = 1;
        e->stall = 1;
        e->wfi_cnt = cm_wfi_count(m, c);
        return;
    }

    /* rule 6: the instruction retires with its effects */
    out->retire = 1;
    switch (kind) {
    case SK_CSR: {
        const unsigned addr = csr_insn_addr(insn);
        const struct csr_desc *row = cm_csr_lookup(m, addr);  /* legal: exists */
        const unsigned eaddr = cm_csr_subst(row, addr, c->v);
        const uint64_t rd = cm_csr_read(m, c, &m->inv, eaddr, c->v);
        out->csr_rdata = rd;
        if (csr_insn_writes(insn)) {
            uint64_t src = csr_insn_imm(insn) ? csr_insn_uimm(insn) : in->commit_rs1;
            uint64_t old = rd;
            /* csrs-rv64.md §5: CSRRS/CSRRC on mip modify the software SEIP
             * bit, not the OR with the line */
            if (eaddr == CSR_MIP)
                old = (old & ~MIP_SEIP) | (c->mip_sw & MIP_SEIP);
            e->effect = EFFECT_CSR_WRITE;
            e->csr_addr = eaddr;
            switch (csr_insn_op(insn)) {
            case CSROP_RW: e->csr_val = src; break;
            case CSROP_RS: e->csr_val = old | src; break;
            default:       e->csr_val = old & ~src; break;
            }
            out->flush = row->flush;
            e->csr_flush = row->flush;
        }
        return;
    }
    case SK_MRET:
        out->xret = 1;
        out->redirect = 1;
        out->redirect_pc = cm_mret_pc(c);
        e->effect = EFFECT_MRET;
        return;
    case SK_SRET:
        out->xret = 1;
        out->redirect = 1;
        out->redirect_pc = cm_sret_pc(c);
        e->effect = EFFECT_SRET;
        return;
    case SK_SFENCE_VMA:
        out->sfence_vma = 1;
        out->flush = 1;
        return;
    case SK_HFENCE_VVMA:
        out->hfence_vvma = 1;
        out->flush = 1;
        return;
    case SK_HFENCE_GVMA:
        out->hfence_gvma = 1;
        out->flush = 1;
        return;
    default:
        return;  /* ordinary, WFI woken, HLV/HSV: nothing here */
    }
}
