# What the virtual-instruction exception buys (README "What cause 22 buys").
#
#   make trap-bench   sim/programs/trapbench.S on the ratified unit and on the
#                     pre-proposal one (sim/core/configs/vioff.cfg), in
#                     lock-step, with the cycles of every guest trap's round
#                     trip: the table of build/trap-bench/table.md
#
# make test runs the same with --check (the invariants, not the figures).

TRAPSTAT     := $(BUILD)/vitrap-trapstat
TRAPSTAT_SRC := $(wildcard tb/trapstat/*.c tb/trapstat/*.h)

$(TRAPSTAT): $(TRAPSTAT_SRC)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itb/trapstat $(filter %.c,$^) -o $@

.PHONY: trap-bench
trap-bench: deps $(BUILD)/core/default/vitrap-run $(BUILD)/core/vioff/vitrap-run $(TRAPSTAT) \
            $(PROG_BUILD)/trapbench.elf
	@scripts/trap-bench.sh
