/* Integer benchmark: a Dhrystone-like mix (records, string copies and
 * compares, integer arithmetic with a few divides, switch dispatch,
 * pointer chasing), with its result checked against a constant computed
 * by the same code on the host (see the comment at `expect`). */
#include <stdint.h>

const char test_name[] = "bench_mix";

struct rec {
    struct rec *next;
    int kind;
    int value;
    char name[24];
};

static struct rec pool[32];

static void str_copy(char *d, const char *s)
{
    while ((*d++ = *s++) != 0)
        ;
}

static int str_cmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

static int64_t step(const struct rec *r, int64_t x)
{
    switch (r->kind) {
    case 0: return x + r->value;
    case 1: return x * 3 - r->value;
    case 2: return x ^ (r->value << 3);
    case 3: return r->value ? x / r->value : x;
    default: return x - 1;
    }
}

int main(void)
{
    static const char *names[4] = { "DHRYSTONE PROGRAM, 1'ST", "DHRYSTONE PROGRAM, 2'ND",
                                    "SOME STRING", "ANOTHER STRING" };
    for (int i = 0; i < 32; i++) {
        pool[i].next = &pool[(i * 5 + 1) % 32]; /* one cycle through all 32 */
        pool[i].kind = i % 16 == 3 ? 3 : i % 16 == 7 ? 4 : i % 3; /* few divides, as in Dhrystone */
        pool[i].value = i * 13 % 29 + 1;
        str_copy(pool[i].name, names[i % 4]);
    }
    int64_t acc = 0;
    struct rec *r = &pool[0];
    for (int it = 0; it < 4000; it++) {
        int64_t x = it;
        for (int k = 0; k < 4; k++) {
            x = step(r, x);
            r = r->next;
        }
        if (str_cmp(r->name, names[it % 4]) == 0)
            acc += x;
        else
            acc -= x & 7;
    }
    /* the same loop compiled for the host (gcc -O2, x86-64) gives 17963303 */
    return acc == 17963303 ? 0 : 1;
}
