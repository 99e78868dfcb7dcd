import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry } from '#server/lib/audit.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import type { NotificationParams } from '#server/mail/notification.render.js';
import { type NotifyRecipient, notifyUsers } from '#server/modules/notifications/notify.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { authorize } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import type { SubmissionStatus } from '#shared/reporting.js';
import type { Submission } from '#shared/schemas/reporting.js';
import * as repo from './submission.repository.js';
import {
  assertEditable,
  loadSubmission,
  presentSubmission,
  SUBMISSION_ENTITY,
  submissionSummary,
} from './submission.service.js';
import { takeSnapshot } from './submission-figures.js';

/**
 * The review flow: a coordinator submits (draft/returned → submitted); OIA staff return it with a
 * comment (→ returned) or approve it (→ approved, with the locked snapshot). Each step checks the
 * status (409 INVALID_TRANSITION), the user's right on that college (403), then the version (409),
 * writes an audit entry and tells the other side in-app and by e-mail in each recipient's language.
 */
const byId = (users: NotifyRecipient[]) => [...new Map(users.map((u) => [u.id, u])).values()];

/** Coordinators whose unit lies in the college (its own coordinator or a department's). */
export async function collegeCoordinators(db: Db, collegeId: number): Promise<NotifyRecipient[]> {
  const [tree, holders] = await Promise.all([loadUnitTree(db), repo.findRoleHolders(db, 'college_coordinator')]);
  return byId(holders.filter((h) => tree.contains(collegeId, h.unit_id)));
}

async function oiaStaff(db: Db): Promise<NotifyRecipient[]> {
  return byId(await repo.findRoleHolders(db, 'oia_staff'));
}

export const submissionParams = (
  period: { name_zh: string; name_en: string; closes_on: string },
  unit: { unit_name_zh: string; unit_name_en: string },
  extra: NotificationParams = {},
): NotificationParams => ({
  period: { zh: period.name_zh, en: period.name_en },
  college: { zh: unit.unit_name_zh, en: unit.unit_name_en },
  closesOn: period.closes_on,
  ...extra,
});

type Step = 'submit' | 'return' | 'approve';
const NEXT: Record<Step, SubmissionStatus> = { submit: 'submitted', return: 'returned', approve: 'approved' };

async function transition(ctx: Ctx, id: number, step: Step, version: number, comment?: string): Promise<Submission> {
  const { row, period } = await loadSubmission(ctx, id);
  const tree = ctx.units;
  const scope = { unit_id: row.unit_id };
  if (step === 'submit') {
    authorize(reportingPolicy, ctx.actor, 'editSubmission', scope, tree);
    assertEditable(row.status);
  } else {
    authorize(reportingPolicy, ctx.actor, 'review', scope, tree);
    if (row.status === 'approved') throw new AppError('INVALID_TRANSITION', { messageKey: 'submission_locked' });
    if (row.status !== 'submitted')
      throw new AppError('INVALID_TRANSITION', { messageKey: 'submission_not_submitted' });
  }
  const before = await presentSubmission(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const notes = new Map((await repo.findNotes(trx, id)).map((n) => [n.indicator_id, n.explanation]));
    const snapshot =
      step === 'approve'
        ? JSON.stringify(await takeSnapshot(trx, period, row.unit_id, notes, { at: ctx.now, by: ctx.actor.id }))
        : null;
    const values =
      step === 'submit'
        ? { status: NEXT[step], submitted_by: ctx.actor.id, submitted_at: ctx.now, review_comment: null }
        : {
            status: NEXT[step],
            reviewed_by: ctx.actor.id,
            reviewed_at: ctx.now,
            review_comment: comment ?? null,
            ...(snapshot ? { snapshot } : {}),
          };
    const status = (s: Submission) => ({ status: s.status, version: s.version, reviewComment: s.reviewComment });
    const after = await updateAudited(trx, {
      table: 'submissions',
      id,
      version,
      values: { ...values, updated_at: ctx.now },
      current: () => presentSubmission(ctx, id, trx),
      after: () => presentSubmission(ctx, id, trx),
      audit: (after) => ({
        ...changeEntry(ctx, 'transition', SUBMISSION_ENTITY, id, submissionSummary(row, period, step), null, null),
        before: status(before),
        after: step === 'approve' ? { ...status(after), snapshot: JSON.parse(snapshot ?? 'null') } : status(after),
      }),
    });
    const recipients = step === 'submit' ? await oiaStaff(trx) : await collegeCoordinators(trx, row.unit_id);
    await notifyUsers(trx, {
      recipients: recipients.filter((u) => u.id !== ctx.actor.id),
      kind: `submission.${NEXT[step]}`,
      entityType: SUBMISSION_ENTITY,
      entityId: id,
      params: submissionParams(period, row, { comment: comment ?? null }),
      dedupeKey: `submission:${id}:${NEXT[step]}:${after.version}`,
      path: `/reporting/submissions/${id}`,
      now: ctx.now,
    });
    return after;
  });
}

export const submitSubmission = (ctx: Ctx, id: number, version: number) => transition(ctx, id, 'submit', version);
export const returnSubmission = (ctx: Ctx, id: number, version: number, comment: string) =>
  transition(ctx, id, 'return', version, comment);
export const approveSubmission = (ctx: Ctx, id: number, version: number) => transition(ctx, id, 'approve', version);
