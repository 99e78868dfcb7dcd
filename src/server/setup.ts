import { type DbHandle, openDatabase } from './db/client.js';
import { migrateToLatest } from './db/migrate.js';
import { seedReference } from './db/reference.js';
import { seedDemo } from './demo/index.js';
import type { Env } from './env.js';
import { sqlitePath } from './env.js';
import { piiCipher } from './lib/pii.js';

/** Opens the configured database and brings its schema to the latest migration. */
export async function openAndMigrate(env: Env): Promise<DbHandle & { migration: string }> {
  const handle = openDatabase({
    databaseUrl: env.DATABASE_URL,
    sqliteFile: sqlitePath(env),
    poolSize: env.DATABASE_POOL_SIZE,
  });
  const migration = await migrateToLatest(handle.db, handle.dialect);
  return { ...handle, migration };
}

/** Reference data always; the demo university only into an empty database and only when asked. */
export async function seed(handle: DbHandle, env: Env, now = new Date().toISOString()): Promise<{ demo: boolean }> {
  await seedReference(handle.db, now);
  const demo = env.SEED_DEMO ? await seedDemo(handle.db, now, piiCipher(env)) : false;
  return { demo };
}
