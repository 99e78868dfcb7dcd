import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ReportingPeriodsTable } from '#server/db/schema.js';

/** Reporting periods, submissions (with who submitted and reviewed them) and their explanations. */
export async function findPeriods(db: Db, f: { archived?: boolean; ids?: number[] } = {}) {
  let q = db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('archived_at', f.archived ? 'is not' : 'is', null);
  if (f.ids) {
    if (!f.ids.length) return [];
    q = q.where('id', 'in', f.ids);
  }
  return q.orderBy('opens_on', 'desc').orderBy('id', 'desc').execute();
}
export type PeriodRow = Awaited<ReturnType<typeof findPeriods>>[number];

export async function findPeriod(db: Db, id: number): Promise<PeriodRow | undefined> {
  return db.selectFrom('reporting_periods').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Open periods on `today` (opens_on ≤ today ≤ closes_on), not archived. */
export async function findOpenPeriods(db: Db, today: string) {
  return db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('archived_at', 'is', null)
    .where('opens_on', '<=', today)
    .where('closes_on', '>=', today)
    .orderBy('closes_on')
    .execute();
}

export async function findColleges(db: Db) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name_zh', 'name_en'])
    .where('kind', '=', 'college')
    .orderBy('id')
    .execute();
}
export type CollegeRow = Awaited<ReturnType<typeof findColleges>>[number];

/**
 * Creates the missing submissions of open periods (one per college and period). Reads which exist
 * first, so a read of a period that has them all writes nothing; the insert is safe to race.
 */
export async function ensureSubmissions(db: Db, periodIds: number[], collegeIds: number[], now: string) {
  if (!periodIds.length || !collegeIds.length) return;
  const existing = await db
    .selectFrom('submissions')
    .select(['period_id', 'unit_id'])
    .where('period_id', 'in', periodIds)
    .execute();
  const have = new Set(existing.map((s) => `${s.period_id}:${s.unit_id}`));
  const missing = periodIds.flatMap((period_id) =>
    collegeIds
      .filter((unit_id) => !have.has(`${period_id}:${unit_id}`))
      .map((unit_id) => ({ period_id, unit_id, status: 'draft' as const, created_at: now, updated_at: now })),
  );
  if (!missing.length) return;
  await db
    .insertInto('submissions')
    .values(missing)
    .onConflict((oc) => oc.columns(['period_id', 'unit_id']).doNothing())
    .execute();
}

const submissionColumns = [
  's.id',
  's.period_id',
  's.unit_id',
  's.status',
  's.submitted_at',
  's.reviewed_at',
  's.review_comment',
  's.snapshot',
  's.version',
  's.created_at',
  's.updated_at',
  'u.code as unit_code',
  'u.name_zh as unit_name_zh',
  'u.name_en as unit_name_en',
  'sb.id as submitted_by_id',
  'sb.email as submitted_by_email',
  'sb.name_zh as submitted_by_zh',
  'sb.name_en as submitted_by_en',
  'rb.id as reviewed_by_id',
  'rb.email as reviewed_by_email',
  'rb.name_zh as reviewed_by_zh',
  'rb.name_en as reviewed_by_en',
] as const;

const submissionQuery = (db: Db) =>
  db
    .selectFrom('submissions as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .leftJoin('users as sb', 'sb.id', 's.submitted_by')
    .leftJoin('users as rb', 'rb.id', 's.reviewed_by')
    .select(submissionColumns);

export async function findSubmissions(db: Db, periodIds: number[]) {
  if (!periodIds.length) return [];
  return submissionQuery(db).where('s.period_id', 'in', periodIds).orderBy('s.unit_id').execute();
}
export type SubmissionRow = Awaited<ReturnType<typeof findSubmissions>>[number];

export async function findSubmission(db: Db, id: number): Promise<SubmissionRow | undefined> {
  return submissionQuery(db).where('s.id', '=', id).executeTakeFirst();
}

export async function findNotes(db: Db, submissionId: number) {
  return db
    .selectFrom('submission_notes')
    .select(['indicator_id', 'explanation'])
    .where('submission_id', '=', submissionId)
    .execute();
}

/** Writes (or clears, with null) one indicator's explanation. */
export async function saveNote(
  db: Db,
  row: { submissionId: number; indicatorId: number; explanation: string | null; userId: number; now: string },
) {
  await db
    .deleteFrom('submission_notes')
    .where('submission_id', '=', row.submissionId)
    .where('indicator_id', '=', row.indicatorId)
    .execute();
  if (row.explanation === null) return;
  await db
    .insertInto('submission_notes')
    .values({
      submission_id: row.submissionId,
      indicator_id: row.indicatorId,
      explanation: row.explanation,
      updated_by: row.userId,
      updated_at: row.now,
    })
    .execute();
}

/** Active users with a role, and the unit of each assignment (coordinators of a college, OIA staff). */
export async function findRoleHolders(db: Db, role: 'college_coordinator' | 'oia_staff') {
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.email', 'u.locale', 'u.name_zh', 'u.name_en', 'r.unit_id'])
    .where('u.active', '=', 1)
    .where('r.role', '=', role)
    .orderBy('u.id')
    .execute();
}

export async function insertPeriod(db: Db, row: Insertable<ReportingPeriodsTable>): Promise<number> {
  const { id } = await db.insertInto('reporting_periods').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
