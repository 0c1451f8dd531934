# The vitrap core (rtl/core, rtl/soc), its C model (cmodel/core), the runner
# (tb/core) and the random program generator (tb/progen).
#
#   build/vitrap-run            the runner of the default core configuration
#   build/core/NAME/vitrap-run  the runner of sim/core/configs/NAME.cfg
#   build/vitrap-progen         the random program generator
#   make core-demo              the hypervisor demo in lock-step (part of make)

include mk/programs.mk

CORE_CONFIGS := $(basename $(notdir $(wildcard sim/core/configs/*.cfg)))
CORE_RTL     := $(wildcard rtl/core/*.v rtl/core/*.vh rtl/soc/*.v)
CORE_C       := $(wildcard tb/core/*.c tb/core/*.h tb/core/*.cpp cmodel/core/*.c cmodel/core/*.h) \
                $(CM_SRC) $(CM_HDR) tb/cfg_select.c tb/cfg_select.h tb/csr_names.c \
                tb/csr_names.h tb/cfg_from_header.h gen/config.c gen/mutants.c
PROGEN       := $(BUILD)/vitrap-progen
PROGEN_SRC   := $(wildcard tb/progen/*.c tb/progen/*.h)

.PHONY: core-all core-demo

$(BUILD)/core/%/config.cfg: sim/core/configs/%.cfg
	@mkdir -p $(@D)
	cp $< $@

# scripts/build-core.sh generates the unit into DIR/rtl, verilates the SoC and
# links the runner (DIR/params, if vitrap-run wrote one, sets RTL parameters).
$(BUILD)/core/%/vitrap-run: $(BUILD)/core/%/config.cfg $(GEN) $(CORE_RTL) $(CORE_C) scripts/build-core.sh
	@CC='$(CC)' CFLAGS='$(CFLAGS)' JOBS='$(JOBS)' scripts/build-core.sh $(@D)

# (copied under another name, then renamed: the old one may be running)
$(BUILD)/vitrap-run: $(BUILD)/core/default/vitrap-run
	cp $< $@.tmp && mv -f $@.tmp $@

$(PROGEN): $(PROGEN_SRC)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(filter %.c,$^) -o $@

core-all: $(foreach c,$(CORE_CONFIGS),$(BUILD)/core/$(c)/vitrap-run) $(BUILD)/vitrap-run $(PROGEN) \
          $(PROGRAMS_ELF)

# The hypervisor demo (sim/programs/hvdemo.S) in lock-step: M-mode firmware,
# an HS hypervisor, a VS guest kernel and a VU task; every cause-22 trap is
# emulated by the hypervisor and printed on the console.
core-demo: $(BUILD)/vitrap-run $(PROG_BUILD)/hvdemo.elf
	@echo "== lock-step demo: the hypervisor demo on the core (sim/programs/hvdemo.S) =="
	$(BUILD)/vitrap-run $(PROG_BUILD)/hvdemo.elf

# Fresh random programs in lock-step: make core-soak [SEED=n] [PROGRAMS=20]
# [MAX_CYCLES=4000000]; a seed not given is drawn from the clock and printed.
# A program that neither ends nor mismatches within MAX_CYCLES (a hart that
# ends up looping in its handlers) is counted apart, not failed.
PROGRAMS ?= 20
MAX_CYCLES ?= 4000000
.PHONY: core-soak
core-soak: $(BUILD)/vitrap-run $(PROGEN)
	@sd='$(SEED)'; sd=$${sd:-$$(( ($$(date +%s%N) / 1000) % 1000000000 ))}; \
	  echo "core-soak: seeds $$sd.. (make core-soak SEED=$$sd PROGRAMS=$(PROGRAMS) reproduces it)"; \
	  mkdir -p $(BUILD)/core-soak; ok=0; loop=0; bad=0; \
	  for i in $$(seq 0 $$(( $(PROGRAMS) - 1 ))); do s=$$((sd + i)); \
	    $(PROGEN) --seed $$s --out $(BUILD)/core-soak/r.elf || exit 2; \
	    $(BUILD)/vitrap-run --quiet --max-cycles $(MAX_CYCLES) $(BUILD)/core-soak/r.elf \
	      >$(BUILD)/core-soak/r$$s.out 2>&1; rc=$$?; \
	    case $$rc in 0) ok=$$((ok + 1)) ;; 124) loop=$$((loop + 1)) ;; \
	      *) bad=$$((bad + 1)); echo "FAIL seed $$s (exit $$rc): $(PROGEN) --seed $$s --out r.elf && $(BUILD)/vitrap-run r.elf"; \
	         head -20 $(BUILD)/core-soak/r$$s.out ;; esac; \
	  done; echo "core-soak: $$ok ended, $$loop still running at $(MAX_CYCLES) cycles, $$bad failed"; \
	  [ $$bad -eq 0 ]
