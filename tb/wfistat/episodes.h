/* WFI episodes read from a vitrap-run event log (tb/core/events.h) of
 * sim/programs/wfipolicy.S: the guest arms the interrupt test device (a
 * tb_seg_arm_<phase>_<kind>_<D> mark), idles in WFI (tb_seg_wfi_<phase>_<kind>_<D>),
 * the interrupt source rises D cycles later (a `line` event), and the episode
 * ends at the first instruction of whoever handles it first for that kind
 * (tb_seg_guest_irq in the guest, tb_seg_hs_host_irq* in the hypervisor). */
#ifndef TB_WFISTAT_EPISODES_H
#define TB_WFISTAT_EPISODES_H

#include <stddef.h>
#include <stdint.h>

enum ep_kind { EK_VGEIN, EK_VSEIP, EK_VSTIP, EK_HOST, EK_N };

struct episode {
    int phase;            /* 0: hstatus.VTW = 0, 1: VTW = 1 */
    enum ep_kind kind;
    unsigned d;           /* the COUNTDOWN the guest armed */
    uint64_t arm;         /* cycle the arming store retired */
    uint64_t wfi_at;      /* cycle the WFI first stood at commit (0: not seen) */
    int wfi_trapped;      /* 1: it trapped (cause 22), 0: it retired in the guest */
    unsigned wfi_cause;
    uint64_t source;      /* cycle the unit first saw the interrupt line high */
    uint64_t end;         /* cycle of the handler's first instruction */
    uint64_t hyp_insns;   /* instructions retired outside VS/VU from source to end */
    uint64_t stalled;     /* WFI stall cycles from arm to end */
    int complete;         /* source and end found */
};

struct ep_set {
    struct episode *e;
    size_t n, cap;
};

extern const char *const ep_kind_names[EK_N];

/* 0, or -1 with a one-line reason in err. */
int episodes_read(const char *path, struct ep_set *s, char *err, size_t errlen);
void episodes_free(struct ep_set *s);

#endif
