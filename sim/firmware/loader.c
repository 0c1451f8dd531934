/* vitrap board self-test firmware: the loader (sim/firmware/start.S enters
 * loader_main at reset). For each packed test image (vitrap-fwpack's table
 * fw_tests): reset the CSRs and devices (fw_reset), clear the test area,
 * unpack the image into it, enter it (fw_run) and read its exit word; print
 * "PASS name" or "FAIL name (code N)" on the UART (PIPELINE.md 9.3), then
 * a summary line. The verdict word (1 = all passed, else (failed << 1) | 1)
 * is stored to tohost by start.S: the board's pass / fail LED. */
#include <stdint.h>

#define UART_THR ((volatile uint8_t *)0x10000000u)
#define UART_LSR ((volatile uint8_t *)0x10000005u)
#define LSR_THRE 0x20
#define LSR_TEMT 0x40
#define UART_WAIT 100000 /* bounded waits, as console.S */

#ifndef FW_BOARD
#error "FW_BOARD (the board's name) must be defined"
#endif

struct fw_test {
    const char *name;
    const uint8_t *data;
    uint64_t len;
};

/* vitrap-fwpack's output (build/firmware/BOARD/images.S) */
extern const uint8_t fw_dict[];
extern const uint64_t fw_dict_len, fw_ntests;
extern const struct fw_test fw_tests[];
/* the test area (mk/firmware.mk: --defsym) */
extern uint8_t fw_test_base[], fw_test_end[];
/* start.S */
uint64_t fw_run(uint64_t entry);
void fw_reset(void);
uint64_t loader_main(void);
uint64_t loader_trap(uint64_t cause, uint64_t epc);

static void uart_wait(uint8_t bits)
{
    for (int i = 0; i < UART_WAIT && (*UART_LSR & bits) != bits; i++)
        ;
}

static void putch(char c)
{
    uart_wait(LSR_THRE);
    *UART_THR = (uint8_t)c;
}

static void putstr(const char *s)
{
    while (*s)
        putch(*s++);
}

static void putnum(uint64_t v)
{
    char d[24];
    int n = 0;
    do {
        d[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        putch(d[--n]);
}

/* vitrap-fwpack's token stream (sim/firmware/fwpack.c): literal runs and
 * matches that reach back into fw_dict ++ the output. */
static void fw_unpack(const uint8_t *in, uint8_t *out, uint64_t len)
{
    uint64_t o = 0, d = fw_dict_len;
    while (o < len) {
        uint8_t t = *in++;
        if (t < 0x80) {
            for (unsigned k = 0; k <= t; k++)
                out[o++] = *in++;
        } else {
            uint64_t n = (uint64_t)(t & 0x7F) + 4;
            uint64_t dist = (uint64_t)in[0] | (uint64_t)in[1] << 8;
            in += 2;
            for (; n; n--, o++) {
                uint64_t v = d + o - dist;
                out[o] = v < d ? fw_dict[v] : out[v - d];
            }
        }
    }
}

uint64_t loader_main(void)
{
    uint64_t failed = 0;
    putstr("selftest " FW_BOARD ": ");
    putnum(fw_ntests);
    putstr(" tests\n");
    for (uint64_t i = 0; i < fw_ntests; i++) {
        const struct fw_test *t = &fw_tests[i];
        fw_reset();
        for (uint64_t *p = (uint64_t *)fw_test_base; p < (uint64_t *)fw_test_end; p++)
            *p = 0; /* .bss and the stack as in a fresh RAM */
        fw_unpack(t->data, fw_test_base, t->len);
        uart_wait(LSR_THRE | LSR_TEMT); /* console.S probes THRE at its start */
        uint64_t word = fw_run((uint64_t)(uintptr_t)fw_test_base);
        if (word == 1) {
            putstr("PASS ");
            putstr(t->name);
        } else {
            failed++;
            putstr("FAIL ");
            putstr(t->name);
            putstr(" (code ");
            putnum(word >> 1);
            putch(')');
        }
        putch('\n');
    }
    fw_reset();
    putstr("selftest " FW_BOARD ": ");
    putnum(fw_ntests - failed);
    putstr(" passed, ");
    putnum(failed);
    putstr(failed ? " failed: FAIL\n" : " failed: PASS\n");
    uart_wait(LSR_THRE | LSR_TEMT); /* the last byte out before the verdict */
    return failed ? failed << 1 | 1 : 1;
}

uint64_t loader_trap(uint64_t cause, uint64_t epc)
{
    putstr("selftest " FW_BOARD ": loader trap mcause=");
    putnum(cause);
    putstr(" mepc=");
    putnum(epc);
    putstr(": FAIL\n");
    return 0xFF << 1 | 1;
}
