import type { Db } from '#server/db/client.js';

const fileColumns = [
  'af.id',
  'af.agreement_id',
  'af.kind',
  'af.file_name',
  'af.uploaded_at',
  'af.removed_at',
  'sf.content_type',
  'sf.size',
  'sf.sha256',
  'u.email as uploaded_by',
  'u.name_zh as uploaded_by_name_zh',
  'u.name_en as uploaded_by_name_en',
] as const;

function files(db: Db) {
  return db
    .selectFrom('agreement_files as af')
    .innerJoin('stored_files as sf', 'sf.id', 'af.file_id')
    .leftJoin('users as u', 'u.id', 'af.uploaded_by');
}

/** The agreement's files that have not been removed, newest first. */
export function findFiles(db: Db, agreementId: number) {
  return files(db)
    .select(fileColumns)
    .where('af.agreement_id', '=', agreementId)
    .where('af.removed_at', 'is', null)
    .orderBy('af.id', 'desc')
    .execute();
}
export type FileRow = Awaited<ReturnType<typeof findFiles>>[number];

export function findFile(db: Db, agreementId: number, fileId: number) {
  return files(db)
    .select(fileColumns)
    .where('af.agreement_id', '=', agreementId)
    .where('af.id', '=', fileId)
    .executeTakeFirst();
}

/** The bytes of a file for download. */
export function findContent(db: Db, agreementFileId: number) {
  return db
    .selectFrom('agreement_files as af')
    .innerJoin('stored_files as sf', 'sf.id', 'af.file_id')
    .select(['sf.data', 'sf.content_type', 'sf.size'])
    .where('af.id', '=', agreementFileId)
    .executeTakeFirst();
}

export { storeContent } from '#server/lib/stored-files.js';

export async function insertFile(
  db: Db,
  row: {
    agreementId: number;
    fileId: number;
    kind: 'signed' | 'draft' | 'other';
    fileName: string;
    by: number;
    at: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('agreement_files')
    .values({
      agreement_id: row.agreementId,
      file_id: row.fileId,
      kind: row.kind,
      file_name: row.fileName,
      uploaded_by: row.by,
      uploaded_at: row.at,
      removed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Soft removal: the row and the bytes stay (history, audit); the file no longer counts or shows. */
export async function markRemoved(db: Db, fileId: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('agreement_files')
    .set({ removed_at: at })
    .where('id', '=', fileId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
