# vitrap: the CSR/trap unit of a small RV64 pipeline with the H extension.
#
#   make          install missing tools, build the generator, generate the
#                 default unit, build the lock-step co-simulator, run the demo
#   make test     lint + every directed test on every test configuration
#   make lint     Verilator -Wall, iverilog and yosys on every configuration
#
# Per configuration (sim/configs/NAME.cfg) everything lives in build/cfg/NAME/.

SHELL    := /bin/bash
BUILD    := build
CC       := gcc
CFLAGS   := -std=c11 -O2 -g -Wall -Wextra -Werror
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)

CONFIGS  := $(basename $(notdir $(wildcard sim/configs/*.cfg)))
GEN      := $(BUILD)/vitrap-gen
GEN_SRC  := $(wildcard gen/*.c) $(wildcard gen/*.h)
CM_SRC   := $(wildcard cmodel/*.c)
CM_HDR   := $(wildcard cmodel/*.h)
TB_SRC   := tb/asm.c tb/csr_names.c tb/lockstep.c tb/script.c tb/cosim_main.c
TB_HDR   := $(wildcard tb/*.h)
VFLAGS   := --cc --exe --build -j $(JOBS) --trace -O3 --x-assign fast --x-initial fast \
            --noassert --top-module vitrap_csr -Wno-fatal

.PHONY: all deps demo test lint cosim-all clean
.SECONDARY:

all: deps $(BUILD)/rtl/vitrap_csr.v $(BUILD)/vitrap-cosim demo

deps:
	@scripts/install-deps.sh

$(GEN): $(GEN_SRC)
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS) $(filter %.c,$(GEN_SRC)) -o $@

# The default unit, where users look for it.
$(BUILD)/rtl/vitrap_csr.v: $(GEN)
	$(GEN) --out $(BUILD)/rtl

# One configuration: generated RTL + C header.
$(BUILD)/cfg/%/rtl/vitrap_csr.v: $(GEN) sim/configs/%.cfg
	$(GEN) --config sim/configs/$*.cfg --out $(BUILD)/cfg/$*/rtl

# One configuration: the lock-step co-simulator. The C harness and the C model
# are compiled with gcc; Verilator builds the RTL and the one C++ shim and links.
$(BUILD)/cfg/%/vitrap-cosim: $(BUILD)/cfg/%/rtl/vitrap_csr.v $(CM_SRC) $(CM_HDR) $(TB_SRC) $(TB_HDR) tb/rtl_shim.cpp
	@d=$(abspath $(BUILD)/cfg/$*); mkdir -p $$d/cobj; objs=(); \
	for f in $(CM_SRC) $(TB_SRC); do \
	  o=$$d/cobj/$$(basename $${f%.c}).o; objs+=($$o); \
	  $(CC) $(CFLAGS) -Icmodel -Itb -I$$d/rtl -c $$f -o $$o || exit 1; \
	done; \
	rm -f $$d/vitrap-cosim; \
	verilator $(VFLAGS) --Mdir $$d/obj -o $$d/vitrap-cosim \
	  -CFLAGS "-O2 -I$(abspath tb) -I$(abspath cmodel) -I$$d/rtl" \
	  $$d/rtl/vitrap_csr.v $(abspath tb/rtl_shim.cpp) "$${objs[@]}" >$$d/verilator.log 2>&1 \
	  || { cat $$d/verilator.log; exit 1; }

$(BUILD)/vitrap-cosim: $(BUILD)/cfg/default/vitrap-cosim
	cp $< $@

cosim-all: $(foreach c,$(CONFIGS),$(BUILD)/cfg/$(c)/vitrap-cosim)

demo: $(BUILD)/vitrap-cosim
	@echo "== lock-step demo: a hypervisor round trip (sim/demo.vts) =="
	$(BUILD)/vitrap-cosim --script sim/demo.vts

lint: deps $(foreach c,$(CONFIGS),$(BUILD)/cfg/$(c)/rtl/vitrap_csr.v)
	@scripts/run-tests.sh --lint-only $(CONFIGS)

test: deps $(GEN)
	@$(MAKE) --no-print-directory -j$(JOBS) cosim-all
	@scripts/run-tests.sh $(CONFIGS)

clean:
	rm -rf $(BUILD)
