/* What the core and SoC show every cycle (rtl/core/PIPELINE.md section 10):
 * the C model fills this struct, the runner fills one from the RTL's obs_*
 * output ports of vitrap_soc (field x = port obs_x), and lock-step compares
 * the two with one memcmp. Every field is 64 bits wide so the struct has no
 * padding; a field with no meaning in a cycle is 0 (PIPELINE.md section 10). */
#ifndef VITRAP_CORE_OBS_H
#define VITRAP_CORE_OBS_H

#include <stdint.h>

/* hold_why bits */
#define OBS_HOLD_WFI     1u  /* the unit's stall: a WFI waits at commit */
#define OBS_HOLD_AMO     2u  /* an AMO's first cycle at MEM */
#define OBS_HOLD_BUSY    4u  /* e_busy: a divide or (rev. 3) a multiply that has not
                              * reached its last cycle */
#define OBS_HOLD_DIV     OBS_HOLD_BUSY  /* its revision 2 name */
#define OBS_HOLD_LOADUSE 8u  /* d_hazard */
/* redirect_why bits */
#define OBS_REDIR_COMMIT 1u
#define OBS_REDIR_EX     2u
#define OBS_REDIR_IF     4u  /* f_redirect (revision 1: d_redirect) */
/* d_kind */
enum { OBS_K_LOAD, OBS_K_HLV, OBS_K_HLVX, OBS_K_STORE, OBS_K_HSV, OBS_K_LR, OBS_K_SC, OBS_K_AMO };
/* wb_mem */
enum { OBS_MEM_NONE, OBS_MEM_LOAD, OBS_MEM_STORE, OBS_MEM_AMO };

#define CORE_OBS_FIELDS(X) \
    X(if_valid) X(if_pc) X(id_valid) X(id_pc) X(id_insn) \
    X(ex_valid) X(ex_pc) X(mem_valid) X(mem_pc) X(wb_valid) X(wb_pc) \
    X(hold_why) X(redirect_why) X(fetch_addr) \
    X(commit_valid) X(commit_insn) X(retire) X(trap) X(trap_irq) X(trap_code) \
    X(xret) X(exc_valid) X(exc_cause) X(exc_tval) X(exc_gva) X(priv) X(virt) \
    X(i_req) X(i_addr) X(i_priv) X(i_virt) \
    X(d_req) X(d_we) X(d_addr) X(d_size) X(d_wdata) X(d_wmask) X(d_kind) \
    X(d_priv) X(d_virt) \
    X(wb_insn) X(wb_rd_we) X(wb_rd) X(wb_value) X(wb_priv) X(wb_virt) \
    X(wb_mem) X(wb_mem_addr) X(wb_mem_size) X(wb_mem_wdata) \
    X(mtime) X(irq_mtip) X(irq_msip) X(irq_meip) X(irq_seip) X(sgeip) \
    X(uart_tx_valid) X(uart_tx_byte) \
    X(reservation_valid) X(reservation_addr)

struct core_obs {
#define CORE_OBS_DECL(f) uint64_t f;
    CORE_OBS_FIELDS(CORE_OBS_DECL)
#undef CORE_OBS_DECL
};

#endif
