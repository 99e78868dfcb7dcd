import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { drillRecords, indicatorRecords, loadCountingSettings } from '#server/modules/counting/index.js';
import { findIndicator, findVersionDefinition, specOf } from '#server/modules/indicators/indicator.repository.js';
import { authorize, can } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import type { DrillDown } from '#shared/schemas/drilldown.js';
import type { NotesSave, Snapshot, Submission } from '#shared/schemas/reporting.js';
import { ensurePeriodSubmissions, periodOut, todayOf } from './period.service.js';
import * as repo from './submission.repository.js';
import { collegeScope, submissionFigures } from './submission-figures.js';

export const SUBMISSION_ENTITY = 'submission';
/** A coordinator edits and submits only a draft or a returned submission; an approved one is locked. */
export const EDITABLE = ['draft', 'returned'];

export const parseSnapshot = (json: string | null): Snapshot | null => (json ? (JSON.parse(json) as Snapshot) : null);

const who = (id: number | null, email: string | null, zh: string | null, en: string | null) =>
  id === null ? null : { id, email: email ?? '', nameZh: zh, nameEn: en };

/** A unit's report for a period: the unit's code and the period's name in both languages (ADR 0030). */
export function submissionSummary(
  row: { unit_code: string },
  period: { name_zh: string; name_en: string },
  step?: 'submit' | 'return' | 'approve',
) {
  const params = { unit: row.unit_code, period: bilingual(period.name_zh, period.name_en) };
  return step
    ? auditSummary('auditSummaries.submissionStep', {
        ...params,
        step: { t: `auditSummaries.submissionSteps.${step}` },
      })
    : auditSummary('auditSummaries.submission', params);
}

/** The submission row and its period, after checking the user may read it (403 for another college's). */
export async function loadSubmission(ctx: Ctx, id: number, db: Db = ctx.db) {
  const row = await repo.findSubmission(db, id);
  if (!row) throw AppError.notFound();
  authorize(reportingPolicy, ctx.actor, 'readSubmissions', { unit_id: row.unit_id }, ctx.units);
  const period = (await repo.findPeriod(db, row.period_id)) as repo.PeriodRow;
  return { row, period };
}

export async function presentSubmission(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Submission> {
  const { row, period } = await loadSubmission(ctx, id, db);
  const tree = ctx.units;
  const snapshot = parseSnapshot(row.snapshot);
  const notes = new Map((await repo.findNotes(db, id)).map((n) => [n.indicator_id, n.explanation]));
  const scope = { unit_id: row.unit_id };
  const editable = EDITABLE.includes(row.status) && can(reportingPolicy, ctx.actor, 'editSubmission', scope, tree);
  return {
    id: row.id,
    period: periodOut(period, todayOf(ctx)),
    unitId: row.unit_id,
    unitCode: row.unit_code,
    unitNameZh: row.unit_name_zh,
    unitNameEn: row.unit_name_en,
    status: row.status,
    submittedAt: row.submitted_at,
    submittedBy: who(row.submitted_by_id, row.submitted_by_email, row.submitted_by_zh, row.submitted_by_en),
    reviewedAt: row.reviewed_at,
    reviewedBy: who(row.reviewed_by_id, row.reviewed_by_email, row.reviewed_by_zh, row.reviewed_by_en),
    reviewComment: row.review_comment,
    approvedAt: snapshot?.approvedAt ?? null,
    figures: await submissionFigures(db, period, row.unit_id, notes, snapshot),
    version: row.version,
    updatedAt: row.updated_at,
    permissions: {
      edit: editable,
      submit: editable,
      review: row.status === 'submitted' && can(reportingPolicy, ctx.actor, 'review', scope, tree),
    },
  };
}

export async function getSubmission(ctx: Ctx, id: number): Promise<Submission> {
  return presentSubmission(ctx, id);
}

/** The submissions of a period the user may read (created on first read once the period has opened). */
export async function periodSubmissions(ctx: Ctx, periodId: number) {
  const period = await repo.findPeriod(ctx.db, periodId);
  if (!period) throw AppError.notFound();
  await ensurePeriodSubmissions(ctx.db, [period], todayOf(ctx), ctx.now);
  const tree = ctx.units;
  const rows = await repo.findSubmissions(ctx.db, [periodId]);
  const mine = rows.filter((r) => can(reportingPolicy, ctx.actor, 'readSubmissions', { unit_id: r.unit_id }, tree));
  return { items: mine.map((r) => ({ submissionId: r.id, unitId: r.unit_id, status: r.status as 'draft' })) };
}

/** An approved submission no longer changes: 409 INVALID_TRANSITION with a message saying so. */
export function assertEditable(status: string) {
  if (status === 'approved') throw new AppError('INVALID_TRANSITION', { messageKey: 'submission_locked' });
  if (!EDITABLE.includes(status)) throw new AppError('INVALID_TRANSITION', { messageKey: 'submission_under_review' });
}

export async function saveNotes(ctx: Ctx, id: number, input: NotesSave): Promise<Submission> {
  const { row, period } = await loadSubmission(ctx, id);
  authorize(reportingPolicy, ctx.actor, 'editSubmission', { unit_id: row.unit_id }, ctx.units);
  assertEditable(row.status);
  const before = await presentSubmission(ctx, id);
  const shown = new Set(before.figures.map((f) => f.indicatorId));
  input.notes.forEach((n, i) => {
    if (!shown.has(n.indicatorId)) throw AppError.field(`notes.${i}.indicatorId`, 'invalid_value');
  });
  return ctx.db.transaction().execute(async (trx) => {
    const explanations = (s: Submission) => s.figures.map((f) => ({ code: f.code, explanation: f.explanation }));
    return updateAudited(trx, {
      table: 'submissions',
      id,
      version: input.version,
      values: { updated_at: ctx.now },
      current: () => presentSubmission(ctx, id, trx),
      alsoWrite: async () => {
        for (const n of input.notes)
          await repo.saveNote(trx, {
            submissionId: id,
            indicatorId: n.indicatorId,
            explanation: n.explanation,
            userId: ctx.actor.id,
            now: ctx.now,
          });
      },
      after: () => presentSubmission(ctx, id, trx),
      audit: (after) => ({
        ...changeEntry(ctx, 'update', SUBMISSION_ENTITY, id, submissionSummary(row, period), null, null),
        before: { version: before.version, explanations: explanations(before) },
        after: { version: after.version, explanations: explanations(after) },
      }),
    });
  });
}

/** The records behind one figure: today's (from the counting module) or those the approved snapshot counted. */
export async function figureRecords(
  ctx: Ctx,
  id: number,
  indicatorId: number,
  q: { page: number; pageSize: number; at: 'today' | 'snapshot' },
): Promise<DrillDown> {
  const { row, period } = await loadSubmission(ctx, id);
  const snapshot = parseSnapshot(row.snapshot);
  const kept = snapshot?.items.find((i) => i.indicatorId === indicatorId);
  if (q.at === 'snapshot') {
    if (!kept) throw AppError.notFound();
    return drillRecords(ctx.db, kept.records as Parameters<typeof drillRecords>[1], q);
  }
  let definition: Parameters<typeof specOf>[0] | undefined;
  if (kept) {
    definition = await findVersionDefinition(ctx.db, kept.versionId);
  } else if (!snapshot) {
    const found = await findIndicator(ctx.db, indicatorId);
    definition = found && found.archived_at === null ? found : undefined;
  }
  if (!definition) throw AppError.notFound();
  const scope = await collegeScope(ctx.db, period, row.unit_id);
  const ref = await indicatorRecords(ctx.db, specOf(definition), scope, await loadCountingSettings(ctx.db));
  return drillRecords(ctx.db, ref, q);
}
