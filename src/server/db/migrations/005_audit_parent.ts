import type { Kysely } from 'kysely';

/**
 * Audit entries of a record's parts (an agreement's places and files) name the record they belong
 * to, so the record's history shows them — including parts since removed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('parent_type', 'varchar(40)').execute();
  await db.schema.alterTable('audit_log').addColumn('parent_id', 'integer').execute();
  await db.schema.createIndex('audit_parent_idx').on('audit_log').columns(['parent_type', 'parent_id', 'id']).execute();
}
