import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { type AuditSummary, academicYear, auditSummary, bilingual, statusChange } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { countOf, keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
import { callPolicy } from '#server/policies/calls.policy.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import type { CallTransition } from '#shared/calls.js';
import type { StudyLevel } from '#shared/enums.js';
import type { CallStatus } from '#shared/mobility.js';
import type {
  Call,
  CallCreate,
  CallListQuery,
  CallTransitionBody,
  CallUpdate,
  OfferablePlace,
} from '#shared/schemas/calls.js';
import {
  acceptingApplications,
  parseCriteria,
  parseDocuments,
  parseEligibility,
  toOffer,
  toSummary,
} from './call.present.js';
import * as repo from './call.repository.js';

const ENTITY = 'call';
/** What a student sees: calls taking applications and published results (plus calls they applied to). */
const STUDENT_VISIBLE: CallStatus[] = ['open', 'published'];
const STAFF_VISIBLE: CallStatus[] = ['open', 'closed', 'allocated', 'published'];

/** How far the actor sees calls: managers all, other staff all but drafts, students open/published. */
export async function callView(ctx: Ctx) {
  const tree = ctx.units;
  const can = (a: Parameters<typeof allows<'manage'>>[2]) => allows(callPolicy, ctx.actor, a, tree);
  const manage = can('manage');
  const staff = ctx.actor.roles.some((r) => r.role !== 'student');
  const person = await repo.findPersonOfUser(ctx.db, ctx.actor.id);
  return {
    manage,
    staff,
    personId: person?.id ?? null,
    visibleStatuses: manage ? undefined : staff ? STAFF_VISIBLE : STUDENT_VISIBLE,
    perms: {
      apply: allows(callPolicy, ctx.actor, 'apply', tree),
      readApplications: staff && allows(callPolicy, ctx.actor, 'readApplications', tree),
      score: allows(callPolicy, ctx.actor, 'score', tree),
      allocate: allows(callPolicy, ctx.actor, 'allocate', tree),
      publish: allows(callPolicy, ctx.actor, 'publish', tree),
      nominate: allows(callPolicy, ctx.actor, 'nominate', tree),
    },
  };
}
export type CallView = Awaited<ReturnType<typeof callView>>;

export async function listCalls(ctx: Ctx, query: CallListQuery) {
  authorizeAny(callPolicy, ctx.actor, 'read', ctx.units);
  const view = await callView(ctx);
  const filter: repo.CallFilter = { ...query, visibleStatuses: view.visibleStatuses, ownPersonId: view.personId };
  // Counted exactly: a university opens tens of calls a year (ADR 0035).
  return keysetListPage(
    { ...query, count: 'exact' },
    repo.callSortKeys(query.order),
    (window) => repo.findCalls(ctx.db, filter, query.order, window),
    () => countOf(repo.countCallsQuery(ctx.db, filter)),
    async (rows) => {
      const ids = rows.map((r) => r.id);
      const [offers, counts, mine] = await Promise.all([
        repo.findOffers(ctx.db, ids),
        view.staff ? repo.applicationCounts(ctx.db, ids) : new Map<number, number>(),
        repo.myApplications(ctx.db, view.personId, ids),
      ]);
      return rows.map((r) =>
        toSummary(
          r,
          offers.filter((o) => o.call_id === r.id),
          { now: ctx.now, applicationCount: counts.get(r.id) ?? 0, myApplicationId: mine.get(r.id) ?? null },
        ),
      );
    },
  );
}

const TRANSITIONS: Record<CallTransition, { from: CallStatus; to: CallStatus }> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
  reopen: { from: 'closed', to: 'open' },
};

/** The call as this actor may see it (404 when hidden from them). */
export async function getCall(ctx: Ctx, id: number, db: Db = ctx.db, view?: CallView): Promise<Call> {
  authorizeAny(callPolicy, ctx.actor, 'read', ctx.units);
  const v = view ?? (await callView(ctx));
  const row = await repo.findCall(db, id);
  if (!row) throw AppError.notFound();
  const mine = await repo.myApplications(db, v.personId, [id]);
  const myApplicationId = mine.get(id) ?? null;
  if (v.visibleStatuses && !v.visibleStatuses.includes(row.status) && !myApplicationId) {
    // A student following an old link to a call that has closed reads why, not "not found"; drafts stay unseen.
    if (row.status === 'closed' || row.status === 'allocated')
      throw new AppError('NOT_FOUND', { messageKey: 'call_closed' });
    throw AppError.notFound();
  }
  const [offers, allocated, counts] = await Promise.all([
    repo.findOffers(db, [id]),
    repo.allocatedPerOffer(db, [id]),
    v.staff ? repo.applicationCounts(db, [id]) : new Map<number, number>(),
  ]);
  const accepting = acceptingApplications(row, ctx.now);
  const editable = v.manage && (row.status === 'draft' || row.status === 'open');
  return {
    ...toSummary(row, offers, { now: ctx.now, applicationCount: counts.get(id) ?? 0, myApplicationId }),
    version: row.version,
    descriptionZh: row.description_zh,
    descriptionEn: row.description_en,
    maxPreferences: row.max_preferences,
    eligibility: parseEligibility(row),
    documents: parseDocuments(row),
    criteria: parseCriteria(row),
    offers: offers.map((o) => toOffer(o, allocated.get(o.id) ?? 0, v.staff)),
    allocatedAt: row.allocated_at,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    transitions: v.manage
      ? (Object.keys(TRANSITIONS) as CallTransition[]).filter((a) => TRANSITIONS[a].from === row.status)
      : [],
    permissions: {
      update: editable,
      apply: v.perms.apply && accepting && !myApplicationId && v.personId !== null,
      readApplications: v.perms.readApplications,
      score: v.perms.score && (row.status === 'open' || row.status === 'closed'),
      allocate: v.perms.allocate && (row.status === 'closed' || row.status === 'allocated'),
      publish: v.perms.publish && row.status === 'allocated',
      nominate: v.perms.nominate && row.status === 'published',
    },
  };
}

export async function listOfferablePlaces(ctx: Ctx, academicYear: number, level?: StudyLevel, callId?: number) {
  authorizeAny(callPolicy, ctx.actor, 'manage', ctx.units);
  const rows = await repo.findOfferablePlaces(ctx.db, academicYear, level, universityToday(ctx.now));
  const others = await repo.heldBySelected(ctx.db, [...new Set(rows.map((r) => r.place_id))], callId);
  const items: OfferablePlace[] = rows.map((r) => {
    const used = Number(r.used ?? 0) + (others.get(r.place_id) ?? 0);
    return {
      placeId: r.place_id,
      agreementId: r.agreement_id,
      agreementTitleEn: r.title_en,
      agreementTitleZh: r.title_zh,
      partnerId: r.partner_id,
      partnerNameEn: r.name_en,
      partnerNameZh: r.name_zh,
      country: r.country,
      academicYear: r.academic_year,
      level: r.level,
      places: r.places,
      used,
      remaining: r.places - used,
    };
  });
  return { items };
}

const offerPath = (i: number, field: string) => `offers.${i}.${field}`;

/** Offers must be outbound places of the call's year, of a partner of the place's agreement, within remaining. */
async function checkOffers(trx: Db, input: CallCreate, callId?: number) {
  const placeIds = [...new Set(input.offers.map((o) => o.placeId))];
  const rows = await repo.findPlacesWithPartners(trx, placeIds);
  const held = await repo.heldBySelected(trx, placeIds, callId);
  const perPlace = new Map<number, number>();
  input.offers.forEach((o, i) => {
    const matches = rows.filter((r) => r.id === o.placeId);
    const place = matches[0];
    if (place?.direction !== 'outbound' || place.academic_year !== input.academicYear)
      throw AppError.field(offerPath(i, 'placeId'), 'offer_place_invalid');
    if (!matches.some((r) => r.partner_id === o.partnerId))
      throw AppError.field(offerPath(i, 'partnerId'), 'invalid_value');
    const total = (perPlace.get(o.placeId) ?? 0) + o.places;
    perPlace.set(o.placeId, total);
    const remaining = place.places - Number(place.used ?? 0) - (held.get(o.placeId) ?? 0);
    if (total > remaining) throw AppError.field(offerPath(i, 'places'), 'offer_exceeds_remaining', { remaining });
  });
  const seen = new Set<string>();
  input.offers.forEach((o, i) => {
    const k = `${o.placeId}:${o.partnerId}`;
    if (seen.has(k)) throw AppError.field(offerPath(i, 'placeId'), 'duplicate_offer');
    seen.add(k);
  });
}

function columns(input: CallCreate) {
  return {
    title_zh: input.titleZh,
    title_en: input.titleEn,
    description_zh: input.descriptionZh,
    description_en: input.descriptionEn,
    academic_year: input.academicYear,
    term: input.term,
    opens_at: new Date(input.opensAt).toISOString(),
    deadline: new Date(input.deadline).toISOString(),
    max_preferences: input.maxPreferences,
    eligibility_json: JSON.stringify(input.eligibility),
    documents_json: JSON.stringify(input.documents),
    criteria_json: JSON.stringify(input.criteria),
  };
}

/** A call in the reader's language (ADR 0030): its title, academic year and term. */
const label = (c: Pick<Call, 'titleZh' | 'titleEn' | 'academicYear' | 'term'>) =>
  auditSummary('auditSummaries.call', {
    title: bilingual(c.titleZh || c.titleEn, c.titleEn || c.titleZh || ''),
    year: academicYear(c.academicYear),
    term: { t: `callTerms.${c.term}` },
  });

export async function createCall(ctx: Ctx, input: CallCreate): Promise<Call> {
  authorizeAny(callPolicy, ctx.actor, 'manage', ctx.units);
  const view = await callView(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    await checkOffers(trx, input);
    const id = await repo.insertCall(trx, {
      ...columns(input),
      status: 'draft',
      created_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await repo.replaceOffers(trx, id, input.offers);
    const after = await getCall(ctx, id, trx, view);
    await recordAudit(trx, changeEntry(ctx, 'create', ENTITY, id, label(after), null, after));
    return after;
  });
}

export async function updateCall(ctx: Ctx, id: number, input: CallUpdate): Promise<Call> {
  const view = await callView(ctx);
  const before = await getCall(ctx, id, ctx.db, view);
  if (!before.permissions.update) throw view.manage ? new AppError('INVALID_TRANSITION') : AppError.forbidden();
  return ctx.db.transaction().execute(async (trx) => {
    const offersChanged =
      JSON.stringify(before.offers.map((o) => [o.placeId, o.partnerId, o.places])) !==
      JSON.stringify(input.offers.map((o) => [o.placeId, o.partnerId, o.places]));
    // Once students may apply, the offers they chose from stay put (places may still grow).
    if (offersChanged && before.status !== 'draft') {
      const kept = input.offers.every((o) =>
        before.offers.some((b) => b.placeId === o.placeId && b.partnerId === o.partnerId && o.places >= b.places),
      );
      if (!kept || input.offers.length !== before.offers.length) throw AppError.field('offers', 'offers_locked');
    }
    await checkOffers(trx, input, id);
    return updateAudited(trx, {
      table: 'calls',
      id,
      version: input.version,
      values: { ...columns(input), updated_at: ctx.now },
      current: () => getCall(ctx, id, trx, view),
      alsoWrite: () => repo.replaceOffers(trx, id, input.offers),
      after: () => getCall(ctx, id, trx, view),
      audit: (after) => changeEntry(ctx, 'update', ENTITY, id, label(after), before, after),
    });
  });
}

export async function transitionCall(ctx: Ctx, id: number, body: CallTransitionBody): Promise<Call> {
  authorizeAny(callPolicy, ctx.actor, 'manage', ctx.units);
  const view = await callView(ctx);
  const before = await getCall(ctx, id, ctx.db, view);
  const rule = TRANSITIONS[body.action];
  if (before.status !== rule.from) throw new AppError('INVALID_TRANSITION');
  if (body.action === 'open' && before.offers.length === 0) throw AppError.field('offers', 'call_no_offers');
  return setStatus(ctx, id, body.version, rule.to, view, before, {});
}

/** Moves a call to a status (version-checked) with its audit entry; returns the call after. */
export async function setStatus(
  ctx: Ctx,
  id: number,
  version: number,
  to: CallStatus,
  view: CallView,
  before: Call,
  extra: { allocated_at?: string; published_at?: string },
  trxIn?: Db,
  summary?: AuditSummary,
): Promise<Call> {
  const run = async (trx: Db) => {
    return updateAudited(trx, {
      table: 'calls',
      id,
      version,
      values: { status: to, updated_at: ctx.now, ...extra },
      current: () => getCall(ctx, id, trx, view),
      after: () => getCall(ctx, id, trx, view),
      audit: (after) =>
        changeEntry(
          ctx,
          'transition',
          ENTITY,
          id,
          summary ?? statusChange('callStatuses', before.status, to),
          before,
          after,
        ),
    });
  };
  return trxIn ? run(trxIn) : ctx.db.transaction().execute(run);
}
