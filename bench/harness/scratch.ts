import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Manifest } from '../data/dataset.js';
import { BENCH_ROOT } from '../data/target.js';

export type Scratch = { env: Record<string, string>; describe: string; dispose: () => Promise<void> };

/**
 * A throw-away copy of the generated dataset for one run (writes and imports add rows; the next run
 * must start from the same data): a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
 */
export async function scratchCopy(manifest: Manifest): Promise<Scratch> {
  const tag = `run_${process.pid}_${Date.now().toString(36)}`;
  if (manifest.dialect === 'sqlite') {
    const dir = path.join(BENCH_ROOT, tag);
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(manifest.sqliteFile as string, path.join(dir, 'meridian.sqlite'));
    return {
      env: { DATA_DIR: dir },
      describe: dir,
      dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const source = new URL(manifest.databaseUrl as string);
  const template = source.pathname.slice(1);
  const name = `meridian_bench_${tag}`;
  await admin(source, `create database "${name}" template "${template}"`);
  const url = new URL(source);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    describe: name,
    dispose: () => admin(source, `drop database if exists "${name}" with (force)`),
  };
}

async function admin(server: URL, statement: string): Promise<void> {
  const url = new URL(server);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
