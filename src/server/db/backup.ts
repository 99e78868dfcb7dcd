import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { compareDigests, digestTables, type Manifest, migrationLevel } from './backup-manifest.js';

/**
 * `npm run db:backup -- <dir>` and `npm run db:restore -- <dir>` (README "Backup and restore").
 * SQLite: an online copy through SQLite's backup API (the app keeps serving; the copy is one consistent
 * snapshot), the personal-data key file when there is one, and manifest.json with per-table row counts
 * and content checksums that the restore checks. Uploaded files live in the database (`stored_files`),
 * so there is no folder of uploads to copy. PostgreSQL: `pg_dump -Fc` when it is installed.
 */
export const DATABASE_FILE = 'meridian.sqlite';
export const PII_KEY_FILE = 'pii.key';
export const MANIFEST_FILE = 'manifest.json';
export const PG_DUMP_FILE = 'meridian.dump';

/** A refusal the operator can act on (the CLI prints the message and exits non-zero). */
export class BackupError extends Error {}

/** Copies DATA_DIR/pii.key (mode 0600) unless PII_KEY is set; says whether there was one. */
function copyPiiKey(o: { dataDir: string; piiKeyInEnv: boolean; target: string }): boolean {
  const keyFile = path.join(o.dataDir, PII_KEY_FILE);
  if (o.piiKeyInEnv || !fs.existsSync(keyFile)) return false;
  fs.copyFileSync(keyFile, path.join(o.target, PII_KEY_FILE));
  fs.chmodSync(path.join(o.target, PII_KEY_FILE), 0o600);
  return true;
}

const piiKeyPlace = (inEnv: boolean, file: boolean): Manifest['piiKey'] =>
  inEnv ? 'environment' : file ? 'file' : 'none';

/** Refuses a folder that exists and holds anything: neither a backup nor a restore overwrites. */
function requireEmptyFolder(dir: string, what: string) {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new BackupError(`${what} ${path.resolve(dir)} is not empty; choose an empty or new folder.`);
  }
  fs.mkdirSync(dir, { recursive: true });
}

export type SqliteBackupOptions = {
  sqliteFile: string;
  dataDir: string;
  /** PII_KEY is set in the environment: there is no key file to copy. */
  piiKeyInEnv: boolean;
  target: string;
  /** Called between steps of the copy (pages remaining), e.g. to print progress. */
  progress?: (info: { totalPages: number; remainingPages: number }) => void;
  pagesPerStep?: number;
};

export async function backupSqlite(o: SqliteBackupOptions): Promise<Manifest> {
  if (!fs.existsSync(o.sqliteFile)) throw new BackupError(`No database at ${o.sqliteFile}.`);
  requireEmptyFolder(o.target, 'The backup folder');
  const dbFile = path.join(o.target, DATABASE_FILE);
  // A connection of our own: the running app's writes go on, and SQLite restarts the copy if one lands
  // mid-way, so the result is always a snapshot of one committed state.
  const source = new SQLite(o.sqliteFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(dbFile, {
      progress: (info) => {
        o.progress?.(info);
        return o.pagesPerStep ?? 256;
      },
    });
  } finally {
    source.close();
  }
  const hasKeyFile = copyPiiKey(o);
  // One self-contained file (no -wal/-shm beside it); the app turns WAL back on when it opens it.
  const rw = new SQLite(dbFile);
  rw.pragma('journal_mode = DELETE');
  rw.close();
  const copy = new SQLite(dbFile, { readonly: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`The copy failed SQLite's integrity check: ${String(check)}`);
    const manifest: Manifest = {
      format: 'meridian-backup/1',
      createdAt: new Date().toISOString(),
      dialect: 'sqlite',
      migration: migrationLevel(copy),
      files: { database: DATABASE_FILE, piiKey: hasKeyFile ? PII_KEY_FILE : null },
      piiKey: piiKeyPlace(o.piiKeyInEnv, hasKeyFile),
      tables: digestTables(copy),
    };
    fs.writeFileSync(path.join(o.target, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    copy.close();
  }
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file))
    throw new BackupError(`${path.resolve(dir)} has no ${MANIFEST_FILE}: not a Meridian backup.`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 'meridian-backup/1') throw new BackupError(`Unknown backup format "${manifest.format}".`);
  return manifest;
}

/**
 * Copies a backup into an empty data folder (the app must not be running on it) and checks every
 * table's row count and checksum against the manifest; a difference removes nothing but fails loudly.
 */
export function restoreSqlite(o: { source: string; dataDir: string }): Manifest {
  const manifest = readManifest(o.source);
  if (manifest.dialect !== 'sqlite') throw new BackupError(`This is a ${manifest.dialect} backup; see README.`);
  requireEmptyFolder(o.dataDir, 'The data folder');
  const dbFile = path.join(o.dataDir, DATABASE_FILE);
  fs.copyFileSync(path.join(o.source, manifest.files.database), dbFile, fs.constants.COPYFILE_EXCL);
  if (manifest.files.piiKey) {
    fs.copyFileSync(path.join(o.source, manifest.files.piiKey), path.join(o.dataDir, PII_KEY_FILE));
    fs.chmodSync(path.join(o.dataDir, PII_KEY_FILE), 0o600);
  }
  const restored = new SQLite(dbFile, { readonly: true });
  try {
    const problems = compareDigests(manifest.tables, digestTables(restored));
    if (migrationLevel(restored) !== manifest.migration) problems.push('migration level differs');
    if (problems.length)
      throw new BackupError(`The restored data differs from the backup:\n  ${problems.join('\n  ')}`);
  } finally {
    restored.close();
  }
  return manifest;
}

/** The documented PostgreSQL way (README), printed when pg_dump is not installed and for restores. */
export const PG_COMMANDS = [
  `pg_dump -Fc --no-owner -f <dir>/${PG_DUMP_FILE} "$DATABASE_URL"`,
  `createdb <new database> && pg_restore --no-owner --exit-on-error -d <new database url> <dir>/${PG_DUMP_FILE}`,
].join('\n  ');

/** PostgreSQL: runs `pg_dump -Fc` into the folder and writes a manifest; without pg_dump, says what to run. */
export async function backupPostgres(o: {
  databaseUrl: string;
  dataDir: string;
  piiKeyInEnv: boolean;
  target: string;
}) {
  const version = spawnSync('pg_dump', ['--version'], { encoding: 'utf8' });
  if (version.error) {
    throw new BackupError(`pg_dump is not installed here. Back up PostgreSQL with:\n  ${PG_COMMANDS}`);
  }
  requireEmptyFolder(o.target, 'The backup folder');
  const dump = spawnSync('pg_dump', ['-Fc', '--no-owner', '-f', path.join(o.target, PG_DUMP_FILE), o.databaseUrl], {
    encoding: 'utf8',
  });
  if (dump.status !== 0) throw new BackupError(`pg_dump failed: ${dump.stderr.trim()}`);
  const hasKeyFile = copyPiiKey(o);
  const client = new pg.Client({ connectionString: o.databaseUrl });
  await client.connect();
  let migration: string | null = null;
  try {
    const res = await client.query('select name from kysely_migration order by name desc limit 1');
    migration = (res.rows[0]?.name as string | undefined) ?? null;
  } finally {
    await client.end();
  }
  const manifest: Manifest = {
    format: 'meridian-backup/1',
    createdAt: new Date().toISOString(),
    dialect: 'postgres',
    migration,
    files: { database: PG_DUMP_FILE, piiKey: hasKeyFile ? PII_KEY_FILE : null },
    piiKey: piiKeyPlace(o.piiKeyInEnv, hasKeyFile),
    tables: {},
  };
  fs.writeFileSync(path.join(o.target, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, pgDump: version.stdout.trim() };
}
