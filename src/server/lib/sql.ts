import { type RawBuilder, sql } from 'kysely';

/**
 * Case-insensitive `column LIKE %text%` on both dialects, with the user's % and _ matched literally.
 * The ESCAPE clause is explicit because SQLite has no default escape character. Pass
 * `{ lowered: true }` for columns already stored lower-cased (e.g. search_text), to skip lower().
 */
export function containsText(column: string, text: string, opts: { lowered?: boolean } = {}): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const target = opts.lowered ? sql.ref(column) : sql`lower(${sql.ref(column)})`;
  return sql<boolean>`${target} like ${pattern} escape '\\'`;
}
