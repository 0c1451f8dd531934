/* config.c - flags, config file and validation (gen/INTERFACE.md section 1).
 *
 * Order of work: the flags are read first (so that --config is known and
 * every flag value is checked), then the config file; the file's values are
 * applied over the defaults and the flags' values over the file's.  Any
 * problem stops the parse with a one-line message. */
#include "config.h"
#include "mutants.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum key_type { KT_BOOL, KT_NUM, KT_EXT };

enum key_id {
    K_H, K_WFI_TIMEOUT, K_HPM_COUNTERS, K_GEILEN, K_MVENDORID, K_MARCHID,
    K_MIMPID, K_MHARTID, K_MTVAL_INSN, K_EXT, K_TRIGGERS, K_VIRTUAL_INSN,
    K_COUNT
};

struct key_def {
    const char   *key;      /* config-file key */
    const char   *flag;     /* command-line flag */
    enum key_type type;
    uint64_t      max;      /* KT_NUM: largest legal value */
    const char   *arg;      /* argument shown in --help */
    const char   *deflt;    /* default shown in --help */
    const char   *range;    /* legal range shown in --help and errors */
    const char   *help;
};

/* Indexed by enum key_id. */
static const struct key_def keys[K_COUNT] = {
    { "h", "--h", KT_BOOL, 0, "on|off", "on", "on, off",
      "Hypervisor (H) extension" },
    { "wfi_timeout", "--wfi-timeout", KT_NUM, UINT32_MAX, "N", "0",
      "0..4294967295", "WFI bound in cycles (0: a WFI that would trap traps at once)" },
    { "hpm_counters", "--hpm-counters", KT_NUM, 29, "N", "3", "0..29",
      "implemented mhpmcounter3..(2+N) / mhpmevent3..(2+N)" },
    { "geilen", "--geilen", KT_NUM, 63, "N", "1 (0 when H is off)", "0..63",
      "guest external interrupts (H only)" },
    { "mvendorid", "--mvendorid", KT_NUM, UINT32_MAX, "N", "0",
      "0..0xffffffff", "value of mvendorid" },
    { "marchid", "--marchid", KT_NUM, UINT64_MAX, "N", "0",
      "0..0xffffffffffffffff", "value of marchid" },
    { "mimpid", "--mimpid", KT_NUM, UINT64_MAX, "N", "0",
      "0..0xffffffffffffffff", "value of mimpid" },
    { "mhartid", "--mhartid", KT_NUM, UINT64_MAX, "N", "0",
      "0..0xffffffffffffffff", "value of mhartid" },
    { "mtval_insn", "--mtval-insn", KT_BOOL, 0, "on|off", "on", "on, off",
      "illegal/virtual-instruction traps write the instruction bits to xtval (else 0)" },
    { "ext", "--ext", KT_EXT, 0, "LETTERS", "(none)", "any of A, M, C, each at most once",
      "extra misa letters; C sets IALIGN=16" },
    { "triggers", "--triggers", KT_BOOL, 0, "on|off", "on", "on, off",
      "trigger CSRs tselect, tdata1-3, tinfo of a trigger module with zero triggers" },
    { "virtual_instruction", "--virtual-instruction", KT_BOOL, 0, "on|off", "on", "on, off",
      "COMPARISON ONLY: off = the H draft before the virtual-instruction proposal, cause 2 for every cause-22 case" },
};

#define EXT_A 1u
#define EXT_M 2u
#define EXT_C 4u

/* One key's value as given by one source (file or flags). */
struct setting {
    int      given;
    unsigned line;     /* config-file line, for duplicate reports */
    uint64_t value;    /* KT_BOOL: 0/1; KT_NUM: number; KT_EXT: EXT_* mask */
};

static void fail(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Parses a decimal or 0x-hex number with no sign and no spaces.
 * Returns 0, or -1 when text is not a number, or -2 when it exceeds max. */
static int parse_number(const char *text, uint64_t max, uint64_t *out)
{
    const char *p = text;
    unsigned base = 10;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        base = 16;
        p += 2;
    }
    if (*p == '\0')
        return -1;
    uint64_t v = 0;
    int too_big = 0;
    for (; *p; p++) {
        unsigned d;
        if (*p >= '0' && *p <= '9')
            d = (unsigned)(*p - '0');
        else if (base == 16 && *p >= 'a' && *p <= 'f')
            d = (unsigned)(*p - 'a') + 10;
        else if (base == 16 && *p >= 'A' && *p <= 'F')
            d = (unsigned)(*p - 'A') + 10;
        else
            return -1;
        if (v > (UINT64_MAX - d) / base)
            too_big = 1;
        else
            v = v * base + d;
    }
    if (too_big || v > max)
        return -2;
    *out = v;
    return 0;
}

/* Parses one value for key k.  where names the source for messages, e.g.
 * "flag --h" or "config line 3: h". */
static int parse_value(enum key_id k, const char *text, uint64_t *out,
                       const char *where, char *err, size_t errlen)
{
    const struct key_def *d = &keys[k];
    switch (d->type) {
    case KT_BOOL:
        if (strcmp(text, "on") == 0) {
            *out = 1;
            return 0;
        }
        if (strcmp(text, "off") == 0) {
            *out = 0;
            return 0;
        }
        fail(err, errlen, "%s: '%s' is not on or off", where, text);
        return -1;
    case KT_NUM: {
        int r = parse_number(text, d->max, out);
        if (r == -1) {
            fail(err, errlen, "%s: '%s' is not a number (decimal or 0x hex)",
                 where, text);
            return -1;
        }
        if (r == -2) {
            fail(err, errlen, "%s: '%s' is out of range %s", where, text,
                 d->range);
            return -1;
        }
        return 0;
    }
    case KT_EXT: {
        unsigned mask = 0;
        for (const char *p = text; *p; p++) {
            unsigned bit = *p == 'A' ? EXT_A : *p == 'M' ? EXT_M
                         : *p == 'C' ? EXT_C : 0;
            if (bit == 0) {
                if ((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f)
                    fail(err, errlen, "%s: letter '%c' is not one of A, M, C",
                         where, *p);
                else
                    fail(err, errlen, "%s: character 0x%02x is not one of A, M, C",
                         where, (unsigned char)*p);
                return -1;
            }
            if (mask & bit) {
                fail(err, errlen, "%s: letter '%c' given twice", where, *p);
                return -1;
            }
            mask |= bit;
        }
        *out = mask;
        return 0;
    }
    }
    return -1;
}

static int find_key(const char *key)
{
    for (int i = 0; i < K_COUNT; i++)
        if (strcmp(keys[i].key, key) == 0)
            return i;
    return -1;
}

static int find_flag(const char *flag)
{
    for (int i = 0; i < K_COUNT; i++)
        if (strcmp(keys[i].flag, flag) == 0)
            return i;
    return -1;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Trims spaces at both ends, in place; returns the new start. */
static char *trim(char *s)
{
    while (is_space(*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && is_space(s[n - 1]))
        s[--n] = '\0';
    return s;
}

static int key_char_ok(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* Reads the config file into file[] (one setting per key). */
static int read_config_file(const char *path, struct setting file[K_COUNT],
                            char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fail(err, errlen, "cannot read config file '%s': %s", path,
             strerror(errno));
        return -1;
    }
    char line[1024];
    unsigned lineno = 0;
    int rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        lineno++;
        size_t n = strlen(line);
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = '\0';
        else if (!feof(f)) {
            fail(err, errlen, "config line %u: line longer than %zu characters",
                 lineno, sizeof line - 2);
            rc = -1;
            break;
        }
        if (strlen(line) != n) {
            fail(err, errlen, "config line %u: contains a NUL byte", lineno);
            rc = -1;
            break;
        }
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *text = trim(line);
        if (*text == '\0')
            continue;
        char *eq = strchr(text, '=');
        if (!eq) {
            fail(err, errlen, "config line %u: expected 'key = value', got '%s'",
                 lineno, text);
            rc = -1;
            break;
        }
        *eq = '\0';
        char *key = trim(text);
        char *val = trim(eq + 1);
        int ok_key = *key != '\0';
        for (const char *p = key; *p; p++)
            if (!key_char_ok(*p))
                ok_key = 0;
        if (!ok_key) {
            fail(err, errlen, "config line %u: malformed key '%s' (expected 'key = value')",
                 lineno, key);
            rc = -1;
            break;
        }
        int k = find_key(key);
        if (k < 0) {
            fail(err, errlen, "config line %u: unknown key '%s'", lineno, key);
            rc = -1;
            break;
        }
        if (file[k].given) {
            fail(err, errlen, "config line %u: duplicate key '%s' (first on line %u)",
                 lineno, key, file[k].line);
            rc = -1;
            break;
        }
        if (*val == '\0' && keys[k].type != KT_EXT) {
            fail(err, errlen, "config line %u: key '%s' has no value", lineno, key);
            rc = -1;
            break;
        }
        char where[96];
        snprintf(where, sizeof where, "config line %u: %s", lineno, keys[k].key);
        if (parse_value((enum key_id)k, val, &file[k].value, where, err, errlen) != 0) {
            rc = -1;
            break;
        }
        file[k].given = 1;
        file[k].line = lineno;
    }
    if (rc == 0 && ferror(f)) {
        fail(err, errlen, "cannot read config file '%s': %s", path,
             strerror(errno));
        rc = -1;
    }
    fclose(f);
    return rc;
}

static void apply(struct vt_config *cfg, enum key_id k, uint64_t v)
{
    switch (k) {
    case K_H:            cfg->h = (int)v; break;
    case K_WFI_TIMEOUT:  cfg->wfi_timeout = (uint32_t)v; break;
    case K_HPM_COUNTERS: cfg->hpm_counters = (unsigned)v; break;
    case K_GEILEN:       cfg->geilen = (unsigned)v; break;
    case K_MVENDORID:    cfg->mvendorid = (uint32_t)v; break;
    case K_MARCHID:      cfg->marchid = v; break;
    case K_MIMPID:       cfg->mimpid = v; break;
    case K_MHARTID:      cfg->mhartid = v; break;
    case K_MTVAL_INSN:   cfg->mtval_insn = (int)v; break;
    case K_TRIGGERS:     cfg->triggers = (int)v; break;
    case K_VIRTUAL_INSN: cfg->virtual_insn = (int)v; break;
    case K_EXT:
        cfg->ext_a = (v & EXT_A) != 0;
        cfg->ext_m = (v & EXT_M) != 0;
        cfg->ext_c = (v & EXT_C) != 0;
        break;
    case K_COUNT:        break;
    }
}

static void set_defaults(struct vt_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->cfg.h = 1;
    opt->cfg.wfi_timeout = 0;
    opt->cfg.hpm_counters = 3;
    opt->cfg.geilen = 1;
    opt->cfg.mtval_insn = 1;
    opt->cfg.triggers = 1;
    opt->cfg.virtual_insn = 1;
    opt->out_dir = "build/rtl";
}

int options_parse(int argc, char **argv, struct vt_options *opt,
                  char *err, size_t errlen)
{
    struct setting flags[K_COUNT];
    struct setting file[K_COUNT];
    memset(flags, 0, sizeof flags);
    memset(file, 0, sizeof file);
    set_defaults(opt);
    int out_given = 0;

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0) {
            opt->help = 1;
            return 0;
        }
        if (strcmp(arg, "--list-mutants") == 0) {  /* test only */
            opt->list_mutants = 1;
            return 0;
        }
        if (strncmp(arg, "--", 2) != 0) {
            fail(err, errlen, "unexpected argument '%s' (see --help)", arg);
            return -1;
        }
        /* --flag VALUE, or --flag=VALUE */
        char name[64];
        const char *value = NULL;
        const char *eq = strchr(arg, '=');
        size_t nlen = eq ? (size_t)(eq - arg) : strlen(arg);
        if (nlen >= sizeof name) {
            fail(err, errlen, "unknown flag '%.40s...' (see --help)", arg);
            return -1;
        }
        memcpy(name, arg, nlen);
        name[nlen] = '\0';
        if (strcmp(name, "--help") == 0 || strcmp(name, "--list-mutants") == 0) {
            fail(err, errlen, "flag %s takes no value", name);
            return -1;
        }
        int k = find_flag(name);
        int is_config = strcmp(name, "--config") == 0;
        int is_out = strcmp(name, "--out") == 0;
        int is_mutant = strcmp(name, "--mutant") == 0;
        if (k < 0 && !is_config && !is_out && !is_mutant) {
            fail(err, errlen, "unknown flag '%s' (see --help)", name);
            return -1;
        }
        if (eq) {
            value = eq + 1;
        } else {
            if (i + 1 >= argc) {
                fail(err, errlen, "flag %s needs a value", name);
                return -1;
            }
            value = argv[++i];
        }
        if (is_config) {
            if (opt->config_file) {
                fail(err, errlen, "flag --config given twice");
                return -1;
            }
            if (*value == '\0') {
                fail(err, errlen, "flag --config: empty file name");
                return -1;
            }
            opt->config_file = value;
            continue;
        }
        if (is_mutant) {  /* test only: gen/mutants.c */
            if (opt->cfg.mutant) {
                fail(err, errlen, "flag --mutant given twice");
                return -1;
            }
            if (!mutant_find(value)) {
                char shown[48];
                size_t j = 0;
                for (; value[j] && j + 1 < sizeof shown; j++) {
                    unsigned char ch = (unsigned char)value[j];
                    shown[j] = (ch < 0x20 || ch == 0x7f) ? '?' : (char)ch;
                }
                shown[j] = '\0';
                fail(err, errlen, "flag --mutant: unknown mutant '%s' (see --list-mutants)",
                     shown);
                return -1;
            }
            opt->cfg.mutant = value;
            continue;
        }
        if (is_out) {
            if (out_given) {
                fail(err, errlen, "flag --out given twice");
                return -1;
            }
            if (*value == '\0') {
                fail(err, errlen, "flag --out: empty folder name");
                return -1;
            }
            out_given = 1;
            opt->out_dir = value;
            continue;
        }
        if (flags[k].given) {
            fail(err, errlen, "flag %s given twice", name);
            return -1;
        }
        char where[80];
        snprintf(where, sizeof where, "flag %s", name);
        if (parse_value((enum key_id)k, value, &flags[k].value, where, err, errlen) != 0)
            return -1;
        flags[k].given = 1;
    }

    if (opt->config_file &&
        read_config_file(opt->config_file, file, err, errlen) != 0)
        return -1;

    for (int k = 0; k < K_COUNT; k++) {
        if (flags[k].given)
            apply(&opt->cfg, (enum key_id)k, flags[k].value);
        else if (file[k].given)
            apply(&opt->cfg, (enum key_id)k, file[k].value);
    }

    /* GEILEN: the default (1) is forced to 0 without H; a GEILEN > 0 given
     * explicitly (flag or file) with H off is an error. */
    int geilen_given = flags[K_GEILEN].given || file[K_GEILEN].given;
    if (!opt->cfg.h) {
        if (geilen_given && opt->cfg.geilen > 0) {
            fail(err, errlen, "geilen = %u needs h = on (GEILEN > 0 with H off)",
                 opt->cfg.geilen);
            return -1;
        }
        opt->cfg.geilen = 0;
    }
    return 0;
}

void options_help(FILE *f)
{
    fprintf(f,
        "usage: vitrap-gen [flags]\n"
        "Writes vitrap_csr.v (module vitrap_csr, the CSR/trap unit of an RV64\n"
        "M/S/U(+H) pipeline) and vitrap_cfg.h (its configuration for C code).\n"
        "Flags override the config file. Numbers are decimal or 0x hex.\n\n");
    for (int k = 0; k < K_COUNT; k++) {
        char left[64];
        snprintf(left, sizeof left, "%s %s", keys[k].flag, keys[k].arg);
        fprintf(f, "  %-24s %s\n  %-24s default %s; legal %s; config key '%s'\n",
                left, keys[k].help, "", keys[k].deflt, keys[k].range, keys[k].key);
    }
    fprintf(f,
        "  %-24s %s\n  %-24s default none; 'key = value' lines, '#' comments\n"
        "  %-24s %s\n  %-24s default build/rtl; created if missing\n"
        "  %-24s %s\n",
        "--config FILE", "read the configuration from FILE", "",
        "--out DIR", "output folder", "",
        "--help", "print this text and exit");
    fprintf(f,
        "\nTest only (mutation testing, `make mutate`; never for real use):\n"
        "  %-24s %s\n  %-24s %s\n"
        "  %-24s %s\n",
        "--mutant NAME", "test only: emit the unit with one deliberate spec violation",
        "", "(its header says MUTANT NAME)",
        "--list-mutants", "test only: print name, config file and rule of every mutant");
    fprintf(f, "\nOn bad input: one line on stderr, exit status 2, no file written.\n");
}

size_t config_key_count(void)
{
    return K_COUNT;
}

const char *config_key_name(size_t i)
{
    return i < K_COUNT ? keys[i].key : "";
}

void config_key_value(const struct vt_config *cfg, size_t i, char *buf,
                      size_t len)
{
    switch ((enum key_id)i) {
    case K_H:            snprintf(buf, len, "%s", cfg->h ? "on" : "off"); break;
    case K_WFI_TIMEOUT:  snprintf(buf, len, "%lu", (unsigned long)cfg->wfi_timeout); break;
    case K_HPM_COUNTERS: snprintf(buf, len, "%u", cfg->hpm_counters); break;
    case K_GEILEN:       snprintf(buf, len, "%u", cfg->geilen); break;
    case K_MVENDORID:    snprintf(buf, len, "0x%lx", (unsigned long)cfg->mvendorid); break;
    case K_MARCHID:      snprintf(buf, len, "0x%llx", (unsigned long long)cfg->marchid); break;
    case K_MIMPID:       snprintf(buf, len, "0x%llx", (unsigned long long)cfg->mimpid); break;
    case K_MHARTID:      snprintf(buf, len, "0x%llx", (unsigned long long)cfg->mhartid); break;
    case K_MTVAL_INSN:   snprintf(buf, len, "%s", cfg->mtval_insn ? "on" : "off"); break;
    case K_TRIGGERS:     snprintf(buf, len, "%s", cfg->triggers ? "on" : "off"); break;
    case K_VIRTUAL_INSN: snprintf(buf, len, "%s", cfg->virtual_insn ? "on" : "off"); break;
    case K_EXT:
        snprintf(buf, len, "%s%s%s", cfg->ext_a ? "A" : "", cfg->ext_m ? "M" : "",
                 cfg->ext_c ? "C" : "");
        break;
    case K_COUNT:
        if (len)
            buf[0] = '\0';
        break;
    }
}
