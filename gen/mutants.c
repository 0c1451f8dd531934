/* mutants.c - TEST ONLY: the one table of mutants (mutants.h).  Each row is a
 * single deliberate violation of one spec rule, the configuration under
 * which the directed tests can observe it, and the rule, named by its
 * section in ../shared/spec/ (or gen/INTERFACE.md for implementation
 * choices).  The hook of each row is one mutant_on() question in the
 * emitter named in the comment. */
#include "mutants.h"

#include <stdlib.h>
#include <string.h>

#define CFG_DEFAULT "sim/configs/default.cfg"
#define CFG_HOFF    "sim/configs/hoff.cfg"
#define CFG_WFI1000 "sim/configs/wfi1000.cfg"
#define CFG_WIDE    "sim/configs/wide.cfg"

static const struct mutant table[] = {
    /* emit_wfi.c: WFI trap kind and wake-up, the bounded counter */
    { "vtw_ignored", CFG_DEFAULT,
      "wfi.md s3: VS-mode WFI with TW=0, VTW=1 raises VI; mutant ignores hstatus.VTW" },
    { "tw_not_over_vtw", CFG_DEFAULT,
      "wfi.md s3: VU-mode WFI with mstatus.TW=1 is II (TW wins); mutant raises VI" },
    { "u_wfi_needs_tw", CFG_HOFF,
      "wfi.md s3: U-mode WFI (S present) is II whatever TW is; mutant traps only with TW=1" },
    { "wfi_bound_off_by_one", CFG_WFI1000,
      "wfi.md s4, INTERFACE s7: a WFI that will trap stalls exactly WFI_TIMEOUT cycles; mutant traps one cycle early" },
    { "wake_ignores_mie", CFG_DEFAULT,
      "wfi.md s2: WFI wakes on an interrupt pending and enabled in mie; mutant wakes on pending alone" },
    /* emit_access.c: the OK / II / VI decision */
    { "hcounteren_as_scounteren", CFG_DEFAULT,
      "virtual-instruction.md s4.1: VS-mode counter reads are gated by hcounteren (VI); mutant checks scounteren instead" },
    { "vu_cycle_ii", CFG_DEFAULT,
      "virtual-instruction.md s4.1: VU counter read with mcounteren=1, hcounteren=0 is VI; mutant raises II (Spike #747)" },
    { "mcounteren_vi", CFG_DEFAULT,
      "virtual-instruction.md s1: a counter blocked by mcounteren is not HS-qualified (II); mutant raises VI with V=1" },
    { "ro_write_vi", CFG_DEFAULT,
      "virtual-instruction.md s1: a write to a read-only CSR is II, never VI; mutant raises VI with V=1 (Spike #566/#1466)" },
    { "hcsr_vs_ii", CFG_DEFAULT,
      "virtual-instruction.md s2 (VS 4): an HS-qualified hypervisor CSR access in VS is VI; mutant raises II" },
    { "hfence_vs_ii", CFG_DEFAULT,
      "virtual-instruction.md s3: HFENCE.VVMA/GVMA in VS-mode is VI; mutant raises II (Spike #551)" },
    { "hlv_u_hu_ignored", CFG_DEFAULT,
      "virtual-instruction.md s3: HLV/HLVX/HSV in U-mode with hstatus.HU=0 is II; mutant lets them run" },
    { "tsr_in_vs", CFG_DEFAULT,
      "virtual-instruction.md s1: mstatus.TSR applies in HS only; mutant makes SRET in VS with TSR=1 II" },
    { "vtsr_ignored", CFG_DEFAULT,
      "virtual-instruction.md s2 (VS 6): SRET in VS with hstatus.VTSR=1 is VI; mutant ignores VTSR" },
    { "tvm_in_vs", CFG_DEFAULT,
      "virtual-instruction.md s1: mstatus.TVM applies in HS only; mutant makes a VS satp access with TVM=1 II" },
    { "hgatp_tvm_vs_ii", CFG_DEFAULT,
      "virtual-instruction.md s3: hgatp access in VS/VU is VI even with TVM=1; mutant raises II when TVM=1" },
    { "ecall_vs_code", CFG_DEFAULT,
      "traps.md s7: ECALL from VS-mode raises cause 10; mutant raises 9" },
    /* emit_trap.c, csr_table.c: delegation and trap values */
    { "medeleg22_no_delegate", CFG_DEFAULT,
      "traps.md s1.1: a VI with medeleg[22]=1 goes to HS; mutant sends it to M" },
    { "hedeleg22_writable", CFG_DEFAULT,
      "traps.md s1.1: hedeleg[22] is read-only 0 (VI never reaches VS); mutant makes it writable and delegating" },
    { "gva_on_ii", CFG_DEFAULT,
      "traps.md s2.6: II/VI traps write GVA=0; mutant sets GVA=V on II/VI taken from V=1" },
    { "vi_commits_write", CFG_DEFAULT,
      "INTERFACE s5, lessons CVA6 #3398: a trapping CSR instruction has no side effect; mutant commits the write on a VI" },
    { "mret_mpv_ignores_mpp_m", CFG_DEFAULT,
      "traps.md s4 (MRET 1): with MPP=M the new V is 0 whatever MPV is; mutant takes V from MPV" },
    /* emit_csr_regs.c: trap entry and xRET */
    { "spvp_on_v0", CFG_DEFAULT,
      "traps.md s2.2: hstatus.SPVP is written only on traps into HS from V=1; mutant also from V=0" },
    { "mret_mpv_not_cleared", CFG_DEFAULT,
      "traps.md s4 (MRET 2): MRET sets mstatus.MPV=0; mutant leaves it" },
    { "sret_spv_not_cleared", CFG_DEFAULT,
      "traps.md s4 (SRET, V=0): SRET sets hstatus.SPV=0; mutant leaves it" },
    { "mprv_not_cleared", CFG_DEFAULT,
      "traps.md s4 (MRET 5): MRET to a mode below M clears mstatus.MPRV; mutant leaves it" },
    { "vsatp_bad_mode_written", CFG_DEFAULT,
      "csrs-rv64.md, INTERFACE s10: a vsatp write with an unsupported MODE is ignored; mutant stores it" },
    { "mepc_mask_wrong", CFG_DEFAULT,
      "traps.md s4 (MRET 6), machine.adoc mepc: with IALIGN=32 xepc bits 1:0 read 0; mutant keeps bit 1 writable" },
    /* emit_irq.c, emit_csr_read.c: interrupts and their CSRs */
    { "irq_priority_swapped", CFG_DEFAULT,
      "traps.md s5: M-level priority is MEI, MSI, MTI; mutant ranks MTI above MSI" },
    { "vs_cause_untranslated", CFG_DEFAULT,
      "traps.md s2.3: VS-level interrupts taken in VS are written as 9/5/1; mutant writes 10/6/2" },
    { "vs_irq_in_hs", CFG_DEFAULT,
      "traps.md s1.2: VS-level interrupts are never taken with V=0; mutant takes them in HS when vsstatus.SIE=1" },
    { "vsip_no_shift", CFG_DEFAULT,
      "csrs-rv64.md, INTERFACE s10: vsip shows mip bits 2/6/10 at 1/5/9; mutant reads them unshifted" },
    { "sgeip_ignores_hgeie", CFG_WIDE,
      "traps.md s5: SGEIP is pending when (hgeip & hgeie) != 0; mutant ignores hgeie" },
    /* emit_counters.c, emit_csr_read.c: counters */
    { "counter_inc_on_trap", CFG_DEFAULT,
      "INTERFACE s8: minstret does not count a trapping instruction; mutant counts it" },
    { "time_no_htimedelta", CFG_DEFAULT,
      "virtual-instruction.md s4.1: with V=1 time reads mtime + htimedelta; mutant reads mtime" },
};

#define NMUTANTS (sizeof table / sizeof table[0])

const struct mutant *mutant_find(const char *name)
{
    for (size_t i = 0; i < NMUTANTS; i++)
        if (strcmp(table[i].name, name) == 0)
            return &table[i];
    return NULL;
}

void mutants_list(FILE *f)
{
    for (size_t i = 0; i < NMUTANTS; i++)
        fprintf(f, "%-26s %-24s %s\n", table[i].name, table[i].config, table[i].rule);
}

int mutant_on(const struct vt_config *cfg, const char *name)
{
    if (!mutant_find(name)) {
        fprintf(stderr, "vitrap-gen: internal error: hook for unknown mutant '%s'\n", name);
        abort();
    }
    return cfg->mutant != NULL && strcmp(cfg->mutant, name) == 0;
}
