import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';

/**
 * What a backup says about itself, so a restore can prove it got the same data back: when it was
 * taken, the schema's migration level, and per table the row count and a content checksum.
 */
export type TableDigest = { rows: number; sha256: string };
export type Manifest = {
  format: 'meridian-backup/1';
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  migration: string | null;
  /** Files in the backup folder besides this manifest. */
  files: { database: string; piiKey: string | null };
  /** Where the personal-data key lives: a file copied into the backup, or PII_KEY (back it up yourself). */
  piiKey: 'file' | 'environment' | 'none';
  tables: Record<string, TableDigest>;
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every table of the database except SQLite's own, by name. */
function tableNames(db: SQLite.Database): string[] {
  const rows = db
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name",
    )
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** The ORDER BY that walks a table in primary-key order (every column when it has none). */
function keyOrder(db: SQLite.Database, table: string): string {
  const cols = db.prepare(`select name, pk from pragma_table_info(?) order by pk, cid`).all(table) as {
    name: string;
    pk: number;
  }[];
  const pk = cols.filter((c) => c.pk > 0);
  return (pk.length ? pk : cols).map((c) => quote(c.name)).join(', ');
}

/**
 * The canonical form of a row: its values in column-name order as JSON, bytes as base64 and integers
 * beyond 2^53 as strings, so the same data always hashes the same whatever the column order on disk.
 */
export function canonicalRow(row: Record<string, unknown>): string {
  const keys = Object.keys(row).sort();
  return JSON.stringify(
    keys.map((k) => {
      const v = row[k];
      if (Buffer.isBuffer(v) || v instanceof Uint8Array) return { b64: Buffer.from(v).toString('base64') };
      if (typeof v === 'bigint') return v.toString();
      return v ?? null;
    }),
  );
}

/** Row count and sha256 over the canonical rows (one per line) in primary-key order, per table. */
export function digestTables(db: SQLite.Database): Record<string, TableDigest> {
  const out: Record<string, TableDigest> = {};
  for (const table of tableNames(db)) {
    const hash = createHash('sha256');
    let rows = 0;
    const stmt = db.prepare(`select * from ${quote(table)} order by ${keyOrder(db, table)}`);
    for (const row of stmt.iterate() as Iterable<Record<string, unknown>>) {
      hash.update(canonicalRow(row));
      hash.update('\n');
      rows++;
    }
    out[table] = { rows, sha256: hash.digest('hex') };
  }
  return out;
}

/** The newest migration recorded in the database (null before the first). */
export function migrationLevel(db: SQLite.Database): string | null {
  const exists = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (!exists) return null;
  const row = db.prepare('select name from kysely_migration order by name desc limit 1').get() as
    | { name: string }
    | undefined;
  return row?.name ?? null;
}

/** The tables whose count or checksum differ from the manifest, described for the operator. */
export function compareDigests(expected: Record<string, TableDigest>, actual: Record<string, TableDigest>): string[] {
  const problems: string[] = [];
  for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const e = expected[name];
    const a = actual[name];
    if (!e) problems.push(`${name}: not in the manifest`);
    else if (!a) problems.push(`${name}: missing after restore`);
    else if (e.rows !== a.rows) problems.push(`${name}: ${a.rows} rows, the manifest says ${e.rows}`);
    else if (e.sha256 !== a.sha256) problems.push(`${name}: content checksum differs`);
  }
  return problems;
}
