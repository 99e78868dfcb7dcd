import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { AdmissionApplicationsTable, AdmissionDocumentsTable } from '#server/db/schema.js';
import { countOf } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import type { ApplicationListQuery } from '#shared/schemas/admissions.js';

/** Typed queries of applications, their documents and reviewers' scores. */

const LIST_COLUMNS = [
  'id',
  'program_id',
  'email',
  'given_name',
  'family_name',
  'country_code',
  'status',
  'fee_status',
  'score',
  'channel',
  'submitted_at',
] as const;

type Filter = Omit<ApplicationListQuery, 'after' | 'pageSize'> & { programIds?: number[] };

function filtered(db: Db, roundId: number, f: Filter) {
  let q = db.selectFrom('admission_applications').where('round_id', '=', roundId);
  if (f.programIds) q = q.where('program_id', 'in', f.programIds.length ? f.programIds : [-1]);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.programId) q = q.where('program_id', '=', f.programId);
  if (f.country) q = q.where('country_code', '=', f.country);
  if (f.feeStatus) q = q.where('fee_status', '=', f.feeStatus);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      eb.or([
        containsText('given_name', text),
        containsText('family_name', text),
        containsText('email', text, { lowered: true }),
      ]),
    );
  }
  return q;
}

/**
 * One page, newest first, by keyset (id < after): the (round_id, status, id), (round_id, program_id,
 * status, id) and (round_id, country_code, id) indexes serve each filter with the order (migration 029).
 */
export function findApplications(db: Db, roundId: number, f: Filter & { after?: number; pageSize: number }) {
  let q = filtered(db, roundId, f);
  if (f.after) q = q.where('id', '<', f.after);
  return q
    .select([...LIST_COLUMNS])
    .orderBy('id', 'desc')
    .limit(f.pageSize + 1)
    .execute();
}
export type ListRow = Awaited<ReturnType<typeof findApplications>>[number];
export const countApplications = (db: Db, roundId: number, f: Filter) => countOf(filtered(db, roundId, f));

export const findApplication = (db: Db, id: number) =>
  db.selectFrom('admission_applications').selectAll().where('id', '=', id).executeTakeFirst();
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

export const findByEmail = (db: Db, email: string) =>
  db.selectFrom('admission_applications').selectAll().where('email', '=', email).orderBy('id', 'desc').execute();

export async function insertApplication(db: Db, row: Insertable<AdmissionApplicationsTable>) {
  const { id } = await db.insertInto('admission_applications').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export type ApplicationChanges = Updateable<AdmissionApplicationsTable>;

/** An unversioned write the system makes (links to the person and mobility, the average score). */
export async function setApplication(db: Db, id: number, values: ApplicationChanges) {
  await db.updateTable('admission_applications').set(values).where('id', '=', id).execute();
}

export const findDocuments = (db: Db, applicationId: number) =>
  db
    .selectFrom('admission_documents')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();

export async function replaceDocument(db: Db, row: Insertable<AdmissionDocumentsTable>) {
  await db
    .updateTable('admission_documents')
    .set({ removed_at: row.uploaded_at })
    .where('application_id', '=', row.application_id)
    .where('doc_code', '=', row.doc_code)
    .where('removed_at', 'is', null)
    .execute();
  const { id } = await db.insertInto('admission_documents').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findDocument = (db: Db, applicationId: number, docId: number) =>
  db
    .selectFrom('admission_documents')
    .selectAll()
    .where('id', '=', docId)
    .where('application_id', '=', applicationId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();

export const findScores = (db: Db, applicationId: number) =>
  db
    .selectFrom('admission_scores as s')
    .leftJoin('users as u', 'u.id', 's.reviewer_id')
    .selectAll('s')
    .select(['u.name_en', 'u.name_zh'])
    .where('s.application_id', '=', applicationId)
    .orderBy('s.scored_at')
    .execute();

export async function upsertScore(
  db: Db,
  row: {
    application_id: number;
    reviewer_id: number;
    scores: string;
    total: number;
    comment: string | null;
    scored_at: string;
  },
) {
  await db
    .insertInto('admission_scores')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['application_id', 'reviewer_id']).doUpdateSet({
        scores: row.scores,
        total: row.total,
        comment: row.comment,
        scored_at: row.scored_at,
      }),
    )
    .execute();
  const avg = await db
    .selectFrom('admission_scores')
    .select(sql<number>`avg(total)`.as('avg'))
    .where('application_id', '=', row.application_id)
    .executeTakeFirstOrThrow();
  return Number(avg.avg);
}
