import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { searchKey } from '#shared/search-key.js';

/** The search_text column holds search keys (src/shared/search-key.ts): the query is reduced the same way. */
export function containsKey(column: string, query: string): RawBuilder<boolean> {
  return containsText(column, searchKey(query), { lowered: true });
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (m) => `\\${m}`);

/** How many values keyRelevance takes (0 a whole key, 1 a key's start, 2 inside a key). */
export const RELEVANCE_TIERS = 3;

/**
 * Some key of the search_text starts with the query: keyRelevance's tiers 0 and 1. Written as two LIKEs so that
 * PostgreSQL's trigram index serves it (the `|` before the key marks a word's start for pg_trgm): the few closest
 * matches of a broad key are found by index instead of by checking every match (lib/keyset.ts, ADR 0036).
 */
export function keyStarts(column: string, query: string): RawBuilder<SqlBool> {
  const k = escapeLike(searchKey(query));
  const c = sql.ref(column);
  return sql<SqlBool>`(${c} like ${`${k}%`} escape '\\' or ${c} like ${`%|${k}%`} escape '\\')`;
}

/**
 * How closely a search_text matches the query, for ordering: 0 when one of the names is the query,
 * 1 when one starts with it (keyStarts), 2 when it only contains it ("Delft" before "… Delft Institute").
 */
export function keyRelevance(column: string, query: string): RawBuilder<number> {
  const k = escapeLike(searchKey(query));
  const c = sql.ref(column);
  const like = (pattern: string) => sql`${c} like ${pattern} escape '\\'`;
  return sql<number>`case when ${c} = ${searchKey(query)} or ${like(`${k}|%`)} or ${like(`%|${k}|%`)} or ${like(`%|${k}`)} then 0 when ${keyStarts(column, query)} then 1 else 2 end`;
}

/**
 * Case-insensitive `column LIKE %text%` on both dialects, with the user's % and _ matched literally.
 * The ESCAPE clause is explicit because SQLite has no default escape character. Pass
 * `{ lowered: true }` for columns already stored lower-cased (e.g. search_text), to skip lower().
 */
export function containsText(column: string, text: string, opts: { lowered?: boolean } = {}): RawBuilder<boolean> {
  const pattern = `%${escapeLike(text.toLowerCase())}%`;
  const target = opts.lowered ? sql.ref(column) : sql`lower(${sql.ref(column)})`;
  return sql<boolean>`${target} like ${pattern} escape '\\'`;
}
