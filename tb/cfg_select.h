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

#endif
