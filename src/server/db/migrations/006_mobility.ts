import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * People and their mobility: person records with encrypted personal-data fields and the access log
 * of every reveal; mobility records (outbound, inbound, staff) with what the Ministry's tables count;
 * learning agreements; outbound calls, applications, documents, scores; the inbound document
 * checklist; funding programs, their yearly grants and the awards to mobilities.
 * Vocabulary (kinds, categories, statuses) is in src/shared/mobility.ts.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  const real = dialect === 'postgres' ? 'double precision' : 'real'; // PostgreSQL's real is float4
  const money = 'integer'; // NT$ whole dollars (well under 2^31 for any one grant)

  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(20)', (c) => c.notNull()) // student | staff | scholar
    .addColumn('user_id', 'integer', (c) => c.references('users.id').unique()) // the person's own login
    .addColumn('name_zh', 'varchar(120)')
    .addColumn('name_en', 'varchar(120)')
    .addColumn('student_no', 'varchar(30)', (c) => c.unique())
    .addColumn('staff_no', 'varchar(30)', (c) => c.unique())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('degree_level', 'varchar(20)') // associate | bachelor | master | doctoral
    .addColumn('program_type', 'varchar(30)') // 學制班別, see PROGRAM_TYPES
    .addColumn('study_time', 'varchar(10)') // day | evening
    .addColumn('nationality', 'varchar(2)')
    .addColumn('gender', 'varchar(10)') // male | female | other
    .addColumn('birth_date', 'varchar(10)')
    .addColumn('email', 'varchar(200)')
    .addColumn('phone', 'varchar(60)')
    .addColumn('gpa', real)
    // Personal data: ciphertext (AES-256-GCM, src/server/lib/pii.ts) and the last characters for the mask.
    .addColumn('passport_no_enc', 'text')
    .addColumn('passport_no_hint', 'varchar(8)')
    .addColumn('passport_expiry', 'varchar(10)')
    .addColumn('arc_no_enc', 'text')
    .addColumn('arc_no_hint', 'varchar(8)')
    .addColumn('arc_expiry', 'varchar(10)')
    .addColumn('work_permit_expiry', 'varchar(10)')
    .addColumn('notes', 'text')
    .addColumn('search_text', 'varchar(1000)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_unit_idx').on('people').column('unit_id').execute();
  await db.schema.createIndex('people_kind_idx').on('people').columns(['kind', 'id']).execute();

  // Who saw (or exported) which personal-data field of whom, and when: kept for breach reporting.
  await db.schema
    .createTable('pii_access_log')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('field', 'varchar(40)', (c) => c.notNull()) // passportNo | arcNo | healthDocument | export
    .addColumn('action', 'varchar(20)', (c) => c.notNull()) // reveal | export | download
    .addColumn('detail', 'varchar(300)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pii_access_person_idx').on('pii_access_log').columns(['person_id', 'id']).execute();

  await db.schema
    .createTable('mobilities')
    .addColumn('id', 'integer', id)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('direction', 'varchar(10)', (c) => c.notNull()) // outbound | inbound
    .addColumn('kind', 'varchar(30)', (c) => c.notNull()) // MOBILITY_KINDS
    .addColumn('person_category', 'varchar(20)', (c) => c.notNull()) // student | staff | scholar
    .addColumn('moe_category', 'varchar(30)') // inbound students: INBOUND_CATEGORIES
    .addColumn('dual_degree', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('agreement_id', 'integer', (c) => c.references('agreements.id'))
    .addColumn('place_id', 'integer', (c) => c.references('exchange_places.id'))
    .addColumn('application_id', 'integer')
    .addColumn('host_name_zh', 'varchar(300)') // host or sending institution when not a partner
    .addColumn('host_name_en', 'varchar(300)')
    .addColumn('country', 'varchar(2)')
    .addColumn('city', 'varchar(120)')
    .addColumn('start_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('departed_on', 'varchar(10)')
    .addColumn('returned_on', 'varchar(10)')
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('credit_bearing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('credits', real)
    // Snapshots of the person at the time of the mobility (what the Ministry's tables count).
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('degree_level', 'varchar(20)')
    .addColumn('program_type', 'varchar(30)')
    .addColumn('study_time', 'varchar(10)')
    .addColumn('gender', 'varchar(10)')
    // Derived on every write: credit-bearing and at least one semester (MOBILITY_SEMESTER_DAYS).
    .addColumn('at_least_semester', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('purpose', 'text')
    .addColumn('outputs', 'text') // staff: paper title, conference, lectures given
    .addColumn('notes', 'text')
    .addColumn('la_status', 'varchar(20)') // learning agreement: draft | submitted | approved | rejected
    .addColumn('la_approved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('la_approved_at', 'varchar(30)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mobilities_person_idx').on('mobilities').column('person_id').execute();
  await db.schema
    .createIndex('mobilities_dir_start_idx')
    .on('mobilities')
    .columns(['direction', 'start_date'])
    .execute();
  await db.schema.createIndex('mobilities_unit_idx').on('mobilities').column('unit_id').execute();
  await db.schema.createIndex('mobilities_partner_idx').on('mobilities').column('partner_id').execute();

  // Learning agreement lines: a course abroad and the home course it is recognised as.
  await db.schema
    .createTable('learning_agreement_courses')
    .addColumn('id', 'integer', id)
    .addColumn('mobility_id', 'integer', (c) => c.notNull().references('mobilities.id').onDelete('cascade'))
    .addColumn('abroad_code', 'varchar(40)')
    .addColumn('abroad_title', 'varchar(300)', (c) => c.notNull())
    .addColumn('abroad_credits', real, (c) => c.notNull())
    .addColumn('home_code', 'varchar(40)')
    .addColumn('home_title', 'varchar(300)')
    .addColumn('home_credits', real)
    .addColumn('grade', 'varchar(20)') // after return
    .addColumn('recognized_credits', real) // credit recognition after return
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('la_courses_mobility_idx')
    .on('learning_agreement_courses')
    .column('mobility_id')
    .execute();

  await db.schema
    .createTable('calls')
    .addColumn('id', 'integer', id)
    .addColumn('title_zh', 'varchar(300)')
    .addColumn('title_en', 'varchar(300)', (c) => c.notNull())
    .addColumn('academic_year', 'integer', (c) => c.notNull())
    .addColumn('term', 'varchar(20)', (c) => c.notNull()) // fall | spring | full_year
    .addColumn('description_zh', 'text')
    .addColumn('description_en', 'text')
    .addColumn('opens_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('deadline', 'varchar(30)', (c) => c.notNull()) // ISO timestamp (UTC)
    .addColumn('max_preferences', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('eligibility_json', 'text', (c) => c.notNull().defaultTo('{}')) // {levels, minGpa, language}
    .addColumn('documents_json', 'text', (c) => c.notNull().defaultTo('[]')) // [{code, labelZh, labelEn, required}]
    .addColumn('criteria_json', 'text', (c) => c.notNull().defaultTo('[]')) // [{code, labelZh, labelEn, weight, max}]
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // draft | open | closed | published
    .addColumn('allocated_at', 'varchar(30)')
    .addColumn('published_at', 'varchar(30)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  // A call's offer: places of one agreement's place row put up in this call.
  await db.schema
    .createTable('call_offers')
    .addColumn('id', 'integer', id)
    .addColumn('call_id', 'integer', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('place_id', 'integer', (c) => c.notNull().references('exchange_places.id'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('call_offers_uq', ['call_id', 'place_id', 'partner_id'])
    .execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'integer', id)
    .addColumn('call_id', 'integer', (c) => c.notNull().references('calls.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // APPLICATION_STATUSES
    .addColumn('form_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('gpa', real)
    .addColumn('language_cert', 'varchar(200)')
    .addColumn('submitted_at', 'varchar(30)')
    .addColumn('total_score', real)
    .addColumn('rank', 'integer')
    .addColumn('allocated_offer_id', 'integer', (c) => c.references('call_offers.id'))
    .addColumn('waitlist_position', 'integer')
    .addColumn('adjustment_reason', 'text')
    .addColumn('partner_decision', 'varchar(20)') // accepted | rejected (after nomination)
    .addColumn('mobility_id', 'integer', (c) => c.references('mobilities.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('applications_call_person_uq', ['call_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('application_preferences')
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('offer_id', 'integer', (c) => c.notNull().references('call_offers.id'))
    .addPrimaryKeyConstraint('application_preferences_pk', ['application_id', 'rank'])
    .execute();

  await db.schema
    .createTable('application_documents')
    .addColumn('id', 'integer', id)
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('doc_code', 'varchar(40)', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.notNull().references('stored_files.id'))
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('removed_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('application_documents_app_idx')
    .on('application_documents')
    .column('application_id')
    .execute();

  await db.schema
    .createTable('application_scores')
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('criterion', 'varchar(40)', (c) => c.notNull())
    .addColumn('score', real, (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('application_scores_pk', ['application_id', 'reviewer_id', 'criterion'])
    .execute();

  // Inbound checklist: one row per required document of a person's mobility.
  await db.schema
    .createTable('mobility_documents')
    .addColumn('id', 'integer', id)
    .addColumn('mobility_id', 'integer', (c) => c.notNull().references('mobilities.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(30)', (c) => c.notNull()) // CHECKLIST_KINDS
    .addColumn('owning_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // pending | under_review | approved | rejected
    .addColumn('rejection_reason', 'text')
    .addColumn('expires_on', 'varchar(10)')
    .addColumn('file_id', 'integer', (c) => c.references('stored_files.id'))
    .addColumn('file_name', 'varchar(255)')
    .addColumn('notes', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'varchar(30)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('mobility_documents_uq', ['mobility_id', 'kind'])
    .execute();
  await db.schema.createIndex('mobility_documents_expiry_idx').on('mobility_documents').column('expires_on').execute();

  await db.schema
    .createTable('funding_programs')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull()) // FUNDING_KINDS
    .addColumn('name_zh', 'varchar(200)')
    .addColumn('name_en', 'varchar(200)', (c) => c.notNull())
    .addColumn('sponsor_zh', 'varchar(200)')
    .addColumn('sponsor_en', 'varchar(200)')
    .addColumn('matching_min_pct', real) // e.g. 20 for 學海: the university adds at least this share
    .addColumn('monthly_stipend', money) // e.g. TEEP NT$15,000 per intern per month
    .addColumn('rules_zh', 'text')
    .addColumn('rules_en', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('funding_years')
    .addColumn('id', 'integer', id)
    .addColumn('program_id', 'integer', (c) => c.notNull().references('funding_programs.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull()) // academic year, 2026 = 2026/27
    .addColumn('granted_amount', money, (c) => c.notNull().defaultTo(0))
    .addColumn('matching_amount', money, (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('funding_years_uq', ['program_id', 'year'])
    .execute();

  // An award from one program-year to one mobility; a mobility may have several.
  await db.schema
    .createTable('mobility_funding')
    .addColumn('id', 'integer', id)
    .addColumn('mobility_id', 'integer', (c) => c.notNull().references('mobilities.id').onDelete('cascade'))
    .addColumn('funding_year_id', 'integer', (c) => c.notNull().references('funding_years.id'))
    .addColumn('amount', money, (c) => c.notNull())
    .addColumn('spent_amount', money, (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mobility_funding_mobility_idx').on('mobility_funding').column('mobility_id').execute();
  await db.schema.createIndex('mobility_funding_year_idx').on('mobility_funding').column('funding_year_id').execute();
}
