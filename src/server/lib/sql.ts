import { type RawBuilder, sql } from 'kysely';

/**
 * `column LIKE %text%` with the user's % and _ matched literally. The ESCAPE clause is explicit because
 * SQLite has no default escape character; PostgreSQL honours the same clause.
 */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
