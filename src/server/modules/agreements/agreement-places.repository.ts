import type { Insertable, Updateable } from 'kysely';
import type { Db, Dialect } from '#server/db/client.js';
import type { ExchangePlacesTable } from '#server/db/schema.js';

/** Places with how many are used: the sum of their usages (manual nominations now, mobilities later). */
function placesWithUse(db: Db) {
  return db
    .selectFrom('exchange_places as ep')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('place_usages')
          .select(['place_id', (e) => e.fn.sum<number>('count').as('used')])
          .groupBy('place_id')
          .as('u'),
      (join) => join.onRef('u.place_id', '=', 'ep.id'),
    )
    .selectAll('ep')
    .select('u.used');
}

export function findPlaces(db: Db, agreementId: number) {
  return placesWithUse(db)
    .where('ep.agreement_id', '=', agreementId)
    .orderBy('ep.academic_year')
    .orderBy('ep.direction', 'desc') // outbound before inbound
    .orderBy('ep.level')
    .orderBy('ep.mobility_kind')
    .orderBy('ep.id')
    .execute();
}
export type PlaceRow = Awaited<ReturnType<typeof findPlaces>>[number];

export function findPlace(db: Db, agreementId: number, placeId: number) {
  return placesWithUse(db).where('ep.agreement_id', '=', agreementId).where('ep.id', '=', placeId).executeTakeFirst();
}

/**
 * Takes the place row for the rest of the transaction, so a second writer checking the same place waits
 * until the first has committed its usage. PostgreSQL: SELECT … FOR UPDATE. SQLite serialises writers
 * (one connection, one transaction at a time), so a plain read is already exclusive there.
 */
export async function lockPlace(db: Db, dialect: Dialect, placeId: number) {
  let q = db.selectFrom('exchange_places').select(['id', 'places']).where('id', '=', placeId);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function usedOf(db: Db, placeId: number): Promise<number> {
  const row = await db
    .selectFrom('place_usages')
    .select((eb) => eb.fn.sum<number>('count').as('used'))
    .where('place_id', '=', placeId)
    .executeTakeFirst();
  return Number(row?.used ?? 0);
}

export async function insertPlace(db: Db, row: Insertable<ExchangePlacesTable>): Promise<number> {
  const { id } = await db.insertInto('exchange_places').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export type PlaceColumns = Updateable<ExchangePlacesTable>;

export function deletePlace(db: Db, placeId: number) {
  return db.deleteFrom('exchange_places').where('id', '=', placeId).execute();
}

export function insertUsage(
  db: Db,
  usage: {
    placeId: number;
    count: number;
    label: string | null;
    by: number | null;
    at: string;
    source?: { type: string; id: number };
  },
) {
  return db
    .insertInto('place_usages')
    .values({
      place_id: usage.placeId,
      count: usage.count,
      label: usage.label,
      source_type: usage.source?.type ?? 'manual',
      source_id: usage.source?.id ?? null,
      created_by: usage.by,
      created_at: usage.at,
    })
    .execute();
}

/** Places per academic year and direction over several agreements, with their use (partner page). */
export function sumPlacesByYear(db: Db, agreementIds: number[]) {
  if (!agreementIds.length) return Promise.resolve([]);
  return placesWithUse(db)
    .clearSelect()
    .select([
      'ep.academic_year',
      'ep.direction',
      (eb) => eb.fn.sum<number>('ep.places').as('places'),
      (eb) => eb.fn.sum<number>(eb.fn.coalesce('u.used', eb.lit(0))).as('used'),
    ])
    .where('ep.agreement_id', 'in', agreementIds)
    .groupBy(['ep.academic_year', 'ep.direction'])
    .orderBy('ep.academic_year')
    .orderBy('ep.direction', 'desc')
    .execute();
}

/** The usages of these agreements' places, newest first (a partner's exchange history). */
export function findUsagesOf(db: Db, agreementIds: number[], limit: number) {
  if (!agreementIds.length) return Promise.resolve([]);
  return (
    db
      .selectFrom('place_usages as pu')
      .innerJoin('exchange_places as ep', 'ep.id', 'pu.place_id')
      // A mobility's usage is labelled with the student: its unit and login decide who may see it.
      .leftJoin('mobilities as m', (j) => j.onRef('m.id', '=', 'pu.source_id').on('pu.source_type', '=', 'mobility'))
      .leftJoin('people as p', 'p.id', 'm.person_id')
      .select([
        'm.id as mobility_id',
        'm.unit_id as mobility_unit_id',
        'p.user_id as mobility_user_id',
        'ep.agreement_id',
        'ep.academic_year',
        'ep.direction',
        'ep.level',
        'ep.mobility_kind',
        'pu.count',
        'pu.label',
        'pu.source_type',
        'pu.created_at',
      ])
      .where('ep.agreement_id', 'in', agreementIds)
      .orderBy('pu.id', 'desc')
      .limit(limit)
      .execute()
  );
}

/** Gives back what one source (e.g. a mobility) used, when it is cancelled or moved to another place. */
export function deleteUsagesOf(db: Db, sourceType: string, sourceId: number) {
  return db
    .deleteFrom('place_usages')
    .where('source_type', '=', sourceType)
    .where('source_id', '=', sourceId)
    .execute();
}
