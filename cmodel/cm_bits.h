/* vitrap C model: CSR addresses and field bit positions (RV64).
 *
 * Field positions are those of csrs-rv64.md §4 (status registers), §5
 * (interrupt bits), §8 (translation registers); addresses from csrs-rv64.md §2
 * and gen/INTERFACE.md section 10. Pure constants, no code.
 */
#ifndef VITRAP_CM_BITS_H
#define VITRAP_CM_BITS_H

#include <stdint.h>

#define BIT(n) (1ULL << (n))

/* ---- privilege encodings (nominal privilege, never 2) ---- */
enum { PRV_U = 0, PRV_S = 1, PRV_M = 3 };

/* ---- CSR addresses ---- */
enum {
    /* unprivileged counters (Zicntr/Zihpm) */
    CSR_CYCLE = 0xC00, CSR_TIME = 0xC01, CSR_INSTRET = 0xC02,
    CSR_HPMCOUNTER3 = 0xC03, CSR_HPMCOUNTER31 = 0xC1F,
    /* supervisor */
    CSR_SSTATUS = 0x100, CSR_SIE = 0x104, CSR_STVEC = 0x105,
    CSR_SCOUNTEREN = 0x106, CSR_SENVCFG = 0x10A, CSR_SSCRATCH = 0x140,
    CSR_SEPC = 0x141, CSR_SCAUSE = 0x142, CSR_STVAL = 0x143, CSR_SIP = 0x144,
    CSR_SATP = 0x180,
    /* virtual supervisor */
    CSR_VSSTATUS = 0x200, CSR_VSIE = 0x204, CSR_VSTVEC = 0x205,
    CSR_VSSCRATCH = 0x240, CSR_VSEPC = 0x241, CSR_VSCAUSE = 0x242,
    CSR_VSTVAL = 0x243, CSR_VSIP = 0x244, CSR_VSATP = 0x280,
    /* hypervisor */
    CSR_HSTATUS = 0x600, CSR_HEDELEG = 0x602, CSR_HIDELEG = 0x603,
    CSR_HIE = 0x604, CSR_HTIMEDELTA = 0x605, CSR_HCOUNTEREN = 0x606,
    CSR_HGEIE = 0x607, CSR_HENVCFG = 0x60A, CSR_HTVAL = 0x643,
    CSR_HIP = 0x644, CSR_HVIP = 0x645, CSR_HTINST = 0x64A, CSR_HGATP = 0x680,
    CSR_HGEIP = 0xE12,
    /* machine */
    CSR_MVENDORID = 0xF11, CSR_MARCHID = 0xF12, CSR_MIMPID = 0xF13,
    CSR_MHARTID = 0xF14, CSR_MCONFIGPTR = 0xF15,
    CSR_MSTATUS = 0x300, CSR_MISA = 0x301, CSR_MEDELEG = 0x302,
    CSR_MIDELEG = 0x303, CSR_MIE = 0x304, CSR_MTVEC = 0x305,
    CSR_MCOUNTEREN = 0x306, CSR_MENVCFG = 0x30A, CSR_MCOUNTINHIBIT = 0x320,
    CSR_MHPMEVENT3 = 0x323, CSR_MHPMEVENT31 = 0x33F,
    CSR_MSCRATCH = 0x340, CSR_MEPC = 0x341, CSR_MCAUSE = 0x342,
    CSR_MTVAL = 0x343, CSR_MIP = 0x344, CSR_MTINST = 0x34A, CSR_MTVAL2 = 0x34B,
    CSR_PMPCFG0 = 0x3A0, CSR_PMPCFG14 = 0x3AE,
    CSR_PMPADDR0 = 0x3B0, CSR_PMPADDR63 = 0x3EF,
    /* trigger module (riscv-debug-spec, Sdtrig "Trigger Module Registers") */
    CSR_TSELECT = 0x7A0, CSR_TDATA1 = 0x7A1, CSR_TDATA2 = 0x7A2,
    CSR_TDATA3 = 0x7A3, CSR_TINFO = 0x7A4,
    CSR_MCYCLE = 0xB00, CSR_MINSTRET = 0xB02,
    CSR_MHPMCOUNTER3 = 0xB03, CSR_MHPMCOUNTER31 = 0xB1F
};

/* ---- mstatus / sstatus / vsstatus (csrs-rv64.md §4.1-4.3) ---- */
#define MS_SIE   BIT(1)
#define MS_MIE   BIT(3)
#define MS_SPIE  BIT(5)
#define MS_MPIE  BIT(7)
#define MS_SPP   BIT(8)
#define MS_MPP_SHIFT 11
#define MS_MPP   (3ULL << MS_MPP_SHIFT)
#define MS_MPRV  BIT(17)
#define MS_SUM   BIT(18)
#define MS_MXR   BIT(19)
#define MS_TVM   BIT(20)
#define MS_TW    BIT(21)
#define MS_TSR   BIT(22)
#define MS_UXL_64 (2ULL << 32)  /* UXL 33:32 = 2, read-only */
#define MS_SXL_64 (2ULL << 34)  /* SXL 35:34 = 2, read-only */
#define MS_GVA   BIT(38)
#define MS_MPV   BIT(39)

/* writable mstatus bits (INTERFACE.md §10 mstatus); GVA/MPV only with H */
#define MSTATUS_WMASK (MS_SIE | MS_MIE | MS_SPIE | MS_MPIE | MS_SPP | MS_MPP | \
                       MS_MPRV | MS_SUM | MS_MXR | MS_TVM | MS_TW | MS_TSR)
#define MSTATUS_WMASK_H (MS_GVA | MS_MPV)
/* sstatus / vsstatus writable bits (INTERFACE.md §10 sstatus, vsstatus) */
#define SSTATUS_WMASK (MS_SIE | MS_SPIE | MS_SPP | MS_SUM | MS_MXR)

/* ---- hstatus (csrs-rv64.md §4.4) ---- */
#define HS_GVA   BIT(6)
#define HS_SPV   BIT(7)
#define HS_SPVP  BIT(8)
#define HS_HU    BIT(9)
#define HS_VGEIN_SHIFT 12
#define HS_VGEIN (0x3FULL << HS_VGEIN_SHIFT)
#define HS_VTVM  BIT(20)
#define HS_VTW   BIT(21)
#define HS_VTSR  BIT(22)
#define HS_VSXL_64 (2ULL << 32) /* VSXL 33:32 = 2, read-only */
#define HSTATUS_WMASK (HS_GVA | HS_SPV | HS_SPVP | HS_HU | HS_VGEIN | \
                       HS_VTVM | HS_VTW | HS_VTSR)

/* ---- interrupt bits = interrupt codes (csrs-rv64.md §5) ---- */
enum {
    IRQ_SSI = 1, IRQ_VSSI = 2, IRQ_MSI = 3, IRQ_STI = 5, IRQ_VSTI = 6,
    IRQ_MTI = 7, IRQ_SEI = 9, IRQ_VSEI = 10, IRQ_MEI = 11, IRQ_SGEI = 12
};
#define MIP_SSIP  BIT(IRQ_SSI)
#define MIP_VSSIP BIT(IRQ_VSSI)
#define MIP_MSIP  BIT(IRQ_MSI)
#define MIP_STIP  BIT(IRQ_STI)
#define MIP_VSTIP BIT(IRQ_VSTI)
#define MIP_MTIP  BIT(IRQ_MTI)
#define MIP_SEIP  BIT(IRQ_SEI)
#define MIP_VSEIP BIT(IRQ_VSEI)
#define MIP_MEIP  BIT(IRQ_MEI)
#define MIP_SGEIP BIT(IRQ_SGEI)
#define S_IRQ_BITS  (MIP_SSIP | MIP_STIP | MIP_SEIP)    /* 1, 5, 9 */
#define VS_IRQ_BITS (MIP_VSSIP | MIP_VSTIP | MIP_VSEIP) /* 2, 6, 10 */
#define HVIP_WMASK  VS_IRQ_BITS

/* ---- exception codes (traps.md §7) ---- */
enum {
    EXC_ILLEGAL = 2, EXC_BREAKPOINT = 3,
    EXC_ECALL_U = 8, EXC_ECALL_S = 9, EXC_ECALL_VS = 10, EXC_ECALL_M = 11,
    EXC_VIRTUAL = 22
};

/* ---- satp / vsatp / hgatp (csrs-rv64.md §8) ---- */
#define ATP_MODE_SHIFT 60
#define ATP_MODE_MASK (0xFULL << ATP_MODE_SHIFT)
#define ATP_MODE_BARE 0
#define ATP_MODE_SV39 8
#define HGATP_VMID_MASK (0x3FFFULL << 44)          /* VMID 57:44 */
#define HGATP_PPN_MASK  (0xFFFFFFFFFFFULL & ~3ULL)  /* PPN 43:2; 1:0 read 0 */

/* tvec: BASE 63:2, MODE bit 0 stored, bit 1 reads 0 (INTERFACE.md §10) */
#define TVEC_WMASK (~2ULL)
/* xcause: interrupt bit 63 and code 4:0 (INTERFACE.md §10) */
#define CAUSE_WMASK (BIT(63) | 0x1FULL)
#define CAUSE_IRQ BIT(63)

/* tinfo of a tselect that selects no trigger (riscv-debug-spec,
 * hwbp_registers.xml "Trigger Info"): version 31:24 = 1 (Sdtrig as ratified,
 * 1.0), bits 23:16 and 63:32 read 0, info 15:0 = 1 ("if the currently
 * selected trigger doesn't exist, this field contains 1"). */
#define TINFO_VERSION_SHIFT 24
#define TINFO_VERSION_1_0   1ULL
#define TINFO_INFO_NONE     1ULL
#define TINFO_NO_TRIGGER ((TINFO_VERSION_1_0 << TINFO_VERSION_SHIFT) | \
                          TINFO_INFO_NONE)

/* WFI encoding (wfi.md §1) */
#define INSN_WFI 0x10500073u

#endif
