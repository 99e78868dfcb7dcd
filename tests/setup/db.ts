import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DbHandle, type Dialect, openPostgres, openSqlite } from '#server/db/client.js';
import { migrateToLatest } from '#server/db/migrate.js';
import { seedReference } from '#server/db/reference.js';
import { seedDemo } from '#server/demo/index.js';
import { piiCipher } from '#server/lib/pii.js';

/** The cipher the test apps use (NODE_ENV=test gets a fixed key): demo personal data stays readable. */
export const testPii = piiCipher({ NODE_ENV: 'test', DATA_DIR: 'data' });

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL points at a server (CI sets it). */
export const DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export type TestDb = DbHandle & { drop: () => Promise<void> };

/** A fresh, migrated and seeded database for one test file: a temp SQLite file or a new PostgreSQL database. */
export async function createTestDb(dialect: Dialect, opts: { demo?: boolean } = {}): Promise<TestDb> {
  const name = `meridian_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  let handle: DbHandle;
  let drop: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-test-'));
    handle = openSqlite(path.join(dir, `${name}.sqlite`));
    drop = async () => {
      await handle.db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const adminUrl = process.env.TEST_DATABASE_URL as string;
    await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    handle = openPostgres(url.toString(), 5);
    drop = async () => {
      await handle.db.destroy();
      await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    };
  }
  await migrateToLatest(handle.db, handle.dialect);
  const now = new Date().toISOString();
  await seedReference(handle.db, now);
  if (opts.demo !== false) await seedDemo(handle.db, now, testPii);
  return { ...handle, drop };
}

async function withAdmin(url: string, work: (c: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
