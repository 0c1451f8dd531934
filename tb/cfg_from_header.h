/* The configuration a generated unit was built with, read from its
 * vitrap_cfg.h (the VT_CFG_* macros), as the C model's struct cm_config.
 * Header-only: every program that includes it is compiled against one
 * configuration's vitrap_cfg.h (-Ibuild/cfg/<CFG>/rtl). Used by the lock-step
 * engine (tb/lockstep.c) and the vector writer (tb/vectors_main.c). */
#ifndef TB_CFG_FROM_HEADER_H
#define TB_CFG_FROM_HEADER_H

#include <stdint.h>
#include <string.h>

#include "cmodel.h"
#include "vitrap_cfg.h"

static inline void cfg_from_header(struct cm_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->h = VT_CFG_H;
    cfg->wfi_timeout = VT_CFG_WFI_TIMEOUT;
    cfg->hpm_counters = VT_CFG_HPM_COUNTERS;
    cfg->geilen = VT_CFG_GEILEN;
    cfg->mvendorid = (uint32_t)VT_CFG_MVENDORID;
    cfg->marchid = VT_CFG_MARCHID;
    cfg->mimpid = VT_CFG_MIMPID;
    cfg->mhartid = VT_CFG_MHARTID;
    cfg->mtval_insn = VT_CFG_MTVAL_INSN;
    cfg->ext_a = VT_CFG_EXT_A;
    cfg->ext_m = VT_CFG_EXT_M;
    cfg->ext_c = VT_CFG_EXT_C;
    cfg->triggers = VT_CFG_TRIGGERS;
    cfg->virtual_insn = VT_CFG_VIRTUAL_INSN;
}

#endif
