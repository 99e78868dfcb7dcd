import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { type AuditSummary, auditSummary, bilingual, statusChange } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { mailWithoutAccount, notifyUsers } from '#server/modules/notifications/notify.js';
import { callPolicy } from '#server/policies/calls.policy.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import type { AdjustBody, AllocationResult, Application, Ranking, ScoresBody } from '#shared/schemas/calls.js';
import { allocatePlaces } from './allocation.js';
import * as apps from './application.repository.js';
import { getApplication } from './application.service.js';
import { listScope, loadApplication } from './application-access.js';
import { parseCriteria } from './call.present.js';
import * as calls from './call.repository.js';
import { callView, getCall, setStatus } from './call.service.js';
import { rankApplications } from './ranking.js';

/** Statuses that take part in ranking and allocation (a re-run starts from the previous results). */
const RANKED = ['submitted', 'selected', 'waitlisted', 'not_selected'];

export async function scoreApplication(ctx: Ctx, id: number, body: ScoresBody): Promise<Application> {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, access } = await loadApplication(ctx, id, trx);
    if (!access.score) throw AppError.forbidden();
    const call = await calls.findCall(trx, row.call_id);
    if (!call || row.status !== 'submitted' || !['open', 'closed'].includes(call.status))
      throw new AppError('INVALID_TRANSITION');
    const criteria = parseCriteria(call);
    body.scores.forEach((s, i) => {
      const c = criteria.find((x) => x.code === s.criterion);
      if (!c) throw AppError.field(`scores.${i}.criterion`, 'invalid_value');
      if (s.score > c.max) throw AppError.field(`scores.${i}.score`, 'too_big_number', { maximum: c.max });
    });
    await apps.upsertScores(trx, id, ctx.actor.id, body.scores, ctx.now);
    const after = await getApplication(ctx, id, trx);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'update', 'application', id, scoreSummary(criteria, body.scores), null, body),
      parent: { type: 'call', id: call.id },
    });
    return after;
  });
}

/** Ranked candidates of a call (eligible submitted applications), computed from the scores now. */
async function computeRanking(db: Db, callId: number) {
  const call = await calls.findCall(db, callId);
  if (!call) throw AppError.notFound();
  const rows = (await apps.findAllApplications(db, { callId }, 'id', 'asc')).filter((r) => RANKED.includes(r.status));
  const scores = await apps.findScores(
    db,
    rows.map((r) => r.id),
  );
  const candidates = rows.map((r) => ({
    id: r.id,
    gpa: r.gpa,
    submittedAt: r.submitted_at ?? r.created_at,
    row: r,
    scores: scores
      .filter((s) => s.application_id === r.id)
      .map((s) => ({ reviewerId: s.reviewer_id, criterion: s.criterion, score: s.score })),
  }));
  return { call, ranked: rankApplications(parseCriteria(call), candidates) };
}

export async function getRanking(ctx: Ctx, callId: number): Promise<Ranking> {
  const tree = ctx.units;
  if (!allows(callPolicy, ctx.actor, 'score', tree) && !allows(callPolicy, ctx.actor, 'allocate', tree))
    throw AppError.forbidden();
  await getCall(ctx, callId);
  const { ranked } = await computeRanking(ctx.db, callId);
  const units = await listScope(ctx);
  const inScope = (unit: number | null) => units === 'all' || (unit !== null && units.includes(unit));
  return {
    callId,
    items: ranked
      .filter((r) => inScope(r.row.unit_id))
      .map((r) => ({
        applicationId: r.id,
        rank: r.rank,
        applicant: {
          personId: r.row.person_id,
          nameZh: r.row.name_zh,
          nameEn: r.row.name_en,
          studentNo: r.row.student_no,
          unitId: r.row.unit_id,
          degreeLevel: r.row.degree_level,
          email: r.row.email,
        },
        totalScore: r.totalScore,
        gpa: r.gpa,
        submittedAt: r.submittedAt,
        means: r.means,
        reviewerCount: r.reviewerCount,
        tieBrokenBy: r.tieBrokenBy,
        status: r.row.status,
      })),
  };
}

/** Places left per exchange place: the ledger's remaining less what other calls' selected applicants hold. */
async function placeRemaining(db: Db, offers: calls.OfferRow[], exceptCallId?: number, exceptApplicationId?: number) {
  const placeIds = [...new Set(offers.map((o) => o.place_id))];
  const held = await calls.heldBySelected(db, placeIds, exceptCallId, exceptApplicationId);
  const out = new Map<number, number>();
  for (const o of offers) out.set(o.place_id, o.place_places - Number(o.used ?? 0) - (held.get(o.place_id) ?? 0));
  return out;
}

/** Ranks and allocates (closed → allocated; may be re-run while allocated). */
export async function allocateCall(ctx: Ctx, callId: number, version: number): Promise<AllocationResult> {
  authorizeAny(callPolicy, ctx.actor, 'allocate', ctx.units);
  const view = await callView(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getCall(ctx, callId, trx, view);
    if (before.status !== 'closed' && before.status !== 'allocated') throw new AppError('INVALID_TRANSITION');
    const { ranked } = await computeRanking(trx, callId);
    const offers = await calls.findOffers(trx, [callId]);
    const prefs = await apps.findPreferences(
      trx,
      ranked.map((r) => r.id),
    );
    const outcomes = allocatePlaces(
      ranked.map((r) => ({
        applicationId: r.id,
        rank: r.rank,
        preferences: prefs.filter((p) => p.application_id === r.id).map((p) => p.offer_id),
      })),
      offers.map((o) => ({ id: o.id, placeId: o.place_id, places: o.places })),
      await placeRemaining(trx, offers, callId),
    );
    for (const o of outcomes) {
      const r = ranked.find((x) => x.id === o.applicationId);
      await apps.setAllocation(
        trx,
        o.applicationId,
        {
          status: o.status,
          total_score: r?.totalScore ?? null,
          rank: o.rank,
          allocated_offer_id: o.offerId,
          waitlist_position: o.waitlistPosition,
        },
        ctx.now,
      );
    }
    const count = (s: string) => outcomes.filter((o) => o.status === s).length;
    const summary = auditSummary('auditSummaries.allocated', {
      selected: count('selected'),
      waitlisted: count('waitlisted'),
    });
    const call = await setStatus(
      ctx,
      callId,
      version,
      'allocated',
      view,
      before,
      { allocated_at: ctx.now },
      trx,
      summary,
    );
    return {
      call,
      selected: count('selected'),
      waitlisted: count('waitlisted'),
      notSelected: count('not_selected'),
      items: outcomes.map((o) => ({
        applicationId: o.applicationId,
        rank: o.rank,
        status: o.status,
        allocatedOfferId: o.offerId,
        preferenceRank: o.preferenceRank,
        waitlistPosition: o.waitlistPosition,
      })),
    };
  });
}

/** Staff change one result, with a reason (audited); a selection must fit the offer's and the place's places. */
export async function adjustApplication(ctx: Ctx, id: number, body: AdjustBody): Promise<Application> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getApplication(ctx, id, trx);
    if (!before.permissions.adjust) {
      const { access } = await loadApplication(ctx, id, trx);
      throw access.allocate ? new AppError('INVALID_TRANSITION') : AppError.forbidden();
    }
    if (!['submitted', 'ineligible', 'selected', 'waitlisted', 'not_selected'].includes(before.status))
      throw new AppError('INVALID_TRANSITION');
    let offerId: number | null = null;
    let position: number | null = null;
    if (body.status === 'selected') {
      if (!body.allocatedOfferId) throw AppError.field('allocatedOfferId', 'required');
      offerId = body.allocatedOfferId;
      const offers = await calls.findOffers(trx, [before.callId]);
      const offer = offers.find((o) => o.id === offerId);
      if (!offer) throw AppError.field('allocatedOfferId', 'invalid_value');
      const taken = await apps.countHoldingOffer(trx, offerId, id);
      const left = (await placeRemaining(trx, [offer], undefined, id)).get(offer.place_id) ?? 0;
      if (taken >= offer.places || left < 1)
        throw AppError.field('allocatedOfferId', 'offer_full', { places: offer.places });
    }
    if (body.status === 'waitlisted') {
      position = body.waitlistPosition ?? (await apps.lastWaitlistPosition(trx, before.callId, id)) + 1;
    }
    const after = await updateAudited(trx, {
      table: 'applications',
      id,
      version: body.version,
      values: {
        status: body.status,
        allocated_offer_id: offerId,
        waitlist_position: position,
        adjustment_reason: body.reason,
        updated_at: ctx.now,
      },
      current: () => getApplication(ctx, id, trx),
      after: () => getApplication(ctx, id, trx),
      audit: (after) => ({
        ...changeEntry(
          ctx,
          'update',
          'application',
          id,
          statusChange('applicationStatuses', before.status, body.status, body.reason),
          before,
          after,
        ),
        parent: { type: 'call', id: before.callId },
      }),
    });
    const call = await calls.findCall(trx, before.callId);
    if (call?.status === 'published') await notifyResults(ctx, trx, call, [id], `adjust:${after.version}`);
    return after;
  });
}

const RESULT_KINDS: Record<string, string> = {
  selected: 'call.selected',
  waitlisted: 'call.waitlisted',
  not_selected: 'call.not_selected',
  ineligible: 'call.ineligible',
};

/**
 * Tells applicants their result: in-app and by e-mail in their own language; applicants who are people
 * without an account get one e-mail in both languages at the person's address.
 */
async function notifyResults(ctx: Ctx, trx: Db, call: calls.CallRow, ids: number[] | null, tag: string) {
  const rows = (await apps.findAllApplications(trx, { callId: call.id }, 'id', 'asc')).filter(
    (r) => RESULT_KINDS[r.status] && (ids === null || ids.includes(r.id)),
  );
  const personIds = rows.map((r) => r.person_id);
  const [users, mailOnly, offers] = await Promise.all([
    apps.findApplicantUsers(trx, personIds),
    apps.findApplicantsWithoutAccount(trx, personIds),
    calls.findOffers(trx, [call.id]),
  ]);
  for (const r of rows) {
    const offer = offers.find((o) => o.id === r.allocated_offer_id);
    const kind = RESULT_KINDS[r.status] as string;
    const params = {
      call: { zh: call.title_zh, en: call.title_en },
      partner: offer ? { zh: offer.name_zh, en: offer.name_en } : null,
      position: r.waitlist_position,
    };
    const dedupeKey = `call:${call.id}:application:${r.id}:${tag}`;
    const user = users.find((u) => u.person_id === r.person_id);
    const person = mailOnly.find((p) => p.person_id === r.person_id);
    if (user)
      await notifyUsers(trx, {
        recipients: [user],
        kind,
        entityType: 'application',
        entityId: r.id,
        params,
        dedupeKey,
        path: `/applications/${r.id}`,
        now: ctx.now,
      });
    else if (person?.email)
      await mailWithoutAccount(trx, {
        recipient: { ...person, email: person.email, key: `person:${person.person_id}` },
        kind,
        params,
        dedupeKey,
        now: ctx.now,
      });
  }
}

/** Publishes the results (allocated → published) and notifies every applicant. */
export async function publishCall(ctx: Ctx, callId: number, version: number) {
  authorizeAny(callPolicy, ctx.actor, 'publish', ctx.units);
  const view = await callView(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getCall(ctx, callId, trx, view);
    if (before.status !== 'allocated') throw new AppError('INVALID_TRANSITION');
    const after = await setStatus(ctx, callId, version, 'published', view, before, { published_at: ctx.now }, trx);
    const row = await calls.findCall(trx, callId);
    if (row) await notifyResults(ctx, trx, row, null, 'published');
    return after;
  });
}

/** "Scores: Paper 88, Interview 75" with the call's own criterion names in each language. */
function scoreSummary(
  criteria: { code: string; labelZh: string; labelEn: string }[],
  scores: { criterion: string; score: number }[],
): AuditSummary {
  const named = (name: (c: { labelZh: string; labelEn: string }) => string, sep: string) =>
    scores
      .map((s) => {
        const c = criteria.find((x) => x.code === s.criterion);
        return `${c ? name(c) : s.criterion} ${s.score}`;
      })
      .join(sep);
  return auditSummary('auditSummaries.scored', {
    scores: bilingual(
      named((c) => c.labelZh, '、'),
      named((c) => c.labelEn, ', '),
    ),
  });
}
