# The WFI policies of the proposal thread (README "What cause 22 buys").
#
#   make wfi-plot   sim/programs/wfipolicy.S in lock-step on WFI bounds 0, 16,
#                   256 and 4096 (the last three built once by vitrap-run
#                   --wfi-timeout), the table and build/wfi-plot/wfi-policies.png
#
# make test runs bounds 0 and 200 with --check (the invariants, not the figures).

WFISTAT     := $(BUILD)/vitrap-wfistat
WFISTAT_SRC := $(wildcard tb/wfistat/*.c tb/wfistat/*.h)

$(WFISTAT): $(WFISTAT_SRC)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itb/wfistat $(filter %.c,$^) -o $@

.PHONY: wfi-plot
wfi-plot: deps $(BUILD)/core/default/vitrap-run $(BUILD)/vitrap-run $(WFISTAT) \
          $(PROG_BUILD)/wfipolicy.elf
	@scripts/install-deps.sh gnuplot:gnuplot-nox
	@scripts/wfi-plot.sh
