/* Integer benchmark: sorting (make bench reports its CPI). Fills an array
 * from a linear congruential generator, sorts one copy with a hybrid sort
 * (insertion sort of 16-element runs, then bottom-up merges) and another
 * with a plain bottom-up merge sort, checks both results against each other
 * and the order, and a checksum. Returns 0 on pass, the failing check otherwise. */
#include <stdint.h>

const char test_name[] = "bench_sort";

#define N 2000
static int64_t a[N], b[N], tmp[N];

static void insertion(int64_t *v, int n)
{
    for (int i = 1; i < n; i++) {
        int64_t x = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > x) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

static void merge_from(int64_t *v, int n, int w0)
{
    for (int w = w0; w < n; w *= 2) {
        for (int lo = 0; lo < n; lo += 2 * w) {
            int mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = v[i] <= v[j] ? v[i++] : v[j++];
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
        }
        for (int i = 0; i < n; i++)
            v[i] = tmp[i];
    }
}

#define RUN 16
static void hybrid(int64_t *v, int n)
{
    for (int lo = 0; lo < n; lo += RUN)
        insertion(v + lo, n - lo < RUN ? n - lo : RUN);
    merge_from(v, n, RUN);
}

int main(void)
{
    uint64_t s = 12345;
    int64_t sum = 0;
    for (int i = 0; i < N; i++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        a[i] = b[i] = (int64_t)(s >> 20) - (1ll << 42);
        sum += a[i];
    }
    hybrid(a, N);
    merge_from(b, N, 1);
    int64_t sum2 = 0;
    for (int i = 0; i < N; i++) {
        if (a[i] != b[i])
            return 1;
        if (i && a[i - 1] > a[i])
            return 2;
        sum2 += a[i];
    }
    return sum == sum2 ? 0 : 3;
}
