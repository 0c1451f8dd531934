/* Integer benchmark: 24x24 matrix multiply (64-bit MUL), checked against the
 * row sums computed another way (sum_j C[i][j] = sum_k A[i][k] * rowsum(B[k])). */
#include <stdint.h>

const char test_name[] = "bench_matmul";

#define N 24
static int64_t A[N][N], B[N][N], C[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (i * 7 + j * 3) % 23 - 11;
            B[i][j] = (i * 5 + j * 11) % 19 - 9;
        }
    for (int r = 0; r < 3; r++)
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                int64_t s = 0;
                for (int k = 0; k < N; k++)
                    s += A[i][k] * B[k][j];
                C[i][j] = s;
            }
    for (int i = 0; i < N; i++) {
        int64_t lhs = 0, rhs = 0;
        for (int j = 0; j < N; j++)
            lhs += C[i][j];
        for (int k = 0; k < N; k++) {
            int64_t rs = 0;
            for (int j = 0; j < N; j++)
                rs += B[k][j];
            rhs += A[i][k] * rs;
        }
        if (lhs != rhs)
            return 1 + i;
    }
    return 0;
}
