import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type DbHandle, type Dialect, openPostgres, openSqlite } from '#server/db/client.js';

/** Where datasets and run copies go; BENCH_ROOT moves them (several people benchmarking on one machine). */
export const BENCH_ROOT = process.env.BENCH_ROOT ?? '/tmp/meridian-bench';
/** Databases the generator may drop and recreate with --reset: only its own. */
const OWN_DATABASE = /^meridian_bench\w*$/;

export type Target = { dialect: Dialect; manifestDir: string; sqliteFile?: string; databaseUrl?: string };

/** Where a scale's dataset lives by default: a folder per scale and dialect, the database named after both. */
export function defaultTarget(scale: string, dialect: Dialect, out?: string): Target {
  const manifestDir = path.join(BENCH_ROOT, `${scale}-${dialect}`);
  if (dialect === 'sqlite') {
    const dir = path.resolve(out ?? manifestDir);
    return { dialect, manifestDir: dir, sqliteFile: path.join(dir, 'meridian.sqlite') };
  }
  const url = out ?? `postgres://postgres@127.0.0.1:5432/meridian_bench_${scale.toLowerCase()}`;
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('--out must be a postgres:// URL with --db postgres');
  return { dialect, manifestDir, databaseUrl: url };
}

/** An empty database to generate into; an existing one is replaced only with `reset`, and only if it is ours. */
export async function prepareTarget(target: Target, reset: boolean): Promise<DbHandle> {
  fs.mkdirSync(target.manifestDir, { recursive: true });
  if (target.sqliteFile) {
    const file = target.sqliteFile;
    if (fs.existsSync(file)) {
      if (!reset) throw new Error(`${file} exists: pass --reset to replace it`);
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    }
    return openSqlite(file);
  }
  const url = new URL(target.databaseUrl as string);
  const name = url.pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`unusual database name: ${name}`);
  const exists = await adminQuery(url, 'select 1 from pg_database where datname = $1', [name]);
  if (exists) {
    if (!reset) throw new Error(`database ${name} exists: pass --reset to replace it`);
    await dropBenchDatabase(url);
  }
  await adminQuery(url, `create database "${name}"`);
  return openPostgres(url.toString());
}

/** Drops a generated or scratch database; refuses any database not named meridian_bench*. */
export async function dropBenchDatabase(url: URL | string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!OWN_DATABASE.test(name)) throw new Error(`refusing to drop ${name}: only meridian_bench* databases are ours`);
  await adminQuery(url, `drop database if exists "${name}" with (force)`);
}

/** One statement on the server's maintenance database (CREATE/DROP DATABASE cannot run inside the target). */
export async function adminQuery(server: URL | string, statement: string, params: unknown[] = []): Promise<number> {
  const url = new URL(server);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(statement, params)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}
