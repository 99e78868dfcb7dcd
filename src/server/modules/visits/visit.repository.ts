import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { VisitsTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import type { GiftCreate, VisitListQuery } from '#shared/schemas/visits.js';

export type VisitFilter = Omit<VisitListQuery, 'page' | 'pageSize' | 'cursor' | 'count'> & {
  visibleUnits: 'all' | number[];
};

function listQuery(db: Db, f: VisitFilter) {
  let q = db.selectFrom('visits as v');
  if (f.visibleUnits !== 'all')
    q = f.visibleUnits.length ? q.where('v.unit_id', 'in', f.visibleUnits) : q.where(sql<boolean>`1 = 0`);
  if (f.direction) q = q.where('v.direction', '=', f.direction);
  const partnerId = f.partnerId;
  if (partnerId)
    q = q.where('v.id', 'in', db.selectFrom('visit_partners').select('visit_id').where('partner_id', '=', partnerId));
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([containsText('v.title_zh', text), containsText('v.title_en', text)]));
  }
  if (f.archived === 'exclude') q = q.where('v.archived_at', 'is', null);
  if (f.archived === 'only') q = q.where('v.archived_at', 'is not', null);
  return q;
}

/** The list's order: by start date, then id (unique); live rows from `visits_live_start_idx` (045). */
export const visitSortKeys = (order: 'asc' | 'desc'): SortKey[] => [
  { expr: sql.ref('v.start_date'), dir: order },
  { expr: sql.ref('v.id'), dir: order },
];

/** A page of the list, after a cursor or at an offset (lib/keyset.ts). */
export function findVisits(db: Db, f: VisitFilter, window: PageWindow) {
  return keysetPage(listQuery(db, f).selectAll('v'), visitSortKeys(f.order), window);
}
export type VisitRow = Awaited<ReturnType<typeof findVisits>>['rows'][number];
/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export const countVisits = (db: Db, f: VisitFilter, cap?: number) =>
  cap === undefined ? countOf(listQuery(db, f)) : countUpTo(listQuery(db, f), cap);

export const findVisit = (db: Db, id: number) =>
  db.selectFrom('visits').selectAll().where('id', '=', id).executeTakeFirst();

/** The partners of these visits, in their order, with names for the lists. */
export function findVisitPartners(db: Db, visitIds: number[]) {
  if (!visitIds.length) return Promise.resolve([]);
  return db
    .selectFrom('visit_partners as vp')
    .innerJoin('partners as p', 'p.id', 'vp.partner_id')
    .select(['vp.visit_id', 'p.id', 'p.name_zh', 'p.name_en'])
    .where('vp.visit_id', 'in', visitIds)
    .orderBy('vp.visit_id')
    .orderBy('vp.sort_order')
    .execute();
}

export async function insertVisit(db: Db, row: Insertable<VisitsTable>) {
  const { id } = await db.insertInto('visits').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export type VisitColumns = Updateable<VisitsTable>;

export async function replacePartners(db: Db, visitId: number, partnerIds: number[]) {
  await db.deleteFrom('visit_partners').where('visit_id', '=', visitId).execute();
  const unique = [...new Set(partnerIds)];
  if (unique.length)
    await db
      .insertInto('visit_partners')
      .values(unique.map((partner_id, sort_order) => ({ visit_id: visitId, partner_id, sort_order })))
      .execute();
}

export function findGifts(db: Db, visitId: number) {
  return db.selectFrom('visit_gifts').selectAll().where('visit_id', '=', visitId).orderBy('given_on').execute();
}
export type GiftRow = Awaited<ReturnType<typeof findGifts>>[number];

/**
 * Gifts given before to the same partner or the same person (name compared without case and spaces),
 * across every visit: the register warns about a repeat. `visibleUnits` keeps a coordinator to the
 * gifts of visits they may read.
 */
export function findEarlierGifts(
  db: Db,
  q: { partnerId: number | null; recipient: string; exceptId?: number },
  visibleUnits: 'all' | number[],
) {
  const norm = q.recipient.toLowerCase().replace(/\s+/g, '');
  let query = db
    .selectFrom('visit_gifts as g')
    .innerJoin('visits as v', 'v.id', 'g.visit_id')
    .selectAll('g')
    .where((eb) => {
      const sameName = eb(sql`replace(lower(g.recipient), ' ', '')`, '=', norm);
      return q.partnerId ? eb.or([sameName, eb('g.partner_id', '=', q.partnerId)]) : sameName;
    });
  if (q.exceptId) query = query.where('g.id', '!=', q.exceptId);
  if (visibleUnits !== 'all')
    query = visibleUnits.length ? query.where('v.unit_id', 'in', visibleUnits) : query.where(sql<boolean>`1 = 0`);
  return query.orderBy('g.given_on', 'desc').limit(50).execute();
}

export async function insertGift(db: Db, visitId: number, g: GiftCreate, by: number, now: string) {
  const { id } = await db
    .insertInto('visit_gifts')
    .values({
      visit_id: visitId,
      partner_id: g.partnerId,
      recipient: g.recipient,
      gift: g.gift,
      given_on: g.givenOn,
      created_by: by,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
