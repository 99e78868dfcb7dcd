import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { GuardedSqliteDialect, markTransactions } from './sqlite-guard.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type DbHandle = { db: Db; dialect: Dialect; describe: string };

// COUNT(*) and other int8 values arrive as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export function openPostgres(url: string, max = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover, a dropped test database) must not
  // crash the process: the pool discards that client and the next query opens a fresh one.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection lost: ${err.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', describe: url.replace(/\/\/[^@]*@/, '//***@') };
}

/**
 * SQLite in WAL mode with synchronous=FULL: every acknowledged commit is on disk before we answer,
 * so killing the process (or the machine) loses nothing (docs/decisions/0002-sqlite-durability.md).
 */
export function openSqlite(file: string): DbHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Lets the query planner gather the statistics it lacks (bench: a dashboard query picked a poor plan
  // without them); cheap when nothing changed, as SQLite recommends for long-lived connections.
  database.pragma('optimize = 0x10002');
  cacheStatements(database);
  const db = markTransactions(new Kysely<Database>({ dialect: new GuardedSqliteDialect({ database }) }));
  return { db, dialect: 'sqlite', describe: file };
}

/**
 * Kysely prepares every query afresh; re-preparing the same SQL was 12% of CPU under load (bench, ADR
 * 0011). Statements are reusable, so keep the most recent ones by their SQL text. Safe because the one
 * connection runs one statement at a time and nothing here streams (a streaming iterate would hold its
 * statement busy).
 */
function cacheStatements(database: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = database.prepare.bind(database);
  database.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (stmt)
      cache.delete(source); // re-inserted below: the Map's order is the recency
    else stmt = prepare(source);
    cache.set(source, stmt);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return stmt;
  }) as typeof database.prepare;
}

export function openDatabase(opts: { databaseUrl?: string; sqliteFile: string; poolSize?: number }): DbHandle {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize) : openSqlite(opts.sqliteFile);
}
