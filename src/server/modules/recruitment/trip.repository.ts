import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { RecruitmentTripsTable } from '#server/db/schema.js';
import { countOf } from '#server/lib/paging.js';
import { academicYearRange } from '#shared/calendar.js';
import type { TripListQuery } from '#shared/schemas/recruitment.js';

export type TripFilter = Omit<TripListQuery, 'page' | 'pageSize'>;

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

/** Trips newest first, each with its number of leads. */
export function findTrips(db: Db, f: TripFilter, limit: number, offset: number) {
  return listQuery(db, f)
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('recruitment_leads as l')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('l.trip_id', '=', 't.id')
        .as('leads'),
    )
    .orderBy('t.start_date', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
export type TripRow = Awaited<ReturnType<typeof findTrips>>[number];
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
