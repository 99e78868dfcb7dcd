import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * Issue 18, the programs' second part: a cohort session is edited with its version (409 on a stale one);
 * a cohort application's interview has a time, a place or link, a panel, a score and a result; a buddy
 * round keeps the matching weights the office set for it (JSON; null: the documented defaults).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('cohort_sessions')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [name, type] of [
    ['interview_time', 'varchar(5)'],
    ['interview_place', 'varchar(500)'],
    ['interview_panel', 'varchar(500)'],
    ['interview_score', 'real'],
    ['interview_result', 'varchar(1000)'],
  ] as const)
    await db.schema.alterTable('cohort_applications').addColumn(name, type).execute();
  await db.schema.alterTable('buddy_rounds').addColumn('weights_json', 'text').execute();
}
