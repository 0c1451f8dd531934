# gnuplot script of scripts/wfi-plot.sh: dir holds vgein.dat, vseip.dat,
# vstip.dat and host.dat from vitrap-wfistat --data (columns: D, the wake
# latency of each of the 5 policies, then the stalled share of each).
set terminal png size 1800,900 font ",11"
set output dir."/wfi-policies.png"
set multiplot layout 2,4 title "vitrap core: WFI policies (wake latency and stalled share against the interrupt delay D, in cycles)"
set logscale x
set xrange [0.8:12000]
set grid
set key top left font ",9"
kinds = "vgein vseip vstip host"
titles = "'VSEIP by hgeip/VGEIN' 'VSEIP injected by hvip' 'VSTIP injected by hvip' 'host interrupt (not delegated)'"
pols = "'VTW=0' 'VTW=1, bound 0' 'VTW=1, bound 16' 'VTW=1, bound 256' 'VTW=1, bound 4096'"
set datafile missing "?"
set logscale y
set ylabel "wake latency (cycles)"
do for [k=1:4] {
    set title word(titles, k)
    plot for [p=1:5] dir."/".word(kinds, k).".dat" using 1:(column(p+1)) with linespoints title word(pols, p)
}
unset logscale y
set yrange [0:1]
set ylabel "share of the wait stalled"
set xlabel "D (cycles)"
do for [k=1:4] {
    set title word(titles, k)
    plot for [p=1:5] dir."/".word(kinds, k).".dat" using 1:(column(p+6)) with linespoints title word(pols, p)
}
unset multiplot
