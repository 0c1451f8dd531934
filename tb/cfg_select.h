/* Which configuration a co-simulation runs: the one this binary's RTL was
 * generated with, or another one given by the generator's flags, which is
 * then generated, built under build/cfg/custom-<hash>/ and run instead. */
#ifndef TB_CFG_SELECT_H
#define TB_CFG_SELECT_H

#define CFG_SELECT_HERE (-1)

/* Is this one of the generator's configuration flags (taking a value)? */
int cfg_is_flag(const char *arg);

/* cfg_argv: argv[0] then the configuration flags. Returns CFG_SELECT_HERE
 * when this binary matches (or no flag was given); otherwise builds and runs
 * the matching binary with argv and returns its exit status (2 on error). */
int cfg_select(int cfg_argc, char **cfg_argv, char **argv);

/* Pieces shared with the core runner's selection (tb/core/core_select.c). */
#include <stddef.h>
#include <stdint.h>
struct vt_config;
int cfg_same_as_built(const struct vt_config *c);           /* this binary's? */
void cfg_canonical_text(const struct vt_config *c, char *buf, size_t size);
uint64_t cfg_fnv1a(const char *s);
int cfg_mkdirs(char *path);                                 /* mkdir -p */
int cfg_same_file_text(const char *path, const char *text);

#endif
