import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { UnitsTable } from '#server/db/schema.js';

/** Every unit's place in the tree (a university has tens of units). */
export function findUnitTreeRows(db: Db) {
  return db.selectFrom('units').select(['id', 'parent_id', 'code']).execute();
}

export function findUnits(db: Db) {
  return db.selectFrom('units').selectAll().orderBy('id').execute();
}
export type UnitRecord = Awaited<ReturnType<typeof findUnits>>[number];

export function findUnitById(db: Db, id: number) {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUnit(db: Db, row: Insertable<UnitsTable>): Promise<number> {
  const { id } = await db.insertInto('units').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function setUnitFields(db: Db, id: number, values: Updateable<UnitsTable>) {
  return db.updateTable('units').set(values).where('id', '=', id).execute();
}

/** Deletes the unit if it still has this version; false when it does not (or is gone). */
export async function deleteUnit(db: Db, id: number, version: number): Promise<boolean> {
  const result = await db.deleteFrom('units').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function codeTaken(db: Db, code: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('units').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Every column that points to a unit (the foreign keys to units.id in the migrations). */
const REFERENCES = [
  ['units', 'parent_id'],
  ['user_roles', 'unit_id'],
  ['partners', 'owning_unit_id'],
  ['agreements', 'owning_unit_id'],
  ['people', 'unit_id'],
  ['mobilities', 'unit_id'],
  ['mobility_documents', 'owning_unit_id'],
  ['indicator_targets', 'unit_id'],
  ['submissions', 'unit_id'],
  ['activities', 'unit_id'],
] as const;

/** How many records point to the unit, over all tables in one statement. */
export async function countReferences(db: Db, id: number): Promise<number> {
  const counts = REFERENCES.map(
    ([table, column]) => sql`(select count(*) from ${sql.table(table)} where ${sql.ref(column)} = ${id})`,
  );
  const { rows } = await sql<{ n: number | string }>`select ${sql.join(counts, sql` + `)} as n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export async function countUnits(db: Db): Promise<number> {
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The university: the root unit of kind 'university' (the first, should there be several roots). */
export function findRootUnit(db: Db) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'kind', 'name_zh', 'name_en'])
    .where('parent_id', 'is', null)
    .orderBy(sql`case when kind = 'university' then 0 else 1 end`)
    .orderBy('id')
    .executeTakeFirst();
}

/** Which region each country belongs to (reference data for the forms and reports). */
