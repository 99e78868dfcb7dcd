import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { RecruitmentLeadsTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import type { LeadListQuery } from '#shared/schemas/recruitment.js';

export type LeadFilter = Partial<Omit<LeadListQuery, 'page' | 'pageSize' | 'cursor' | 'count'>>;

function listQuery(db: Db, f: LeadFilter) {
  let q = db.selectFrom('recruitment_leads as l');
  if (f.tripId) q = q.where('l.trip_id', '=', f.tripId);
  if (f.country) q = q.where('l.country', '=', f.country);
  if (f.channel) q = q.where('l.channel', '=', f.channel);
  if (f.year) q = q.where('l.academic_year', '=', f.year);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([containsText('l.name', text), containsText('l.email_key', text, { lowered: true })]));
  }
  return q;
}

const withFollowups = (db: Db, f: LeadFilter) =>
  listQuery(db, f)
    .selectAll('l')
    .select((eb) =>
      eb
        .selectFrom('recruitment_followups as f')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('f.lead_id', '=', 'l.id')
        .as('followups'),
    );

/**
 * Newest collected first, then id (unique); from `recruitment_leads_collected_idx` and, for one trip's
 * leads, `recruitment_leads_trip_collected_idx` (047).
 */
export const LEAD_SORT_KEYS: SortKey[] = [
  { expr: sql.ref('l.collected_on'), dir: 'desc' },
  { expr: sql.ref('l.id'), dir: 'desc' },
];

/** A page of leads, after a cursor or at an offset (lib/keyset.ts). */
export function findLeads(db: Db, f: LeadFilter, window: PageWindow) {
  return keysetPage(withFollowups(db, f), LEAD_SORT_KEYS, window);
}
export type LeadRow = Awaited<ReturnType<typeof findLeads>>['rows'][number];
export const countLeads = (db: Db, f: LeadFilter, cap?: number) =>
  cap === undefined ? countOf(listQuery(db, f)) : countUpTo(listQuery(db, f), cap);

export const findLead = (db: Db, id: number) => withFollowups(db, {}).where('l.id', '=', id).executeTakeFirst();

export function findLeadsByIds(db: Db, ids: number[]) {
  return db.selectFrom('recruitment_leads').selectAll().where('id', 'in', ids).execute();
}

export async function insertLead(db: Db, row: Insertable<RecruitmentLeadsTable>) {
  const { id } = await db.insertInto('recruitment_leads').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export type LeadColumns = Updateable<RecruitmentLeadsTable>;

export const tripExists = (db: Db, id: number) =>
  db.selectFrom('recruitment_trips').select('id').where('id', '=', id).executeTakeFirst();

export function markConsentWithdrawn(db: Db, id: number, version: number, at: string) {
  return db
    .updateTable('recruitment_leads')
    .set({ consent_withdrawn_at: at, updated_at: at, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('consent_withdrawn_at', 'is', null)
    .executeTakeFirst();
}
