import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { translate } from '#shared/i18n/index.js';
import type { DbHandle } from './db/client.js';
import { loadEnv } from './env.js';
import { fieldErrorsFromIssues } from './http/validation-messages.js';
import { AppError } from './lib/errors.js';
import { AdminBootstrap, createFirstAdmin } from './modules/users/first-admin.js';
import { openAndMigrate, seed } from './setup.js';

/**
 * Operator commands (all honour DATABASE_URL / DATA_DIR):
 *   npm run db:migrate
 *   npm run db:seed
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
  const database = await openAndMigrate(env);
  try {
    if (command === 'migrate') {
      console.log(`Migrated ${database.dialect} (${database.describe}) to ${database.migration}`);
    } else if (command === 'seed') {
      const { demo } = await seed(database, { ...env, SEED_DEMO: true });
      console.log(demo ? 'Reference and demo data loaded.' : 'Reference data checked; demo data already present.');
    } else if (command === 'admin-create') {
      await seed(database, { ...env, SEED_DEMO: false });
      const io = { stdin: await readStdin(), out: console.log, err: console.error };
      return await adminCreate(database, rest, io);
    } else {
      throw new Error(`Unknown command "${command}". Use: migrate | seed | admin-create`);
    }
    return 0;
  } finally {
    await database.db.destroy();
  }
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
