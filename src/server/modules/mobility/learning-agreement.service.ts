import type { Ctx } from '#server/http/context.js';
import { label } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import type {
  CreditRecognitionBody,
  LearningAgreementActionBody,
  LearningAgreementUpdate,
  Mobility,
} from '#shared/schemas/mobility.js';
import * as repo from './learning-agreement.repository.js';
import { changeMobility, getMobility, mobilityPartSummary } from './mobility.service.js';

/**
 * Learning agreement of an outbound, credit-bearing student mobility: lines course abroad ↔ home course,
 * edited while draft or rejected, submitted, approved or rejected by the department (policy
 * approveLearningAgreement, recorded with who and when), then after return the credits recognised per
 * line (policy recognizeCredits): the mobility's credits become the sum of the recognised credits.
 * Every step is logged as a part of the mobility.
 */
async function withAgreement(ctx: Ctx, id: number): Promise<Mobility> {
  const m = await getMobility(ctx, id);
  if (!m.hasLearningAgreement) throw new AppError('INVALID_TRANSITION', { messageKey: 'mobility_no_la' });
  return m;
}

export async function saveLearningAgreement(ctx: Ctx, id: number, body: LearningAgreementUpdate): Promise<Mobility> {
  const before = await withAgreement(ctx, id);
  if (!before.permissions.editLearningAgreement) {
    if (!before.permissions.update) throw AppError.forbidden();
    throw new AppError('INVALID_TRANSITION', { messageKey: 'mobility_la_locked' });
  }
  return changeMobility(
    ctx,
    before,
    body.version,
    async (trx) => {
      await repo.replaceCourses(trx, id, body.courses);
      await repo.setAgreementColumns(trx, id, { la_status: before.learningAgreement.status ?? 'draft' });
    },
    {
      action: 'update',
      summary: mobilityPartSummary(before, 'auditSummaries.learningAgreementCourses', { count: body.courses.length }),
      part: 'learning_agreement',
    },
  );
}

const NEXT = { submit: 'submitted', approve: 'approved', reject: 'rejected' } as const;

export async function actOnLearningAgreement(
  ctx: Ctx,
  id: number,
  body: LearningAgreementActionBody,
): Promise<Mobility> {
  const before = await withAgreement(ctx, id);
  const status = before.learningAgreement.status;
  if (body.action === 'submit') {
    if (!before.permissions.update) throw AppError.forbidden();
    if (status !== 'draft' && status !== 'rejected')
      throw new AppError('INVALID_TRANSITION', { messageKey: 'mobility_invalid_transition' });
    if (!before.learningAgreement.courses.length) throw AppError.field('courses', 'mobility_la_empty');
  } else {
    if (status !== 'submitted') throw new AppError('INVALID_TRANSITION', { messageKey: 'mobility_invalid_transition' });
    if (!before.permissions.learningAgreementActions.includes(body.action)) throw AppError.forbidden();
  }
  if (body.action === 'reject' && !body.comment) throw AppError.field('comment', 'comment_required');
  const decided = body.action !== 'submit';
  return changeMobility(
    ctx,
    before,
    body.version,
    async (trx) => {
      await repo.setAgreementColumns(trx, id, {
        la_status: NEXT[body.action],
        la_approved_by: decided ? ctx.actor.id : null,
        la_approved_at: decided ? ctx.now : null,
        // Kept until the agreement is submitted again (the audit keeps every comment).
        la_rejection_reason: body.action === 'reject' ? (body.comment ?? null) : null,
      });
    },
    {
      action: 'transition',
      summary: mobilityPartSummary(
        before,
        body.comment ? 'auditSummaries.learningAgreementStepComment' : 'auditSummaries.learningAgreementStep',
        { status: label('learningAgreementStatuses', NEXT[body.action]), comment: body.comment ?? '' },
      ),
      part: 'learning_agreement',
    },
  );
}

export async function recognizeCredits(ctx: Ctx, id: number, body: CreditRecognitionBody): Promise<Mobility> {
  const before = await withAgreement(ctx, id);
  if (!before.permissions.recognizeCredits) {
    const ready =
      before.learningAgreement.status === 'approved' && (before.status === 'returned' || before.status === 'closed');
    if (ready) throw AppError.forbidden();
    throw new AppError('INVALID_TRANSITION', { messageKey: 'mobility_recognize_not_ready' });
  }
  const lines = new Set(before.learningAgreement.courses.map((c) => c.id));
  body.lines.forEach((l, i) => {
    if (!lines.has(l.id)) throw AppError.field(`lines.${i}.id`, 'invalid_value');
  });
  return changeMobility(
    ctx,
    before,
    body.version,
    async (trx) => {
      for (const l of body.lines) await repo.recognizeLine(trx, id, l);
      const rows = await repo.recognizedCreditsOf(trx, id);
      const recognised = rows.filter((r) => r.recognized_credits !== null);
      if (recognised.length)
        await repo.setAgreementColumns(trx, id, {
          credits: recognised.reduce((s, r) => s + Number(r.recognized_credits), 0),
        });
    },
    {
      action: 'update',
      summary: mobilityPartSummary(before, 'auditSummaries.creditsRecognised'),
      part: 'learning_agreement',
    },
  );
}
