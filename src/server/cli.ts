import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { translate } from '#shared/i18n/index.js';
import { BackupError, backupPostgres, backupSqlite, PG_COMMANDS, restoreSqlite } from './db/backup.js';
import type { DbHandle } from './db/client.js';
import { rebuildMobilityFacts } from './db/mobility-facts.js';
import { rebuildOutboundFacts } from './db/outbound-facts.js';
import { type Env, loadEnv, sqlitePath } from './env.js';
import { fieldErrorsFromIssues } from './http/validation-messages.js';
import { AppError } from './lib/errors.js';
import { AdminBootstrap, createFirstAdmin } from './modules/users/first-admin.js';
import { openAndMigrate, seed } from './setup.js';

/**
 * Operator commands (all honour DATABASE_URL / DATA_DIR):
 *   npm run db:migrate
 *   npm run db:seed
 *   npm run db:facts             (recompute the kept figures from the records, docs/decisions/0036, 0043)
 *   npm run db:backup -- <dir>   /   npm run db:restore -- <dir>   (README "Backup and restore")
 *   npm run admin:create -- --email a@b.edu --name-zh 王小明 --name-en "Wang Hsiao-ming"
 *       [--university-zh 南方子午科技大學 --university-en "Southern Meridian University" [--university-code UNIV]]
 * admin:create reads the password from stdin when it is piped (`echo 'pw' | npm run admin:create -- …`),
 * otherwise generates one and prints it once. The university flags are needed, and only allowed, when
 * the database has no unit yet: the university becomes the root unit the administrator's role sits on.
 */
export type CliIo = {
  /** What was piped to stdin, or null when stdin is a terminal. */
  stdin: string | null;
  out: (line: string) => void;
  err: (line: string) => void;
};

const FLAGS = {
  email: '--email',
  nameZh: '--name-zh',
  nameEn: '--name-en',
  password: 'password (stdin)',
  universityZh: '--university-zh',
  universityEn: '--university-en',
  universityCode: '--university-code',
} as const;

/** `admin:create`: 0 when the administrator was made, 1 (nothing changed) otherwise. */
export async function adminCreate(handle: DbHandle, argv: string[], io: CliIo, now = new Date()): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: Object.fromEntries(
        Object.values(FLAGS)
          .filter((f) => f.startsWith('--'))
          .map((f) => [f.slice(2), { type: 'string' as const }]),
      ),
    }) as { values: Record<string, string | undefined> });
  } catch (err) {
    io.err(`${(err as Error).message}\nUsage: npm run admin:create -- --email … --name-zh … --name-en …`);
    return 1;
  }
  const piped = io.stdin?.replace(/\r?\n$/, '') ?? '';
  const generated = piped ? null : randomBytes(15).toString('base64url');
  const parsed = AdminBootstrap.safeParse({
    email: values.email,
    nameZh: values['name-zh'],
    nameEn: values['name-en'],
    password: piped || generated,
    universityZh: values['university-zh'],
    universityEn: values['university-en'],
    universityCode: values['university-code'],
  });
  if (!parsed.success) return refuse(io, fieldErrorsFromIssues('en', parsed.error.issues));
  try {
    const { university } = await createFirstAdmin(handle.db, parsed.data, now.toISOString());
    if (university.created) io.out(`Created the university (root unit ${university.code}).`);
    io.out(`Created administrator ${parsed.data.email}.`);
    if (generated) io.out(`Password (shown only this once): ${generated}`);
    return 0;
  } catch (err) {
    if (!(err instanceof AppError) || !err.extra.fields) throw err;
    const fields = err.extra.fields.map((f) => ({
      path: f.path,
      message: translate('en', `validation.${f.key}`, f.params),
    }));
    return refuse(io, fields);
  }
}

function refuse(io: CliIo, fields: { path: string; message: string }[]): number {
  const lines = fields.map((f) => `  ${FLAGS[f.path as keyof typeof FLAGS] ?? f.path}: ${f.message}`);
  io.err(`Nothing was changed:\n${lines.join('\n')}`);
  return 1;
}

async function readStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function run([command, ...rest]: string[]): Promise<number> {
  const env = loadEnv();
  if (command === 'backup' || command === 'restore') {
    const dir = rest[0];
    if (!dir) throw new BackupError(`Usage: npm run db:${command} -- <folder>`);
    await (command === 'backup' ? backup(env, dir) : restore(env, dir));
    return 0;
  }
  const database = await openAndMigrate(env);
  try {
    if (command === 'migrate') {
      console.log(`Migrated ${database.dialect} (${database.describe}) to ${database.migration}`);
    } else if (command === 'seed') {
      const { demo } = await seed(database, { ...env, SEED_DEMO: true });
      console.log(demo ? 'Reference and demo data loaded.' : 'Reference data checked; demo data already present.');
    } else if (command === 'facts') {
      // Recomputes the kept figures from the records (after restoring an old backup, or to check them).
      console.log(`Rebuilt ${await rebuildMobilityFacts(database.db)} mobility fact rows.`);
      console.log(`Rebuilt ${await rebuildOutboundFacts(database.db)} outbound student fact rows.`);
    } else if (command === 'admin-create') {
      await seed(database, { ...env, SEED_DEMO: false });
      const io = { stdin: await readStdin(), out: console.log, err: console.error };
      return await adminCreate(database, rest, io);
    } else {
      throw new Error(
        `Unknown command "${command}". Use: migrate | seed | facts | admin-create | backup <dir> | restore <dir>`,
      );
    }
    return 0;
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
