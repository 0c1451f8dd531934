#!/usr/bin/env bash
# The EHXPLLL dividers for one output frequency (rtl/boards/ecp5_pll.v):
#   fpga/scripts/pll.sh F_IN_MHZ F_OUT_MHZ
# prints "CLKI_DIV CLKFB_DIV CLKOP_DIV F_ACHIEVED_MHZ VCO_MHZ", the choice
# closest to F_OUT and, among those, with the VCO closest to the middle of its
# range (600 MHz; the first found on a tie), within the limits of the ECP5 sysCLOCK PLL (FPGA-TN-02200):
# PFD = F_IN / CLKI_DIV in 3.125..400 MHz, F_OUT = PFD * CLKFB_DIV (feedback
# from CLKOP) in 10..400 MHz, VCO = F_OUT * CLKOP_DIV in 400..800 MHz;
# CLKI_DIV 1..128, CLKFB_DIV 1..80, CLKOP_DIV 1..128. Exit 2 (one line) when no
# choice is within 0.5% of F_OUT.
set -u
fin=${1:?usage: pll.sh F_IN_MHZ F_OUT_MHZ}
fout=${2:?usage: pll.sh F_IN_MHZ F_OUT_MHZ}
awk -v fin="$fin" -v want="$fout" 'BEGIN {
    best = -1
    for (i = 1; i <= 128; i++) {
        pfd = fin / i
        if (pfd < 3.125 || pfd > 400) continue
        for (fb = 1; fb <= 80; fb++) {
            f = pfd * fb
            if (f < 10 || f > 400) continue
            for (o = 1; o <= 128; o++) {
                vco = f * o
                if (vco < 400 || vco > 800) continue
                err = f - want; if (err < 0) err = -err
                mid = vco - 600; if (mid < 0) mid = -mid
                if (best < 0 || err < best - 1e-9 || (err < best + 1e-9 && mid < bmid)) {
                    best = err; bmid = mid; bi = i; bfb = fb; bo = o; bf = f; bv = vco
                }
            }
        }
    }
    if (best < 0 || best > want * 0.005) {
        printf "vitrap-fpga: no PLL setting gives %s MHz from %s MHz within 0.5%%\n", want, fin > "/dev/stderr"
        exit 2
    }
    printf "%d %d %d %.6g %.6g\n", bi, bfb, bo, bf, bv
}'
