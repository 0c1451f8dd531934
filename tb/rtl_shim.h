/* The one C++ shim between the C harness and the Verilator-built RTL.
 * Everything the harness needs from the Verilated model goes through these
 * extern "C" functions; the port structs are the C model's (cmodel.h). */
#ifndef TB_RTL_SHIM_H
#define TB_RTL_SHIM_H

#include <stdint.h>

#include "cmodel.h"

#ifdef __cplusplus
extern "C" {
#endif

struct rtl;

struct rtl *rtl_new(void);
void rtl_free(struct rtl *r);

/* Clock low: drive the inputs, evaluate, read every output (the debug slots:
 * rtl_dbg_slots). */
void rtl_eval(struct rtl *r, const struct cm_in *in, struct cm_out *out);

/* The debug slots themselves, VT_DBG_NSLOTS words in slot order, live: they
 * hold the values of the last evaluation (no copy per cycle). */
const uint64_t *rtl_dbg_slots(struct rtl *r);

/* Rising then falling clock edge with the inputs of the last rtl_eval. */
void rtl_edge(struct rtl *r);

/* VCD waveform: open a file, then dump only while enabled. 0 on success. */
int rtl_trace_open(struct rtl *r, const char *path);
void rtl_trace_enable(struct rtl *r, int on);
void rtl_trace_close(struct rtl *r);

#ifdef __cplusplus
}
#endif

#endif
