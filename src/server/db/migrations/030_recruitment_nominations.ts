import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Recruitment (education fairs and trips, their leads with consent, follow-up templates and the mails
 * sent) and partners' nominations by link (windows, links with a hashed secret, nominations) — issue 21,
 * items 3–4, docs/decisions/0032. Admission applications are the admissions module's; the funnel reads
 * them when that table exists.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  const stamp = 'varchar(30)';
  await db.schema
    .createTable('recruitment_trips')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('name_zh', 'varchar(300)')
    .addColumn('name_en', 'varchar(300)')
    .addColumn('country', 'varchar(2)', (c) => c.notNull())
    .addColumn('city', 'varchar(120)')
    .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('organiser', 'varchar(300)')
    .addColumn('staff_json', 'text', (c) => c.notNull().defaultTo('[]'))
    // Money in minor units (cents) of its ISO 4217 currency: no float rounding, any currency.
    .addColumn('cost_minor', 'integer')
    .addColumn('currency', 'varchar(3)')
    .addColumn('notes', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recruitment_trips_start_idx').on('recruitment_trips').column('start_date').execute();
  await db.schema
    .createTable('recruitment_leads')
    .addColumn('id', 'integer', id)
    .addColumn('trip_id', 'integer', (c) => c.references('recruitment_trips.id'))
    .addColumn('channel', 'varchar(10)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('email_key', 'varchar(254)', (c) => c.notNull())
    .addColumn('country', 'varchar(2)', (c) => c.notNull())
    .addColumn('program_interest', 'varchar(300)')
    .addColumn('level', 'varchar(12)')
    .addColumn('locale', 'varchar(5)', (c) => c.notNull())
    .addColumn('collected_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('academic_year', 'integer', (c) => c.notNull())
    .addColumn('consent_version', 'varchar(40)')
    .addColumn('consent_at', stamp)
    .addColumn('consent_withdrawn_at', stamp)
    .addColumn('notes', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recruitment_leads_trip_idx').on('recruitment_leads').column('trip_id').execute();
  await db.schema
    .createIndex('recruitment_leads_year_idx')
    .on('recruitment_leads')
    .columns(['academic_year', 'country'])
    .execute();
  await db.schema.createIndex('recruitment_leads_email_idx').on('recruitment_leads').column('email_key').execute();
  await db.schema
    .createTable('recruitment_templates')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('subject_zh', 'varchar(300)', (c) => c.notNull())
    .addColumn('subject_en', 'varchar(300)', (c) => c.notNull())
    .addColumn('body_zh', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('recruitment_followups')
    .addColumn('id', 'integer', id)
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('recruitment_leads.id'))
    .addColumn('template_id', 'integer', (c) => c.notNull().references('recruitment_templates.id'))
    .addColumn('sent_by', 'integer', (c) => c.references('users.id'))
    .addColumn('queued_at', stamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recruitment_followups_lead_idx').on('recruitment_followups').column('lead_id').execute();

  await db.schema
    .createTable('nomination_windows')
    .addColumn('id', 'integer', id)
    .addColumn('academic_year', 'integer', (c) => c.notNull())
    .addColumn('term', 'varchar(10)', (c) => c.notNull())
    .addColumn('opens_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('closes_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('applications_close_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .addUniqueConstraint('nomination_windows_term_unique', ['academic_year', 'term'])
    .execute();
  await db.schema
    .createTable('nomination_links')
    .addColumn('id', 'integer', id)
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    // The coordinator by name and address, not by partner_contacts.id: a partner's contacts are
    // replaced as a list when edited, and the link must outlive that.
    .addColumn('contact_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('contact_email', 'varchar(254)', (c) => c.notNull())
    .addColumn('locale', 'varchar(5)', (c) => c.notNull())
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('expires_at', stamp, (c) => c.notNull())
    .addColumn('revoked_at', stamp)
    .addColumn('last_used_at', stamp)
    .addColumn('sent_at', stamp)
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('nomination_links_partner_idx').on('nomination_links').column('partner_id').execute();
  await db.schema
    .createTable('nominations')
    .addColumn('id', 'integer', id)
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('link_id', 'integer', (c) => c.notNull().references('nomination_links.id'))
    .addColumn('window_id', 'integer', (c) => c.notNull().references('nomination_windows.id'))
    .addColumn('given_name', 'varchar(120)', (c) => c.notNull())
    .addColumn('family_name', 'varchar(120)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('email_key', 'varchar(254)', (c) => c.notNull())
    .addColumn('level', 'varchar(12)', (c) => c.notNull())
    .addColumn('field_of_study', 'varchar(200)')
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('mobility_id', 'integer', (c) => c.references('mobilities.id'))
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', stamp)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .addUniqueConstraint('nominations_window_email_unique', ['window_id', 'email_key'])
    .execute();
  await db.schema.createIndex('nominations_partner_idx').on('nominations').column('partner_id').execute();
}
