import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { RecruitmentTripsTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf } from '#server/lib/paging.js';
import { academicYearRange } from '#shared/calendar.js';
import type { TripListQuery } from '#shared/schemas/recruitment.js';

export type TripFilter = Omit<TripListQuery, 'page' | 'pageSize' | 'cursor' | 'count'>;

function listQuery(db: Db, f: TripFilter) {
  let q = db.selectFrom('recruitment_trips as t');
  if (f.kind) q = q.where('t.kind', '=', f.kind);
  if (f.country) q = q.where('t.country', '=', f.country);
  if (f.year) {
    const [from, to] = academicYearRange(f.year);
    q = q.where('t.start_date', '>=', from).where('t.start_date', '<=', to);
  }
  return q;
}

/** The list's order: newest first by start date, then id (unique) (ADR 0035). */
export const TRIP_SORT_KEYS: SortKey[] = [
  { expr: sql.ref('t.start_date'), dir: 'desc' },
  { expr: sql.ref('t.id'), dir: 'desc' },
];

/** A page of trips, newest first, each with its number of leads; after a cursor or at an offset. */
export function findTrips(db: Db, f: TripFilter, window: PageWindow) {
  const q = listQuery(db, f)
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('recruitment_leads as l')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('l.trip_id', '=', 't.id')
        .as('leads'),
    );
  return keysetPage(q, TRIP_SORT_KEYS, window);
}
export type TripRow = Awaited<ReturnType<typeof findTrips>>['rows'][number];
export const countTrips = (db: Db, f: TripFilter) => countOf(listQuery(db, f));

export async function findTrip(db: Db, id: number): Promise<TripRow | undefined> {
  return db
    .selectFrom('recruitment_trips as t')
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('recruitment_leads as l')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('l.trip_id', '=', 't.id')
        .as('leads'),
    )
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export async function insertTrip(db: Db, row: Insertable<RecruitmentTripsTable>) {
  const { id } = await db.insertInto('recruitment_trips').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export type TripColumns = Updateable<RecruitmentTripsTable>;
