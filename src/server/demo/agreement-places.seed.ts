import type { Db } from '#server/db/client.js';
import type { ExchangePlacesTable } from '#server/db/schema.js';
import { academicYearOf } from '#shared/calendar.js';
import type { StudyLevel } from '#shared/enums.js';
import { ISCED_BY_UNIT } from './agreements.data.js';

/** Bulk inserts in slices small enough for either database's parameter limit. */
export async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 200) await insert(rows.slice(i, i + 200));
}

type Slot = {
  direction: 'outbound' | 'inbound';
  level: StudyLevel;
  mobility_kind: ExchangePlacesTable['mobility_kind'];
  places: number;
  duration: number;
  duration_unit: ExchangePlacesTable['duration_unit'];
};

function slotsFor(kind: string, id: number): Slot[] {
  const study = (direction: Slot['direction'], level: StudyLevel, places: number, months: number) =>
    ({ direction, level, mobility_kind: 'study', places, duration: months, duration_unit: 'months' }) as Slot;
  if (kind === 'student_exchange') {
    const n = 1 + (id % 3);
    const slots = [study('outbound', 'bachelor', n, 5), study('inbound', 'bachelor', n, 5)];
    return id % 4 === 0 ? [...slots, study('outbound', 'master', 1, 10), study('inbound', 'master', 1, 10)] : slots;
  }
  if (kind === 'dual_degree') return [study('outbound', 'master', 2, 12), study('inbound', 'master', 1, 12)];
  const teaching = (direction: Slot['direction']) =>
    ({ direction, level: 'master', mobility_kind: 'teaching', places: 2, duration: 7, duration_unit: 'days' }) as Slot;
  return [teaching('outbound'), teaching('inbound')];
}

/**
 * Places for last, this and next academic year on the exchange agreements that are signed or about to be,
 * with last year's places mostly used and this year's partly.
 */
export async function seedPlaces(db: Db, now: string, today: string) {
  const year = academicYearOf(today);
  const agreements = await db
    .selectFrom('agreements')
    .innerJoin('units', 'units.id', 'agreements.owning_unit_id')
    .select(['agreements.id', 'agreements.kind', 'units.code as unit'])
    .where('agreements.kind', 'in', ['student_exchange', 'staff_exchange', 'dual_degree'])
    .where('agreements.status', 'in', ['active', 'awaiting_signature'])
    .orderBy('agreements.id')
    .execute();
  const places = agreements.flatMap((a) =>
    [year - 1, year, year + 1].flatMap((academic_year) =>
      slotsFor(a.kind, a.id).map((slot) => ({
        ...slot,
        agreement_id: a.id,
        academic_year,
        languages_json: JSON.stringify([{ language: 'en', cefr: slot.level === 'master' ? 'B2' : 'B1' }]),
        isced_json: JSON.stringify(ISCED_BY_UNIT[a.unit] ?? []),
        notes: null,
        created_at: now,
        updated_at: now,
      })),
    ),
  );
  await insertChunked(places, (rows) => db.insertInto('exchange_places').values(rows).execute());
  const stored = await db
    .selectFrom('exchange_places')
    .select(['id', 'places', 'academic_year'])
    .where('academic_year', '<=', year)
    .orderBy('id')
    .execute();
  const usages = stored
    .map((p) => ({ place_id: p.id, count: p.academic_year < year ? p.places - (p.id % 2) : p.id % (p.places + 1) }))
    .filter((u) => u.count > 0)
    .map((u) => ({
      ...u,
      label: 'demo nomination',
      source_type: 'manual',
      source_id: null,
      created_by: null,
      created_at: now,
    }));
  await insertChunked(usages, (rows) => db.insertInto('place_usages').values(rows).execute());
}
