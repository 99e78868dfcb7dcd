import { type Kysely, sql } from 'kysely';

/**
 * Indexes for keyset paging (ADR 0035): each list's usual filter and sort, ending in the id that
 * breaks ties, so that "the next 25 after this row" is a range read of the index on both databases
 * (SQLite keeps the rowid in every index; PostgreSQL needs the id named). Partial on live rows, as the
 * lists hide archived records unless asked.
 * - mobility list: direction + start date (one academic year), newest or oldest first;
 * - partner list in English (the zh-TW name order has partners_live_name_zh_idx since 004), and by
 *   last update.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index mobilities_live_direction_start_idx on mobilities (direction, start_date, id) where archived_at is null`.execute(
    db,
  );
  await sql`create index partners_live_name_en_idx on partners (name_en, id) where archived_at is null`.execute(db);
  await sql`create index partners_live_updated_idx on partners (updated_at, id) where archived_at is null`.execute(db);
}
