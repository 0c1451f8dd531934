/* The HTIF host (htif.h). */
#include "htif.h"

static uint64_t rd(const struct sparse_mem *m, uint64_t a)
{
    uint64_t v;
    smem_read_bytes(m, a, &v, 8);
    return v;
}

static void wr(struct sparse_mem *m, uint64_t a, uint64_t v)
{
    (void)smem_write_bytes(m, a, &v, 8);
}

int htif_store_hits(const struct htif *h, uint64_t addr, unsigned size)
{
    return h->enabled && addr < h->tohost + 8 && h->tohost < addr + size;
}

static int64_t sys_write(const struct htif *h, const struct sparse_mem *m, uint64_t fd,
                         uint64_t buf, uint64_t len)
{
    FILE *f = fd == 1 ? h->out : fd == 2 ? h->err : NULL;
    if (fd != 1 && fd != 2)
        return -9; /* EBADF */
    if (!smem_contains(m, buf, len))
        return -14; /* EFAULT */
    for (uint64_t i = 0; i < len; i++) {
        uint8_t c;
        smem_read_bytes(m, buf + i, &c, 1);
        if (f)
            fputc(c, f);
    }
    if (f)
        fflush(f);
    return (int64_t)len;
}

int htif_service(const struct htif *h, struct sparse_mem *m, int *code)
{
    if (!h->enabled || !smem_contains(m, h->tohost, 8))
        return HTIF_RUN;
    uint64_t v = rd(m, h->tohost);
    if (v == 0)
        return HTIF_RUN;
    if (v & 1) {
        *code = (int)(v >> 1 & 0x7fffffff);
        return HTIF_EXIT;
    }
    unsigned dev = (unsigned)(v >> 56), cmd = (unsigned)(v >> 48 & 0xff);
    uint64_t payload = v & 0xffffffffffffull;
    uint64_t from = 0;
    int has_from = 1;
    if (dev == 0 && cmd == 0) {
        if (!smem_contains(m, payload, 64)) {
            has_from = 0;
        } else {
            uint64_t num = rd(m, payload), a0 = rd(m, payload + 8);
            uint64_t a1 = rd(m, payload + 16), a2 = rd(m, payload + 24);
            int64_t ret = -38; /* ENOSYS */
            if (num == HTIF_SYS_EXIT) {
                *code = (int)(a0 & 0x7fffffff);
                wr(m, h->tohost, 0);
                return HTIF_EXIT;
            }
            if (num == HTIF_SYS_WRITE)
                ret = sys_write(h, m, a0, a1, a2);
            wr(m, payload, (uint64_t)ret);
            from = 1;
        }
    } else if (dev == 1 && cmd == 1) {
        if (h->out) {
            fputc((int)(payload & 0xff), h->out);
            fflush(h->out);
        }
        from = (1ull << 56) | (1ull << 48) | 0x100 | (payload & 0xff);
    } else {
        has_from = 0; /* unknown command: dropped */
    }
    wr(m, h->tohost, 0);
    if (has_from && h->fromhost && smem_contains(m, h->fromhost, 8))
        wr(m, h->fromhost, from);
    return HTIF_RUN;
}
