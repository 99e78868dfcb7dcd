import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * The PDPA duties (issue 16, docs/decisions/0020): the privacy notice as versioned bilingual data, what
 * each person was told and agreed to (consents), a retention period per record kind with the runs of
 * the anonymising job (dry or real), and the marks on the records that job has anonymised.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  await db.schema
    .createTable('privacy_notices')
    .addColumn('id', 'integer', id)
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('purpose_zh', 'varchar(400)', (c) => c.notNull())
    .addColumn('purpose_en', 'varchar(400)', (c) => c.notNull())
    .addColumn('text_zh', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('consents')
    .addColumn('id', 'integer', id)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('privacy_notices.id'))
    .addColumn('purpose', 'varchar(400)', (c) => c.notNull())
    .addColumn('agreed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('method', 'varchar(20)', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('withdrawn_on', 'varchar(10)')
    .addColumn('withdrawn_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consents_person_idx').on('consents').column('person_id').execute();
  await db.schema
    .createTable('retention_policies')
    .addColumn('kind', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('years', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('retention_runs')
    .addColumn('id', 'integer', id)
    .addColumn('dry_run', 'integer', (c) => c.notNull())
    .addColumn('run_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  for (const table of ['people', 'applications', 'mobility_documents'] as const) {
    await db.schema.alterTable(table).addColumn('anonymised_at', 'varchar(30)').execute();
  }
  // The periods start as the ADR proposes and switched off: an administrator confirms them (after a dry
  // run) at /privacy before the daily job anonymises anything.
  const now = new Date().toISOString();
  await db
    .insertInto('retention_policies' as never)
    .values([
      { kind: 'unselected_applications', years: 3, updated_at: now },
      { kind: 'inbound_documents', years: 5, updated_at: now },
      { kind: 'former_people', years: 10, updated_at: now },
    ] as never)
    .execute();
}
