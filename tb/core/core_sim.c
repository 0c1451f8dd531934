/* One run of the core SoC in lock-step, or one side alone (core_sim.h). */
#define _POSIX_C_SOURCE 200809L
#include "core_sim.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "elf_load.h"
#include "vitrap_cfg.h"

#define RESET_CYCLES 2 /* PIPELINE.md section 1 */

static const char *const obs_names[] = {
#define CORE_OBS_NAME(f) #f,
    CORE_OBS_FIELDS(CORE_OBS_NAME)
#undef CORE_OBS_NAME
};
#define NOBS (sizeof obs_names / sizeof obs_names[0])

/* The model's RAM: its side's sparse image. */
static uint32_t ram_read32(void *ctx, uint64_t a) { return smem_read32(ctx, a); }
static uint64_t ram_read64(void *ctx, uint64_t a) { return smem_read64(ctx, a); }
static void ram_write64(void *ctx, uint64_t a, uint64_t d, unsigned mask)
{
    if (smem_write64(ctx, a, d, mask) != 0) {
        fprintf(stderr, "vitrap-run: out of memory for RAM pages\n");
        exit(2);
    }
}

int core_sim_init(struct core_sim *s, enum core_mode mode, const char *prog,
                  const struct core_model_cfg *cfg, const char *trace_path,
                  uint64_t trace_from, uint64_t trace_until, char *err, size_t errlen)
{
    memset(s, 0, sizeof *s);
    s->mode = mode;
    s->need_slots = mode == MODE_LOCKSTEP;
    s->trace_from = trace_from;
    s->trace_until = trace_until;
    struct elf_info info;
    if (smem_init(&s->r.mem, cfg->ram_base, cfg->ram_size) != 0) {
        snprintf(err, errlen, "out of memory for a %" PRIu64 "-byte RAM", cfg->ram_size);
        return -1;
    }
    if (elf_load(prog, &s->r.mem, &info, err, errlen) != 0)
        return -1;
    if (info.entry != cfg->reset_pc) {
        snprintf(err, errlen, "%s: entry point 0x%" PRIx64 " is not the reset PC 0x%" PRIx64,
                 prog, info.entry, cfg->reset_pc);
        return -1;
    }
    if (smem_clone(&s->m.mem, &s->r.mem) != 0) {
        snprintf(err, errlen, "out of memory copying the RAM image");
        return -1;
    }
    struct htif h = { info.has_tohost && smem_contains(&s->r.mem, info.tohost, 8),
                      info.tohost, info.has_fromhost ? info.fromhost : 0, NULL, NULL };
    s->r.htif = s->m.htif = h;
    /* the side that prints: the RTL's, or the model's when it runs alone */
    struct core_side *out = mode == MODE_MODEL ? &s->m : &s->r;
    out->htif.out = stdout;
    out->htif.err = stderr;

    if (mode != MODE_MODEL) {
        s->rtl = core_rtl_new();
        s->r.slots = core_rtl_slots(s->rtl, &s->r.nslots);
        if (trace_path && core_rtl_trace_open(s->rtl, trace_path) != 0) {
            snprintf(err, errlen, "cannot write waveform '%s'", trace_path);
            return -1;
        }
        core_rtl_set_rst(s->rtl, 1);
        for (int i = 0; i < RESET_CYCLES; i++) {
            struct core_rtl_req q;
            core_rtl_trace_enable(s->rtl, trace_from == 0);
            core_rtl_eval(s->rtl, &s->r.obs, &q);
            core_rtl_edge(s->rtl, NULL, NULL);
        }
        core_rtl_set_rst(s->rtl, 0);
    }
    if (mode != MODE_RTL) {
        static const struct core_ram ops0 = { NULL, ram_read32, ram_read64, ram_write64 };
        struct core_ram ops = ops0;
        ops.ctx = &s->m.mem;
        s->model = core_model_new(cfg, &ops);
        if (!s->model) {
            snprintf(err, errlen, "the core model refused the configuration");
            return -1;
        }
        for (int i = 0; i < RESET_CYCLES; i++)
            core_model_reset(s->model);
        s->m.nslots = cm_slot_addrs(core_model_unit(s->model), NULL, 0);
        s->m.slot_buf = calloc(s->m.nslots ? s->m.nslots : 1, sizeof(uint64_t));
        s->m.slots = s->m.slot_buf;
        unsigned addrs[VT_DBG_NSLOTS + 1];
        unsigned n = cm_slot_addrs(core_model_unit(s->model), addrs, VT_DBG_NSLOTS + 1);
        int same = n == VT_DBG_NSLOTS;
        for (unsigned i = 0; same && i < n; i++)
            same = addrs[i] == vt_dbg_slots[i].addr;
        if (!same) {
            snprintf(err, errlen, "the unit's C model and its RTL list different CSRs");
            return -1;
        }
    }
    if (mode == MODE_LOCKSTEP && s->r.nslots != s->m.nslots) {
        snprintf(err, errlen, "RTL and model have %u and %u debug slots", s->r.nslots,
                 s->m.nslots);
        return -1;
    }
    return 0;
}

void core_sim_free(struct core_sim *s)
{
    if (s->rtl)
        core_rtl_free(s->rtl);
    if (s->model)
        core_model_free(s->model);
    free(s->m.slot_buf);
    smem_free(&s->r.mem);
    smem_free(&s->m.mem);
}

const struct core_obs *core_sim_obs(const struct core_sim *s)
{
    return s->mode == MODE_MODEL ? &s->m.obs : &s->r.obs;
}

const struct core_side *core_sim_side(const struct core_sim *s)
{
    return s->mode == MODE_MODEL ? &s->m : &s->r;
}

static void append(char *buf, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void append(char *buf, size_t cap, const char *fmt, ...)
{
    size_t n = strlen(buf);
    if (n + 1 >= cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + n, cap - n, fmt, ap);
    va_end(ap);
}

/* The report of a difference in this cycle: every field, register and CSR
 * that differs, then the last cycles as the RTL saw them. */
static void report(struct core_sim *s)
{
    char *b = s->mismatch;
    size_t cap = sizeof s->mismatch;
    b[0] = '\0';
    append(b, cap, "lock-step mismatch at cycle %" PRIu64 " (RTL vs model):\n", s->cycle);
    const uint64_t *ro = (const uint64_t *)&s->r.obs, *mo = (const uint64_t *)&s->m.obs;
    for (size_t i = 0; i < NOBS; i++)
        if (ro[i] != mo[i])
            append(b, cap, "  %-18s RTL 0x%016" PRIx64 "  model 0x%016" PRIx64 "\n", obs_names[i],
                   ro[i], mo[i]);
    for (int i = 1; i < 32; i++)
        if (s->r.regs[i] != s->m.regs[i])
            append(b, cap, "  x%-17d RTL 0x%016" PRIx64 "  model 0x%016" PRIx64 "\n", i,
                   s->r.regs[i], s->m.regs[i]);
    for (unsigned i = 0; i < s->r.nslots; i++)
        if (s->r.slots[i] != s->m.slots[i])
            append(b, cap, "  %-18s RTL 0x%016" PRIx64 "  model 0x%016" PRIx64 "\n",
                   vt_dbg_slots[i].name, s->r.slots[i], s->m.slots[i]);
    append(b, cap, "  the last cycles (RTL): cycle: IF ID EX MEM WB pcs | hold redirect | "
                   "fetch data | bus\n");
    for (int k = CORE_HIST - 1; k >= 0; k--) {
        if ((uint64_t)k > s->cycle)
            continue;
        const struct core_hist *h = &s->hist[(s->cycle - (uint64_t)k) % CORE_HIST];
        const struct core_obs *o = &h->obs;
        append(b, cap,
               "  %8" PRIu64 ": %08" PRIx64 " %08" PRIx64 " %08" PRIx64 " %08" PRIx64
               " %08" PRIx64 " | %" PRIx64 " %" PRIx64 " | i 0x%08x d 0x%016" PRIx64,
               s->cycle - (uint64_t)k, o->if_pc, o->id_pc, o->ex_pc, o->mem_pc, o->wb_pc,
               o->hold_why, o->redirect_why, h->i_rdata, h->d_rdata);
        if (o->d_req)
            append(b, cap, " | %s 0x%" PRIx64 " size %" PRIu64 " data 0x%" PRIx64,
                   o->d_we ? "write" : "read", o->d_addr, (uint64_t)1 << o->d_size, o->d_wdata);
        append(b, cap, "\n");
    }
}

static int differs(const struct core_sim *s)
{
    return memcmp(&s->r.obs, &s->m.obs, sizeof s->r.obs) != 0 ||
           memcmp(s->r.regs, s->m.regs, sizeof s->r.regs) != 0 ||
           memcmp(s->r.slots, s->m.slots, s->r.nslots * sizeof(uint64_t)) != 0;
}

/* After the edge: the UART's byte and the HTIF host of one side. */
static int side_host(struct core_side *sd, int *code)
{
    const struct core_obs *o = &sd->obs;
    if (o->uart_tx_valid && sd->htif.out)
        fputc((int)(o->uart_tx_byte & 0xff), sd->htif.out);
    if (o->d_req && o->d_we && htif_store_hits(&sd->htif, o->d_addr, 1u << o->d_size))
        return htif_service(&sd->htif, &sd->mem, code);
    return HTIF_RUN;
}

int core_sim_step(struct core_sim *s, int *code)
{
    struct core_rtl_req q;
    if (s->rtl) {
        core_rtl_trace_enable(s->rtl, s->cycle >= s->trace_from && s->cycle <= s->trace_until);
        core_rtl_eval(s->rtl, &s->r.obs, &q);
        if (s->mode == MODE_LOCKSTEP)
            memcpy(s->r.regs, core_rtl_regs(s->rtl), sizeof s->r.regs);
    }
    if (s->model) {
        core_model_eval(s->model, &s->m.obs);
        if (s->need_slots)
            cm_read_slots(core_model_unit(s->model), s->m.slot_buf);
    }
    if (s->mode == MODE_LOCKSTEP) {
        core_model_regs(s->model, s->m.regs);
        struct core_hist *h = &s->hist[s->cycle % CORE_HIST];
        h->obs = s->r.obs;
        h->i_rdata = s->i_rdata;
        h->d_rdata = s->d_rdata;
        if (differs(s)) {
            report(s);
            return SIM_MISMATCH;
        }
    }
    if (s->rtl) {
        /* the RAM (PIPELINE.md 8.3): reads sample before the write */
        int di = q.i_req && smem_contains(&s->r.mem, q.i_addr & ~3ull, 4);
        int dr = q.d_req && !q.d_we && smem_contains(&s->r.mem, q.d_addr, 8);
        if (di)
            s->i_rdata = smem_read32(&s->r.mem, q.i_addr & ~3ull);
        if (dr)
            s->d_rdata = smem_read64(&s->r.mem, q.d_addr & ~7ull);
        if (q.d_req && q.d_we && smem_contains(&s->r.mem, q.d_addr, 8))
            ram_write64(&s->r.mem, q.d_addr & ~7ull, q.d_wdata, q.d_wmask);
        core_rtl_edge(s->rtl, di ? &s->i_rdata : NULL, dr ? &s->d_rdata : NULL);
    }
    if (s->model)
        core_model_clock(s->model);
    const struct core_obs *o = core_sim_obs(s);
    s->retired += o->retire;
    s->cycle++;
    int rc_r = HTIF_RUN, rc_m = HTIF_RUN, code_r = 0, code_m = 0;
    if (s->rtl)
        rc_r = side_host(&s->r, &code_r);
    if (s->model)
        rc_m = side_host(&s->m, &code_m);
    if (s->mode == MODE_LOCKSTEP && (rc_r != rc_m || code_r != code_m)) {
        snprintf(s->mismatch, sizeof s->mismatch,
                 "lock-step mismatch at cycle %" PRIu64 ": the HTIF host saw different RAM "
                 "(RTL %s %d, model %s %d)\n",
                 s->cycle - 1, rc_r ? "exit" : "run", code_r, rc_m ? "exit" : "run", code_m);
        return SIM_MISMATCH;
    }
    if ((s->mode == MODE_MODEL ? rc_m : rc_r) == HTIF_EXIT) {
        *code = s->mode == MODE_MODEL ? code_m : code_r;
        return SIM_EXIT;
    }
    return SIM_RUN;
}
