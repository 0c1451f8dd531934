/* Coverage top-up: for one coverage bin, a short directed sequence that
 * reaches it from reset (reset, set up the CSRs it needs from M-mode, MRET
 * into the bin's mode, the instruction or event that hits it), run in
 * lock-step like every other stimulus. After the random runs the harness tops
 * up every reachable bin still at zero; a bin still empty after its top-up is
 * a bug in the unit, the model or the reachability rules. */
#ifndef TB_COV_TOPUP_H
#define TB_COV_TOPUP_H

#include "coverage.h"
#include "lockstep.h"

/* Runs the top-up of bin b on ls (fresh from ls_init), recording coverage
 * into cov. Returns 0 when the run stayed in lock-step and every setup step
 * did what it must (whether the bin was reached is for the caller to check in
 * cov), 1 on a mismatch or a failed check (reported by the lock-step engine). */
int cov_topup_run(struct lockstep *ls, const struct cov_bin *b, struct coverage *cov);

#endif
