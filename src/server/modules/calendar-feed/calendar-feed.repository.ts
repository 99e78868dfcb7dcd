import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';

/** The feeds (hashed secrets) and the dated things a person's feed shows, each within their units. */

export const findFeeds = (db: Db, userId: number) =>
  db
    .selectFrom('calendar_feeds')
    .select(['id', 'created_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .execute();

export async function insertFeed(db: Db, userId: number, tokenHash: string, now: string) {
  const { id } = await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Revokes the user's live feeds (one, or all when `id` is absent); answers how many were live. */
export async function revokeFeeds(db: Db, userId: number, now: string, id?: number) {
  let q = db
    .updateTable('calendar_feeds')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (id !== undefined) q = q.where('id', '=', id);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** The live feed of a secret, with its active owner's roles; undefined when revoked or unknown. */
export async function findLiveFeed(db: Db, tokenHash: string) {
  const feed = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.id', 'f.user_id', 'u.locale', 'u.active'])
    .where('f.token_hash', '=', tokenHash)
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
  if (feed?.active !== 1) return undefined;
  const roles = await db
    .selectFrom('user_roles')
    .select(['role', 'unit_id'])
    .where('user_id', '=', feed.user_id)
    .execute();
  return { ...feed, roles };
}

const inUnits = (column: string, units: 'all' | number[]) =>
  units === 'all'
    ? sql<boolean>`1 = 1`
    : units.length
      ? sql<boolean>`${sql.ref(column)} in (${sql.join(units)})`
      : sql<boolean>`1 = 0`;

export function findAgreementDates(db: Db, units: 'all' | number[], from: string) {
  return db
    .selectFrom('agreements')
    .select(['id', 'title_zh', 'title_en', 'notice_date', 'end_date'])
    .where('archived_at', 'is', null)
    .where('status', 'not in', ['draft', 'terminated'])
    .where('end_date', '>=', from)
    .where(inUnits('owning_unit_id', units))
    .orderBy('end_date')
    .limit(500)
    .execute();
}

export function findCallDeadlines(db: Db, fromInstant: string) {
  return db
    .selectFrom('calls')
    .select(['id', 'title_zh', 'title_en', 'opens_at', 'deadline'])
    .where('archived_at', 'is', null)
    .where('status', '!=', 'draft')
    .where('deadline', '>=', fromInstant)
    .orderBy('deadline')
    .limit(200)
    .execute();
}

/** Partners' nomination deadlines per term (their factsheets, month and day), for those who nominate. */
export function findNominationDeadlines(db: Db) {
  return db
    .selectFrom('partner_factsheets as f')
    .innerJoin('partners as p', 'p.id', 'f.partner_id')
    .select(['f.partner_id', 'f.deadlines_json', 'p.name_zh', 'p.name_en'])
    .where('p.archived_at', 'is', null)
    .orderBy('f.partner_id')
    .limit(1000)
    .execute();
}

export function findReportingPeriods(db: Db, from: string) {
  return db
    .selectFrom('reporting_periods')
    .select(['id', 'name_zh', 'name_en', 'opens_on', 'closes_on'])
    .where('archived_at', 'is', null)
    .where('closes_on', '>=', from)
    .orderBy('closes_on')
    .limit(100)
    .execute();
}

/** Documents expiring, counted per day and office (no names: a feed is a secret link, not a login). */
export function findDocumentExpiries(db: Db, units: 'all' | number[], from: string) {
  return db
    .selectFrom('mobility_documents')
    .select(['expires_on', 'kind', sql<number>`count(*)`.as('n')])
    .where('expires_on', 'is not', null)
    .where('expires_on', '>=', from)
    .where(inUnits('owning_unit_id', units))
    .groupBy(['expires_on', 'kind'])
    .orderBy('expires_on')
    .limit(300)
    .execute();
}

/** Events the user is on (speaker, staff or assistant on duty…) or organises for a unit they may read. */
export function findEventsOf(db: Db, userId: number, from: string) {
  return db
    .selectFrom('events as e')
    .select(['e.id', 'e.kind', 'e.title_zh', 'e.title_en', 'e.start_date', 'e.end_date', 'e.venue', 'e.programme_json'])
    .where('e.archived_at', 'is', null)
    .where('e.end_date', '>=', from)
    .where((eb) =>
      eb.or([
        eb('e.created_by', '=', userId),
        eb(
          'e.id',
          'in',
          db
            .selectFrom('engagement_people')
            .select('owner_id')
            .where('owner_kind', '=', 'event')
            .where('user_id', '=', userId),
        ),
      ]),
    )
    .orderBy('e.start_date')
    .limit(300)
    .execute();
}

export function findVisitsOf(db: Db, userId: number, from: string) {
  return db
    .selectFrom('visits as v')
    .select(['v.id', 'v.direction', 'v.title_zh', 'v.title_en', 'v.start_date', 'v.end_date', 'v.itinerary_json'])
    .where('v.archived_at', 'is', null)
    .where('v.status', '!=', 'cancelled')
    .where('v.end_date', '>=', from)
    .where((eb) =>
      eb.or([
        eb('v.created_by', '=', userId),
        eb(
          'v.id',
          'in',
          db
            .selectFrom('engagement_people')
            .select('owner_id')
            .where('owner_kind', '=', 'visit')
            .where('user_id', '=', userId),
        ),
      ]),
    )
    .orderBy('v.start_date')
    .limit(300)
    .execute();
}

export function findFollowupsOf(db: Db, userId: number) {
  return db
    .selectFrom('followups')
    .select(['id', 'owner_kind', 'owner_id', 'title', 'due_on'])
    .where('assignee_id', '=', userId)
    .where('done_at', 'is', null)
    .orderBy('due_on')
    .limit(200)
    .execute();
}
