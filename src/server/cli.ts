import { BackupError, backupPostgres, backupSqlite, PG_COMMANDS, restoreSqlite } from './db/backup.js';
import { type Env, loadEnv, sqlitePath } from './env.js';
import { openAndMigrate, seed } from './setup.js';

/**
 * Operator commands (all honour DATABASE_URL / DATA_DIR): `npm run db:migrate`, `npm run db:seed`,
 * `npm run db:backup -- <dir>`, `npm run db:restore -- <dir>` (README "Backup and restore").
 */
async function run(command: string | undefined, arg: string | undefined) {
  const env = loadEnv();
  if (command === 'backup' || command === 'restore') {
    if (!arg) throw new BackupError(`Usage: npm run db:${command} -- <folder>`);
    return command === 'backup' ? backup(env, arg) : restore(env, arg);
  }
  const database = await openAndMigrate(env);
  try {
    if (command === 'migrate') {
      console.log(`Migrated ${database.dialect} (${database.describe}) to ${database.migration}`);
    } else if (command === 'seed') {
      const { demo } = await seed(database, { ...env, SEED_DEMO: true });
      console.log(demo ? 'Reference and demo data loaded.' : 'Reference data checked; demo data already present.');
    } else {
      throw new Error(`Unknown command "${command}". Use: migrate | seed | backup <dir> | restore <dir>`);
    }
  } finally {
    await database.db.destroy();
  }
}

async function backup(env: Env, target: string) {
  const piiKeyInEnv = Boolean(env.PII_KEY);
  if (env.DATABASE_URL) {
    const { manifest, pgDump } = await backupPostgres({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      piiKeyInEnv,
      target,
    });
    console.log(`PostgreSQL dumped with ${pgDump} to ${target} (migration ${manifest.migration}).`);
  } else {
    const manifest = await backupSqlite({ sqliteFile: sqlitePath(env), dataDir: env.DATA_DIR, piiKeyInEnv, target });
    const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
    const tables = Object.keys(manifest.tables).length;
    console.log(`Backed up ${tables} tables, ${rows} rows (migration ${manifest.migration}) to ${target}.`);
  }
  console.log(
    piiKeyInEnv
      ? 'PII_KEY is set in the environment: keep a copy of it with this backup, or personal data cannot be read.'
      : 'The personal-data key (pii.key) is in the backup: keep the backup as safe as the key.',
  );
}

async function restore(env: Env, source: string) {
  if (env.DATABASE_URL) {
    throw new BackupError(`Restore a PostgreSQL backup with pg_restore into a new, empty database:\n  ${PG_COMMANDS}`);
  }
  const manifest = restoreSqlite({ source, dataDir: env.DATA_DIR });
  const tables = Object.keys(manifest.tables).length;
  console.log(`Restored into ${env.DATA_DIR}: ${tables} tables, row counts and checksums match the manifest.`);
}

run(process.argv[2], process.argv[3]).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
