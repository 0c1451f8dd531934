# The boards of make bitstream / make program / the board simulation
# (sourced by fpga/scripts/*.sh, never run). board_info BOARD sets:
#   top         the top module (rtl/boards/TOP.v)
#   lpf         its pin constraints (fpga/boards/)
#   dev_args    nextpnr-ecp5's device arguments
#   osc_mhz     the oscillator's frequency (the LPF's FREQUENCY line)
#   def_mhz     the default core clock (FREQ): below the Fmax nextpnr found for
#               the core (19.8 MHz on the 85F at a 50 MHz target, fpga/README.md)
#   ram_bytes   the RAM in block RAM (board_ram.v), from RAM_BASE: yosys 0.23
#               maps a two-port RAM at 1 KiB per DP16KD, so 128 of the 85F's
#               208 and 48 of the 25F's 56
#   loader_b    openFPGALoader's -b name
#   board_name  for reports
board_info() {
    case $1 in
        ulx3s)
            top=ulx3s_top; lpf=fpga/boards/ulx3s-85f-soc.lpf
            dev_args="--85k --package CABGA381 --speed 6"
            osc_mhz=25; def_mhz=15; ram_bytes=131072; loader_b=ulx3s
            board_name="ULX3S 85F (LFE5U-85F-6BG381C)" ;;
        orangecrab)
            top=orangecrab_top; lpf=fpga/boards/orangecrab-25f-soc.lpf
            dev_args="--25k --package CSFBGA285 --speed 8"
            osc_mhz=48; def_mhz=16; ram_bytes=49152; loader_b=orangeCrab
            board_name="OrangeCrab r0.2 25F (LFE5U-25F-8MG285C)" ;;
        "") die "BOARD missing (make bitstream BOARD=ulx3s|orangecrab)" ;;
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
