import { PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import { searchKey } from '#shared/search-key.js';
import { containsText, keyStarts } from './sql.js';

/** Tables with an indexed `search_text` of search keys (migration 034, docs/decisions/0036). */
export type KeySearchTable = 'partners' | 'people';

/**
 * `<table>.search_text` contains the query's search key, found through the key indexes instead of a scan:
 * SQLite asks the FTS5 trigram table (3+ characters) or the bigram table (1–2, e.g. 「九州」); PostgreSQL's
 * planner uses the pg_trgm index for LIKE, or the `<table>_key_grams` GIN index for 1–2 characters. Either way the rows are
 * then checked with the one LIKE both databases share, so the two return the same rows (the index only
 * narrows them down; the rule of what matches stays `search_text LIKE %key%`).
 */
export function keyMatches(
  db: Db,
  table: KeySearchTable,
  query: string,
  reach: KeyReach = 'narrow',
): RawBuilder<boolean> {
  const key = searchKey(query);
  const like = containsText(`${table}.search_text`, key, { lowered: true });
  if (!key) return like;
  const id = sql.ref(`${table}.id`);
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    return key.length >= 3
      ? like
      : sql<boolean>`${id} in (select id from ${sql.raw(`${table}_key_grams`)} where grams @> array[${key}]::text[]) and ${like}`;
  }
  // A common key: its list would hold a quarter of the table or more, and building it costs more than checking
  // the LIKE on the rows the other filters' or the sort's index reaches (ADR 0036). Same rows either way.
  if (reach === 'common') return like;
  // A broad key: `+id` keeps SQLite from leading with the key's rowids, so it walks the other filters' or the
  // sort's index and probes the key's list (ADR 0036). Same rows either way.
  const probe = reach === 'broad' ? sql`+${id}` : id;
  return sql<boolean>`${probe} in (${ftsRowids(table, key)}) and ${like}`;
}

/**
 * Some key of `<table>.search_text` starts with the query (the relevance's earlier tiers): PostgreSQL's trigram
 * index serves the LIKEs themselves; SQLite finds the rows through the trigram table, where every key follows a
 * `|` (migration 049), then checks the same LIKEs. A one-character key has no trigram: the LIKEs alone.
 */
export function keyStartMatches(db: Db, table: KeySearchTable, query: string): RawBuilder<SqlBool> {
  const starts = keyStarts(`${table}.search_text`, query);
  const key = searchKey(query);
  if (db.getExecutor().adapter instanceof PostgresAdapter || key.length < 2) return starts;
  const fts = sql.raw(`${table}_key_tri`);
  return sql<SqlBool>`(${sql.ref(`${table}.id`)} in (select rowid from ${fts} where ${fts} match ${`"|${key}"`}) and ${starts})`;
}

/** The rowids whose keys contain `key`, from the FTS5 trigram table (3+ characters) or the bigram table. */
function ftsRowids(table: KeySearchTable, key: string) {
  // Keys hold only letters and digits, so quoting the phrase is all FTS5 needs.
  const fts = sql.raw(`${table}_key_${key.length >= 3 ? 'tri' : 'bi'}`);
  const phrase = key.length === 1 ? `"${key}" *` : `"${key}"`;
  return sql`select rowid from ${fts} where ${fts} match ${phrase}`;
}

/**
 * How many rows a key's index narrows to, told before the query is planned: SQLite has no statistics for FTS5
 * and always led with the key's rowids. For 「大學」 (28,823 of 40,000 partners at bench scale L) it sorted them
 * all: 23.5 ms for page 1, against 6.5 ms walking the name index and probing the key's list; a key found
 * nowhere costs 0.05 ms the first way and 2.4 ms the second (bench/results/2026-12-07-L-issue24-s7.md).
 * - narrow: fewer than `broadFrom` rows: lead with the key's rowids;
 * - broad: walk the other indexes and probe the key's list;
 * - common: in a quarter of the table or more: no list at all. Building 28,823 rowids into a list cost 4.3 ms of
 *   the 5.3 ms count of 「大學」 in Japan's universities, which the LIKE alone answers in 1.0 ms (ADR 0036).
 */
export type KeyReach = 'narrow' | 'broad' | 'common';
export const BROAD_KEY_ROWS = 2_000;
export const COMMON_KEY_SHARE = 0.25;

export async function keyReach(
  db: Db,
  table: KeySearchTable,
  query: string | undefined,
  broadFrom = BROAD_KEY_ROWS,
): Promise<KeyReach> {
  const key = query ? searchKey(query) : '';
  if (!key || db.getExecutor().adapter instanceof PostgresAdapter) return 'narrow';
  // max(id) is read from the primary key's end: the table's size near enough to plan by.
  const { top } = await sql<{ top: number | null }>`select max(id) as top from ${sql.raw(table)}`
    .execute(db)
    .then((r) => r.rows[0] ?? { top: 0 });
  const commonFrom = Math.max(broadFrom, Math.ceil(Number(top ?? 0) * COMMON_KEY_SHARE));
  const { n } = await sql<{ n: number }>`select count(*) as n from (${ftsRowids(table, key)} limit ${commonFrom})`
    .execute(db)
    .then((r) => r.rows[0] ?? { n: 0 });
  return Number(n) >= commonFrom ? 'common' : Number(n) >= broadFrom ? 'broad' : 'narrow';
}
