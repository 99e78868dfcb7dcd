import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Agreements with their partners, people, files, exchange places and place usage; partner
 * factsheets; stored files; in-app notifications, the mail outbox and the reminder ledger.
 * Dates without time (start/end, deadlines) are 'YYYY-MM-DD' text; timestamps are ISO text.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'varchar(60)', (c) => c.unique())
    .addColumn('partner_code', 'varchar(60)')
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('title_zh', 'varchar(300)')
    .addColumn('title_en', 'varchar(300)', (c) => c.notNull())
    .addColumn('search_text', 'varchar(2000)', (c) => c.notNull())
    .addColumn('status', 'varchar(30)', (c) => c.notNull())
    .addColumn('owning_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('start_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('open_ended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('auto_renew', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('renewal_terms', 'text')
    .addColumn('notice_months', 'integer')
    // end_date minus the notice period (or 6 months when none is set): an active agreement is
    // "expiring" from this day. Kept in the row so lists can filter on it with an index.
    .addColumn('notice_date', 'varchar(10)')
    .addColumn('renewal_of_id', 'integer', (c) => c.references('agreements.id'))
    .addColumn('generation', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('terminated_on', 'varchar(10)')
    .addColumn('termination_reason', 'text')
    .addColumn('notes', 'text')
    .addColumn('status_changed_at', 'varchar(30)')
    .addColumn('status_changed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agreements_status_end_idx').on('agreements').columns(['status', 'end_date']).execute();
  await db.schema.createIndex('agreements_notice_idx').on('agreements').columns(['status', 'notice_date']).execute();
  await db.schema.createIndex('agreements_unit_idx').on('agreements').column('owning_unit_id').execute();
  await db.schema.createIndex('agreements_renewal_idx').on('agreements').column('renewal_of_id').execute();
  await db.schema.createIndex('agreements_updated_idx').on('agreements').column('updated_at').execute();

  await db.schema
    .createTable('agreement_partners')
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('faculty_en', 'varchar(200)')
    .addColumn('faculty_zh', 'varchar(200)')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agreement_partners_pk', ['agreement_id', 'partner_id'])
    .execute();
  await db.schema.createIndex('agreement_partners_partner_idx').on('agreement_partners').column('partner_id').execute();

  // Signatories and contacts of both sides.
  await db.schema
    .createTable('agreement_people')
    .addColumn('id', 'integer', id)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('role', 'varchar(20)', (c) => c.notNull()) // signatory | contact
    .addColumn('side', 'varchar(10)', (c) => c.notNull()) // ours | partner
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)')
    .addColumn('email', 'varchar(200)')
    .addColumn('phone', 'varchar(60)')
    .addColumn('signed_on', 'varchar(10)')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('agreement_people_agreement_idx').on('agreement_people').column('agreement_id').execute();

  // File contents live in the database: one backup, transactional with the row that points at them,
  // and shared by every app instance (no local disk to keep in sync).
  await db.schema
    .createTable('stored_files')
    .addColumn('id', 'integer', id)
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('data', blob, (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stored_files_sha_idx').on('stored_files').column('sha256').execute();

  await db.schema
    .createTable('agreement_files')
    .addColumn('id', 'integer', id)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('file_id', 'integer', (c) => c.notNull().references('stored_files.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull()) // signed | draft | other
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('removed_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('agreement_files_agreement_idx').on('agreement_files').column('agreement_id').execute();

  await db.schema
    .createTable('exchange_places')
    .addColumn('id', 'integer', id)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('academic_year', 'integer', (c) => c.notNull()) // 2026 = 2026/27
    .addColumn('direction', 'varchar(10)', (c) => c.notNull())
    .addColumn('level', 'varchar(10)', (c) => c.notNull())
    .addColumn('mobility_kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('duration', 'integer') // per place, in duration_unit
    .addColumn('duration_unit', 'varchar(10)', (c) => c.notNull().defaultTo('months'))
    .addColumn('languages_json', 'text', (c) => c.notNull().defaultTo('[]')) // [{language, cefr}]
    .addColumn('isced_json', 'text', (c) => c.notNull().defaultTo('[]')) // ["0613", ...]
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('exchange_places_slot_uq', [
      'agreement_id',
      'academic_year',
      'direction',
      'level',
      'mobility_kind',
    ])
    .execute();

  // What uses a place: a nomination now, a mobility record once the mobility module lands.
  await db.schema
    .createTable('place_usages')
    .addColumn('id', 'integer', id)
    .addColumn('place_id', 'integer', (c) => c.notNull().references('exchange_places.id').onDelete('cascade'))
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('label', 'varchar(200)')
    .addColumn('source_type', 'varchar(30)', (c) => c.notNull().defaultTo('manual'))
    .addColumn('source_id', 'integer')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('place_usages_place_idx').on('place_usages').column('place_id').execute();

  await db.schema
    .createTable('partner_factsheets')
    .addColumn('partner_id', 'integer', (c) => c.primaryKey().references('partners.id'))
    .addColumn('deadlines_json', 'text', (c) => c.notNull().defaultTo('[]')) // [{term, nomination, application}] as MM-DD
    .addColumn('instruction_languages', 'varchar(200)')
    .addColumn('requirements_zh', 'text')
    .addColumn('requirements_en', 'text')
    .addColumn('housing_zh', 'text')
    .addColumn('housing_en', 'text')
    .addColumn('visa_zh', 'text')
    .addColumn('visa_en', 'text')
    .addColumn('insurance_zh', 'text')
    .addColumn('insurance_en', 'text')
    .addColumn('notes_zh', 'text')
    .addColumn('notes_en', 'text')
    .addColumn('links_json', 'text', (c) => c.notNull().defaultTo('[]')) // [{label, url}]
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(40)')
    .addColumn('entity_id', 'integer')
    .addColumn('params_json', 'text', (c) => c.notNull().defaultTo('{}')) // rendered in the reader's language
    .addColumn('dedupe_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('read_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('notifications_dedupe_uq', ['user_id', 'dedupe_key'])
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'integer', id)
    .addColumn('to_address', 'varchar(200)', (c) => c.notNull())
    .addColumn('locale', 'varchar(10)', (c) => c.notNull())
    .addColumn('subject', 'varchar(400)', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text')
    .addColumn('dedupe_key', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('pending')) // pending | sending | sent | failed
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('next_attempt_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('locked_until', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('mail_outbox_due_idx').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();

  // One row per reminder ever decided: the unique key makes "once per threshold" hold across
  // restarts and across instances racing on the same day.
  await db.schema
    .createTable('reminder_log')
    .addColumn('id', 'integer', id)
    .addColumn('entity_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('reference', 'varchar(40)', (c) => c.notNull()) // e.g. the end date the threshold counts to
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('reminder_log_uq', ['entity_type', 'entity_id', 'kind', 'reference'])
    .execute();

  // Named jobs: which day a daily job last completed, and a lease so only one instance runs it.
  await db.schema
    .createTable('job_runs')
    .addColumn('name', 'varchar(60)', (c) => c.primaryKey())
    .addColumn('last_run_on', 'varchar(10)')
    .addColumn('locked_by', 'varchar(100)')
    .addColumn('locked_until', 'varchar(30)')
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // validated | imported | failed
    .addColumn('total_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processed_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('report_json', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(30)')
    .execute();
}
