/* RV64M results ('M' Extension for Integer Multiplication and Division) and
 * the early-out divider's latency (PIPELINE.md 4.3: it depends on the
 * dividend only). Results are computed with C arithmetic; the pipeline only
 * counts the cycles. */
#include "alu.h"

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

static uint64_t sext32(uint64_t v)
{
    return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
}

uint64_t core_mul(unsigned fn, uint64_t a, uint64_t b)
{
    switch (fn) {
    case MD_MUL:    return a * b;
    /* 'Multiplication Operations': upper 64 bits of the 128-bit product */
    case MD_MULH:   return (uint64_t)((u128)((i128)(int64_t)a * (i128)(int64_t)b) >> 64);
    case MD_MULHSU: return (uint64_t)((u128)((i128)(int64_t)a * (i128)(u128)b) >> 64);
    case MD_MULHU:  return (uint64_t)(((u128)a * (u128)b) >> 64);
    case MD_MULW:   return sext32((uint32_t)a * (uint32_t)b);
    default:        return 0;
    }
}

/* 'Division Operations': x/0 -> all ones, x%0 -> x; the signed overflow
 * INT_MIN/-1 -> INT_MIN, remainder 0. W forms on the low 32 bits, every
 * result sign-extended from bit 31 (DIVUW/REMUW too). */
uint64_t core_div(unsigned fn, uint64_t a, uint64_t b)
{
    switch (fn) {
    case MD_DIV: {
        int64_t x = (int64_t)a, y = (int64_t)b;
        if (y == 0) return ~0ULL;
        if (x == INT64_MIN && y == -1) return (uint64_t)x;
        return (uint64_t)(x / y);
    }
    case MD_DIVU:
        return b == 0 ? ~0ULL : a / b;
    case MD_REM: {
        int64_t x = (int64_t)a, y = (int64_t)b;
        if (y == 0) return a;
        if (x == INT64_MIN && y == -1) return 0;
        return (uint64_t)(x % y);
    }
    case MD_REMU:
        return b == 0 ? a : a % b;
    case MD_DIVW: {
        int32_t x = (int32_t)(uint32_t)a, y = (int32_t)(uint32_t)b;
        if (y == 0) return ~0ULL;
        if (x == INT32_MIN && y == -1) return sext32((uint32_t)x);
        return sext32((uint32_t)(x / y));
    }
    case MD_DIVUW: {
        uint32_t x = (uint32_t)a, y = (uint32_t)b;
        return y == 0 ? ~0ULL : sext32(x / y);
    }
    case MD_REMW: {
        int32_t x = (int32_t)(uint32_t)a, y = (int32_t)(uint32_t)b;
        if (y == 0) return sext32((uint32_t)x);
        if (x == INT32_MIN && y == -1) return 0;
        return sext32((uint32_t)(x % y));
    }
    case MD_REMUW: {
        uint32_t x = (uint32_t)a, y = (uint32_t)b;
        return sext32(y == 0 ? x : x % y);
    }
    default:
        return 0;
    }
}

/* PIPELINE.md 4.3 (rev. 3): a divide is in EX for L = max(n, 1) + 2 cycles
 * (revision 2: max(n, 1) + 1; revision 3 adds the cycle in which the divider
 * registers its operands), so L runs from 3 to 66 (W: 34); this returns its
 * last cycle L - 1 = max(n, 1) + 1. The dividend is the forwarded rs1 of cycle 0 (W ops:
 * its low 32 bits); its magnitude m is the unsigned value (DIVU, REMU and the
 * UW forms) or the two's-complement absolute value (DIV, REM, DIVW, REMW;
 * INT_MIN's magnitude is 2^63, W 2^31, which the unsigned negation gives);
 * n = width - leading zeros of m, 0 for m = 0. The divisor plays no part. */
unsigned core_div_last(unsigned fn, uint64_t a)
{
    unsigned n;
    if (fn >= MD_DIVW) {
        uint32_t m = (uint32_t)a;
        if ((fn == MD_DIVW || fn == MD_REMW) && (m >> 31))
            m = 0u - m;
        n = m ? 32u - (unsigned)__builtin_clz(m) : 0u;
    } else {
        uint64_t m = a;
        if ((fn == MD_DIV || fn == MD_REM) && (m >> 63))
            m = 0u - m;
        n = m ? 64u - (unsigned)__builtin_clzll(m) : 0u;
    }
    /* PIPELINE.md 4.3 (rev. 3): L - 1 = max(n, 1) + 1 */
    return (n > 1u ? n : 1u) + 1u;
}
