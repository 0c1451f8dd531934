#!/usr/bin/env bash
# Formal proofs of vitrap_csr's security properties (`make formal`).
#
#   scripts/formal.sh [--quick] [--no-expect-fail] [ROW...]
#
# Generates the proof configurations into build/formal/cfg/, then runs every
# row of the table below with scripts/formal-job.sh (JOBS in parallel, default
# nproc) and prints one line per row:
#
#   property  config  depth  result  time  detail
#
# Rows: each property of sim/formal/vitrap_props.v on the real unit (BMC to
# FORMAL_DEPTH=20 cycles after reset, then k-induction or IC3/PDR), the cover
# targets (every virtual-instruction case, every WFI outcome), and one
# "expected FAIL" row per property: a mutant of `vitrap-gen --list-mutants`,
# or the wrapper's test-only BREAK_RESET switch, that violates it; such a row
# passes only if the property fails.  ROW arguments pick rows by name (a
# property name selects its proof, cover and expected-FAIL rows alike).
# --quick: BMC and covers only, no unbounded proof.  --no-expect-fail: skip
# the expected-FAIL rows (scripts/run-tests.sh runs the rest).
#
# Exit status 0 when every row passed, 1 otherwise, 2 on a setup error.
# Logs, models and counterexample VCDs: build/formal/<row>/.
set -u
cd "$(dirname "$0")/.."
GEN=build/vitrap-gen
OUT=build/formal
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
quick=0; no_fail_rows=0
while [ $# -gt 0 ]; do
    case $1 in
        --quick) quick=1 ;;
        --no-expect-fail) no_fail_rows=1 ;;
        -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "formal: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
    shift
done
want=("$@")

die() { echo "formal: $*" >&2; exit 2; }

# Proof configurations (small but complete: H on, one guest external
# interrupt line, no HPM counters).
PROOF_FLAGS="--hpm-counters 0 --geilen 1"
declare -A CFG_FLAGS=(
    [wfi3]="$PROOF_FLAGS --wfi-timeout 3"
    [wfi0]="$PROOF_FLAGS --wfi-timeout 0"
)

# row name | configuration (wfi3, wfi0, or MUTANT@wfi3) | wrapper group | expect | extra define
ROWS=(
    "no_m_state_below_m          |wfi3|P_NO_M_STATE_BELOW_M         |prove|"
    "vi_only_v1_never_vs         |wfi3|P_VI_ONLY_V1_NEVER_VS        |prove|"
    "vs_target_needs_deleg       |wfi3|P_VS_TARGET_NEEDS_DELEG      |prove|"
    "priv_rises_only_by_trap     |wfi3|P_PRIV_RISES_ONLY_BY_TRAP    |prove|"
    "wfi_bounded_stall           |wfi3|P_WFI_BOUNDED_STALL          |prove|"
    "wfi_bounded_stall           |wfi0|P_WFI_BOUNDED_STALL          |prove|"
    "wfi_exact_bound             |wfi3|P_WFI_EXACT_BOUND            |prove|"
    "ro0_fields_stay_zero        |wfi3|P_RO0_FIELDS_STAY_ZERO       |prove|"
    "trap_changes_only_trap_csrs |wfi3|P_TRAP_CHANGES_ONLY_TRAP_CSRS|prove|"
    "reset_m_v0                  |wfi3|P_RESET_M_V0                 |prove|"
    "covers                      |wfi3|COVERS                       |cover|"
    "covers                      |wfi0|COVERS                       |cover|"
    "no_m_state_below_m          |mprv_not_cleared@wfi3      |P_NO_M_STATE_BELOW_M         |fail|"
    "vi_only_v1_never_vs         |hedeleg22_writable@wfi3    |P_VI_ONLY_V1_NEVER_VS        |fail|"
    "vs_target_needs_deleg       |hedeleg22_writable@wfi3    |P_VS_TARGET_NEEDS_DELEG      |fail|"
    "vs_target_needs_deleg       |vs_cause_untranslated@wfi3 |P_VS_TARGET_NEEDS_DELEG      |fail|"
    "priv_rises_only_by_trap     |mret_mpv_ignores_mpp_m@wfi3|P_PRIV_RISES_ONLY_BY_TRAP    |fail|"
    "wfi_bounded_stall           |vtw_ignored@wfi3           |P_WFI_BOUNDED_STALL          |fail|"
    "wfi_exact_bound             |wfi_bound_off_by_one@wfi3  |P_WFI_EXACT_BOUND            |fail|"
    "ro0_fields_stay_zero        |hedeleg22_writable@wfi3    |P_RO0_FIELDS_STAY_ZERO       |fail|"
    "trap_changes_only_trap_csrs |vi_commits_write@wfi3      |P_TRAP_CHANGES_ONLY_TRAP_CSRS|fail|"
    "trap_changes_only_trap_csrs |spvp_on_v0@wfi3            |P_TRAP_CHANGES_ONLY_TRAP_CSRS|fail|"
    "reset_m_v0                  |wfi3                       |P_RESET_M_V0                 |fail|BREAK_RESET"
)

trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; echo "${s%"${s##*[![:space:]]}"}"; }

# slots.vh for the wrapper: `define SLOT_<NAME> k for each debug slot of the
# generated vitrap_cfg.h, plus the slot count, the WFI bound and GEILEN.
slots_vh() {
    local h=$1/vitrap_cfg.h
    sed -n 's/^ *{ *0x[0-9a-f]*u, *"\([a-z0-9]*\)" *}, *\/\* slot \([0-9]*\) \*\/.*/`define SLOT_\U\1\E \2/p' "$h"
    sed -n 's/^#define VT_DBG_NSLOTS *\([0-9]*\).*/`define VT_NSLOTS \1/p
            s/^#define VT_CFG_WFI_TIMEOUT *\([0-9]*\)u.*/`define VT_WFI_TIMEOUT \1/p
            s/^#define VT_CFG_GEILEN *\([0-9]*\).*/`define VT_GEILEN \1/p' "$h"
}

# Generates configuration $1 (wfi3, wfi0 or MUTANT@BASE) into $OUT/cfg/$1/rtl.
gen_cfg() {
    local c=$1 base mut=() d=$OUT/cfg/$1/rtl
    base=${c#*@}
    [ "$base" != "$c" ] && mut=(--mutant "${c%@*}")
    [ -n "${CFG_FLAGS[$base]:-}" ] || die "unknown proof configuration '$base'"
    rm -rf "$d"; mkdir -p "$d"
    # shellcheck disable=SC2086
    "$GEN" ${CFG_FLAGS[$base]} "${mut[@]}" --out "$d" >/dev/null || die "vitrap-gen failed for $c"
    slots_vh "$d" >"$d/slots.vh"
    grep -q 'SLOT_MSTATUS' "$d/slots.vh" && grep -q VT_GEILEN "$d/slots.vh" ||
        die "could not derive the debug slots from $d/vitrap_cfg.h"
}

command -v yosys >/dev/null && command -v yosys-abc >/dev/null ||
    die "yosys and yosys-abc are needed (scripts/install-deps.sh)"
[ -x "$GEN" ] || die "no $GEN (run make first)"

# The selected rows, with a unique id each.
jobs=()
for r in "${ROWS[@]}"; do
    IFS='|' read -r name cfg group expect def <<<"$r"
    name=$(trim "$name"); cfg=$(trim "$cfg"); group=$(trim "$group"); def=$(trim "$def")
    if [ ${#want[@]} -gt 0 ] && [[ " ${want[*]} " != *" $name "* ]]; then continue; fi
    [ $no_fail_rows = 1 ] && [ "$expect" = fail ] && continue
    id="$name.${cfg%@*}${def:+.$def}"
    [ "$expect" = fail ] && id="$id.fail"
    jobs+=("$id|$name|$cfg|$group|$expect|$def")
done
[ ${#jobs[@]} -gt 0 ] || die "no row matches: ${want[*]}"

mkdir -p "$OUT/cfg"
declare -A done_cfg
for j in "${jobs[@]}"; do
    IFS='|' read -r _ _ cfg _ _ _ <<<"$j"
    [ -n "${done_cfg[$cfg]:-}" ] || { gen_cfg "$cfg"; done_cfg[$cfg]=1; }
done

start=$(date +%s)
for j in "${jobs[@]}"; do rm -rf "$OUT/${j%%|*}"; done
export FORMAL_DEPTH=${FORMAL_DEPTH:-20}
[ $quick = 1 ] && export FORMAL_IND_K=0 FORMAL_PDR_TIME=0
echo "formal: ${#jobs[@]} rows, depth $FORMAL_DEPTH, $JOBS in parallel (logs: $OUT/)"
# the two heaviest models first, so that they do not finish last
order() { awk '/^(trap_changes_only_trap_csrs|no_m_state_below_m)\./ { print; next } { rest[n++] = $0 }
               END { for (i = 0; i < n; i++) print rest[i] }'; }
printf '%s\n' "${jobs[@]}" | order | xargs -P "$JOBS" -d '\n' -I{} bash -c '
    IFS="|" read -r id name cfg group expect def <<<"$1"
    args=()
    [ -n "$def" ] && args+=("-D$def")
    scripts/formal-job.sh "$name" "'"$OUT"'/cfg/$cfg/rtl" "$group" "$expect" "'"$OUT"'/$id" "${args[@]}"
    IFS="|" read -r _ _ _ v _ s <"'"$OUT"'/$id/result" && echo "  done: $id ($v, ${s}s)"
' _ {}

# The table, in row order; $OUT/summary has the same rows as "ROW|VERDICT|DETAIL".
pass=0; fail=0
: >"$OUT/summary"
echo
printf '%-28s %-44s %-5s %-6s %5s  %s\n' property config depth result time detail
for j in "${jobs[@]}"; do
    IFS='|' read -r id name cfg group expect def <<<"$j"
    label=$cfg
    [ "$cfg" != "${cfg%@*}" ] && label="mutant ${cfg%@*}"
    [ -n "$def" ] && label="$label +$def"
    [ "$expect" = fail ] && label="$label: expect FAIL"
    if [ -f "$OUT/$id/result" ]; then
        IFS='|' read -r _ _ depth verdict detail secs <"$OUT/$id/result"
    else
        depth=-; verdict=FAIL; detail="no result (see $OUT/$id)"; secs=-
    fi
    printf '%-28s %-44s %-5s %-6s %4ss  %s\n' "$name" "$label" "$depth" "$verdict" "$secs" "$detail"
    echo "$name ($label)|$verdict|$detail" >>"$OUT/summary"
    if [ "$verdict" = PASS ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
    if [ "$expect" = cover ] && [ -f "$OUT/$id/covers" ]; then
        while IFS='|' read -r cname cstep; do
            case $cstep in
                unreached) cstep=UNREACHED ;;
                n/a) cstep="n/a (needs WFI_TIMEOUT > 0)" ;;
                *) cstep="reached at step $cstep" ;;
            esac
            [ "$cstep" = UNREACHED ] && echo "cover $cname ($cfg)|FAIL|unreachable" >>"$OUT/summary"
            printf '    cover %-56s %s\n' "$cname ($cfg)" "$cstep"
        done <"$OUT/$id/covers"
    fi
done
echo
echo "formal: $pass rows passed, $fail failed, $(( $(date +%s) - start ))s"
[ $fail -eq 0 ]
