import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Cohort programs run by the office (issue 18, docs/decisions/0023): the program with its partner
 * organisations and sponsors, its schedule of sessions, the applicant funnel (thousands of
 * applications for a few dozen places), the participants with attendance, mentors and a confidential
 * counselling log, and the certificates with their public verification codes.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  await db.schema
    .createTable('cohort_programs')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('name_zh', 'varchar(300)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(300)', (c) => c.notNull())
    .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('applications_open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('min_attendance', 'integer', (c) => c.notNull().defaultTo(80))
    .addColumn('description_zh', 'text')
    .addColumn('description_en', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('cohort_organisations')
    .addColumn('id', 'integer', id)
    .addColumn('program_id', 'integer', (c) => c.notNull().references('cohort_programs.id'))
    .addColumn('role', 'varchar(20)', (c) => c.notNull()) // COHORT_ORG_ROLES
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('name_zh', 'varchar(300)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(300)', (c) => c.notNull())
    .addColumn('funding_ntd', 'integer')
    .execute();
  await db.schema.createIndex('cohort_orgs_program_idx').on('cohort_organisations').column('program_id').execute();
  await db.schema
    .createTable('cohort_sessions')
    .addColumn('id', 'integer', id)
    .addColumn('program_id', 'integer', (c) => c.notNull().references('cohort_programs.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull()) // COHORT_SESSION_KINDS
    .addColumn('title_zh', 'varchar(300)', (c) => c.notNull())
    .addColumn('title_en', 'varchar(300)', (c) => c.notNull())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('hours', 'real', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('cohort_sessions_program_idx')
    .on('cohort_sessions')
    .columns(['program_id', 'held_on'])
    .execute();
  await db.schema
    .createTable('cohort_applications')
    .addColumn('id', 'integer', id)
    .addColumn('program_id', 'integer', (c) => c.notNull().references('cohort_programs.id'))
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    // lower-cased e-mail: one application per person and program
    .addColumn('email_key', 'varchar(254)', (c) => c.notNull())
    .addColumn('nationality', 'varchar(2)')
    .addColumn('institution', 'varchar(300)')
    .addColumn('field_of_study', 'varchar(200)')
    .addColumn('motivation', 'text')
    .addColumn('source', 'varchar(10)', (c) => c.notNull()) // form | import | staff
    .addColumn('stage', 'varchar(20)', (c) => c.notNull()) // COHORT_STAGES
    .addColumn('score', 'real')
    .addColumn('reason', 'varchar(1000)')
    .addColumn('interview_on', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('cohort_applications_person_uq', ['program_id', 'email_key'])
    .execute();
  // The funnel list pages by id within a program, optionally one stage: both orderings are indexed.
  await db.schema
    .createIndex('cohort_applications_stage_idx')
    .on('cohort_applications')
    .columns(['program_id', 'stage', 'id'])
    .execute();
  await db.schema
    .createTable('cohort_participants')
    .addColumn('id', 'integer', id)
    .addColumn('program_id', 'integer', (c) => c.notNull().references('cohort_programs.id'))
    .addColumn('application_id', 'integer', (c) => c.notNull().unique().references('cohort_applications.id'))
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('mentor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('withdrawn_on', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cohort_participants_program_idx')
    .on('cohort_participants')
    .column('program_id')
    .execute();
  await db.schema
    .createTable('cohort_attendance')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('cohort_sessions.id'))
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('cohort_participants.id'))
    .addColumn('present', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_attendance_pk', ['session_id', 'participant_id'])
    .execute();
  await db.schema
    .createTable('cohort_counselling')
    .addColumn('id', 'integer', id)
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('cohort_participants.id'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('met_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cohort_counselling_participant_idx')
    .on('cohort_counselling')
    .column('participant_id')
    .execute();
  await db.schema
    .createTable('cohort_certificates')
    .addColumn('id', 'integer', id)
    .addColumn('participant_id', 'integer', (c) => c.notNull().unique().references('cohort_participants.id'))
    .addColumn('code', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
    .execute();
}
