import type { AppDeps } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { WITHDRAWABLE } from '#shared/admissions.js';
import type { Applicant } from './applicant-auth.js';
import { applicantTransition, now, own } from './portal.service.js';

/**
 * The applicant withdraws their own application (a draft, one under review, waitlisted or admitted but not
 * yet answered): the status becomes `withdrawn`, audited with the status it left, against the version the
 * applicant saw. From then on nothing changes it (portal.service refuses edits, submits and answers), the
 * office's lists still show it, and an admitted place it held is free again (countsOf counts admitted ones).
 */
export async function withdrawApplication(deps: AppDeps, who: Applicant, id: number, version: number) {
  const at = now(deps);
  return deps.db.transaction().execute(async (trx) => {
    const app = await own(deps, who, id, trx);
    if (!WITHDRAWABLE.includes(app.status as never))
      throw new AppError('INVALID_TRANSITION', {
        messageKey: app.status === 'withdrawn' ? 'admission_withdrawn' : 'admission_not_withdrawable',
      });
    return applicantTransition(trx, app, version, at, 'withdrawn');
  });
}
