import { PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import { searchKey } from '#shared/search-key.js';
import { containsText } from './sql.js';

/** Tables with an indexed `search_text` of search keys (migration 034, docs/decisions/0036). */
export type KeySearchTable = 'partners' | 'people';

/**
 * `<table>.search_text` contains the query's search key, found through the key indexes instead of a scan:
 * SQLite asks the FTS5 trigram table (3+ characters) or the bigram table (1–2, e.g. 「九州」); PostgreSQL's
 * planner uses the pg_trgm index for LIKE, or the `<table>_key_grams` GIN index for 1–2 characters. Either way the rows are
 * then checked with the one LIKE both databases share, so the two return the same rows (the index only
 * narrows them down; the rule of what matches stays `search_text LIKE %key%`).
 */
export function keyMatches(db: Db, table: KeySearchTable, query: string): RawBuilder<boolean> {
  const key = searchKey(query);
  const like = containsText(`${table}.search_text`, key, { lowered: true });
  if (!key) return like;
  const id = sql.ref(`${table}.id`);
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    return key.length >= 3
      ? like
      : sql<boolean>`${id} in (select id from ${sql.raw(`${table}_key_grams`)} where grams @> array[${key}]::text[]) and ${like}`;
  }
  // Keys hold only letters and digits, so quoting the phrase is all FTS5 needs.
  if (key.length >= 3) {
    const tri = sql.raw(`${table}_key_tri`);
    return sql<boolean>`${id} in (select rowid from ${tri} where ${tri} match ${`"${key}"`}) and ${like}`;
  }
  const bi = sql.raw(`${table}_key_bi`);
  const phrase = key.length === 1 ? `"${key}" *` : `"${key}"`;
  return sql<boolean>`${id} in (select rowid from ${bi} where ${bi} match ${phrase}) and ${like}`;
}
