import { type Insertable, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { CallsTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { effectiveStatusSql } from '#server/modules/agreements/agreement-lifecycle.js';
import type { StudyLevel } from '#shared/enums.js';
import type { ApplicationStatus, CallStatus } from '#shared/mobility.js';

/** Typed queries of calls and their offers. */
export type CallFilter = {
  q?: string;
  status?: CallStatus;
  academicYear?: number;
  /** Students: only these statuses, plus calls they applied to (their person id). */
  visibleStatuses?: CallStatus[];
  ownPersonId?: number | null;
};

function filtered(db: Db, f: CallFilter) {
  let q = db.selectFrom('calls').where('calls.archived_at', 'is', null);
  if (f.status) q = q.where('calls.status', '=', f.status);
  if (f.academicYear) q = q.where('calls.academic_year', '=', f.academicYear);
  if (f.q) {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['calls.title_en']), 'like', like),
        eb(eb.fn('lower', ['calls.title_zh']), 'like', like),
      ]),
    );
  }
  const visible = f.visibleStatuses;
  if (visible) {
    const own = f.ownPersonId ?? -1;
    q = q.where((eb) =>
      eb.or([
        eb('calls.status', 'in', visible),
        eb.exists(
          eb
            .selectFrom('applications as a')
            .select('a.id')
            .whereRef('a.call_id', '=', 'calls.id')
            .where('a.person_id', '=', own),
        ),
      ]),
    );
  }
  return q;
}

/** By deadline (never null), then id (unique); live calls from `calls_live_deadline_idx` (047). */
export const callSortKeys = (order: 'asc' | 'desc'): SortKey[] => [
  { expr: sql.ref('calls.deadline'), dir: order },
  { expr: sql.ref('calls.id'), dir: order },
];

/** A page of calls, after a cursor or at an offset (lib/keyset.ts). */
export function findCalls(db: Db, f: CallFilter, order: 'asc' | 'desc', window: PageWindow) {
  return keysetPage(filtered(db, f).selectAll('calls'), callSortKeys(order), window);
}
export const countCallsQuery = (db: Db, f: CallFilter) => filtered(db, f).select('calls.id');

export function findCall(db: Db, id: number) {
  return db.selectFrom('calls').selectAll().where('id', '=', id).where('archived_at', 'is', null).executeTakeFirst();
}
export type CallRow = NonNullable<Awaited<ReturnType<typeof findCall>>>;

export async function insertCall(db: Db, row: Insertable<CallsTable>): Promise<number> {
  const { id } = await db.insertInto('calls').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Used places per exchange place (sum of the ledger's usages). */
const usedSub = (db: Db) =>
  db
    .selectFrom('place_usages')
    .select(['place_id', (e) => e.fn.sum<number>('count').as('used')])
    .groupBy('place_id');

/** Offers of some calls with partner, place level and the place's ledger use. */
export function findOffers(db: Db, callIds: number[]) {
  if (!callIds.length) return Promise.resolve([]);
  return db
    .selectFrom('call_offers as o')
    .innerJoin('exchange_places as ep', 'ep.id', 'o.place_id')
    .innerJoin('partners as p', 'p.id', 'o.partner_id')
    .leftJoin(usedSub(db).as('u'), 'u.place_id', 'ep.id')
    .select([
      'o.id',
      'o.call_id',
      'o.place_id',
      'o.partner_id',
      'o.places',
      'o.sort_order',
      'ep.agreement_id',
      'ep.level',
      'ep.places as place_places',
      'u.used',
      'p.name_en',
      'p.name_zh',
      'p.country',
      'p.city',
    ])
    .where('o.call_id', 'in', callIds)
    .orderBy('o.call_id')
    .orderBy('o.sort_order')
    .orderBy('o.id')
    .execute();
}
export type OfferRow = Awaited<ReturnType<typeof findOffers>>[number];

/** Applications holding an offer's place (allocated and not yet given back), per offer. */
export async function allocatedPerOffer(db: Db, callIds: number[]) {
  if (!callIds.length) return new Map<number, number>();
  const rows = await db
    .selectFrom('applications')
    .select(['allocated_offer_id', (e) => e.fn.countAll<number>().as('n')])
    .where('call_id', 'in', callIds)
    .where('status', 'in', HOLDING_STATUSES)
    .where('allocated_offer_id', 'is not', null)
    .groupBy('allocated_offer_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.allocated_offer_id), Number(r.n)]));
}

/** Statuses in which an application holds its allocated offer's place. */
export const HOLDING_STATUSES: ApplicationStatus[] = ['selected', 'nominated', 'accepted'];

/**
 * Places held on these exchange places by selected applications not yet nominated (a nomination books
 * the place in the ledger itself), optionally leaving out one call.
 */
export async function heldBySelected(db: Db, placeIds: number[], exceptCallId?: number, exceptApplicationId?: number) {
  if (!placeIds.length) return new Map<number, number>();
  let q = db
    .selectFrom('applications as a')
    .innerJoin('call_offers as o', 'o.id', 'a.allocated_offer_id')
    .select(['o.place_id', (e) => e.fn.countAll<number>().as('n')])
    .where('a.status', '=', 'selected')
    .where('o.place_id', 'in', placeIds)
    .groupBy('o.place_id');
  if (exceptCallId) q = q.where('a.call_id', '<>', exceptCallId);
  if (exceptApplicationId) q = q.where('a.id', '<>', exceptApplicationId);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.place_id, Number(r.n)]));
}

/** Outbound exchange places of an academic year on agreements in force, one row per place × partner. */
export function findOfferablePlaces(db: Db, academicYear: number, level: StudyLevel | undefined, today: string) {
  let q = db
    .selectFrom('exchange_places as ep')
    .innerJoin('agreements', 'agreements.id', 'ep.agreement_id')
    .innerJoin('agreement_partners as ap', 'ap.agreement_id', 'agreements.id')
    .innerJoin('partners as p', 'p.id', 'ap.partner_id')
    .leftJoin(usedSub(db).as('u'), 'u.place_id', 'ep.id')
    .select([
      'ep.id as place_id',
      'ep.agreement_id',
      'ep.academic_year',
      'ep.level',
      'ep.places',
      'u.used',
      'agreements.title_en',
      'agreements.title_zh',
      'p.id as partner_id',
      'p.name_en',
      'p.name_zh',
      'p.country',
    ])
    .where('ep.academic_year', '=', academicYear)
    .where('ep.direction', '=', 'outbound')
    .where('ep.mobility_kind', '=', 'study')
    .where('agreements.archived_at', 'is', null)
    .where(effectiveStatusSql(today), 'in', ['active', 'expiring']);
  if (level) q = q.where('ep.level', '=', level);
  return q.orderBy('p.name_en').orderBy('ep.level').orderBy('ep.id').execute();
}

/** The exchange places of these ids with their agreement's partners (checking an offer). */
export function findPlacesWithPartners(db: Db, placeIds: number[]) {
  if (!placeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('exchange_places as ep')
    .innerJoin('agreement_partners as ap', 'ap.agreement_id', 'ep.agreement_id')
    .leftJoin(usedSub(db).as('u'), 'u.place_id', 'ep.id')
    .select(['ep.id', 'ep.academic_year', 'ep.direction', 'ep.places', 'u.used', 'ap.partner_id'])
    .where('ep.id', 'in', placeIds)
    .execute();
}

export async function replaceOffers(
  db: Db,
  callId: number,
  offers: { placeId: number; partnerId: number; places: number }[],
) {
  const existing = await db
    .selectFrom('call_offers')
    .select(['id', 'place_id', 'partner_id'])
    .where('call_id', '=', callId)
    .execute();
  const key = (placeId: number, partnerId: number) => `${placeId}:${partnerId}`;
  const wanted = new Map(offers.map((o, i) => [key(o.placeId, o.partnerId), { ...o, sort: i }]));
  // Keep the ids of offers that stay (preferences point at them), update their places; drop the rest.
  for (const e of existing) {
    const w = wanted.get(key(e.place_id, e.partner_id));
    if (w) {
      await db
        .updateTable('call_offers')
        .set({ places: w.places, sort_order: w.sort })
        .where('id', '=', e.id)
        .execute();
      wanted.delete(key(e.place_id, e.partner_id));
    } else {
      await db.deleteFrom('application_preferences').where('offer_id', '=', e.id).execute();
      await db.deleteFrom('call_offers').where('id', '=', e.id).execute();
    }
  }
  if (wanted.size)
    await db
      .insertInto('call_offers')
      .values(
        [...wanted.values()].map((o) => ({
          call_id: callId,
          place_id: o.placeId,
          partner_id: o.partnerId,
          places: o.places,
          sort_order: o.sort,
        })),
      )
      .execute();
}

/** Number of non-draft applications per call. */
export async function applicationCounts(db: Db, callIds: number[]) {
  if (!callIds.length) return new Map<number, number>();
  const rows = await db
    .selectFrom('applications')
    .select(['call_id', (e) => e.fn.countAll<number>().as('n')])
    .where('call_id', 'in', callIds)
    .where('status', '<>', 'draft')
    .groupBy('call_id')
    .execute();
  return new Map(rows.map((r) => [r.call_id, Number(r.n)]));
}

/** The person record linked to a login (a student's own). */
export function findPersonOfUser(db: Db, userId: number) {
  return db
    .selectFrom('people')
    .select(['id', 'unit_id', 'degree_level', 'gpa', 'name_zh', 'name_en', 'email', 'student_no'])
    .where('user_id', '=', userId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}

/** This person's applications to these calls. */
export async function myApplications(db: Db, personId: number | null, callIds: number[]) {
  if (!personId || !callIds.length) return new Map<number, number>();
  const rows = await db
    .selectFrom('applications')
    .select(['id', 'call_id'])
    .where('person_id', '=', personId)
    .where('call_id', 'in', callIds)
    .execute();
  return new Map(rows.map((r) => [r.call_id, r.id]));
}
