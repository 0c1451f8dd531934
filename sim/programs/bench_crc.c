/* Integer benchmark: CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320)
 * of a generated buffer, bitwise and table-driven; both must agree and the
 * bitwise CRC of "123456789" must be the standard check value 0xCBF43926. */
#include <stdint.h>

const char test_name[] = "bench_crc";

static uint32_t table[256];
static uint8_t buf[4096];

static uint32_t crc_bitwise(const uint8_t *p, int n)
{
    uint32_t c = 0xffffffffu;
    for (int i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
    }
    return ~c;
}

static uint32_t crc_table(const uint8_t *p, int n)
{
    uint32_t c = 0xffffffffu;
    for (int i = 0; i < n; i++)
        c = table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return ~c;
}

int main(void)
{
    static const uint8_t check[9] = { '1', '2', '3', '4', '5', '6', '7', '8', '9' };
    if (crc_bitwise(check, 9) != 0xcbf43926u)
        return 1;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
        table[i] = c;
    }
    uint32_t s = 1;
    for (int i = 0; i < (int)sizeof buf; i++) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        buf[i] = (uint8_t)s;
    }
    uint32_t t = 0;
    for (int r = 0; r < 8; r++)
        t = t * 31u + crc_table(buf, sizeof buf) + (uint32_t)r;
    uint32_t b = crc_bitwise(buf, 1024);
    return b == crc_table(buf, 1024) && t != 0 ? 0 : 2;
}
