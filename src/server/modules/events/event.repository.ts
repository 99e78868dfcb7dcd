import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ActivitiesTable, EventsTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import type { EventListQuery, RegistrationCreate } from '#shared/schemas/events.js';

export type EventFilter = Omit<EventListQuery, 'page' | 'pageSize' | 'cursor' | 'count'> & {
  visibleUnits: 'all' | number[];
};

function listQuery(db: Db, f: EventFilter) {
  let q = db.selectFrom('events as e');
  if (f.visibleUnits !== 'all')
    q = f.visibleUnits.length ? q.where('e.unit_id', 'in', f.visibleUnits) : q.where(sql<boolean>`1 = 0`);
  if (f.kind) q = q.where('e.kind', '=', f.kind);
  if (f.from) q = q.where('e.end_date', '>=', f.from);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([containsText('e.title_zh', text), containsText('e.title_en', text)]));
  }
  if (f.archived === 'exclude') q = q.where('e.archived_at', 'is', null);
  if (f.archived === 'only') q = q.where('e.archived_at', 'is not', null);
  return q;
}

/** The list's order: by start date, then id (unique); live rows from `events_live_start_idx` (045). */
export const eventSortKeys = (order: 'asc' | 'desc'): SortKey[] => [
  { expr: sql.ref('e.start_date'), dir: order },
  { expr: sql.ref('e.id'), dir: order },
];

/** A page of the list, after a cursor or at an offset (lib/keyset.ts). */
export function findEvents(db: Db, f: EventFilter, window: PageWindow) {
  return keysetPage(listQuery(db, f).selectAll('e'), eventSortKeys(f.order), window);
}
export type EventRow = Awaited<ReturnType<typeof findEvents>>['rows'][number];
/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export const countEvents = (db: Db, f: EventFilter, cap?: number) =>
  cap === undefined ? countOf(listQuery(db, f)) : countUpTo(listQuery(db, f), cap);

export const findEvent = (db: Db, id: number) =>
  db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();

/** Public, not archived events from a date on (the public feed and form). */
export function findPublicEvents(db: Db, from: string) {
  return db
    .selectFrom('events')
    .selectAll()
    .where('is_public', '=', 1)
    .where('archived_at', 'is', null)
    .where('end_date', '>=', from)
    .orderBy('start_date')
    .limit(500)
    .execute();
}

export async function insertEvent(db: Db, row: Insertable<EventsTable>) {
  const { id } = await db.insertInto('events').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function linkActivity(db: Db, eventId: number, activityId: number | null) {
  await db.updateTable('events').set({ activity_id: activityId }).where('id', '=', eventId).execute();
}

/**
 * The conference's college exchange record, kept in step with the event (ADR 0025): the fields the
 * event owns are written over; the version moves so an open edit of the record sees the change.
 */
export async function updateLinkedActivity(db: Db, id: number, values: Updateable<ActivitiesTable>) {
  await db
    .updateTable('activities')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export const findActivityRow = (db: Db, id: number) =>
  db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();

export function findRegistrations(db: Db, eventId: number) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertRegistration(
  db: Db,
  eventId: number,
  r: RegistrationCreate,
  source: 'internal' | 'public',
  now: string,
) {
  const { id } = await db
    .insertInto('event_registrations')
    .values({
      event_id: eventId,
      name: r.name,
      email: r.email.toLowerCase(),
      affiliation: r.affiliation,
      source,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function registrationExists(db: Db, eventId: number, email: string) {
  const row = await db
    .selectFrom('event_registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}
