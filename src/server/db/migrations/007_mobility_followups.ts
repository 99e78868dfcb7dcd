import type { Kysely } from 'kysely';

/**
 * Follow-ups of the mobility module: awards get a version like every editable record; an application's
 * ineligibility reasons get their own column (they were kept inside form_json); a checklist document
 * records who uploaded its file and when; a mobility keeps the learning agreement's rejection comment and
 * the date of its last status change. Rows written before keep nulls (readers fall back where they can).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('mobility_funding')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('applications').addColumn('ineligible_reasons', 'text').execute(); // JSON array
  await db.schema
    .alterTable('mobility_documents')
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.alterTable('mobility_documents').addColumn('uploaded_at', 'varchar(30)').execute();
  await db.schema.alterTable('mobilities').addColumn('la_rejection_reason', 'text').execute();
  await db.schema.alterTable('mobilities').addColumn('status_changed_on', 'varchar(10)').execute();
}
