import { type Insertable, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { CohortApplicationsTable } from '#server/db/schema.js';
import { countOf } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import type { CohortApplicationListQuery } from '#shared/schemas/cohorts.js';

const COLUMNS = [
  'id',
  'program_id',
  'name',
  'email',
  'nationality',
  'institution',
  'field_of_study',
  'source',
  'stage',
  'score',
  'reason',
  'interview_on',
  'interview_time',
  'interview_place',
  'interview_panel',
  'interview_score',
  'interview_result',
  'version',
  'created_at',
] as const;

function filtered(db: Db, programId: number, f: Omit<CohortApplicationListQuery, 'after' | 'pageSize'>) {
  let q = db.selectFrom('cohort_applications').where('program_id', '=', programId);
  if (f.stage) q = q.where('stage', '=', f.stage);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.minScore !== undefined) q = q.where('score', '>=', f.minScore);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      eb.or([
        containsText('name', text),
        sql<boolean>`email_key like ${`%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`} escape '\\'`,
        containsText('institution', text),
      ]),
    );
  }
  return q;
}

/**
 * One page of the funnel, newest first, by keyset (id < after): the (program_id, stage, id) index
 * serves both the stage filter and the order, so a late page costs what the first does.
 */
export function findApplications(db: Db, programId: number, f: CohortApplicationListQuery) {
  let q = filtered(db, programId, f);
  if (f.after) q = q.where('id', '<', f.after);
  return q
    .select([...COLUMNS])
    .orderBy('id', 'desc')
    .limit(f.pageSize + 1)
    .execute();
}
export type ApplicationRow = Awaited<ReturnType<typeof findApplications>>[number];

export const countApplications = (db: Db, programId: number, f: CohortApplicationListQuery) =>
  countOf(filtered(db, programId, f));

export function findApplication(db: Db, programId: number, id: number) {
  return db
    .selectFrom('cohort_applications')
    .select([...COLUMNS])
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertApplication(db: Db, row: Insertable<CohortApplicationsTable>) {
  const { id } = await db.insertInto('cohort_applications').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** E-mail keys among `keys` that already applied to the program. */
export async function existingEmails(db: Db, programId: number, keys: string[]) {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('cohort_applications')
      .select('email_key')
      .where('program_id', '=', programId)
      .where('email_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(r.email_key);
  }
  return found;
}
