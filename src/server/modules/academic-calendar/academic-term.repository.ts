import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { AcademicTermsTable } from '#server/db/schema.js';

/** Every term set (a university keeps a row or two per year: a few hundred rows at most). */
export function findAcademicTerms(db: Db) {
  return db.selectFrom('academic_terms').selectAll().orderBy('academic_year', 'desc').orderBy('semester').execute();
}
export type AcademicTermRecord = Awaited<ReturnType<typeof findAcademicTerms>>[number];

export function findAcademicTermById(db: Db, id: number) {
  return db.selectFrom('academic_terms').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAcademicTerm(db: Db, row: Insertable<AcademicTermsTable>): Promise<number> {
  const { id } = await db.insertInto('academic_terms').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Deletes the term if it still has this version; false when it does not (or is gone). */
export async function deleteAcademicTerm(db: Db, id: number, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('academic_terms')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export type AcademicTermColumns = Updateable<AcademicTermsTable>;
