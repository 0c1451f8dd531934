/* The one C++ shim between the runner and the Verilator-built core SoC
 * (rtl/soc/vitrap_soc.v). Everything the runner needs from the Verilated
 * model goes through these extern "C" functions. The RAM is the runner's:
 * the shim only shows the RAM port requests and takes the read data. */
#ifndef TB_CORE_RTL_H
#define TB_CORE_RTL_H

#include <stdint.h>

#include "core_obs.h"

#ifdef __cplusplus
extern "C" {
#endif

struct core_rtl;

/* The RAM port requests of vitrap_soc in this cycle (PIPELINE.md 8.3). */
struct core_rtl_req {
    int i_req;
    uint64_t i_addr;
    int d_req, d_we;
    uint64_t d_addr; /* 8-aligned */
    unsigned d_wmask;
    uint64_t d_wdata;
};

struct core_rtl *core_rtl_new(void);
void core_rtl_free(struct core_rtl *r);

void core_rtl_set_rst(struct core_rtl *r, int rst);
/* Clock low: evaluate, read the observation and the RAM requests. */
void core_rtl_eval(struct core_rtl *r, struct core_obs *obs, struct core_rtl_req *req);
/* The rising edge, then the RAM's read data for the next cycle (NULL: the
 * port did not read and keeps its last data). */
void core_rtl_edge(struct core_rtl *r, const uint32_t *i_rdata, const uint64_t *d_rdata);

/* x0..x31 (live: the values of the last evaluation). */
const uint64_t *core_rtl_regs(struct core_rtl *r);
/* The unit's debug slots (live), and how many there are. */
const uint64_t *core_rtl_slots(struct core_rtl *r, unsigned *n);

/* VCD waveform: open a file, then dump only while enabled. 0 on success. */
int core_rtl_trace_open(struct core_rtl *r, const char *path);
void core_rtl_trace_enable(struct core_rtl *r, int on);
void core_rtl_trace_close(struct core_rtl *r);

#ifdef __cplusplus
}
#endif

#endif
