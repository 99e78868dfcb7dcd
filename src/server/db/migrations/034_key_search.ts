import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/** The tables whose `search_text` holds search keys and is searched through an index (docs/decisions/0036). */
export const KEY_SEARCH_TABLES = ['partners', 'people'] as const;
/** Longer than any stored key (partners' keys stop at 2,000 characters, people's at 1,000). */
const MAX_KEY_LENGTH = 2000;

/**
 * Indexes for search keys, so a search no longer reads every row:
 * - SQLite: a contentless FTS5 trigram table (`<table>_key_tri`) for keys of 3+ characters, and an FTS5
 *   table of the keys' bigrams (`<table>_key_bi`, every two-character piece and, with a prefix index,
 *   every character) for 1–2 character queries such as 「九州」 or 「台」. Triggers keep both in step with
 *   `search_text`, whatever writes it (services, imports, bench generator, migrations).
 * - PostgreSQL: pg_trgm's GIN index on `search_text` (LIKE '%key%' with 3+ characters) and a GIN index on
 *   the same 1–2 character pieces, kept by a trigger in `<table>_key_grams`, for shorter queries.
 * The rows found are then checked with the same LIKE on both databases, so both return the same rows.
 */
export async function createKeySearch(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') return createPostgres(db);
  await sql`create table if not exists key_positions (i integer primary key)`.execute(db);
  await sql`insert into key_positions (i)
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${sql.lit(MAX_KEY_LENGTH)}) select i from n`.execute(
    db,
  );
  for (const table of KEY_SEARCH_TABLES) {
    const t = sql.raw(table);
    const tri = sql.raw(`${table}_key_tri`);
    const bi = sql.raw(`${table}_key_bi`);
    await sql`create virtual table ${tri} using fts5(k, content='', contentless_delete=1, tokenize='trigram')`.execute(
      db,
    );
    await sql`create virtual table ${bi} using fts5(g, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='1')`.execute(
      db,
    );
    await sql`insert into ${tri} (rowid, k) select id, search_text from ${t}`.execute(db);
    await sql`insert into ${bi} (rowid, g) select r.id, ${keyGrams('r')} from ${t} r`.execute(db);
    await createKeyTriggers(db, table, (row) => `${row}.search_text`);
  }
}

/**
 * Every two-character piece of the key ("ab|cd" → "ab b| |c cd d|"); the tokenizer splits at "|", so a piece
 * never spans two names and the last character of each name is a token of its own.
 */
export const keyGrams = (row: 'new' | 'old' | 'r') =>
  sql.raw(
    `(select group_concat(substr(${row}.search_text || '|', i, 2), ' ') from key_positions where i <= length(${row}.search_text))`,
  );

/** The SQLite triggers that keep both key tables in step with `search_text`; `triText`: what the trigram table indexes. */
export async function createKeyTriggers(
  db: Kysely<any>,
  table: (typeof KEY_SEARCH_TABLES)[number],
  triText: (row: 'new') => string,
): Promise<void> {
  const t = sql.raw(table);
  const tri = sql.raw(`${table}_key_tri`);
  const bi = sql.raw(`${table}_key_bi`);
  const text = sql.raw(triText('new'));
  await sql`create trigger ${sql.raw(`${table}_key_ai`)} after insert on ${t} begin
      insert into ${tri} (rowid, k) values (new.id, ${text});
      insert into ${bi} (rowid, g) values (new.id, ${keyGrams('new')});
    end`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_key_ad`)} after delete on ${t} begin
      delete from ${tri} where rowid = old.id;
      delete from ${bi} where rowid = old.id;
    end`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_key_au`)} after update of search_text on ${t} begin
      delete from ${tri} where rowid = old.id;
      delete from ${bi} where rowid = old.id;
      insert into ${tri} (rowid, k) values (new.id, ${text});
      insert into ${bi} (rowid, g) values (new.id, ${keyGrams('new')});
    end`.execute(db);
}

async function createPostgres(db: Kysely<any>) {
  // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
  await sql`create extension if not exists pg_trgm`.execute(db);
  // The 1–2 character pieces of a key, never across the "|" between two names (immutable: indexable).
  await sql`create or replace function key_grams(t text) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct g), '{}') from (
      select substr(t, i, n) as g from generate_series(1, length(t)) as i, (values (1), (2)) as v(n)
    ) s where length(g) > 0 and position('|' in g) = 0
  $$`.execute(db);
  for (const table of KEY_SEARCH_TABLES) {
    const t = sql.raw(table);
    const grams = sql.raw(`${table}_key_grams`);
    await sql`create index ${sql.raw(`${table}_key_trgm`)} on ${t} using gin (search_text gin_trgm_ops)`.execute(db);
    // The pieces are stored beside the row (computing them per row at query time costs ~0.5 ms each).
    await sql`create table ${grams} (id integer primary key references ${t} (id) on delete cascade, grams text[] not null)`.execute(
      db,
    );
    await sql`insert into ${grams} (id, grams) select id, key_grams(search_text) from ${t}`.execute(db);
    await sql`create index ${sql.raw(`${table}_key_grams_gin`)} on ${grams} using gin (grams)`.execute(db);
    await sql
      .raw(`create function ${table}_key_grams_keep() returns trigger language plpgsql as $$
      begin
        insert into ${table}_key_grams (id, grams) values (new.id, key_grams(new.search_text))
          on conflict (id) do update set grams = excluded.grams;
        return null;
      end $$`)
      .execute(db);
    await sql
      .raw(`create trigger ${table}_key_grams_keep after insert or update of search_text on ${table}
        for each row execute function ${table}_key_grams_keep()`)
      .execute(db);
  }
}
