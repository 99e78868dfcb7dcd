import type { Db } from '#server/db/client.js';
import type { MobilityCond } from '#server/modules/counting/mobility-rules.js';

/**
 * The records the pre-filing check reads: those the tables will count (under the counting rules' very
 * WHERE), with what the Ministry's columns need from the person and the unit; and the filings made.
 */
export function countedRecords(db: Db, where: MobilityCond) {
  return db
    .selectFrom('mobilities')
    .innerJoin('people', 'people.id', 'mobilities.person_id')
    .leftJoin('units', 'units.id', 'mobilities.unit_id')
    .select([
      'mobilities.id',
      'mobilities.person_id',
      'mobilities.direction',
      'mobilities.kind',
      'mobilities.moe_category',
      'mobilities.category_override_reason',
      'mobilities.status',
      'mobilities.status_changed_on',
      'mobilities.gender',
      'mobilities.program_type',
      'mobilities.degree_level',
      'mobilities.country',
      'mobilities.unit_id',
      'people.name_zh',
      'people.name_en',
      'people.nationality',
      'units.kind as unit_kind',
      'units.moe_code as unit_moe_code',
    ])
    .where(where)
    .orderBy('mobilities.id')
    .execute();
}
export type CountedRecord = Awaited<ReturnType<typeof countedRecords>>[number];

/** The ids among these that have a stored enrolment history. */
export async function withHistory(db: Db, ids: number[]): Promise<Set<number>> {
  const out = new Set<number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('enrolment_events')
      .select('mobility_id')
      .distinct()
      .where('mobility_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.mobility_id);
  }
  return out;
}

export async function insertFiling(
  db: Db,
  f: {
    periodId: number;
    problems: string;
    count: number;
    fingerprint: string;
    note: string | null;
    by: number;
    at: string;
  },
) {
  return (
    await db
      .insertInto('ministry_filings')
      .values({
        period_id: f.periodId,
        problems: f.problems,
        problem_count: f.count,
        fingerprint: f.fingerprint,
        note: f.note,
        filed_by: f.by,
        filed_at: f.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export function findFilings(db: Db, periodId: number) {
  return db
    .selectFrom('ministry_filings')
    .leftJoin('users', 'users.id', 'ministry_filings.filed_by')
    .select([
      'ministry_filings.id',
      'ministry_filings.period_id',
      'ministry_filings.problem_count',
      'ministry_filings.fingerprint',
      'ministry_filings.problems',
      'ministry_filings.note',
      'ministry_filings.filed_at',
      'users.name_zh as filed_by_zh',
      'users.name_en as filed_by_en',
    ])
    .where('ministry_filings.period_id', '=', periodId)
    .orderBy('ministry_filings.id', 'desc')
    .execute();
}
