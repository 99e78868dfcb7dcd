import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * The enquiry desk and staff training (issue 20, docs/decisions/0027). Enquiries arrive by the public
 * form; each category routes to a division (editable) and carries its service levels in working days;
 * notes and replies are the enquiry's messages; answers can become bilingual FAQ entries. Training:
 * courses, their sessions and the enrolments with attendance and the hours credited.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  await db.schema
    .createTable('enquiry_categories')
    .addColumn('code', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('name_zh', 'varchar(100)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(100)', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('first_response_days', 'integer', (c) => c.notNull())
    .addColumn('resolution_days', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('enquiries')
    .addColumn('id', 'integer', id)
    .addColumn('reference', 'varchar(20)', (c) => c.unique())
    .addColumn('category_code', 'varchar(40)', (c) => c.notNull().references('enquiry_categories.code'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('source', 'varchar(10)', (c) => c.notNull())
    .addColumn('locale', 'varchar(5)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('subject', 'varchar(200)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    .addColumn('received_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('first_response_due', 'varchar(10)', (c) => c.notNull())
    .addColumn('resolution_due', 'varchar(10)', (c) => c.notNull())
    .addColumn('first_response_at', 'varchar(30)')
    .addColumn('resolved_at', 'varchar(30)')
    .addColumn('rating_token_hash', 'varchar(64)')
    .addColumn('rating', 'integer')
    .addColumn('rating_comment', 'varchar(1000)')
    .addColumn('rated_at', 'varchar(30)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enquiries_unit_status_idx').on('enquiries').columns(['unit_id', 'status']).execute();
  await db.schema
    .createTable('enquiry_messages')
    .addColumn('id', 'integer', id)
    .addColumn('enquiry_id', 'integer', (c) => c.notNull().references('enquiries.id'))
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enquiry_messages_enquiry_idx').on('enquiry_messages').column('enquiry_id').execute();
  await db.schema
    .createTable('enquiry_saved_replies')
    .addColumn('id', 'integer', id)
    .addColumn('title_zh', 'varchar(200)', (c) => c.notNull())
    .addColumn('title_en', 'varchar(200)', (c) => c.notNull())
    .addColumn('body_zh', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('category_code', 'varchar(40)', (c) => c.references('enquiry_categories.code'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('faq_entries')
    .addColumn('id', 'integer', id)
    .addColumn('category_code', 'varchar(40)', (c) => c.notNull().references('enquiry_categories.code'))
    .addColumn('enquiry_id', 'integer', (c) => c.references('enquiries.id'))
    .addColumn('question_zh', 'varchar(500)', (c) => c.notNull())
    .addColumn('question_en', 'varchar(500)', (c) => c.notNull())
    .addColumn('answer_zh', 'text', (c) => c.notNull())
    .addColumn('answer_en', 'text', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('training_courses')
    .addColumn('id', 'integer', id)
    .addColumn('title_zh', 'varchar(200)', (c) => c.notNull())
    .addColumn('title_en', 'varchar(200)', (c) => c.notNull())
    .addColumn('description_zh', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('mode', 'varchar(10)', (c) => c.notNull())
    .addColumn('hours', 'real', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('training_sessions')
    .addColumn('id', 'integer', id)
    .addColumn('course_id', 'integer', (c) => c.notNull().references('training_courses.id'))
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('start_time', 'varchar(5)')
    .addColumn('location', 'varchar(200)', (c) => c.notNull())
    .addColumn('capacity', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('training_enrolments')
    .addColumn('id', 'integer', id)
    .addColumn('session_id', 'integer', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('hours', 'real')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('training_enrolments_once', ['session_id', 'user_id'])
    .execute();

  // The categories every installation starts with; their divisions are set at /enquiries (settings).
  const now = new Date().toISOString();
  const category = (code: string, zh: string, en: string, first: number, resolution: number, order: number) => ({
    code,
    name_zh: zh,
    name_en: en,
    first_response_days: first,
    resolution_days: resolution,
    sort_order: order,
    updated_at: now,
  });
  await db
    .insertInto('enquiry_categories' as never)
    .values([
      category('admission', '境外生入學申請', 'Admission of international students', 2, 10, 1),
      category('visa_residence', '簽證與居留', 'Visas and residence', 1, 5, 2),
      category('exchange', '交換與出國研修', 'Exchange and study abroad', 2, 10, 3),
      category('partnership', '國際合作與簽約', 'Partnerships and agreements', 3, 15, 4),
      category('mandarin', '華語課程', 'Mandarin courses', 2, 7, 5),
      category('other', '其他', 'Other', 3, 10, 9),
    ] as never)
    .execute();
}
