import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BackupError,
  backupPostgres,
  backupSqlite,
  MANIFEST_FILE,
  PG_DUMP_FILE,
  readManifest,
  restoreSqlite,
} from '#server/db/backup.js';
import { digestTables } from '#server/db/backup-manifest.js';
import { createTestDb, type TestDb } from '#tests/setup/db.js';

/**
 * Backup and restore (README "Backup and restore"): the demo university is backed up while another
 * connection writes, restored into an empty folder with the same counts and checksums; a non-empty
 * folder is refused.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-backup-'));
const dataDir = path.join(root, 'data');
const sqliteFile = path.join(dataDir, 'meridian.sqlite');
const KEY = Buffer.alloc(32, 7).toString('base64');

describe('backup and restore (sqlite)', () => {
  let handle: TestDb;
  beforeAll(async () => {
    handle = await createTestDb('sqlite');
    // The demo university, moved into a data folder of its own with a personal-data key file.
    await handle.db.destroy();
    fs.mkdirSync(dataDir);
    const tmp = new SQLite(handle.describe);
    await tmp.backup(sqliteFile);
    tmp.close();
    fs.writeFileSync(path.join(dataDir, 'pii.key'), KEY, { mode: 0o600 });
  });
  afterAll(() => {
    fs.rmSync(path.dirname(handle.describe), { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('backs up while a write happens, restores into an empty folder with identical counts and checksums', async () => {
    const app = new SQLite(sqliteFile);
    app.pragma('journal_mode = WAL');
    const before = digestTables(app);
    let wrote = false;
    const write = app.transaction(() => {
      const insert = app.prepare(
        "insert into audit_log (at, action, entity_type, summary) values (?, 'update', 'backup-test', ?)",
      );
      insert.run(new Date().toISOString(), 'written during the backup (1/2)');
      insert.run(new Date().toISOString(), 'written during the backup (2/2)');
      app
        .prepare("update partners set notes = 'changed during the backup' where id = (select min(id) from partners)")
        .run();
    });
    const target = path.join(root, 'backup-1');
    const manifest = await backupSqlite({
      sqliteFile,
      dataDir,
      piiKeyInEnv: false,
      target,
      pagesPerStep: 1,
      progress: () => {
        if (!wrote) write();
        wrote = true;
      },
    });
    expect(wrote).toBe(true);
    const after = digestTables(app);
    app.close();
    expect(after.audit_log?.rows).toBe((before.audit_log?.rows ?? 0) + 2);
    // SQLite restarts a copy that a write interrupted: the backup holds the state after the write.
    expect(manifest.tables).toEqual(after);
    expect(manifest.migration).toMatch(/^\d{3}_/);
    expect(manifest.piiKey).toBe('file');
    expect(Object.keys(manifest.tables).length).toBeGreaterThan(20);
    expect(manifest.tables.stored_files).toBeDefined();
    expect(readManifest(target)).toEqual(manifest);

    const restoredDir = path.join(root, 'restored');
    const restored = restoreSqlite({ source: target, dataDir: restoredDir });
    expect(restored.tables).toEqual(manifest.tables);
    const check = new SQLite(path.join(restoredDir, 'meridian.sqlite'), { readonly: true });
    expect(digestTables(check)).toEqual(after);
    check.close();
    expect(fs.readFileSync(path.join(restoredDir, 'pii.key'), 'utf8')).toBe(KEY);
    expect(fs.statSync(path.join(restoredDir, 'pii.key')).mode & 0o777).toBe(0o600);
  });

  it('refuses a non-empty data folder, an existing backup folder and a backup that does not match its manifest', async () => {
    const target = path.join(root, 'backup-2');
    await backupSqlite({ sqliteFile, dataDir, piiKeyInEnv: true, target });
    expect(readManifest(target).piiKey).toBe('environment');
    expect(fs.existsSync(path.join(target, 'pii.key'))).toBe(false);
    expect(() => restoreSqlite({ source: target, dataDir })).toThrow(BackupError);
    expect(() => restoreSqlite({ source: target, dataDir })).toThrow(/data folder .* is not empty/);
    await expect(backupSqlite({ sqliteFile, dataDir, piiKeyInEnv: true, target })).rejects.toThrow(/not empty/);

    const manifest = readManifest(target);
    manifest.tables.partners = { rows: manifest.tables.partners?.rows ?? 0, sha256: '0'.repeat(64) };
    fs.writeFileSync(path.join(target, MANIFEST_FILE), JSON.stringify(manifest));
    expect(() => restoreSqlite({ source: target, dataDir: path.join(root, 'restored-2') })).toThrow(
      /partners: content checksum differs/,
    );
  });

  it('the command exits non-zero with a clear message on a non-empty data folder', () => {
    const res = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', 'restore', path.join(root, 'backup-1')],
      {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: undefined },
        encoding: 'utf8',
      },
    );
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/The data folder .* is not empty/);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('backup (postgres)', () => {
  let handle: TestDb;
  beforeAll(async () => {
    handle = await createTestDb('postgres');
  });
  afterAll(() => handle.drop());

  it('dumps with pg_dump -Fc and writes a manifest', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
    url.pathname = `/${rows[0]?.name}`;
    const target = path.join(root, 'pg');
    const { manifest } = await backupPostgres({ databaseUrl: url.toString(), dataDir, piiKeyInEnv: false, target });
    expect(manifest.dialect).toBe('postgres');
    expect(manifest.migration).toMatch(/^\d{3}_/);
    const list = spawnSync('pg_restore', ['--list', path.join(target, PG_DUMP_FILE)], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('TABLE public partners');
  });
});
