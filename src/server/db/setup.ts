import type { Env } from '#server/env.js';
import { sqlitePath } from '#server/env.js';
import { piiCipher } from '#server/lib/pii.js';
import { type DbHandle, openDatabase } from './client.js';
import { migrateToLatest } from './migrate.js';
import { seedDemo, seedReference } from './seed/index.js';

/** Opens the configured database and brings its schema to the latest migration. */
export async function openAndMigrate(env: Env): Promise<DbHandle & { migration: string }> {
  const handle = openDatabase({ databaseUrl: env.DATABASE_URL, sqliteFile: sqlitePath(env) });
  const migration = await migrateToLatest(handle.db, handle.dialect);
  return { ...handle, migration };
}

/** Reference data always; the demo university only into an empty database and only when asked. */
export async function seed(handle: DbHandle, env: Env, now = new Date().toISOString()): Promise<{ demo: boolean }> {
  await seedReference(handle.db, now);
  const demo = env.SEED_DEMO ? await seedDemo(handle.db, now, piiCipher(env)) : false;
  return { demo };
}
