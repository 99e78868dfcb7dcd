import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, statusChange } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { logRecordReads, type RecordReads } from '#server/lib/pii-log.js';
import { readContent } from '#server/lib/stored-files.js';
import { updateAudited } from '#server/lib/versioned.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import { admissionPolicy } from '#server/policies/admissions.policy.js';
import { can, unitScope } from '#server/policies/policy.js';
import { DECIDABLE } from '#shared/admissions.js';
import type { Locale } from '#shared/roles.js';
import type { ApplicationListQuery } from '#shared/schemas/admissions.js';
import { decisionMail } from './admissions.mail.js';
import * as apps from './application.repository.js';
import { admissionLetterPdf } from './letter.js';
import { ENTITY, missingOf } from './portal.service.js';
import { criteriaOf, presentApplication, presentListItem } from './present.js';
import * as rounds from './round.repository.js';

/**
 * The office's and the committees' side: the list of a round's applications (filtered, keyset-paged),
 * one application with its documents and scores, the fee, each reviewer's scores by the round's criteria,
 * and the decision with its reason (mailed in the applicant's language). Who sees an application: the
 * International Students and Scholars Division, a coordinator for their college's programs, and the
 * program's reviewers — the committee sees nothing of a draft.
 */
type Access = { read: boolean; score: boolean; decide: boolean };

async function accessTo(ctx: Ctx, app: apps.ApplicationRow, reviewed?: Set<number>): Promise<Access> {
  const program = app.program_id ? await rounds.findProgram(ctx.db, app.program_id) : undefined;
  const scope = { unit_id: program?.unit_id ?? null };
  const reviewer = !!program && (reviewed ?? (await rounds.programsReviewedBy(ctx.db, ctx.actor.id))).has(program.id);
  const office = can(admissionPolicy, ctx.actor, 'readApplications', scope, ctx.units);
  const submitted = app.status !== 'draft';
  return {
    read: office || (reviewer && submitted),
    score: reviewer && ['submitted', 'under_review'].includes(app.status),
    decide: can(admissionPolicy, ctx.actor, 'decide', scope, ctx.units),
  };
}

async function load(ctx: Ctx, id: number) {
  const app = await apps.findApplication(ctx.db, id);
  if (!app) throw AppError.notFound();
  const access = await accessTo(ctx, app);
  if (!access.read) throw AppError.notFound();
  return { app, access };
}

/**
 * Every staff read of applicants' personal data (names, e-mail, birth date, documents, the letter) is logged
 * in pii_access_log after the access check: `admissionApplicant` for the record, `admissionApplicantList`
 * per row of a list page, `admissionDocument` / `admissionLetter` for files (docs/decisions/0013).
 */
export const logApplicantReads = (
  ctx: Ctx,
  ids: readonly number[],
  field: string,
  action: RecordReads['action'] = 'reveal',
) => logRecordReads(ctx.db, { userId: ctx.actor.id, ip: ctx.ip, at: ctx.now, field, entity: ENTITY, ids, action });

async function view(ctx: Ctx, app: apps.ApplicationRow, access: Access, db = ctx.db) {
  return presentApplication(app, await apps.findDocuments(db, app.id), await missingOf(db, app), {
    scores: await apps.findScores(db, app.id),
    mayScore: access.score,
    mayDecide: access.decide,
  });
}

/**
 * The list's filter for this reader: the query's, narrowed to the programs they may see (the office's units'
 * and the ones they review); refused when they may see none. Shared by the list and its xlsx export.
 */
export async function listFilter(ctx: Ctx, roundId: number, query: Omit<ApplicationListQuery, 'after' | 'pageSize'>) {
  const round = await rounds.findRound(ctx.db, roundId);
  if (!round) throw AppError.notFound();
  const reviewed = await rounds.programsReviewedBy(ctx.db, ctx.actor.id);
  const scope = unitScope(admissionPolicy, ctx.actor, 'readApplications', ctx.units);
  let programIds: number[] | undefined;
  if (scope !== 'all') {
    if (!scope.length && !reviewed.size) throw AppError.forbidden();
    const units = new Set(scope.flatMap((u) => ctx.units.subtree(u)));
    const programs = await rounds.findPrograms(ctx.db, [roundId]);
    programIds = programs.filter((p) => units.has(p.unit_id) || reviewed.has(p.id)).map((p) => p.id);
  }
  return { round, filter: { ...query, programIds } };
}

export async function listApplications(ctx: Ctx, roundId: number, query: ApplicationListQuery) {
  const { filter } = await listFilter(ctx, roundId, query);
  const rows = await apps.findApplications(ctx.db, roundId, {
    ...filter,
    after: query.after,
    pageSize: query.pageSize,
  });
  const page = rows.slice(0, query.pageSize);
  await logApplicantReads(
    ctx,
    page.map((r) => r.id),
    'admissionApplicantList',
  );
  return {
    items: page.map(presentListItem),
    total: await apps.countApplications(ctx.db, roundId, filter),
    next: rows.length > query.pageSize ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function getApplication(ctx: Ctx, id: number) {
  const { app, access } = await load(ctx, id);
  await logApplicantReads(ctx, [id], 'admissionApplicant');
  return view(ctx, app, access);
}

export async function setFee(ctx: Ctx, id: number, input: { feeStatus: string; version: number }) {
  const { app, access } = await load(ctx, id);
  if (!access.decide) throw AppError.forbidden();
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'admission_applications',
      id,
      version: input.version,
      values: { fee_status: input.feeStatus, updated_at: ctx.now },
      current: async () => view(ctx, app, access, trx),
      after: async () => view(ctx, (await apps.findApplication(trx, id)) as apps.ApplicationRow, access, trx),
      audit: () =>
        changeEntry(
          ctx,
          'update',
          ENTITY,
          id,
          statusChange('admissions.fees', app.fee_status, input.feeStatus),
          null,
          null,
        ),
    }),
  );
}

/** A reviewer's scores by the round's criteria (each within its maximum); the total is out of 100, weighted. */
export async function scoreApplication(
  ctx: Ctx,
  id: number,
  input: { scores: Record<string, number>; comment: string | null },
) {
  const { app, access } = await load(ctx, id);
  if (!access.score) throw AppError.forbidden();
  const round = (await rounds.findRound(ctx.db, app.round_id)) as rounds.RoundRow;
  const criteria = criteriaOf(round);
  const weights = criteria.reduce((s, c) => s + c.weight, 0) || 1;
  let total = 0;
  for (const c of criteria) {
    const v = input.scores[c.code];
    const at = `scores.${c.code}`;
    if (v === undefined) throw AppError.field(at, 'required');
    if (v > c.max) throw AppError.field(at, 'admission_score_max', { max: c.max });
    total += (c.weight * v) / c.max;
  }
  const unknown = Object.keys(input.scores).find((k) => !criteria.some((c) => c.code === k));
  if (unknown) throw AppError.field(`scores.${unknown}`, 'invalid_value');
  total = Math.round((total / weights) * 1000) / 10;
  return ctx.db.transaction().execute(async (trx) => {
    const average = await apps.upsertScore(trx, {
      application_id: id,
      reviewer_id: ctx.actor.id,
      scores: JSON.stringify(input.scores),
      total,
      comment: input.comment,
      scored_at: ctx.now,
    });
    const values = { score: Math.round(average * 10) / 10, status: 'under_review', updated_at: ctx.now };
    await apps.setApplication(trx, id, { ...values, version: app.version + 1 });
    const after = (await apps.findApplication(trx, id)) as apps.ApplicationRow;
    await recordAudit(
      trx,
      changeEntry(ctx, 'update', ENTITY, id, auditSummary('auditSummaries.admissionScore', { total }), null, { total }),
    );
    return view(ctx, after, access, trx);
  });
}

/** Admit / waitlist / reject with a reason; admitting needs a place left in the program. */
export async function decide(ctx: Ctx, id: number, input: { decision: string; reason: string; version: number }) {
  const { app, access } = await load(ctx, id);
  if (!access.decide) throw AppError.forbidden();
  if (!DECIDABLE.includes(app.status as never))
    throw new AppError('INVALID_TRANSITION', { messageKey: 'admission_not_decidable' });
  const round = (await rounds.findRound(ctx.db, app.round_id)) as rounds.RoundRow;
  const university = await loadUniversityDetails(ctx.db);
  return ctx.db.transaction().execute(async (trx) => {
    if (input.decision === 'admitted' && app.program_id) {
      const program = (await rounds.findProgram(trx, app.program_id)) as NonNullable<
        Awaited<ReturnType<typeof rounds.findProgram>>
      >;
      const used = (await rounds.countsOf(trx, [app.round_id])).admitted.get(program.id) ?? 0;
      if (used >= program.places) throw AppError.field('decision', 'admission_no_places', { places: program.places });
    }
    const after = await updateAudited(trx, {
      table: 'admission_applications',
      id,
      version: input.version,
      values: { status: input.decision, decision_reason: input.reason, decided_at: ctx.now, updated_at: ctx.now },
      current: async () => view(ctx, app, access, trx),
      after: async () => (await apps.findApplication(trx, id)) as apps.ApplicationRow,
      audit: () =>
        changeEntry(
          ctx,
          'transition',
          ENTITY,
          id,
          statusChange('admissions.statuses', app.status, input.decision, input.reason),
          null,
          { reason: input.reason },
        ),
    });
    const locale: Locale = app.locale === 'en' ? 'en' : 'zh-TW';
    const mail = decisionMail(locale, university, {
      name: [app.given_name, app.family_name].filter(Boolean).join(' ') || app.email,
      round: locale === 'en' ? round.name_en : round.name_zh,
      decision: input.decision,
      reason: input.reason,
      email: app.email,
    });
    await enqueueMail(
      trx,
      { to: app.email, locale, ...mail, dedupeKey: `admission:${id}:${input.decision}:${ctx.now}` },
      ctx.now,
    );
    return view(ctx, after, access, trx);
  });
}

export async function staffLetter(ctx: Ctx, id: number) {
  const { app } = await load(ctx, id);
  await logApplicantReads(ctx, [id], 'admissionLetter', 'download');
  return admissionLetterPdf(ctx.db, app, new Date(ctx.now));
}

export async function staffDocument(ctx: Ctx, id: number, docId: number) {
  await load(ctx, id);
  const doc = await apps.findDocument(ctx.db, id, docId);
  const content = doc && (await readContent(ctx.db, doc.file_id));
  if (!doc || !content) throw AppError.notFound();
  await logApplicantReads(ctx, [id], 'admissionDocument', 'download');
  return { fileName: doc.file_name, contentType: content.contentType, data: content.data };
}
