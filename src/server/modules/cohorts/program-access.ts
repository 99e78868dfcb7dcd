import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { cohortPolicy } from '#server/policies/cohorts.policy.js';
import { authorize } from '#server/policies/policy.js';
import { findProgram } from './program.repository.js';

/** The program if the actor may read it and do `action` on it (404 when there is none, 403 when not allowed). */
export async function programFor(
  ctx: Ctx,
  id: number,
  action: 'read' | 'write' | 'readApplicants' = 'read',
  db: Db = ctx.db,
) {
  const row = await findProgram(db, id);
  if (!row) throw AppError.notFound();
  authorize(cohortPolicy, ctx.actor, 'read', row, ctx.units);
  if (action !== 'read') authorize(cohortPolicy, ctx.actor, action, row, ctx.units);
  return row;
}
