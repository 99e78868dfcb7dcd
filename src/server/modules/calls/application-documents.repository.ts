import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ApplicationDocumentsTable } from '#server/db/schema.js';

/** Typed queries of an application's uploaded documents (the list itself: findDocuments in application.repository). */

/** A current (not removed) document of the application. */
export const findCurrentDocument = (db: Db, applicationId: number, docId: number) =>
  db
    .selectFrom('application_documents')
    .selectAll()
    .where('id', '=', docId)
    .where('application_id', '=', applicationId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();

/** Marks the current upload of a code removed (a new upload replaces it); true if there was one. */
export async function removeDocumentsOfCode(db: Db, applicationId: number, code: string, now: string) {
  const result = await db
    .updateTable('application_documents')
    .set({ removed_at: now })
    .where('application_id', '=', applicationId)
    .where('doc_code', '=', code)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertDocument(db: Db, row: Insertable<ApplicationDocumentsTable>): Promise<number> {
  const { id } = await db.insertInto('application_documents').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function removeDocument(db: Db, docId: number, now: string) {
  await db.updateTable('application_documents').set({ removed_at: now }).where('id', '=', docId).execute();
}
