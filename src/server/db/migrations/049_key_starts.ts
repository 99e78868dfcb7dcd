import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { createKeyTriggers, KEY_SEARCH_TABLES } from './034_key_search.js';

/**
 * SQLite's trigram tables index each search_text with a `|` in front (`|key1|key2…`), so that every key starts
 * after a `|` and the phrase 「|大學」 finds the rows where some key starts with 「大學」: a search's closest
 * matches (the relevance's earlier tiers, ADR 0036) by index instead of by checking every match. What a key
 * query finds does not change: keys hold no `|`. PostgreSQL's trigram index already knows where words start.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') return;
  for (const table of KEY_SEARCH_TABLES) {
    const tri = sql.raw(`${table}_key_tri`);
    await sql`drop trigger ${sql.raw(`${table}_key_ai`)}`.execute(db);
    await sql`drop trigger ${sql.raw(`${table}_key_ad`)}`.execute(db);
    await sql`drop trigger ${sql.raw(`${table}_key_au`)}`.execute(db);
    await createKeyTriggers(db, table, (row) => `'|' || ${row}.search_text`);
    await sql`insert into ${tri} (${tri}) values ('delete-all')`.execute(db);
    await sql`insert into ${tri} (rowid, k) select id, '|' || search_text from ${sql.raw(table)}`.execute(db);
  }
}
