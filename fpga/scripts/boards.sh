# The boards of make bitstream / make program / the board simulation
# (sourced by fpga/scripts/*.sh, never run). board_info BOARD sets:
#   top         the top module (rtl/boards/TOP.v)
#   lpf         its pin constraints (fpga/boards/)
#   dev_args    nextpnr-ecp5's device arguments
#   osc_mhz     the oscillator's frequency (the LPF's FREQUENCY line)
#   def_mhz     the default core clock (FREQ), below the Fmax nextpnr found for
#               the core with a margin (fpga/README.md, "Timing of the core"):
#               the ULX3S's oscillator itself (no PLL), the OrangeCrab's 48 MHz
#               through the PLL to 32
#   ram_bytes   the RAM in block RAM (board_ram.v, no_rw_check), from
#               RAM_BASE: yosys 0.23 maps the ULX3S's 128 KiB (16K words of
#               64 bits) to 64 DP16KD of 16K x 1 (of the 85F's 208), the
#               OrangeCrab's 48 KiB (6K words) to 24 of 2K x 9, 3 deep by 8
#               bytes (of the 25F's 56) (the netlists of scripts/ramcollide.sh)
#   loader_b    openFPGALoader's -b name
#   board_name  for reports
board_info() {
    case $1 in
        ulx3s)
            top=ulx3s_top; lpf=fpga/boards/ulx3s-85f-soc.lpf
            dev_args="--85k --package CABGA381 --speed 6"
            osc_mhz=25; def_mhz=25; ram_bytes=131072; loader_b=ulx3s
            board_name="ULX3S 85F (LFE5U-85F-6BG381C)" ;;
        orangecrab)
            top=orangecrab_top; lpf=fpga/boards/orangecrab-25f-soc.lpf
            dev_args="--25k --package CSFBGA285 --speed 8"
            osc_mhz=48; def_mhz=32; ram_bytes=49152; loader_b=orangeCrab
            board_name="OrangeCrab r0.2 25F (LFE5U-25F-8MG285C)" ;;
        "") die "BOARD missing (BOARD=ulx3s or BOARD=orangecrab)" ;;
        *)  die "unknown BOARD '$1' (known: ulx3s, orangecrab)" ;;
    esac
}

# FREQ (MHz) -> "CLKI_DIV CLKFB_DIV CLKOP_DIV F_MHZ": CLKOP_DIV 0 (no PLL)
# when FREQ is the oscillator's, else the dividers of fpga/scripts/pll.sh.
board_clock_setting() {
    local freq=$1
    if awk -v f="$freq" -v o="$osc_mhz" 'BEGIN { exit !(f == o) }'; then
        echo "1 1 0 $osc_mhz"
    else
        local p
        p=$(fpga/scripts/pll.sh "$osc_mhz" "$freq") || exit 2
        set -- $p
        echo "$1 $2 $3 $4"
    fi
}

# The Verilog sources of a board top, given the folder of the generated unit.
board_sources() {
    echo rtl/core/*.v rtl/soc/*.v rtl/boards/*.v "$1/vitrap_csr.v"
}

# board_freq FREQ: the core clock of board_info's board, FREQ in MHz (10 to
# 200) or, when empty, the board's default; sets freq and clk (the
# board_clock_setting line). Dies (exit 2) on a bad FREQ or no PLL setting.
board_freq() {
    freq=$1
    if [ -n "$freq" ]; then
        [[ $freq =~ ^[0-9]+(\.[0-9]+)?$ ]] && awk -v f="$freq" 'BEGIN { exit !(f >= 10 && f <= 200) }' ||
            die "FREQ '$freq' is not a core clock in MHz from 10 to 200 (e.g. FREQ=50)"
    else
        freq=$def_mhz
    fi
    clk=$(board_clock_setting "$freq") || exit 2
}

# board_top_params PROG OUT: the parameters of the board top for PROG at the
# clock of board_freq, the one computation that make bitstream and the board
# simulation (scripts/board-sim.sh) share, so that both have the same top:
#   OUT/image.hex, OUT/image.params  vitrap-elf2mem's RAM image of PROG
#   OUT/top.params                   NAME=VALUE lines, Verilog literals:
#       CORE_HZ CLKI_DIV CLKFB_DIV CLKOP_DIV RAM_BYTES INIT_FILE RESET_PC TOHOST
# and sets core_mhz core_hz clki clkfb clkop entry tohost needs. Exit 2 (one
# line from vitrap-elf2mem) when PROG does not fit the board's RAM.
board_top_params() {
    local prog=$1 out=$2
    build/vitrap-elf2mem --ram-bytes "$ram_bytes" --hex "$out/image.hex" --params "$out/image.params" "$prog" || exit 2
    entry=$(sed -n 's/^entry=0x//p' "$out/image.params")
    tohost=$(sed -n 's/^tohost=0x//p' "$out/image.params")
    needs=$(sed -n 's/^needs_bytes=//p' "$out/image.params")
    set -- $clk
    clki=$1 clkfb=$2 clkop=$3 core_mhz=$4
    core_hz=$(awk -v f="$core_mhz" 'BEGIN { printf "%d", f * 1000000 + 0.5 }')
    printf '%s\n' "CORE_HZ=$core_hz" "CLKI_DIV=$clki" "CLKFB_DIV=$clkfb" "CLKOP_DIV=$clkop" \
        "RAM_BYTES=$ram_bytes" "INIT_FILE=\"$(abspath "$out/image.hex")\"" \
        "RESET_PC=64'h$entry" "TOHOST=64'h$tohost" >"$out/top.params.tmp" &&
        mv "$out/top.params.tmp" "$out/top.params"
}

# board_param_args yosys|verilator FILE: top.params as yosys chparam's
# "-set NAME VALUE ..." or as Verilator's "-GNAME=VALUE" arguments (one a line).
board_param_args() {
    local name value
    while IFS='=' read -r name value; do
        case $1 in
            yosys) printf -- '-set %s %s ' "$name" "$value" ;;
            verilator) printf -- '-G%s=%s\n' "$name" "$value" ;;
        esac
    done <"$2"
}
