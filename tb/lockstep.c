/* Lock-step comparison of the C model against the Verilated RTL. */
#include "lockstep.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "asm.h"
#include "cfg_from_header.h"
#include "csr_names.h"
#include "rtl_shim.h"
#include "vitrap_cfg.h"

void ls_config_from_rtl(struct cm_config *cfg)
{
    cfg_from_header(cfg);
}

void ls_config_describe(const struct cm_config *c, char *buf, size_t size)
{
    snprintf(buf, size,
             "h=%s wfi_timeout=%" PRIu32 " hpm_counters=%d geilen=%d mtval_insn=%s ext=%s%s%s "
             "triggers=%s mvendorid=0x%" PRIx32 " marchid=0x%" PRIx64 " mimpid=0x%" PRIx64
             " mhartid=0x%" PRIx64 "%s",
             c->h ? "on" : "off", c->wfi_timeout, c->hpm_counters, c->geilen,
             c->mtval_insn ? "on" : "off", c->ext_a ? "A" : "", c->ext_m ? "M" : "",
             c->ext_c ? "C" : "", c->triggers ? "on" : "off", c->mvendorid, c->marchid,
             c->mimpid, c->mhartid, c->virtual_insn ? "" : " virtual_instruction=off");
}

int ls_init(struct lockstep *ls, const char *trace_path, uint64_t trace_from, uint64_t trace_until)
{
    memset(ls, 0, sizeof *ls);
    ls_config_from_rtl(&ls->cfg);
    ls->model = cm_new(&ls->cfg);
    if (!ls->model) {
        fprintf(stderr, "vitrap-cosim: the C model rejected the configuration\n");
        return -1;
    }
    ls->rtl = rtl_new();
    ls->rtl_dbg = rtl_dbg_slots(ls->rtl);
    ls->nslots = cm_slot_addrs(ls->model, NULL, 0);
    ls->model_dbg = calloc(ls->nslots ? ls->nslots : 1, sizeof(uint64_t));
    ls->model_addrs = calloc(ls->nslots ? ls->nslots : 1, sizeof(unsigned));
    if (!ls->model_dbg || !ls->model_addrs) {
        fprintf(stderr, "vitrap-cosim: out of memory\n");
        return -1;
    }
    cm_slot_addrs(ls->model, ls->model_addrs, ls->nslots);
    ls->trace_from = trace_from;
    ls->trace_until = trace_until;
    if (trace_path && rtl_trace_open(ls->rtl, trace_path) != 0) {
        fprintf(stderr, "vitrap-cosim: cannot write waveform '%s'\n", trace_path);
        return -1;
    }
    return 0;
}

void ls_fini(struct lockstep *ls)
{
    if (ls->rtl)
        rtl_free(ls->rtl);
    if (ls->model)
        cm_free(ls->model);
    free(ls->model_dbg);
    free(ls->model_addrs);
    ls->model_dbg = NULL;
    ls->model_addrs = NULL;
    ls->rtl = NULL;
    ls->model = NULL;
    ls->rtl_dbg = NULL;
}

static void print_inputs(const struct cm_in *in, uint64_t cycle)
{
    fprintf(stderr,
            "  %8" PRIu64 " rst=%d v=%d pc=%016" PRIx64 " insn=%08" PRIx32 " rs1=%016" PRIx64
            " exc=%d/%u tval=%" PRIx64 " tval2=%" PRIx64 " tinst=%" PRIx64 " gva=%d"
            " irq(me,mt,ms,se)=%d%d%d%d sgeip=%" PRIx64 " mtime=%" PRIx64 " ret=%d\n",
            cycle, in->rst, in->commit_valid, in->commit_pc, in->commit_insn, in->commit_rs1,
            in->exc_valid, in->exc_cause, in->exc_tval, in->exc_tval2, in->exc_tinst, in->exc_gva,
            in->irq_meip, in->irq_mtip, in->irq_msip, in->irq_seip, in->irq_sgeip, in->mtime,
            in->retire_in);
}

/* The failure report: a mismatch (with both values) or a failed check. */
static void report_failure(struct lockstep *ls, const char *kind, const char *what,
                           const uint64_t *rtl_val, const uint64_t *model_val)
{
    char cfg[512];
    ls->mismatch = 1;
    ls->mismatch_cycle = ls->cycle;
    if (ls->silent)
        return;
    ls_config_describe(&ls->cfg, cfg, sizeof cfg);
    fprintf(stderr, "%s at cycle %" PRIu64 ": %s\n", kind, ls->cycle, what);
    if (rtl_val && model_val)
        fprintf(stderr, "  RTL   = 0x%016" PRIx64 "\n  model = 0x%016" PRIx64 "\n", *rtl_val,
                *model_val);
    if (ls->context)
        fprintf(stderr, "  where: %s\n", ls->context);
    fprintf(stderr, "  config: %s\n", cfg);
    uint64_t first = ls->cycle + 1 > LS_HISTORY ? ls->cycle + 1 - LS_HISTORY : 0;
    fprintf(stderr, "  inputs of the last %" PRIu64 " cycles:\n", ls->cycle + 1 - first);
    for (uint64_t c = first; c <= ls->cycle; c++)
        print_inputs(&ls->history[c % LS_HISTORY], c);
    if (ls->repro)
        fprintf(stderr, "  reproduce: %s\n", ls->repro);
}

static void report(struct lockstep *ls, const char *what, uint64_t rtl_val, uint64_t model_val)
{
    report_failure(ls, "MISMATCH", what, &rtl_val, &model_val);
}

void ls_fail(struct lockstep *ls, const char *what)
{
    if (!ls->mismatch)
        report_failure(ls, "CHECK FAILED", what, NULL, NULL);
}

_Static_assert(sizeof(struct cm_out) == 5 * 8 + 22 * 4,
               "struct cm_out must have no padding: the compare is one memcmp");

#define CMP(field)                                                                                 \
    do {                                                                                           \
        if ((uint64_t)r.field != (uint64_t)m.field) {                                              \
            report(ls, "output " #field, (uint64_t)r.field, (uint64_t)m.field);                    \
            return 1;                                                                              \
        }                                                                                          \
    } while (0)

/* gen/INTERFACE.md "Debug slots": every CSR that exists has a slot, except
 * the PMP CSRs, the unprivileged counters and unimplemented HPM CSRs. */
static int slot_expected(const struct cm_config *c, unsigned addr)
{
    unsigned hpm_end = 3u + (unsigned)c->hpm_counters;
    if (addr >= 0x3A0 && addr <= 0x3EF)
        return 0;
    if (addr >= 0xC00 && addr <= 0xC1F)
        return 0;
    if (addr >= 0xB03 && addr <= 0xB1F && addr - 0xB00 >= hpm_end)
        return 0;
    if (addr >= 0x323 && addr <= 0x33F && addr - 0x320 >= hpm_end)
        return 0;
    return 1;
}

/* Once, in the first cycle: do the RTL's slot list (the generator's, in
 * vitrap_cfg.h) and the model's (cm_slot_addrs, its own reading of the same
 * rule) name the same CSRs in the same order, and does it cover every CSR the
 * model implements? */
static int check_slot_coverage(struct lockstep *ls)
{
    for (unsigned k = 0; k < ls->nslots || k < (unsigned)VT_DBG_NSLOTS; k++) {
        unsigned ma = k < ls->nslots ? ls->model_addrs[k] : 0x1000;
        unsigned ra = k < (unsigned)VT_DBG_NSLOTS ? vt_dbg_slots[k].addr : 0x1000;
        if (ma != ra) {
            char what[160], nm[32];
            snprintf(what, sizeof what,
                     "debug slot %u: the RTL's is CSR 0x%03x (%s), the model's is 0x%03x (%s)", k,
                     ra, ra < 0x1000 ? vt_dbg_slots[k].name : "none", ma,
                     ma < 0x1000 ? csr_name_of(ma, nm, sizeof nm) : "none");
            report(ls, what, ra, ma);
            return 1;
        }
    }
    for (unsigned addr = 0; addr < 4096; addr++) {
        uint64_t v;
        int in_rtl = 0;
        if (!cm_peek_csr(ls->model, addr, &v) || !slot_expected(&ls->cfg, addr))
            continue;
        for (int k = 0; k < VT_DBG_NSLOTS && !in_rtl; k++)
            in_rtl = vt_dbg_slots[k].addr == addr;
        if (!in_rtl) {
            char what[96], nm[32];
            snprintf(what, sizeof what, "CSR %s (0x%03x) exists in the model but not in the RTL",
                     csr_name_of(addr, nm, sizeof nm), addr);
            report(ls, what, 0, v);
            return 1;
        }
    }
    return 0;
}

/* Reports the first output that differs between the RTL (r) and the model
 * (m); returns 1 if one did. */
static int first_output_difference(struct lockstep *ls, const struct cm_out *rp,
                                   const struct cm_out *mp)
{
    const struct cm_out r = *rp, m = *mp;
    CMP(csr_rdata);
    CMP(retire);
    CMP(stall);
    CMP(trap);
    CMP(trap_irq);
    CMP(trap_code);
    CMP(xret);
    CMP(redirect);
    CMP(redirect_pc);
    CMP(priv);
    CMP(virt);
    CMP(ls_priv);
    CMP(ls_virt);
    CMP(hlsv_priv);
    CMP(satp);
    CMP(vsatp);
    CMP(hgatp);
    CMP(mxr);
    CMP(sum);
    CMP(vs_mxr);
    CMP(vs_sum);
    CMP(sfence_vma);
    CMP(hfence_vvma);
    CMP(hfence_gvma);
    CMP(flush);
    CMP(dbg_wfi_wait);
    CMP(dbg_wfi_cnt);
    return 0;
}

int ls_eval(struct lockstep *ls, const struct cm_in *in, struct cm_out *out)
{
    struct cm_out m, r;
    if (ls->mismatch)
        return 1;
    ls->history[ls->cycle % LS_HISTORY] = *in;
    rtl_trace_enable(ls->rtl, ls->cycle >= ls->trace_from && ls->cycle <= ls->trace_until);
    cm_eval(ls->model, in, &m);
    rtl_eval(ls->rtl, in, &r);
    if (!ls->reset_done) {
        /* Before the first reset edge the RTL's state is undefined: nothing
         * to compare yet. */
        ls->reset_pending = in->rst;
        *out = m;
        return 0;
    }
    /* every output: one memcmp (struct cm_out has no padding), then field by
     * field to name the first that differs */
    if (memcmp(&r, &m, sizeof r) != 0 && first_output_difference(ls, &r, &m))
        return 1;
    /* gen/INTERFACE.md section 7: only a WFI waiting at commit stalls the unit */
    if (r.stall && !(in->commit_valid && in->commit_insn == ASM_WFI)) {
        ls_fail(ls, "watchdog: the unit stalls with no WFI at commit");
        return 1;
    }
    if (!ls->coverage_checked && (ls->coverage_checked = 1) && check_slot_coverage(ls))
        return 1;
    /* every CSR, every cycle: the model's slot values against the RTL's */
    cm_read_slots(ls->model, ls->model_dbg);
    if (memcmp(ls->model_dbg, ls->rtl_dbg, sizeof(uint64_t) * ls->nslots) != 0) {
        for (unsigned k = 0; k < ls->nslots; k++)
            if (ls->model_dbg[k] != ls->rtl_dbg[k]) {
                char what[96];
                snprintf(what, sizeof what, "CSR %s (0x%03x)", vt_dbg_slots[k].name,
                         vt_dbg_slots[k].addr);
                report(ls, what, ls->rtl_dbg[k], ls->model_dbg[k]);
                return 1;
            }
    }
    *out = m;
    return 0;
}

void ls_clock(struct lockstep *ls)
{
    cm_clock(ls->model);
    rtl_edge(ls->rtl);
    if (ls->reset_pending)
        ls->reset_done = 1;
    ls->cycle++;
}

int ls_peek(struct lockstep *ls, unsigned addr, uint64_t *val)
{
    int exists = cm_peek_csr(ls->model, addr, val);
    if (!exists || ls->mismatch)
        return exists;
    for (int k = 0; k < VT_DBG_NSLOTS; k++)
        if (vt_dbg_slots[k].addr == addr && ls->rtl_dbg[k] != *val) {
            char what[96], nm[32];
            snprintf(what, sizeof what, "CSR %s (0x%03x) after the clock edge",
                     csr_name_of(addr, nm, sizeof nm), addr);
            report(ls, what, ls->rtl_dbg[k], *val);
        }
    return exists;
}
