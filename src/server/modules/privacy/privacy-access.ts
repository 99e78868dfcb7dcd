import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { findPersonById } from '#server/modules/people/people.repository.js';
import { authorize } from '#server/policies/policy.js';
import { privacyPolicy } from '#server/policies/privacy.policy.js';

export type PrivacyAction = keyof typeof privacyPolicy.rules;

/** The person a privacy action is about, once the actor may do it on them: 404 when absent, 403 when not theirs to see. */
export async function personFor(ctx: Ctx, id: number, action: PrivacyAction) {
  const row = await findPersonById(ctx.db, id);
  if (!row) throw AppError.notFound();
  authorize(privacyPolicy, ctx.actor, action, row, ctx.units);
  return row;
}
