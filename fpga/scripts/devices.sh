# Devices that fpga/scripts/pnr.sh places and routes for (sourced, never run).
# device_info FAMILY DEVICE sets:
#   dev          canonical device name (hx8k, 85k, 25k)
#   dev_args     nextpnr device arguments
#   board_file   pin constraints (fpga/boards/)
#   board_name   the board, for reports
#   cell_types   nextpnr utilisation lines to report (the first is the logic cell)
device_info() {
    local family=$1 device=$2
    case $family/$device in
        ice40/|ice40/hx8k|ice40/hx8k-breakout)
            dev=hx8k
            dev_args="--hx8k --package ct256"
            board_file=fpga/boards/ice40-hx8k-breakout.pcf
            board_name="iCE40-HX8K breakout (iCE40HX8K-CT256)"
            cell_types="ICESTORM_LC ICESTORM_RAM SB_IO" ;;
        ecp5/|ecp5/85k|ecp5/ulx3s|ecp5/ulx3s-85f)
            dev=85k
            dev_args="--85k --package CABGA381 --speed 6"
            board_file=fpga/boards/ulx3s-85f.lpf
            board_name="ULX3S 85F (LFE5U-85F-6BG381C)"
            cell_types="TRELLIS_COMB TRELLIS_FF DP16KD TRELLIS_IO" ;;
        ecp5/25k|ecp5/orangecrab|ecp5/orangecrab-25f)
            dev=25k
            dev_args="--25k --package CSFBGA285 --speed 8"
            board_file=fpga/boards/orangecrab-25f.lpf
            board_name="OrangeCrab r0.2 25F (LFE5U-25F-8MG285C)"
            cell_types="TRELLIS_COMB TRELLIS_FF DP16KD TRELLIS_IO" ;;
        gowin/*)
            die "FAMILY gowin is synthesis only (make synth); place and route: ice40 or ecp5" ;;
        ice40/*)
            die "unknown DEVICE '$device' for ice40 (known: hx8k)" ;;
        ecp5/*)
            die "unknown DEVICE '$device' for ecp5 (known: 85k = ULX3S 85F, 25k = OrangeCrab 25F)" ;;
        *)
            die "unknown FAMILY '$family' for place and route (known: ice40, ecp5)" ;;
    esac
}

# The board clock in MHz, from the set_frequency (pcf) / FREQUENCY PORT (lpf) line.
board_clock() {
    sed -nE 's/^set_frequency +clk +([0-9.]+).*/\1/p; s/^FREQUENCY +PORT +"clk" +([0-9.]+) *MHZ.*/\1/Ip' "$1" | head -1
}

# Copies a board file with its clock constraint set to MHz.
retarget_clock() {
    sed -E "s/^(set_frequency +clk +)[0-9.]+/\1$2/; s/^(FREQUENCY +PORT +\"clk\" +)[0-9.]+/\1$2/I" "$1" >"$3"
}
