/* vitrap C model: OK / II / VI for the non-CSR SYSTEM instructions
 * (MRET, SRET, SFENCE.VMA, HFENCE.VVMA/GVMA, HLV/HLVX/HSV, illegal encodings),
 * and the ECALL cause. WFI is in wfi.h, CSR instructions in csr_access.h.
 *
 * Rows of the master table, virtual-instruction.md §3. Modes: M (priv M),
 * HS (priv S, V=0), U (priv U, V=0), VS (priv S, V=1), VU (priv U, V=1).
 */
#include "cm_internal.h"

enum cm_verdict cm_sys_decide(const struct cm_state *s, enum sys_kind kind)
{
    const int m = s->priv == PRV_M;
    const int hs = !s->v && s->priv == PRV_S;
    const int u = !s->v && s->priv == PRV_U;
    const int vs = s->v && s->priv == PRV_S;

    switch (kind) {
    case SK_OTHER:
        return VERDICT_OK;
    case SK_ILLEGAL:
        /* reserved encoding: not HS-qualified -> II (virtual-instruction.md §1) */
        return VERDICT_II;

    case SK_MRET:
        /* MRET below M: II in every mode, never VI (traps.md §4; §4.6) */
        return m ? VERDICT_OK : VERDICT_II;

    case SK_SRET:
        /* virtual-instruction.md §4.6: U II; HS II if TSR; VS VI if VTSR
         * (TSR ignored in VS); VU always VI */
        if (m) return VERDICT_OK;
        if (u) return VERDICT_II;
        if (hs) return (s->mstatus & MS_TSR) ? VERDICT_II : VERDICT_OK;
        if (vs) return (s->hstatus & HS_VTSR) ? VERDICT_VI : VERDICT_OK;
        return VERDICT_VI; /* VU */

    case SK_SFENCE_VMA:
        /* virtual-instruction.md §4.7: U II; HS II if TVM; VS VI if VTVM
         * (TVM ignored); VU VI */
        if (m) return VERDICT_OK;
        if (u) return VERDICT_II;
        if (hs) return (s->mstatus & MS_TVM) ? VERDICT_II : VERDICT_OK;
        if (vs) return (s->hstatus & HS_VTVM) ? VERDICT_VI : VERDICT_OK;
        return VERDICT_VI; /* VU */

    case SK_HFENCE_VVMA:
        /* virtual-instruction.md §4.4: never trapped by TVM/VTVM; U II;
         * V=1 VI (Spike #551: VI, not II, in VS) */
        if (m || hs) return VERDICT_OK;
        if (u) return VERDICT_II;
        return VERDICT_VI;

    case SK_HFENCE_GVMA:
        /* virtual-instruction.md §4.4: HS II if TVM; VS VI even with TVM=1
         * (HS-qualification assumes TVM=0); U II */
        if (m) return VERDICT_OK;
        if (hs) return (s->mstatus & MS_TVM) ? VERDICT_II : VERDICT_OK;
        if (u) return VERDICT_II;
        return VERDICT_VI;

    case SK_HLV:
    case SK_HSV:
        /* virtual-instruction.md §4.3: M, HS OK; U OK only if HU=1, else II;
         * VS/VU VI regardless of HU */
        if (m || hs) return VERDICT_OK;
        if (u) return (s->hstatus & HS_HU) ? VERDICT_OK : VERDICT_II;
        return VERDICT_VI;

    default:
        /* CSR, WFI, ECALL, EBREAK are decided elsewhere */
        return VERDICT_OK;
    }
}

/* ECALL: 8 from U or VU, 9 from HS, 10 from VS, 11 from M
 * (traps.md §7; virtual-instruction.md §4.10). */
unsigned cm_ecall_cause(const struct cm_state *s)
{
    if (s->priv == PRV_M)
        return EXC_ECALL_M;
    if (s->priv == PRV_U)
        return EXC_ECALL_U;
    return s->v ? EXC_ECALL_VS : EXC_ECALL_S;
}
