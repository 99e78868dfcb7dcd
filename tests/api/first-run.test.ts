import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCreate, type CliIo } from '#server/cli.js';
import { openSqlite } from '#server/db/client.js';
import { firstRunHint } from '#server/modules/users/first-admin.js';
import { DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/** A CLI run's output, captured. */
function io(stdin: string | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  const streams: CliIo = { stdin, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { streams, out, err };
}

const NAMES = ['--name-zh', '王小明', '--name-en', 'Wang Hsiao-ming'];
const UNIVERSITY = ['--university-zh', '南方子午科技大學', '--university-en', 'Southern Meridian University'];

describe.each(DIALECTS)('first run without demo data (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect, { SEED_DEMO: 'false' }, { demo: false });
  });
  afterAll(() => t.close());

  const count = async (table: 'users' | 'units' | 'audit_log') =>
    Number(
      (
        await t.db.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('start-up says what to do next on an empty database', async () => {
    const hint = (await firstRunHint(t.db.db)).join('\n');
    expect(hint).toContain('npm run admin:create -- --email');
    expect(hint).toContain('--university-zh');
  });

  it('refuses a bad e-mail, a weak password and a missing university, changing nothing', async () => {
    const bad = io('long-enough-pw\n');
    expect(await adminCreate(t.db, ['--email', 'not-an-email', ...NAMES, ...UNIVERSITY], bad.streams)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/--email: Enter a valid e-mail address/);
    const weak = io('short\n');
    expect(await adminCreate(t.db, ['--email', 'a@b.edu', ...NAMES, ...UNIVERSITY], weak.streams)).toBe(1);
    expect(weak.err.join('\n')).toMatch(/password \(stdin\): Use at least 10 characters/);
    const noUniversity = io('long-enough-pw\n');
    expect(await adminCreate(t.db, ['--email', 'a@b.edu', ...NAMES], noUniversity.streams)).toBe(1);
    expect(noUniversity.err.join('\n')).toMatch(/--university-zh: This field is required/);
    const unknown = io('long-enough-pw\n');
    expect(await adminCreate(t.db, ['--mail', 'a@b.edu'], unknown.streams)).toBe(1);
    expect(unknown.err.join('\n')).toMatch(/Usage: npm run admin:create/);
    expect([await count('users'), await count('units'), await count('audit_log')]).toEqual([0, 0, 0]);
  });

  it('creates the university and the administrator with the piped password, who can sign in', async () => {
    const run = io('long-enough-pw\n');
    expect(await adminCreate(t.db, ['--email', 'First.Admin@B.edu', ...NAMES, ...UNIVERSITY], run.streams)).toBe(0);
    expect(run.out.join('\n')).toMatch(/Created the university \(root unit UNIV\)/);
    expect(run.out.join('\n')).not.toMatch(/Password/);
    expect(await firstRunHint(t.db.db)).toEqual([]);
    const admin = await t.login('first.admin@b.edu', 'long-enough-pw');
    const me = (await admin.get('/api/v1/auth/me')).json();
    expect(me.roles).toEqual([expect.objectContaining({ role: 'admin', unitNameZh: '南方子午科技大學' })]);
    expect(me.capabilities.units.create).toBe(true);
    const units = (await admin.get('/api/v1/units')).json().items;
    expect(units).toEqual([
      expect.objectContaining({ code: 'UNIV', kind: 'university', parentId: null, active: true }),
    ]);
  });

  it('refuses a duplicate e-mail, and university names once there is a university', async () => {
    const dup = io('another-long-pw\n');
    expect(await adminCreate(t.db, ['--email', 'first.admin@b.edu', ...NAMES], dup.streams)).toBe(1);
    expect(dup.err.join('\n')).toMatch(/--email: This e-mail is already in use/);
    const again = io('another-long-pw\n');
    expect(await adminCreate(t.db, ['--email', 'second@b.edu', ...NAMES, ...UNIVERSITY], again.streams)).toBe(1);
    expect(again.err.join('\n')).toMatch(/--university-zh: The university \(the root unit\) already exists/);
    expect([await count('users'), await count('units')]).toEqual([1, 1]);
  });

  it('generates a password when none is piped and prints it once', async () => {
    const run = io(null);
    expect(await adminCreate(t.db, ['--email', 'second@b.edu', ...NAMES], run.streams)).toBe(0);
    const password = run.out.join('\n').match(/Password \(shown only this once\): (\S+)/)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(20);
    await t.login('second@b.edu', password);
  });
});

describe('admin:create as a real process on a SQLite file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-first-run-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const { DATABASE_URL: _sqliteHere, ...env } = process.env;
  const cli = (args: string[], input: string) =>
    execFileSync('npx', ['tsx', 'src/server/cli.ts', 'admin-create', ...args], {
      input,
      env: { ...env, DATA_DIR: dir, SEED_DEMO: 'false', NODE_ENV: 'test' },
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });

  it('creates the administrator from a piped password, then refuses the same e-mail with exit code 1', async () => {
    const out = cli(['--email', 'cli@b.edu', ...NAMES, ...UNIVERSITY], 'piped-password-1\n');
    expect(out).toContain('Created administrator cli@b.edu.');
    let failure: { status?: number; stderr?: string } = {};
    try {
      cli(['--email', 'cli@b.edu', ...NAMES], 'piped-password-2\n');
    } catch (err) {
      failure = err as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toMatch(/--email: This e-mail is already in use/);
    const handle = openSqlite(path.join(dir, 'meridian.sqlite'));
    try {
      const users = await handle.db.selectFrom('users').select('email').execute();
      expect(users).toEqual([{ email: 'cli@b.edu' }]);
    } finally {
      await handle.db.destroy();
    }
  }, 60_000);
});
