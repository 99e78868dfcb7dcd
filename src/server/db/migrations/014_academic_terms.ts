import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * The academic calendar (issue 14.7): a semester's dates for a year when they differ from the defaults in
 * src/shared/calendar.ts (first semester 1 August – 31 January, second 1 February – 31 July), with the
 * teaching dates that bound a call's fall / spring term. A year without rows keeps the defaults.
 * Dates are 'YYYY-MM-DD' text, as everywhere.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('academic_terms')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('academic_year', 'integer', (c) => c.notNull())
    .addColumn('semester', 'integer', (c) => c.notNull())
    .addColumn('first_day', 'varchar(10)', (c) => c.notNull())
    .addColumn('last_day', 'varchar(10)', (c) => c.notNull())
    .addColumn('teaching_start', 'varchar(10)')
    .addColumn('teaching_end', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('academic_terms_year_semester_uq', ['academic_year', 'semester'])
    .execute();
}
