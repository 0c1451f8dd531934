/* Replays fuzz inputs (files named on the command line) through the fuzz
 * target without libFuzzer, so the regression corpus runs under gcc's
 * AddressSanitizer and UndefinedBehaviorSanitizer in make test. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int n = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            fprintf(stderr, "fuzz-replay: cannot read '%s'\n", argv[i]);
            return 2;
        }
        uint8_t *buf = malloc(1 << 20);
        size_t len = buf ? fread(buf, 1, 1 << 20, f) : 0;
        fclose(f);
        if (!buf)
            return 2;
        LLVMFuzzerTestOneInput(buf, len);
        free(buf);
        n++;
    }
    printf("fuzz-replay: %d inputs, no crash\n", n);
    return 0;
}
