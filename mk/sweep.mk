# The exhaustive sweep of reserved SYSTEM encodings (included by the Makefile
# with `include mk/*.mk`; uses its BUILD, CC, CFLAGS, TEST_CONFIGS, JOBS).
#
#   make sweep        build every co-simulator, generate the sweep, run it
#   make sweep-run    generate and run it (the co-simulators already built);
#                     `make test` generates it and scripts/run-tests.sh runs
#                     its scripts with the directed tests of sim/tests
#
# build/vitrap-sweep-gen (tb/sweep_gen.c) writes the scripts into
# build/sweep/ (one per mode and H setting, each with its `requires` line);
# every one runs in lock-step on every test configuration it requires.
# Ends with "sweep: N passed, N failed"; logs in build/sweep-logs/.

SWEEP_GEN := $(BUILD)/vitrap-sweep-gen
SWEEP_DIR := $(BUILD)/sweep
SWEEP_LOGS := $(BUILD)/sweep-logs

.PHONY: sweep sweep-run

$(SWEEP_GEN): tb/sweep_gen.c
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS) $< -o $@

$(SWEEP_DIR)/.generated: $(SWEEP_GEN)
	@rm -rf $(SWEEP_DIR) && mkdir -p $(SWEEP_DIR)
	$(SWEEP_GEN) $(SWEEP_DIR)
	@touch $@

sweep: deps $(SWEEP_DIR)/.generated
	@$(MAKE) --no-print-directory -j$(JOBS) cosim-all
	@$(MAKE) --no-print-directory sweep-run

sweep-run: $(SWEEP_DIR)/.generated
	@rm -rf $(SWEEP_LOGS) && mkdir -p $(SWEEP_LOGS); pass=0; fail=0; \
	for c in $(TEST_CONFIGS); do for t in $(SWEEP_DIR)/*.vts; do \
	    n=$$(basename $$t .vts); log=$(SWEEP_LOGS)/$$c-$$n.log; \
	    if ! $(BUILD)/cfg/$$c/vitrap-cosim --quiet --script $$t >$$log 2>&1; then \
	        fail=$$((fail + 1)); echo "FAIL sweep/$$c/$$n: see $$log"; head -5 $$log; \
	    elif ! grep -q '^skipped:' $$log; then pass=$$((pass + 1)); fi; \
	done; done; \
	echo "sweep: $$pass passed, $$fail failed"; [ $$fail -eq 0 ]
