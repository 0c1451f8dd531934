# Fuzzing the generator's configuration parser (sim/fuzz/fuzz_options.c).
#
#   make fuzz [FUZZ_SECONDS=120]   libFuzzer (clang) with AddressSanitizer and
#                                  UndefinedBehaviorSanitizer, starting from the
#                                  regression corpus sim/fuzz/corpus; fails on a
#                                  crash, hang, leak or sanitizer report; new
#                                  inputs are merged back into the corpus (commit them)
#   make fuzz-replay               the corpus replayed under gcc's ASan + UBSan
#                                  (part of make test)

FUZZ_SECONDS ?= 120
FUZZ_SRC := sim/fuzz/fuzz_options.c gen/config.c gen/mutants.c
FUZZ_HDR := gen/config.h gen/mutants.h
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

.PHONY: fuzz fuzz-replay

$(BUILD)/fuzz/fuzz_options: $(FUZZ_SRC) $(FUZZ_HDR)
	@scripts/install-deps.sh clang-14:clang-14 dpkg:libclang-rt-14-dev
	@mkdir -p $(@D)
	clang-14 -std=c11 -g -O1 -Wall -Wextra -Werror -fsanitize=fuzzer $(SAN_FLAGS) -Igen $(FUZZ_SRC) -o $@

$(BUILD)/fuzz/fuzz_replay: $(FUZZ_SRC) $(FUZZ_HDR) sim/fuzz/replay_main.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -g -O1 -Wall -Wextra -Werror $(SAN_FLAGS) -Igen $(FUZZ_SRC) sim/fuzz/replay_main.c -o $@

fuzz: $(BUILD)/fuzz/fuzz_options
	@rm -rf $(BUILD)/fuzz/work $(BUILD)/fuzz/artifacts && mkdir -p $(BUILD)/fuzz/work $(BUILD)/fuzz/artifacts
	@cp sim/fuzz/corpus/* $(BUILD)/fuzz/work/
	@echo "fuzz: $(FUZZ_SECONDS) s of libFuzzer on the config parser, corpus sim/fuzz/corpus"
	@$(BUILD)/fuzz/fuzz_options $(BUILD)/fuzz/work -max_total_time=$(FUZZ_SECONDS) -max_len=1024 \
	    -timeout=5 -rss_limit_mb=1024 -artifact_prefix=$(BUILD)/fuzz/artifacts/ -print_final_stats=1 \
	    >$(BUILD)/fuzz/fuzz.log 2>&1; rc=$$?; \
	  grep -E '^stat::number_of_executed_units|^Done' $(BUILD)/fuzz/fuzz.log; \
	  if [ $$rc -ne 0 ] || ls $(BUILD)/fuzz/artifacts | grep -q .; then \
	    echo "fuzz: FAILED (exit $$rc): see $(BUILD)/fuzz/fuzz.log and $(BUILD)/fuzz/artifacts/"; \
	    grep -m5 -E 'ERROR|SUMMARY|runtime error' $(BUILD)/fuzz/fuzz.log; exit 1; fi
	@$(BUILD)/fuzz/fuzz_options -merge=1 sim/fuzz/corpus $(BUILD)/fuzz/work >$(BUILD)/fuzz/merge.log 2>&1
	@echo "fuzz: no crash, hang or sanitizer report; corpus now $$(ls sim/fuzz/corpus | wc -l) inputs"

fuzz-replay: $(BUILD)/fuzz/fuzz_replay
	@$(BUILD)/fuzz/fuzz_replay sim/fuzz/corpus/*
