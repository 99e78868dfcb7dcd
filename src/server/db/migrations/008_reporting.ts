import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Indicators and reporting: the counting settings of the Ministry's tables (rules as data, with their
 * sources); indicator definitions with versions (an old report keeps the version it was made with)
 * and targets per unit, year and quarter; reporting periods; college submissions with explanations,
 * review and the locked snapshot of an approved one; hand-entered college exchange records
 * (activities); saved ad-hoc report definitions; background builds of the status report.
 * Vocabulary (kinds, statuses, rules) is in src/shared/reporting.ts.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  const money = 'integer'; // NT$ whole dollars (a project's share stays under 2^31)
  const stamp = 'varchar(30)';

  // One row per counting setting (e.g. semester_days = 90), its value as JSON and where it comes from.
  await db.schema
    .createTable('report_settings')
    .addColumn('key', 'varchar(60)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull()) // JSON
    .addColumn('source_zh', 'text')
    .addColumn('source_en', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('indicators')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('current_version_id', 'integer') // indicator_versions.id (set after the first version)
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', stamp)
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .execute();

  // Every edit of a definition is a new row; submissions and reports point at the row they used.
  await db.schema
    .createTable('indicator_versions')
    .addColumn('id', 'integer', id)
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('name_zh', 'varchar(200)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(200)', (c) => c.notNull())
    .addColumn('definition_zh', 'text')
    .addColumn('definition_en', 'text')
    .addColumn('unit', 'varchar(10)', (c) => c.notNull()) // INDICATOR_UNITS
    .addColumn('strategy', 'integer', (c) => c.notNull()) // 1–4
    .addColumn('chapter', 'varchar(10)') // SPROUT_CHAPTERS
    .addColumn('method', 'varchar(10)', (c) => c.notNull()) // computed | manual
    .addColumn('rule', 'varchar(60)') // COMPUTED_RULES, when computed
    .addColumn('activity_kind', 'varchar(40)') // ACTIVITY_KINDS, when entered by hand
    .addColumn('source_zh', 'text')
    .addColumn('source_en', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addUniqueConstraint('indicator_versions_uq', ['indicator_id', 'version_no'])
    .execute();

  // unit_id is the university's root unit for whole-university targets; quarter 0 = the whole year.
  await db.schema
    .createTable('indicator_targets')
    .addColumn('id', 'integer', id)
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull()) // calendar year (the Sprout project's year)
    .addColumn('quarter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('target', real, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .addUniqueConstraint('indicator_targets_uq', ['indicator_id', 'unit_id', 'year', 'quarter'])
    .execute();

  await db.schema
    .createTable('reporting_periods')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(30)', (c) => c.notNull()) // PERIOD_KINDS
    .addColumn('year', 'integer', (c) => c.notNull()) // calendar year of the window
    .addColumn('quarter', 'integer') // 1–4 for college quarterly reports
    .addColumn('name_zh', 'varchar(200)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(200)', (c) => c.notNull())
    .addColumn('covers_from', 'varchar(10)', (c) => c.notNull()) // the records counted: this date…
    .addColumn('covers_to', 'varchar(10)', (c) => c.notNull()) // …to this date
    .addColumn('reference_date', 'varchar(10)') // 3/15 or 10/15 for the Ministry's windows
    .addColumn('opens_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('closes_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('archived_at', stamp)
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reporting_periods_close_idx').on('reporting_periods').column('closes_on').execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'integer', id)
    .addColumn('period_id', 'integer', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id')) // the college
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // SUBMISSION_STATUSES
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('submitted_at', stamp)
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', stamp)
    .addColumn('review_comment', 'text')
    .addColumn('snapshot', 'text') // JSON: the approved figures, definitions used and record ids
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .addUniqueConstraint('submissions_uq', ['period_id', 'unit_id'])
    .execute();

  // A coordinator's explanation of one indicator's figure in a submission.
  await db.schema
    .createTable('submission_notes')
    .addColumn('id', 'integer', id)
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .addUniqueConstraint('submission_notes_uq', ['submission_id', 'indicator_id'])
    .execute();

  // College exchange records entered by hand (conferences held, scholars invited, papers abroad, …).
  await db.schema
    .createTable('activities')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('kind', 'varchar(40)', (c) => c.notNull()) // ACTIVITY_KINDS
    .addColumn('title_zh', 'varchar(300)')
    .addColumn('title_en', 'varchar(300)')
    .addColumn('counterpart_zh', 'varchar(300)') // conference, institution, company, scholar's institution
    .addColumn('counterpart_en', 'varchar(300)')
    .addColumn('person_name', 'varchar(200)') // presenter, invited scholar, teacher, principal investigator
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('country', 'varchar(2)')
    .addColumn('city', 'varchar(120)')
    .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)')
    .addColumn('participants', 'integer') // attendees of a conference, students of a course
    .addColumn('foreign_participants', 'integer')
    .addColumn('credits', real) // an English-taught course's credits
    .addColumn('amount_government', money)
    .addColumn('amount_industry', money)
    .addColumn('amount_other', money)
    .addColumn('amount_university', money)
    .addColumn('commissioning', 'varchar(10)') // domestic | foreign
    .addColumn('notes', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived_at', stamp)
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activities_unit_kind_idx')
    .on('activities')
    .columns(['unit_id', 'kind', 'start_date'])
    .execute();
  await db.schema.createIndex('activities_kind_date_idx').on('activities').columns(['kind', 'start_date']).execute();

  await db.schema
    .createTable('saved_reports')
    .addColumn('id', 'integer', id)
    .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('entity', 'varchar(30)', (c) => c.notNull()) // REPORT_ENTITIES
    .addColumn('definition', 'text', (c) => c.notNull()) // JSON: filters, columns, grouping
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0)) // visible to every staff user
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('updated_at', stamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('report_builds')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(30)', (c) => c.notNull()) // status_report
    .addColumn('format', 'varchar(10)', (c) => c.notNull()) // pdf | xlsx
    .addColumn('period_id', 'integer', (c) => c.references('reporting_periods.id'))
    .addColumn('locale', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull()) // running | done | failed
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0)) // 0–100
    .addColumn('step', 'varchar(60)') // the catalog key of what it is doing now
    .addColumn('file_id', 'integer', (c) => c.references('stored_files.id'))
    .addColumn('file_name', 'varchar(200)')
    .addColumn('error', 'text')
    .addColumn('requested_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', stamp, (c) => c.notNull())
    .addColumn('finished_at', stamp)
    .execute();
}
