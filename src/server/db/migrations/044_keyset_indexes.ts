import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * Indexes for the lists converted to keyset paging in issue 24's second pass (ADR 0035): each list's
 * default filter (live rows) and sort, ending in the id that breaks ties, so that a page is a range read
 * of the index. The expressions are written as the lists' sort keys write them (lib/keyset.ts expands a
 * nullable key into "is null" then the value), which both planners need to match an expression index.
 * - agreements, by end date (the list's default), empty end dates last;
 * - people by the name the reader sees, in zh-TW and in English (never NULL: '' stands for no name).
 * - the executive dashboard's trends, summed over mobility_facts (ADR 0036): a covering index of the
 *   columns they read, so the five years are a range of (direction, start_date).
 * The audit log pages by its primary key.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await sql`create index agreements_live_end_idx on agreements ((case when end_date is null then 1 else 0 end), end_date, id) where archived_at is null`.execute(
    db,
  );
  await sql`create index people_live_name_zh_idx on people ((coalesce(name_zh, name_en, '')), id) where archived_at is null`.execute(
    db,
  );
  await sql`create index people_live_name_en_idx on people ((coalesce(name_en, name_zh, '')), id) where archived_at is null`.execute(
    db,
  );
  await sql`create index mobility_facts_trend_idx on mobility_facts (direction, start_date, kind, status, archived_at, n)`.execute(
    db,
  );
}
