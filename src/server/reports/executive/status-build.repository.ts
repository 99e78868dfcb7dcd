import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ReportBuildsTable } from '#server/db/schema.js';

/** Status report builds with their period's names. */
function builds(db: Db) {
  return db
    .selectFrom('report_builds')
    .leftJoin('reporting_periods', 'reporting_periods.id', 'report_builds.period_id')
    .where('report_builds.kind', '=', 'status_report')
    .selectAll('report_builds')
    .select(['reporting_periods.name_zh as period_name_zh', 'reporting_periods.name_en as period_name_en']);
}

export type BuildRow = NonNullable<Awaited<ReturnType<typeof findBuild>>>;

export function findBuild(db: Db, id: number) {
  return builds(db).where('report_builds.id', '=', id).executeTakeFirst();
}

export function recentBuilds(db: Db, limit: number) {
  return builds(db).orderBy('report_builds.id', 'desc').limit(limit).execute();
}

export async function insertBuild(db: Db, row: Insertable<ReportBuildsTable>): Promise<number> {
  const { id } = await db.insertInto('report_builds').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateBuild(db: Db, id: number, changes: Updateable<ReportBuildsTable>): Promise<void> {
  await db.updateTable('report_builds').set(changes).where('id', '=', id).execute();
}
