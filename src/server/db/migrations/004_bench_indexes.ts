import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * Indexes the benchmark (bench/, docs/decisions/0011-benchmarks.md) showed the partner list needs at
 * scale L (40,000 partners), on both dialects:
 * - the default (zh-TW) list sorts by coalesce(name_zh, name_en): without an index on that expression
 *   every page sorted the whole table (a middle page: 114 ms → 0.8 ms on SQLite). Partial on live
 *   partners, as the list hides archived ones by default; `country` is there for the region join.
 * - the same order within a country, for the list filtered by country (page 1: 10 ms → 0.03 ms);
 * - a covering index for counting a country's partners by type/status/text, so the total shown with
 *   each page is counted from the index instead of the rows (28 ms → 1.7 ms).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await sql`create index partners_live_name_zh_idx on partners ((coalesce(name_zh, name_en)), id, country) where archived_at is null`.execute(
    db,
  );
  await sql`create index partners_country_name_zh_idx on partners (country, (coalesce(name_zh, name_en)), id)`.execute(
    db,
  );
  await db.schema
    .createIndex('partners_country_filter_idx')
    .on('partners')
    .columns(['country', 'archived_at', 'type', 'status', 'search_text'])
    .execute();
}
