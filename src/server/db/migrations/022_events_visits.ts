import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Events, visits both ways and calendar feeds (issue 19, docs/decisions/0025). An event or a visit keeps
 * its programme/itinerary and checklist as JSON on its row (always read and written with the record);
 * what other screens and the calendar feed ask about — people on it, destinations, gifts, follow-ups,
 * registrations — has rows of its own. An international conference held by a college links the one
 * `activities` row the college exchange table counts (`activity_id`).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  await db.schema
    .createTable('events')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title_zh', 'varchar(300)')
    .addColumn('title_en', 'varchar(300)')
    .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('venue', 'varchar(300)')
    .addColumn('language', 'varchar(20)')
    .addColumn('budget', 'integer')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('participants', 'integer')
    .addColumn('foreign_participants', 'integer')
    .addColumn('programme_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('checklist_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('photos_url', 'varchar(500)')
    .addColumn('news_zh', 'text')
    .addColumn('news_en', 'text')
    .addColumn('activity_id', 'integer', (c) => c.references('activities.id').unique())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_start_idx').on('events').column('start_date').execute();
  await db.schema
    .createTable('event_registrations')
    .addColumn('id', 'integer', id)
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('affiliation', 'varchar(300)')
    .addColumn('source', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_registrations_event_idx').on('event_registrations').column('event_id').execute();
  await db.schema
    .createTable('visits')
    .addColumn('id', 'integer', id)
    .addColumn('direction', 'varchar(10)', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title_zh', 'varchar(300)')
    .addColumn('title_en', 'varchar(300)')
    .addColumn('purpose', 'text')
    .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('size', 'integer')
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('topics', 'text')
    .addColumn('budget', 'integer')
    .addColumn('funding_source', 'varchar(300)')
    .addColumn('itinerary_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('checklist_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_start_idx').on('visits').column('start_date').execute();
  await db.schema
    .createTable('visit_partners')
    .addColumn('visit_id', 'integer', (c) => c.notNull().references('visits.id'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('visit_partners_pk', ['visit_id', 'partner_id'])
    .execute();
  await db.schema.createIndex('visit_partners_partner_idx').on('visit_partners').column('partner_id').execute();
  // People on an event or a visit, either side: speakers, guests, staff and assistants on duty,
  // delegation members, counterparts, attendees. `user_id` puts it in that user's calendar feed.
  await db.schema
    .createTable('engagement_people')
    .addColumn('id', 'integer', id)
    .addColumn('owner_kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('side', 'varchar(10)', (c) => c.notNull())
    .addColumn('role', 'varchar(30)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)')
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('engagement_people_owner_idx')
    .on('engagement_people')
    .columns(['owner_kind', 'owner_id'])
    .execute();
  await db.schema.createIndex('engagement_people_user_idx').on('engagement_people').column('user_id').execute();
  await db.schema
    .createTable('visit_gifts')
    .addColumn('id', 'integer', id)
    .addColumn('visit_id', 'integer', (c) => c.notNull().references('visits.id'))
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('recipient', 'varchar(200)', (c) => c.notNull())
    .addColumn('gift', 'varchar(300)', (c) => c.notNull())
    .addColumn('given_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_gifts_partner_idx').on('visit_gifts').column('partner_id').execute();
  await db.schema
    .createTable('followups')
    .addColumn('id', 'integer', id)
    .addColumn('owner_kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('assignee_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('done_at', 'varchar(30)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('followups_owner_idx').on('followups').columns(['owner_kind', 'owner_id']).execute();
  await db.schema.createIndex('followups_assignee_idx').on('followups').column('assignee_id').execute();
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('revoked_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('calendar_feeds_user_idx').on('calendar_feeds').column('user_id').execute();
}
