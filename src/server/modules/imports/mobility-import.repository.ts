import { sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { MobilitiesTable } from '#server/db/schema.js';
import { IMPORT_MOBILITY_KINDS } from './mobility-import.columns.js';

/** What mobility rows are matched against, read once per import in chunks (no query per row). */
const CHUNK = 500;

async function inChunks<K, T>(keys: K[], read: (chunk: K[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) out.push(...(await read(keys.slice(i, i + CHUNK))));
  return out;
}

/** The people with these student numbers (as mobility.columns' Person, with the number). */
export function loadStudents(db: Db, studentNos: string[]) {
  return inChunks(studentNos, (chunk) =>
    db
      .selectFrom('people')
      .select(['id', 'kind', 'unit_id', 'user_id', 'archived_at', 'name_zh', 'name_en', 'student_no', 'nationality'])
      .where('student_no', 'in', chunk)
      .execute(),
  );
}
export type Student = Awaited<ReturnType<typeof loadStudents>>[number];

/** These people's outbound records of the kinds the import takes, not archived. */
export function loadMobilitiesOf(db: Db, personIds: number[]) {
  return inChunks(personIds, (chunk) =>
    db
      .selectFrom('mobilities')
      .selectAll()
      .where('person_id', 'in', chunk)
      .where('direction', '=', 'outbound')
      .where('kind', 'in', IMPORT_MOBILITY_KINDS)
      .where('archived_at', 'is', null)
      .orderBy('id')
      .execute(),
  );
}
export type ExistingMobility = Awaited<ReturnType<typeof loadMobilitiesOf>>[number];

/** The row itself; the caller re-derives its flag and place with afterMobilityUpdate. */
export async function updateMobility(trx: Db, id: number, values: Updateable<MobilitiesTable>) {
  await trx
    .updateTable('mobilities')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}
