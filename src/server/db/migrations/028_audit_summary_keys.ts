import type { Kysely } from 'kysely';

/**
 * Change summaries as data (issue 23, docs/decisions/0030): an entry names a catalog key and its
 * parameters (enum values as catalog keys, academic years as years), and is rendered in the reader's
 * language on read. Older entries keep only their `summary` text, which is still shown as written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('summary_key', 'varchar(80)').execute();
  await db.schema.alterTable('audit_log').addColumn('summary_params', 'text').execute();
}
