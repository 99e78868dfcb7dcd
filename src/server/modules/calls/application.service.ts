import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName, statusChange } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { callPolicy } from '#server/policies/calls.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import type { IneligibleReason } from '#shared/calls.js';
import type { ApplicationStatus, CallStatus } from '#shared/mobility.js';
import type {
  Application,
  ApplicationUpdate,
  CallApplicationsQuery,
  MyApplicationsQuery,
} from '#shared/schemas/calls.js';
import {
  ineligibleReasonsOf,
  parseForm,
  type StoredForm,
  timelineOf,
  toApplicationSummary,
  visibleStatus,
} from './application.present.js';
import * as repo from './application.repository.js';
import { type ApplicationAccess, accessToApplication, listScope, loadApplication } from './application-access.js';
import {
  acceptingApplications,
  deadlinePassed,
  parseCriteria,
  parseDocuments,
  parseEligibility,
} from './call.present.js';
import { findCall, findOffers, findPersonOfUser } from './call.repository.js';
import { criterionMeans } from './ranking.js';

const ENTITY = 'application';
const docPath = (code: string) => `documents.${code}`;

/** Summaries of some rows, with partner names of allocations and per-reviewer counts. */
async function summaries(ctx: Ctx, rows: repo.ApplicationRow[]) {
  const ids = rows.map((r) => r.id);
  const [scores, offers] = await Promise.all([
    repo.findScores(ctx.db, ids),
    findOffers(ctx.db, [...new Set(rows.map((r) => r.call_id))]),
  ]);
  const callIds = [...new Set(rows.map((r) => r.call_id))];
  const calls = new Map<number, number>();
  for (const id of callIds) {
    const c = await findCall(ctx.db, id);
    calls.set(id, c ? parseCriteria(c).length : 0);
  }
  return Promise.all(
    rows.map(async (r) => {
      const access = await accessToApplication(ctx, r);
      const mine = scores.filter((s) => s.application_id === r.id);
      const offer = offers.find((o) => o.id === r.allocated_offer_id);
      const criteriaCount = calls.get(r.call_id) ?? 0;
      return toApplicationSummary(r, {
        staffView: access.staffView,
        allocatedPartner: offer ? { en: offer.name_en, zh: offer.name_zh } : null,
        reviewerCount: new Set(mine.map((s) => s.reviewer_id)).size,
        scoredByMe: mine.filter((s) => s.reviewer_id === ctx.actor.id).length >= Math.max(1, criteriaCount),
      });
    }),
  );
}

/** Staff: a call's applications in their scope (coordinators: their college's applicants). */
export async function listCallApplications(ctx: Ctx, callId: number, query: CallApplicationsQuery) {
  authorizeAny(callPolicy, ctx.actor, 'readApplications', ctx.units);
  const units = await listScope(ctx);
  if (units !== 'all' && units.length === 0) throw AppError.forbidden(); // students: only their own, via /applications
  const filter: repo.ApplicationFilter = { callId, status: query.status, q: query.q, units, hideDrafts: true };
  // A call's applicants are counted exactly: bounded by the call (a cohort program's 6,000 at most), from
  // applications_call_* indexes (ADR 0035).
  return keysetListPage(
    { page: query.page, pageSize: query.pageSize, cursor: query.cursor, count: 'exact' },
    repo.applicationSortKeys(query.sort, query.order),
    (window) => repo.findApplications(ctx.db, filter, query.sort, query.order, window),
    (cap) => repo.countApplications(ctx.db, filter, cap),
    (rows) => summaries(ctx, rows),
  );
}

/** Students: their own applications; staff: those in their scope. */
export async function listApplications(ctx: Ctx, query: MyApplicationsQuery) {
  const person = await findPersonOfUser(ctx.db, ctx.actor.id);
  const units = await listScope(ctx);
  const staff = units === 'all' || units.length > 0;
  const filter: repo.ApplicationFilter = staff
    ? { callId: query.callId, status: query.status, units, hideDrafts: true }
    : { callId: query.callId, status: query.status, personId: person?.id ?? -1 };
  // Staff see every call's: probed (ADR 0035); a student's own are few.
  return keysetListPage(
    { page: query.page, pageSize: query.pageSize, cursor: query.cursor, count: staff ? query.count : 'exact' },
    repo.applicationSortKeys('id', query.order),
    (window) => repo.findApplications(ctx.db, filter, 'id', query.order, window),
    (cap) => repo.countApplications(ctx.db, filter, cap),
    (rows) => summaries(ctx, rows),
  );
}

export async function presentApplication(ctx: Ctx, row: repo.ApplicationRow, access: ApplicationAccess, db: Db) {
  const call = await findCall(db, row.call_id);
  if (!call) throw AppError.notFound();
  const [prefs, docs, scores, offers] = await Promise.all([
    repo.findPreferences(db, [row.id]),
    repo.findDocuments(db, row.id),
    repo.findScores(db, [row.id]),
    findOffers(db, [row.call_id]),
  ]);
  const criteria = parseCriteria(call);
  const form = parseForm(row);
  const offer = offers.find((o) => o.id === row.allocated_offer_id);
  const status = visibleStatus(row, access.staffView);
  const mine = scores.filter((s) => s.reviewer_id === ctx.actor.id);
  const accepting = acceptingApplications(call, ctx.now);
  const means = criterionMeans(
    criteria,
    scores.map((s) => ({ reviewerId: s.reviewer_id, criterion: s.criterion, score: s.score })),
  );
  const a = form.answers ?? {};
  const result: Application = {
    ...toApplicationSummary(row, {
      staffView: access.staffView,
      allocatedPartner: offer ? { en: offer.name_en, zh: offer.name_zh } : null,
      reviewerCount: new Set(scores.map((s) => s.reviewer_id)).size,
      scoredByMe: criteria.length > 0 && criteria.every((c) => mine.some((s) => s.criterion === c.code)),
    }),
    version: row.version,
    languageCert: row.language_cert,
    form: {
      motivation: a.motivation ?? null,
      studyPlan: a.studyPlan ?? null,
      phone: a.phone ?? null,
      emergencyContact: a.emergencyContact ?? null,
      notes: a.notes ?? null,
    },
    preferences: prefs.map((p) => ({
      rank: p.rank,
      offerId: p.offer_id,
      partnerId: p.partner_id,
      partnerNameEn: p.name_en,
      partnerNameZh: p.name_zh,
      country: p.country,
    })),
    documents: docs.map((d) => ({
      id: d.id,
      code: d.doc_code,
      fileName: d.file_name,
      contentType: d.content_type,
      size: d.size,
      sha256: d.sha256,
      uploadedAt: d.uploaded_at,
    })),
    missingDocuments: parseDocuments(call)
      .filter((d) => d.required && !docs.some((x) => x.doc_code === d.code))
      .map((d) => d.code),
    ineligibleReasons: row.status === 'ineligible' ? ineligibleReasonsOf(row) : [],
    scores: access.staffView
      ? scores.map((s) => ({
          reviewerId: s.reviewer_id,
          reviewerName: s.name_en ?? s.name_zh,
          criterion: s.criterion,
          score: s.score,
          comment: s.comment,
          updatedAt: s.updated_at,
        }))
      : [],
    criterionMeans: access.staffView ? criteria.map((c) => ({ criterion: c.code, mean: means[c.code] ?? null })) : [],
    adjustmentReason: access.staffView ? row.adjustment_reason : null,
    partnerDecision: row.partner_decision,
    mobilityId: row.mobility_id,
    deadline: row.deadline,
    timeline: timelineOf(status, row),
    createdAt: row.created_at,
    permissions: {
      update: access.owner && row.status === 'draft' && accepting,
      submit: access.owner && row.status === 'draft' && accepting,
      withdraw:
        access.owner && ['draft', 'submitted', 'ineligible'].includes(row.status) && !deadlinePassed(call, ctx.now),
      score: access.score && row.status === 'submitted' && (call.status === 'open' || call.status === 'closed'),
      adjust: access.allocate && (call.status === 'allocated' || call.status === 'published') && row.status !== 'draft',
      decide: access.nominate && row.status === 'nominated',
    },
  };
  return result;
}

export async function getApplication(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Application> {
  const { row, access } = await loadApplication(ctx, id, db);
  return presentApplication(ctx, row, access, db);
}

/** A draft application of the signed-in student to an open call. */
export async function createApplication(ctx: Ctx, callId: number): Promise<Application> {
  authorizeAny(callPolicy, ctx.actor, 'apply', ctx.units);
  const person = await findPersonOfUser(ctx.db, ctx.actor.id);
  if (!person) throw AppError.field('person', 'call_no_person');
  const call = await findCall(ctx.db, callId);
  if (!call || call.status === 'draft') throw AppError.notFound();
  requireAccepting(call, ctx.now);
  return uniqueAsFieldError('callId', 'application_exists', () =>
    ctx.db.transaction().execute(async (trx) => {
      const existing = await repo.findApplicationOf(trx, callId, person.id);
      if (existing) throw new AppError('DUPLICATE', { fields: [{ path: 'callId', key: 'application_exists' }] });
      const id = await repo.insertApplication(trx, {
        call_id: callId,
        person_id: person.id,
        status: 'draft',
        gpa: person.gpa,
        form_json: '{}',
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      const after = await getApplication(ctx, id, trx);
      await recordAudit(trx, {
        ...changeEntry(ctx, 'create', ENTITY, id, recordName(call.title_zh, call.title_en), null, after),
        parent: { type: 'call', id: callId },
      });
      return after;
    }),
  );
}

/** Before the deadline by the server clock, else 409 with errors.deadline_passed in the user's language. */
export function requireAccepting(call: { status: CallStatus; opens_at: string; deadline: string }, now: string) {
  if (deadlinePassed(call, now)) throw new AppError('INVALID_TRANSITION', { messageKey: 'deadline_passed' });
  if (!acceptingApplications(call, now)) throw new AppError('INVALID_TRANSITION', { messageKey: 'call_not_open' });
}

/** The owner's draft, in a transaction, with its call. */
async function ownDraft(ctx: Ctx, trx: Db, id: number, statuses: ApplicationStatus[] = ['draft']) {
  const { row, access } = await loadApplication(ctx, id, trx);
  if (!access.owner) throw AppError.forbidden();
  const call = await findCall(trx, row.call_id);
  if (!call) throw AppError.notFound();
  requireAccepting(call, ctx.now);
  if (!statuses.includes(row.status)) throw new AppError('INVALID_TRANSITION');
  return { row, access, call };
}

export { ownDraft };

export async function updateApplication(ctx: Ctx, id: number, input: ApplicationUpdate): Promise<Application> {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, call } = await ownDraft(ctx, trx, id);
    const before = await getApplication(ctx, id, trx);
    if (input.preferences.length > call.max_preferences)
      throw AppError.field('preferences', 'too_many_preferences', { max: call.max_preferences });
    const offerIds = new Set((await findOffers(trx, [call.id])).map((o) => o.id));
    input.preferences.forEach((offerId, i) => {
      if (!offerIds.has(offerId)) throw AppError.field(`preferences.${i}`, 'invalid_value');
    });
    const form: StoredForm = { ...parseForm(row), answers: input.form };
    return updateAudited(trx, {
      table: 'applications',
      id,
      version: input.version,
      values: {
        gpa: input.gpa ?? row.person_gpa,
        language_cert: input.languageCert,
        form_json: JSON.stringify(form),
        updated_at: ctx.now,
      },
      current: () => getApplication(ctx, id, trx),
      alsoWrite: () => repo.replacePreferences(trx, id, input.preferences),
      after: () => getApplication(ctx, id, trx),
      audit: (after) => ({
        ...changeEntry(ctx, 'update', ENTITY, id, recordName(call.title_zh, call.title_en), before, after),
        parent: { type: 'call', id: call.id },
      }),
    });
  });
}

/**
 * Submits a draft. Gaps the student can fix are refused with field errors (nothing changes); criteria
 * they cannot fix (degree level, GPA below the minimum) submit the application as `ineligible` with the
 * reasons, so staff see it and may adjust (docs/decisions/0012-outbound-selection.md).
 */
export async function submitApplication(ctx: Ctx, id: number, version: number): Promise<Application> {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, call } = await ownDraft(ctx, trx, id);
    const before = await getApplication(ctx, id, trx);
    const eligibility = parseEligibility(call);
    const problems: FieldProblem[] = [];
    if (before.preferences.length === 0) problems.push({ path: 'preferences', key: 'preferences_required' });
    for (const code of before.missingDocuments) problems.push({ path: docPath(code), key: 'document_required' });
    if (eligibility.languageCertRequired && !row.language_cert)
      problems.push({ path: 'languageCert', key: 'language_cert_required' });
    if (eligibility.minGpa !== null && row.gpa === null) problems.push({ path: 'gpa', key: 'required' });
    if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });

    const reasons: IneligibleReason[] = [];
    if (eligibility.levels.length && !eligibility.levels.includes(row.degree_level as never)) reasons.push('level');
    if (eligibility.minGpa !== null && (row.gpa ?? 0) < eligibility.minGpa) reasons.push('gpa');
    const status: ApplicationStatus = reasons.length ? 'ineligible' : 'submitted';
    // The reasons have their own column now; the copy older rows kept in form_json is dropped.
    const { ineligibleReasons: _legacy, ...form }: StoredForm = parseForm(row);
    return updateAudited(trx, {
      table: 'applications',
      id,
      version,
      values: {
        status,
        submitted_at: ctx.now,
        form_json: JSON.stringify(form),
        ineligible_reasons: JSON.stringify(reasons),
        updated_at: ctx.now,
      },
      current: () => getApplication(ctx, id, trx),
      after: () => getApplication(ctx, id, trx),
      audit: (after) => ({
        ...changeEntry(
          ctx,
          'transition',
          ENTITY,
          id,
          statusChange('applicationStatuses', 'draft', status),
          before,
          after,
        ),
        parent: { type: 'call', id: call.id },
      }),
    });
  });
}

export async function withdrawApplication(ctx: Ctx, id: number, version: number): Promise<Application> {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, call } = await ownDraft(ctx, trx, id, ['draft', 'submitted', 'ineligible']);
    const before = await getApplication(ctx, id, trx);
    return updateAudited(trx, {
      table: 'applications',
      id,
      version,
      values: { status: 'withdrawn', updated_at: ctx.now },
      current: () => getApplication(ctx, id, trx),
      after: () => getApplication(ctx, id, trx),
      audit: (after) => ({
        ...changeEntry(
          ctx,
          'transition',
          ENTITY,
          id,
          statusChange('applicationStatuses', row.status, 'withdrawn'),
          before,
          after,
        ),
        parent: { type: 'call', id: call.id },
      }),
    });
  });
}
