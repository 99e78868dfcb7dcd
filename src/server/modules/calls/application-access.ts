import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { callPolicy } from '#server/policies/calls.policy.js';
import { can, unitScope } from '#server/policies/policy.js';
import * as repo from './application.repository.js';

/**
 * Who may do what with one application: the applicant (their own person record's login), staff who read
 * applications in their scope (OIA all, a coordinator their college's), reviewers who score it.
 * Drafts are the applicant's alone.
 */
export async function accessToApplication(ctx: Ctx, row: repo.ApplicationRow) {
  const tree = ctx.units;
  const scope = { unit_id: row.unit_id, user_id: row.user_id };
  const owner = row.user_id === ctx.actor.id;
  const staffRole = ctx.actor.roles.some((r) => r.role !== 'student');
  const notDraft = row.status !== 'draft';
  const staffRead = staffRole && notDraft && can(callPolicy, ctx.actor, 'readApplications', scope, tree);
  const score = staffRole && notDraft && can(callPolicy, ctx.actor, 'score', scope, tree);
  return {
    owner,
    /** Sees scores, ranks and results before publication. */
    staffView: staffRead || score,
    read: owner || staffRead || score,
    score,
    allocate: can(callPolicy, ctx.actor, 'allocate', scope, tree),
    nominate: can(callPolicy, ctx.actor, 'nominate', scope, tree),
  };
}
export type ApplicationAccess = Awaited<ReturnType<typeof accessToApplication>>;

/** The application and the actor's access, or 404 when they may not see it. */
export async function loadApplication(ctx: Ctx, id: number, db = ctx.db) {
  const row = await repo.findApplication(db, id);
  if (!row) throw AppError.notFound();
  const access = await accessToApplication(ctx, row);
  if (!access.read) throw AppError.notFound();
  return { row, access };
}

/** Units whose applicants the actor may list (staff), or null for none. */
export async function listScope(ctx: Ctx): Promise<'all' | number[]> {
  const tree = ctx.units;
  if (!ctx.actor.roles.some((r) => r.role !== 'student')) return [];
  const read = unitScope(callPolicy, ctx.actor, 'readApplications', tree);
  const score = unitScope(callPolicy, ctx.actor, 'score', tree);
  if (read === 'all' || score === 'all') return 'all';
  return [...new Set([...read, ...score])];
}
