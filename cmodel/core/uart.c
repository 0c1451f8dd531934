/* UART, 16550-compatible byte registers (PIPELINE.md 9.3). */
#include "devices.h"

void uart_reset(struct uart *u)
{
    u->ier = u->lcr = u->mcr = u->scr = u->dll = u->dlm = u->fcr = 0;
    u->tx_busy = u->thre_ip = 0;
}

#define DLAB(u) ((u)->lcr & 0x80)

static uint8_t iir(const struct uart *u)
{
    uint8_t v = (u->fcr & 1) ? 0xC0 : 0x00;
    return v | (((u->ier & 2) && u->thre_ip) ? 0x2 : 0x1);
}

static uint8_t rd_reg(const struct uart *u, uint64_t off)
{
    switch (off) {
    case 0:  return DLAB(u) ? u->dll : 0;       /* RBR: nothing received */
    case 1:  return DLAB(u) ? u->dlm : u->ier;
    case 2:  return iir(u);
    case 3:  return u->lcr;
    case 4:  return u->mcr;
    case 5:  return u->tx_busy ? 0 : 0x60;      /* LSR THRE, TEMT */
    case 7:  return u->scr;
    default: return 0;                          /* MSR and 8..0xFF */
    }
}

uint64_t uart_edge(struct uart *u, const struct dev_acc *a)
{
    uint8_t rd = 0;
    int was_busy = u->tx_busy;
    if (a && !a->we)
        rd = rd_reg(u, a->off);
    /* 9.3: the edge after a THR write ends tx_busy and sets thre_ip */
    if (was_busy) {
        u->tx_busy = 0;
        u->thre_ip = 1;
    }
    if (a && !a->we && a->off == 2 && (rd & 0xF) == 0x2)
        u->thre_ip = 0;  /* IIR read returning 0x2 */
    if (a && a->we) {
        uint8_t v = (uint8_t)a->data;
        switch (a->off) {
        case 0:
            if (DLAB(u)) {
                u->dll = v;
            } else {            /* THR: emitted in this cycle (core_model.c) */
                u->tx_busy = 1;
                u->thre_ip = 0;
            }
            break;
        case 1:
            if (DLAB(u)) {
                u->dlm = v;
            } else {
                /* 9.3: setting IER bit 1 while it was 0 and not tx_busy */
                if ((v & 2) && !(u->ier & 2) && !was_busy)
                    u->thre_ip = 1;
                u->ier = v & 0xF;
            }
            break;
        case 2:  u->fcr = v & 1; break;
        case 3:  u->lcr = v; break;
        case 4:  u->mcr = v & 0x1F; break;
        case 7:  u->scr = v; break;
        default: break;
        }
    }
    return (uint64_t)rd << (8 * (a ? (a->off & 7) : 0));
}
