import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * The Ministry's tables as an officer can file them (issue 17, docs/decisions/0021):
 * - `enrolment_events`: an enrolled student's dated enrolment history (enrolled, on leave, returned,
 *   withdrawn, graduated, deferred); the status on a reference date is the one in force that day. Records
 *   written before have no rows: their history is read from `status` / `status_changed_on` until their
 *   next change writes it out.
 * - `mobilities.category_override_reason`: why a Ministry category that disagrees with the person's
 *   nationality is right anyway (dual nationals, …).
 * - `country_regions` gains the Ministry's name of the country or area and its code, with their source.
 * - `ministry_filings`: a period filed with the pre-filing check's list acknowledged.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('enrolment_events')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('mobility_id', 'integer', (c) => c.notNull().references('mobilities.id'))
    .addColumn('event', 'varchar(20)', (c) => c.notNull()) // ENROLMENT_EVENTS
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // the status it leads to
    .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enrolment_events_mobility_idx')
    .on('enrolment_events')
    .columns(['mobility_id', 'effective_on', 'id'])
    .execute();

  await db.schema.alterTable('mobilities').addColumn('category_override_reason', 'varchar(500)').execute();

  await db.schema.alterTable('country_regions').addColumn('name_zh', 'varchar(60)').execute();
  await db.schema.alterTable('country_regions').addColumn('name_en', 'varchar(80)').execute();
  await db.schema.alterTable('country_regions').addColumn('moe_code', 'varchar(10)').execute();
  await db.schema.alterTable('country_regions').addColumn('name_source', 'varchar(300)').execute();
  await db.schema
    .alterTable('country_regions')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('ministry_filings')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('problems', 'text', (c) => c.notNull()) // JSON: the acknowledged pre-filing list
    .addColumn('problem_count', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'varchar(64)', (c) => c.notNull())
    .addColumn('note', 'varchar(1000)')
    .addColumn('filed_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('filed_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ministry_filings_period_idx')
    .on('ministry_filings')
    .columns(['period_id', 'id'])
    .execute();
}
