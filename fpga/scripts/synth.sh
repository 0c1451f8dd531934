#!/usr/bin/env bash
# One yosys synthesis of one configuration of the unit for one FPGA family.
#   fpga/scripts/synth.sh --family ice40|ecp5|gowin --config NAME|FILE [--top unit|wrapper]
#
# --top unit (default): the generated vitrap_csr alone, with its dbg_csrs port
#   dropped (`delete -output`): only that simulation debug view goes, every
#   other port stays a port, so the counts are the unit's own.
# --top wrapper: fpga/wrapper/vitrap_fpga_top.v around the unit, for place and
#   route; also writes top.json and counts the unit's flip-flops inside the
#   wrapped netlist (cells whose source is vitrap_csr.v) as unit_ff.
#
# Output folder: build/fpga/synth/FAMILY-CONFIG-TOP/ (yosys.log, counts, top.json),
# reused while newer than its inputs. Prints one line:
#   synth FAMILY CONFIG TOP: LUT=.. FF=.. CARRY=.. BRAM=.. MUX=.. cells=.. [unit_ff=..] (Ns)
set -u
cd "$(dirname "$0")/../.."
. fpga/scripts/common.sh

family= config=default top=unit
while [ $# -gt 0 ]; do
    case $1 in --family|--device|--config|--freq|--top)
        [ $# -ge 2 ] || die "synth.sh: $1 needs a value" ;; esac
    case $1 in
        --family) family=${2:-}; shift 2 ;;
        --config) config=${2:-}; shift 2 ;;
        --top)    top=${2:-}; shift 2 ;;
        *) die "synth.sh: unknown argument '$1'" ;;
    esac
done
[ -n "$family" ] || die "synth.sh: --family missing"
check_family "$family"
case $top in unit|wrapper) ;; *) die "synth.sh: --top must be unit or wrapper, not '$top'" ;; esac
need_tool yosys "make synth installs it"

rtl=$(gen_rtl "$config") || exit 2
name=$(config_name "$(config_file "$config")")
out=$VT_FPGA_BUILD/synth/$family-$name-$top
mkdir -p "$out"

# Synthesis flags (SYNTH_FLAGS overrides): the wrapper (place and route) on
# iCE40 and ECP5 with ABC9, whose timing-driven mapping gives a 5-7% higher
# Fmax at the same LUT count there (fpga/README.md "Timing"); the unit alone
# (the area figures of make synth) with yosys' default, area-oriented flow:
# ABC9 maps it, with no arrival times on its ports, into ~20% more LUTs.
abc9=
[ "$top" = wrapper ] && [ "$family" != gowin ] && abc9=-abc9
flags=${SYNTH_FLAGS-$abc9}
case $family in
    ice40) ff_cells='t:SB_DFF*' ;;
    ecp5)  ff_cells='t:TRELLIS_FF' ;;
    gowin) ff_cells='t:DFF*' ;;
esac

stale=0
for f in "$rtl" "$VT_WRAPPER" fpga/scripts/synth.sh fpga/scripts/common.sh; do
    [ "$f" -nt "$out/counts" ] && stale=1
done
[ -f "$out/counts" ] || stale=1
[ "$(cat "$out/flags" 2>/dev/null)" = "$flags" ] || stale=1

if [ $stale = 1 ]; then
    rm -f "$out/counts" "$out/top.json" "$out/unit_ff.txt"
    if [ "$top" = unit ]; then
        script="read_verilog $rtl; hierarchy -top vitrap_csr; delete -output w:dbg_csrs;
                synth_$family $flags -top vitrap_csr; stat"
    else
        script="read_verilog $(geilen_define "$rtl") $rtl $VT_WRAPPER;
                synth_$family $flags -top vitrap_fpga_top -json $out/top.json; stat;
                tee -q -o $out/unit_ff.txt select -count $ff_cells a:src=*vitrap_csr.v* %i"
    fi
    start=$(date +%s)
    if ! yosys -q -l "$out/yosys.log" -p "$script" >"$out/yosys.stderr" 2>&1; then
        die "yosys synth_$family failed on $name ($top); see $out/yosys.log" 1
    fi
    secs=$(( $(date +%s) - start ))
    read -r lut ff carry bram mux cells < <(stat_counts "$out/yosys.log" "$family")
    unit_ff=
    [ "$top" = wrapper ] && unit_ff=$(grep -oE '[0-9]+ objects' "$out/unit_ff.txt" | awk '{print $1}')
    printf 'lut=%s ff=%s carry=%s bram=%s mux=%s cells=%s unit_ff=%s secs=%s\n' \
        "$lut" "$ff" "$carry" "$bram" "$mux" "$cells" "$unit_ff" "$secs" >"$out/counts"
    printf '%s\n' "$flags" >"$out/flags"
fi

# shellcheck disable=SC1090
. <(sed 's/ /\n/g' "$out/counts")
shown=; [ -n "$flags" ] && shown=" [$flags]"
echo "synth $family $name $top$shown: LUT=$lut FF=$ff CARRY=$carry BRAM=$bram MUX=$mux cells=$cells${unit_ff:+ unit_ff=$unit_ff} (${secs}s)"
