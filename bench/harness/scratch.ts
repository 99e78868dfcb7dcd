import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../data/dataset.js';
import { adminQuery, BENCH_ROOT, dropBenchDatabase } from '../data/target.js';

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
  await adminQuery(source, `create database "${name}" template "${template}"`);
  const url = new URL(source);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    describe: name,
    dispose: () => dropBenchDatabase(url),
  };
}
