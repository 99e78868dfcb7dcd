import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * The student-assistant corps and the buddy program (issue 18, docs/decisions/0024): recruitment rounds
 * and applications, assistants per semester with their tasks, logged hours (minutes, reviewed by staff)
 * and end-of-term feedback; buddy rounds with the profiles of both sides, the pairs (proposed by the
 * matching or added by staff, published with a notification), meetings and feedback.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  const stamps = (t: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    t
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull());
  const term = (t: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    t
      .addColumn('academic_year', 'integer', (c) => c.notNull())
      .addColumn('semester', 'integer', (c) => c.notNull())
      .addColumn('title_zh', 'varchar(200)', (c) => c.notNull())
      .addColumn('title_en', 'varchar(200)', (c) => c.notNull());

  await stamps(
    term(db.schema.createTable('assistant_rounds').addColumn('id', 'integer', id))
      .addColumn('college_ids_json', 'text', (c) => c.notNull())
      .addColumn('opens_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('closes_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('places', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id')),
  ).execute();

  await stamps(
    db.schema
      .createTable('assistants')
      .addColumn('id', 'integer', id)
      .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
      .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
      .addColumn('round_id', 'integer', (c) => c.references('assistant_rounds.id'))
      .addColumn('academic_year', 'integer', (c) => c.notNull())
      .addColumn('semester', 'integer', (c) => c.notNull())
      .addColumn('skills_json', 'text', (c) => c.notNull())
      .addColumn('languages_json', 'text', (c) => c.notNull())
      .addColumn('started_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('ended_on', 'varchar(10)'),
  ).execute();
  await db.schema
    .createIndex('assistants_person_term_uq')
    .on('assistants')
    .columns(['person_id', 'academic_year', 'semester'])
    .unique()
    .execute();

  await stamps(
    db.schema
      .createTable('assistant_applications')
      .addColumn('id', 'integer', id)
      .addColumn('round_id', 'integer', (c) => c.notNull().references('assistant_rounds.id'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
      .addColumn('stage', 'varchar(20)', (c) => c.notNull())
      .addColumn('motivation', 'text')
      .addColumn('skills_json', 'text', (c) => c.notNull())
      .addColumn('languages_json', 'text', (c) => c.notNull())
      .addColumn('interview_on', 'varchar(10)')
      .addColumn('interview_score', 'integer')
      .addColumn('decision_reason', 'text')
      .addColumn('assistant_id', 'integer', (c) => c.references('assistants.id')),
  ).execute();
  await db.schema
    .createIndex('assistant_applications_person_uq')
    .on('assistant_applications')
    .columns(['round_id', 'person_id'])
    .unique()
    .execute();

  await stamps(
    db.schema
      .createTable('assistant_tasks')
      .addColumn('id', 'integer', id)
      .addColumn('assistant_id', 'integer', (c) => c.notNull().references('assistants.id'))
      .addColumn('kind', 'varchar(30)', (c) => c.notNull())
      .addColumn('title_zh', 'varchar(200)')
      .addColumn('title_en', 'varchar(200)')
      .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('assigned_by', 'integer', (c) => c.references('users.id')),
  ).execute();
  await db.schema.createIndex('assistant_tasks_assistant_idx').on('assistant_tasks').column('assistant_id').execute();

  await stamps(
    db.schema
      .createTable('assistant_hours')
      .addColumn('id', 'integer', id)
      .addColumn('assistant_id', 'integer', (c) => c.notNull().references('assistants.id'))
      .addColumn('task_id', 'integer', (c) => c.references('assistant_tasks.id'))
      .addColumn('worked_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('description', 'varchar(500)', (c) => c.notNull())
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
      .addColumn('reviewed_at', 'varchar(30)')
      .addColumn('review_note', 'varchar(500)'),
  ).execute();
  await db.schema
    .createIndex('assistant_hours_assistant_idx')
    .on('assistant_hours')
    .columns(['assistant_id', 'worked_on'])
    .execute();

  await stamps(
    db.schema
      .createTable('assistant_feedback')
      .addColumn('id', 'integer', id)
      .addColumn('assistant_id', 'integer', (c) => c.notNull().references('assistants.id'))
      .addColumn('author', 'varchar(20)', (c) => c.notNull())
      .addColumn('author_id', 'integer', (c) => c.references('users.id'))
      .addColumn('rating', 'integer')
      .addColumn('text', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('assistant_feedback_author_uq')
    .on('assistant_feedback')
    .columns(['assistant_id', 'author'])
    .unique()
    .execute();

  await stamps(
    term(db.schema.createTable('buddy_rounds').addColumn('id', 'integer', id))
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('published_at', 'varchar(30)'),
  ).execute();

  await stamps(
    db.schema
      .createTable('buddy_profiles')
      .addColumn('id', 'integer', id)
      .addColumn('round_id', 'integer', (c) => c.notNull().references('buddy_rounds.id'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
      .addColumn('side', 'varchar(20)', (c) => c.notNull())
      .addColumn('mobility_id', 'integer', (c) => c.references('mobilities.id'))
      .addColumn('languages_json', 'text', (c) => c.notNull())
      .addColumn('interests_json', 'text', (c) => c.notNull())
      .addColumn('gender_preference', 'varchar(10)', (c) => c.notNull())
      .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
      .addColumn('arrival_on', 'varchar(10)')
      .addColumn('capacity', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('buddy_profiles_person_uq')
    .on('buddy_profiles')
    .columns(['round_id', 'person_id'])
    .unique()
    .execute();

  await stamps(
    db.schema
      .createTable('buddy_pairs')
      .addColumn('id', 'integer', id)
      .addColumn('round_id', 'integer', (c) => c.notNull().references('buddy_rounds.id'))
      .addColumn('international_id', 'integer', (c) => c.notNull().references('buddy_profiles.id'))
      .addColumn('local_id', 'integer', (c) => c.notNull().references('buddy_profiles.id'))
      .addColumn('score', 'integer')
      .addColumn('origin', 'varchar(20)', (c) => c.notNull())
      .addColumn('notified_at', 'varchar(30)')
      .addColumn('first_contact_on', 'varchar(10)'),
  ).execute();
  await db.schema
    .createIndex('buddy_pairs_uq')
    .on('buddy_pairs')
    .columns(['international_id', 'local_id'])
    .unique()
    .execute();
  await db.schema.createIndex('buddy_pairs_round_idx').on('buddy_pairs').column('round_id').execute();

  await db.schema
    .createTable('buddy_meetings')
    .addColumn('id', 'integer', id)
    .addColumn('pair_id', 'integer', (c) => c.notNull().references('buddy_pairs.id'))
    .addColumn('met_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('minutes', 'integer')
    .addColumn('note', 'varchar(1000)')
    .addColumn('logged_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('buddy_feedback')
    .addColumn('id', 'integer', id)
    .addColumn('pair_id', 'integer', (c) => c.notNull().references('buddy_pairs.id'))
    .addColumn('side', 'varchar(20)', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('buddy_feedback_side_uq', ['pair_id', 'side'])
    .execute();
}
