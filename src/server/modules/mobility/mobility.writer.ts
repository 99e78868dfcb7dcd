import type { Db, Dialect } from '#server/db/client.js';
import type { MobilitiesTable } from '#server/db/schema.js';
import { AppError } from '#server/lib/errors.js';
import {
  deleteUsagesOf,
  insertUsage,
  lockPlace,
  usedOf,
} from '#server/modules/agreements/agreement-places.repository.js';
import { inclusiveDays } from '#shared/calendar.js';
import { MOBILITY_SEMESTER_DAYS } from '#shared/mobility.js';

/**
 * The one place a mobility row is written (direct entry, import, an outbound call's nomination):
 * it copies what the Ministry's tables count from the person (unit, level, program type, day/evening,
 * gender) as they are at the time, derives "at least one semester (credit-bearing)", and takes the
 * exchange place it uses in the agreements' ledger (`place_usages`, source 'mobility') under the
 * place's row lock — so "used / remaining" on the agreement always includes mobility records.
 */
export type MobilityWrite = Omit<
  MobilitiesTable,
  | 'id'
  | 'unit_id'
  | 'degree_level'
  | 'program_type'
  | 'study_time'
  | 'gender'
  | 'at_least_semester'
  | 'version'
  | 'archived_at'
  | 'created_at'
  | 'updated_at'
  | 'created_by'
  | 'dual_degree'
  | 'credit_bearing'
  | 'la_status'
  | 'la_approved_by'
  | 'la_approved_at'
  | 'la_rejection_reason' // set by the learning agreement's actions
  | 'status_changed_on' // set by status actions
  | 'category_override_reason'
> & {
  dual_degree: number;
  credit_bearing: number;
  la_status?: MobilitiesTable['la_status'];
  category_override_reason?: string | null;
};

export const USAGE_SOURCE = 'mobility';
/** Cancelled mobilities give their place back. */
const FREES_PLACE = new Set(['cancelled', 'withdrawn']);

/** "至少1學期(修讀學分)以上": credit-bearing and at least MOBILITY_SEMESTER_DAYS long. */
export function atLeastSemester(m: Pick<MobilityWrite, 'credit_bearing' | 'start_date' | 'end_date'>): boolean {
  if (!m.start_date || !m.end_date) return false;
  return m.credit_bearing === 1 && inclusiveDays(m.start_date, m.end_date) >= MOBILITY_SEMESTER_DAYS;
}

async function personSnapshot(db: Db, personId: number) {
  const p = await db
    .selectFrom('people')
    .select(['unit_id', 'degree_level', 'program_type', 'study_time', 'gender', 'name_zh', 'name_en'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!p) throw AppError.field('personId', 'mobility_person');
  return p;
}

/** Takes one place for this mobility, refusing over-allocation (the caller's transaction holds the lock). */
async function takePlace(
  trx: Db,
  dialect: Dialect,
  placeId: number,
  mobilityId: number,
  label: string,
  by: number | null,
  now: string,
) {
  const place = await lockPlace(trx, dialect, placeId);
  if (!place) throw AppError.field('placeId', 'invalid_value');
  const used = await usedOf(trx, placeId);
  if (used + 1 > place.places) throw AppError.field('placeId', 'over_allocation', { used, places: place.places });
  await insertUsage(trx, { placeId, count: 1, label, by, at: now, source: { type: USAGE_SOURCE, id: mobilityId } });
}

type WriteOpts = { dialect: Dialect; actorId: number | null; now: string };

/** Inserts a mobility (inside the caller's transaction) and returns its id. */
export async function insertMobility(trx: Db, input: MobilityWrite, opts: WriteOpts): Promise<number> {
  const person = await personSnapshot(trx, input.person_id);
  const { name_zh, name_en, ...snapshot } = person;
  // The place's lock comes before the row: the insert's foreign key takes a share lock on the place (and
  // the kept figures' row), so two inserts that lock afterwards deadlock on PostgreSQL
  // (tests/api/nominations-concurrency.test.ts); locked first, they queue.
  if (input.place_id && !FREES_PLACE.has(input.status)) await lockPlace(trx, opts.dialect, input.place_id);
  const { id } = await trx
    .insertInto('mobilities')
    .values({
      ...input,
      ...snapshot,
      at_least_semester: atLeastSemester(input) ? 1 : 0,
      created_by: opts.actorId,
      created_at: opts.now,
      updated_at: opts.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.place_id && !FREES_PLACE.has(input.status))
    await takePlace(trx, opts.dialect, input.place_id, id, name_en || name_zh || `#${id}`, opts.actorId, opts.now);
  return id;
}

/**
 * Re-derives the flag and re-books the place after an update of the row (dates, credits, status or
 * place changed). The caller updates the row itself (with its version check) first.
 */
export async function afterMobilityUpdate(trx: Db, id: number, opts: WriteOpts): Promise<void> {
  const m = await trx
    .selectFrom('mobilities')
    .select(['person_id', 'place_id', 'status', 'credit_bearing', 'start_date', 'end_date'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('mobilities')
    .set({ at_least_semester: atLeastSemester(m) ? 1 : 0 })
    .where('id', '=', id)
    .execute();
  const booked = await trx
    .selectFrom('place_usages')
    .select('place_id')
    .where('source_type', '=', USAGE_SOURCE)
    .where('source_id', '=', id)
    .executeTakeFirst();
  const wanted = m.place_id && !FREES_PLACE.has(m.status) ? m.place_id : null;
  if ((booked?.place_id ?? null) === wanted) return;
  await deleteUsagesOf(trx, USAGE_SOURCE, id);
  if (wanted) {
    const p = await personSnapshot(trx, m.person_id);
    await takePlace(trx, opts.dialect, wanted, id, p.name_en || p.name_zh || `#${id}`, opts.actorId, opts.now);
  }
}

/**
 * Inserts many mobilities without exchange places at once (demo seed, import): the same person snapshot
 * and derived flag as insertMobility, in chunks small enough for either database's parameter limit.
 * Rows with a place must go through insertMobility (the place is booked under its lock).
 */
export async function insertMobilities(trx: Db, rows: MobilityWrite[], opts: WriteOpts): Promise<number[]> {
  if (rows.some((r) => r.place_id)) throw new Error('insertMobilities: rows with a place go through insertMobility');
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  const snapshots = new Map<number, Awaited<ReturnType<typeof personSnapshot>>>();
  for (let i = 0; i < personIds.length; i += 500) {
    const found = await trx
      .selectFrom('people')
      .select(['id', 'unit_id', 'degree_level', 'program_type', 'study_time', 'gender', 'name_zh', 'name_en'])
      .where('id', 'in', personIds.slice(i, i + 500))
      .execute();
    for (const { id, ...p } of found) snapshots.set(id, p);
  }
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 100) {
    const values = rows.slice(i, i + 100).map((input) => {
      const person = snapshots.get(input.person_id);
      if (!person) throw AppError.field('personId', 'mobility_person');
      const { name_zh: _zh, name_en: _en, ...snapshot } = person;
      return {
        ...input,
        la_status: input.la_status ?? null,
        ...snapshot,
        at_least_semester: atLeastSemester(input) ? 1 : 0,
        created_by: opts.actorId,
        created_at: opts.now,
        updated_at: opts.now,
      };
    });
    const inserted = await trx.insertInto('mobilities').values(values).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}
