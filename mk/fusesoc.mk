# FuseSoC cores of the unit and the core SoC (vitrap_csr.core, vitrap_soc.core;
# fpga/FUSESOC.md tells the details). Included by the Makefile.
#
#   make fusesoc-venv   FuseSoC (FUSESOC, pinned; brings edalize) from PyPI into
#                       the project venv $(FPGA_VENV) (fpga/scripts/venv.sh)
#   make fusesoc-lint   scripts/fusesoc-lint.sh on a clean build/fusesoc: the
#                       lint target (Verilator -Wall of the core SoC with the
#                       generated unit), the sim target (two smoke programs under
#                       iverilog), fusesoc --setup of the board targets, and the
#                       self-checks that a broken file list or a lint warning
#                       fails the lint target. make test runs the same.

ifndef VT_FUSESOC_MK
VT_FUSESOC_MK := 1

FUSESOC ?= fusesoc==2.4.7
FUSESOC_RESULTS := $(BUILD)/test-logs/fusesoc-results

.PHONY: fusesoc-venv fusesoc-lint

fusesoc-venv:
	@fpga/scripts/venv.sh $(or $(FPGA_VENV),$(BUILD)/venv) '$(FUSESOC)'

# The generator and elf2mem first: the lint target runs build/vitrap-gen.
fusesoc-lint: deps
	@$(MAKE) --no-print-directory -s $(GEN) $(BUILD)/vitrap-elf2mem fusesoc-venv
	@mkdir -p $(dir $(FUSESOC_RESULTS)); rm -f $(FUSESOC_RESULTS)
	@VT_VENV='$(or $(FPGA_VENV),$(BUILD)/venv)' scripts/fusesoc-lint.sh --results $(FUSESOC_RESULTS)
	@p=$$(grep -c '^PASS' $(FUSESOC_RESULTS)); f=$$(grep -c '^FAIL' $(FUSESOC_RESULTS)); \
	  echo "$$p passed, $$f failed"; [ "$$f" -eq 0 ]

endif
