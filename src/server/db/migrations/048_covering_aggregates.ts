import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { COUNTING_INDEX_COLUMNS } from './009_counting_indexes.js';

/**
 * Ministry tables 1 and 2 read from an index alone again (issue 24; ADR 0036, "Covered again").
 *
 * The counting rules' covering index (009) again, with what the identity check reads (issue 24): Ministry table
 * 1 now drops a record whose category disagrees with the person's nationality, which reads the record's
 * `category_override_reason` and `person_id`, and its status on the date reads the enrolment history by `id`.
 * Outside the index, each of the 96,459 degree students on 2025-10-15 at bench scale L was a row fetch:
 * the table's query took 572 ms on SQLite, 190 ms with these columns in the index (ADR 0036, "Covered
 * again"). `id` is SQLite's rowid (in every index already); PostgreSQL needs it named for an index-only scan.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await sql`drop index mobilities_counting_idx`.execute(db);
  await db.schema
    .createIndex('mobilities_counting_idx')
    .on('mobilities')
    .columns([...COUNTING_INDEX_COLUMNS, 'category_override_reason', 'person_id', 'id'])
    .execute();
  // Table 2's kept facts (046) are read by start-date range: one row fetch per fact (111,329 facts for the
  // autumn semester of AY 2025 at L) took 371 ms of the table's query on SQLite; from this index alone, 103 ms.
  // It starts with the start day, so it replaces 046's index of the start day alone.
  await sql`drop index outbound_student_facts_start_idx`.execute(db);
  await db.schema
    .createIndex('outbound_student_facts_cover_idx')
    .on('outbound_student_facts')
    .columns([
      'start_date',
      'domestic',
      'direction',
      'person_category',
      'kind',
      'status',
      'credit_bearing',
      'archived_at',
      'study_time',
      'unit_id',
      'program_type',
      'degree_level',
      'country',
      'at_least_semester',
      'gender',
      'n',
    ])
    .execute();
}
