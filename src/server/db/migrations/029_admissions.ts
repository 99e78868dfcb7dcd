import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * International admissions (issue 21, docs/decisions/0031): rounds per intake with their programs,
 * reviewers per program, applicant accounts (e-mail + one-time code, no staff account), applications
 * with documents and scores. `admission_applications` and `admission_rounds` are read by the
 * recruitment funnel too: their column names are a contract.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  await db.schema
    .createTable('admission_rounds')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(10)', (c) => c.notNull()) // ROUND_KINDS
    .addColumn('academic_year', 'integer', (c) => c.notNull())
    .addColumn('semester', 'integer', (c) => c.notNull())
    .addColumn('name_zh', 'varchar(300)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(300)', (c) => c.notNull())
    .addColumn('opens_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('closes_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('decisions_by', 'varchar(10)')
    .addColumn('fee_ntd', 'integer')
    .addColumn('documents', 'text', (c) => c.notNull()) // JSON RoundDocument[]
    .addColumn('criteria', 'text', (c) => c.notNull()) // JSON RoundCriterion[]
    .addColumn('notes_zh', 'text')
    .addColumn('notes_en', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('admission_programs')
    .addColumn('id', 'integer', id)
    .addColumn('round_id', 'integer', (c) => c.notNull().references('admission_rounds.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('degree_level', 'varchar(20)', (c) => c.notNull())
    .addColumn('name_zh', 'varchar(300)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(300)', (c) => c.notNull())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('language_framework', 'varchar(10)', (c) => c.notNull()) // CEFR | TOCFL
    .addColumn('language_level', 'varchar(2)', (c) => c.notNull())
    .addColumn('min_gpa', 'real')
    .addColumn('requirements_zh', 'text')
    .addColumn('requirements_en', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('admission_programs_round_idx').on('admission_programs').column('round_id').execute();
  await db.schema
    .createTable('admission_reviewers')
    .addColumn('program_id', 'integer', (c) => c.notNull().references('admission_programs.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('admission_reviewers_pk', ['program_id', 'user_id'])
    .execute();
  await db.schema.createIndex('admission_reviewers_user_idx').on('admission_reviewers').column('user_id').execute();
  await db.schema
    .createTable('applicant_accounts')
    .addColumn('id', 'integer', id)
    .addColumn('email', 'varchar(254)', (c) => c.notNull().unique()) // lower-cased
    .addColumn('locale', 'varchar(5)', (c) => c.notNull())
    .addColumn('code_hash', 'varchar(64)')
    .addColumn('code_expires_at', 'varchar(30)')
    .addColumn('code_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('verified_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('applicant_sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey()) // sha256 of the token
    .addColumn('account_id', 'integer', (c) => c.notNull().references('applicant_accounts.id'))
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('admission_applications')
    .addColumn('id', 'integer', id)
    .addColumn('round_id', 'integer', (c) => c.notNull().references('admission_rounds.id'))
    .addColumn('program_id', 'integer', (c) => c.references('admission_programs.id'))
    .addColumn('email', 'varchar(254)', (c) => c.notNull()) // lower-cased: the applicant account's
    .addColumn('locale', 'varchar(5)', (c) => c.notNull())
    .addColumn('given_name', 'varchar(100)')
    .addColumn('family_name', 'varchar(100)')
    .addColumn('name_zh', 'varchar(100)')
    .addColumn('country_code', 'varchar(2)') // nationality, ISO alpha-2
    .addColumn('identity', 'varchar(20)') // IDENTITIES
    .addColumn('birth_date', 'varchar(10)')
    .addColumn('gender', 'varchar(10)')
    .addColumn('phone', 'varchar(40)')
    .addColumn('previous_school', 'varchar(300)')
    .addColumn('gpa', 'real')
    .addColumn('language_framework', 'varchar(10)')
    .addColumn('language_level', 'varchar(2)')
    .addColumn('statement', 'text')
    .addColumn('channel', 'varchar(20)')
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('nomination_id', 'integer')
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // APPLICATION_STATUSES
    .addColumn('fee_status', 'varchar(10)', (c) => c.notNull().defaultTo('unpaid'))
    .addColumn('score', 'real')
    .addColumn('decision_reason', 'varchar(2000)')
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('mobility_id', 'integer', (c) => c.references('mobilities.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(30)')
    .addColumn('decided_at', 'varchar(30)')
    .addColumn('responded_at', 'varchar(30)')
    .execute();
  // The staff list: newest first within a round, by status, by program or by country (keyset on id).
  for (const [name, cols] of [
    ['admission_apps_round_idx', ['round_id', 'id']],
    ['admission_apps_status_idx', ['round_id', 'status', 'id']],
    ['admission_apps_program_idx', ['round_id', 'program_id', 'status', 'id']],
    ['admission_apps_country_idx', ['round_id', 'country_code', 'id']],
    ['admission_apps_email_idx', ['email', 'round_id']],
  ] as const)
    await db.schema
      .createIndex(name)
      .on('admission_applications')
      .columns([...cols])
      .execute();
  await db.schema
    .createTable('admission_documents')
    .addColumn('id', 'integer', id)
    .addColumn('application_id', 'integer', (c) => c.notNull().references('admission_applications.id'))
    .addColumn('doc_code', 'varchar(40)', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.notNull().references('stored_files.id'))
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('uploaded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('removed_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('admission_documents_app_idx')
    .on('admission_documents')
    .columns(['application_id', 'doc_code'])
    .execute();
  await db.schema
    .createTable('admission_scores')
    .addColumn('application_id', 'integer', (c) => c.notNull().references('admission_applications.id'))
    .addColumn('reviewer_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('scores', 'text', (c) => c.notNull()) // JSON { criterionCode: score }
    .addColumn('total', 'real', (c) => c.notNull())
    .addColumn('comment', 'varchar(2000)')
    .addColumn('scored_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('admission_scores_pk', ['application_id', 'reviewer_id'])
    .execute();
}
