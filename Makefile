# vitrap: the CSR/trap unit of a small RV64 pipeline with the H extension.
#
#   make          install missing tools, build the generator, generate the
#                 default unit, build the lock-step co-simulator, run the demo
#   make test     lint + every directed test (sim/tests and the generated sweep
#                 of reserved SYSTEM encodings) on every test configuration,
#                 formal, FPGA, the regression, mutation testing
#   make lint     Verilator -Wall, iverilog and yosys on every configuration
#   make regress  lock-step random runs over many configurations, with coverage
#   make soak     the same, long (CYCLES=...)
#   make bench    cycles/s of the C model, the RTL and the lock-step pair
#   make mutate   mutation testing: every mutant of the generator must be killed
#   make fusesoc-lint  the FuseSoC cores' lint, sim and board-setup targets
#
# Per configuration (sim/configs/NAME.cfg) everything lives in build/cfg/NAME/.

SHELL    := /bin/bash
BUILD    := build
CC       := gcc
CFLAGS   := -std=c11 -O2 -g -Wall -Wextra -Werror
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)

TEST_CONFIGS := $(basename $(notdir $(wildcard sim/configs/*.cfg)))
GEN      := $(BUILD)/vitrap-gen
GEN_SRC  := $(wildcard gen/*.c) $(wildcard gen/*.h)
CM_SRC   := $(wildcard cmodel/*.c)
CM_HDR   := $(wildcard cmodel/*.h)
TB_SRC   := tb/asm.c tb/csr_names.c tb/lockstep.c tb/script.c tb/cosim_main.c \
            tb/stim_random.c tb/coverage.c tb/random_run.c tb/cfg_select.c \
            tb/bench.c tb/cfg_draw.c tb/cov_topup.c gen/config.c gen/mutants.c
TB_HDR   := $(wildcard tb/*.h)
.PHONY: all deps demo test lint mutate regress soak bench cosim-all clean
.SECONDARY:

all: deps $(BUILD)/rtl/vitrap_csr.v $(BUILD)/vitrap-cosim demo core-demo

deps:
	@scripts/install-deps.sh
	@scripts/install-deps.sh riscv64-unknown-elf-gcc:gcc-riscv64-unknown-elf

$(GEN): $(GEN_SRC)
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS) $(filter %.c,$(GEN_SRC)) -o $@

# The default unit, where users look for it.
$(BUILD)/rtl/vitrap_csr.v: $(GEN)
	$(GEN) --out $(BUILD)/rtl

# One configuration: its config file (a test configuration of sim/configs, or
# one that vitrap-cosim wrote for configuration flags), generated RTL + C header.
$(BUILD)/cfg/%/config.cfg: sim/configs/%.cfg
	@mkdir -p $(@D)
	cp $< $@

$(BUILD)/cfg/%/rtl/vitrap_csr.v: $(GEN) $(BUILD)/cfg/%/config.cfg
	$(GEN) --config $(BUILD)/cfg/$*/config.cfg --out $(BUILD)/cfg/$*/rtl

# The lock-step co-simulators. The C harness and the C model are compiled with
# gcc; Verilator builds the RTL and the one C++ shim and links
# (scripts/build-cosim.sh, the one copy of the recipe; make mutate uses it too).
# What does not depend on a configuration (the C model, most of the harness,
# Verilator's run-time objects) is compiled once into $(COMMON); per
# configuration only the RTL, the shim and CFG_DEP_SRC, the sources that include
# the configuration's vitrap_cfg.h.
COMMON      := $(BUILD)/cosim-common
CFG_DEP_SRC := tb/lockstep.c tb/cfg_select.c
COMMON_SRC  := $(CM_SRC) $(filter-out $(CFG_DEP_SRC),$(TB_SRC))
$(COMMON)/objs.list: $(COMMON_SRC) $(CM_HDR) $(TB_HDR) $(wildcard gen/*.h) scripts/build-cosim.sh
	@CC='$(CC)' CFLAGS='$(CFLAGS)' JOBS='$(JOBS)' scripts/build-cosim.sh --common $(COMMON) $(COMMON_SRC)

$(BUILD)/cfg/%/vitrap-cosim: $(BUILD)/cfg/%/rtl/vitrap_csr.v $(COMMON)/objs.list $(CFG_DEP_SRC) $(CM_HDR) $(TB_HDR) tb/rtl_shim.cpp scripts/build-cosim.sh
	@CC='$(CC)' CFLAGS='$(CFLAGS)' JOBS='$(JOBS)' scripts/build-cosim.sh $(BUILD)/cfg/$* $(COMMON) $(CFG_DEP_SRC)

$(BUILD)/vitrap-cosim: $(BUILD)/cfg/default/vitrap-cosim
	cp $< $@

cosim-all: $(foreach c,$(TEST_CONFIGS),$(BUILD)/cfg/$(c)/vitrap-cosim)

demo: $(BUILD)/vitrap-cosim
	@echo "== lock-step demo: a hypervisor round trip (sim/demo.vts) =="
	$(BUILD)/vitrap-cosim --script sim/demo.vts

lint: deps $(foreach c,$(TEST_CONFIGS),$(BUILD)/cfg/$(c)/rtl/vitrap_csr.v)
	@scripts/run-tests.sh --lint-only $(TEST_CONFIGS)

# The PyPI tools first and one at a time (both write build/venv), so that no
# test group installs into the venv while another runs from it.
test: deps $(GEN)
	@$(MAKE) --no-print-directory -s fpga-venv fusesoc-venv
	@$(MAKE) --no-print-directory -j$(JOBS) cosim-all $(BUILD)/vitrap-cosim $(BUILD)/sweep/.generated core-all \
	  $(BUILD)/vitrap-trapstat $(BUILD)/vitrap-wfistat $(BUILD)/vitrap-elf2mem firmware
	@scripts/run-tests.sh $(TEST_CONFIGS)

# Mutation testing: every mutant of `vitrap-gen --list-mutants` (one deliberate
# spec violation each) must be killed by the directed tests or a short random
# lock-step run. Builds the co-simulators of the configurations the mutants
# need first (their C objects are reused), then ends with "killed K of N mutants".
mutate: deps $(GEN)
	@$(MAKE) --no-print-directory -j$(JOBS) $$(scripts/mutate.sh --needs)
	@JOBS='$(JOBS)' scripts/mutate.sh

# Lock-step regression (scripts/regress.sh): the fixed configurations of make
# test (sim/configs and sim/regress/config-seeds.txt), coverage closed and
# checked per configuration; with CONFIG_SEED=N also CONFIGS (default 2)
# configurations drawn from config seeds N.. (fresh draws from the clock:
# make soak).
REGRESS_CYCLES ?= 350000
regress: deps $(BUILD)/vitrap-cosim
	@$(MAKE) --no-print-directory -j$(JOBS) cosim-all
	@JOBS='$(JOBS)' scripts/regress.sh --cycles $(REGRESS_CYCLES) \
	  $(if $(CONFIG_SEED),--config-seed $(CONFIG_SEED) --configs $(or $(CONFIGS),2))

# Long runs on fresh configurations only: make soak [CONFIGS=8] [CONFIG_SEED=n]
# [CYCLES=5000000] [RUNS=1] [SEED=n]; a seed not given is drawn from the clock
# and printed. The 100-configuration soak of the README:
#   make soak CONFIG_SEED=1 CONFIGS=100 CYCLES=350000 SEED=1
CYCLES ?= 5000000
RUNS   ?= 1
soak: deps $(BUILD)/vitrap-cosim
	@cs='$(CONFIG_SEED)'; cs=$${cs:-$$(( $$(date +%s) % 1000000 ))}; \
	  sd='$(SEED)'; sd=$${sd:-$$(( ($$(date +%s%N) / 1000) % 1000000 ))}; \
	  echo "soak: config seed $$cs, seed $$sd (make soak CONFIG_SEED=$$cs SEED=$$sd CONFIGS=$(or $(CONFIGS),8) CYCLES=$(CYCLES) RUNS=$(RUNS) reproduces it)"; \
	  JOBS='$(JOBS)' scripts/regress.sh --no-fixed --runs $(RUNS) --seed $$sd --cycles $(CYCLES) \
	    --config-seed $$cs --configs $(or $(CONFIGS),8)

# Speed of the C model alone, the RTL alone and the lock-step pair, side by
# side, for the unit (scripts/bench.sh) and for the core on the integer
# benchmark programs with their CPI (scripts/bench-core.sh): cycles/s and, from callgrind (Debian's valgrind, installed if missing),
# the host instructions per simulated cycle of each (scripts/bench.sh).
BENCH_CYCLES ?= 500000
bench: deps $(BUILD)/vitrap-cosim $(BUILD)/vitrap-run programs
	@scripts/install-deps.sh valgrind:valgrind
	@BENCH_CYCLES='$(BENCH_CYCLES)' scripts/bench.sh $(BUILD)/vitrap-cosim; rc=$$?; \
	  echo; scripts/bench-core.sh $(BUILD)/vitrap-run || rc=1; exit $$rc

-include $(wildcard mk/*.mk)

clean:
	rm -rf $(BUILD)
