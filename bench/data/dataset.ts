import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { migrateToLatest } from '#server/db/migrate.js';
import { seedReference } from '#server/db/reference.js';
import { seedDemoAccounts } from '#server/demo/index.js';
import { DEFAULT_COUNTRY_REGIONS } from '#shared/regions.data.js';
import { combine, type TableSpec, tableChecksum } from './checksum.js';
import { DATA_MODULES } from './modules/index.js';
import type { GenContext } from './modules/types.js';
import { NameMaker } from './names.js';
import { Random } from './random.js';
import { SCALES, type Scale, type ScaleSpec } from './scales.js';
import { prepareTarget, type Target } from './target.js';
import { countryProfiles } from './world.data.js';
import { BulkWriter } from './writer.js';

/** The as-of day when none is given: fixed, so a seed means the same data whenever it is generated. */
export const DEFAULT_AS_OF = '2026-11-01';
/** Written by several modules; checksummed once. */
const SHARED_TABLES: TableSpec[] = [{ name: 'audit_log', key: ['id'] }];

export type GenerateOptions = {
  scale: Scale;
  target: Target;
  seed: number;
  asOf?: string;
  reset?: boolean;
  /** Counts that override the scale's (e.g. more partners to measure a 100,000-row export). */
  overrides?: Partial<ScaleSpec>;
  log?: (line: string) => void;
};

/** Stored next to the database; the bench runner reads it to find the data and label its results. */
export type Manifest = {
  scale: Scale;
  dialect: Dialect;
  seed: number;
  asOf: string;
  spec: ScaleSpec;
  sqliteFile?: string;
  databaseUrl?: string;
  migration: string;
  countries: number;
  tables: Record<string, { rows: number; sha256: string }>;
  checksum: string;
  rowsWritten: number;
  seconds: number;
  rowsPerSecond: number;
  generatedAt: string;
};

export async function generateDataset(opts: GenerateOptions): Promise<Manifest> {
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const asOf = opts.asOf ?? DEFAULT_AS_OF;
  const spec: ScaleSpec = { ...SCALES[opts.scale], ...opts.overrides };
  const handle = await prepareTarget(opts.target, opts.reset ?? false);
  try {
    const migration = await migrateToLatest(handle.db, handle.dialect);
    const now = `${asOf}T00:00:00.000Z`;
    await seedReference(handle.db, now);
    const units = await handle.db.transaction().execute((trx) => seedDemoAccounts(trx, now));

    const all = countryProfiles(Object.keys(DEFAULT_COUNTRY_REGIONS));
    const countries = spec.countries === 'all' ? all : all.slice(0, spec.countries);
    const random = new Random(opts.seed);
    const writer = new BulkWriter(handle.db);
    const ctx: GenContext = {
      db: handle.db,
      dialect: handle.dialect,
      random,
      names: new NameMaker(random.fork('names')),
      scale: spec,
      asOf,
      countries,
      units,
      writer,
      partners: [],
      agreements: [],
    };
    for (const module of DATA_MODULES) {
      const t0 = performance.now();
      const before = writer.total();
      const own: GenContext = { ...ctx, random: random.fork(module.name) };
      await module.generate(own);
      ctx.partners = own.partners;
      ctx.agreements = own.agreements;
      const rows = writer.total() - before;
      const s = (performance.now() - t0) / 1000;
      log(
        `  ${module.name.padEnd(12)} ${String(rows).padStart(9)} rows in ${s.toFixed(1)} s (${Math.round(rows / s)} rows/s)`,
      );
    }
    // What autovacuum does after a bulk load: statistics, and (since PostgreSQL 13, for inserts too) the
    // visibility map, without which an index-only scan still reads every heap row it finds.
    if (handle.dialect === 'postgres') await sql`vacuum (analyze)`.execute(handle.db);
    else await sql`pragma wal_checkpoint(truncate)`.execute(handle.db);

    const tables: Manifest['tables'] = {};
    for (const t of [...DATA_MODULES.flatMap((m) => m.tables), ...SHARED_TABLES])
      tables[t.name] = await tableChecksum(handle.db, t);
    const seconds = (performance.now() - started) / 1000;
    const manifest: Manifest = {
      scale: opts.scale,
      dialect: handle.dialect,
      seed: opts.seed,
      asOf,
      spec,
      sqliteFile: opts.target.sqliteFile,
      databaseUrl: opts.target.databaseUrl,
      migration,
      countries: countries.length,
      tables,
      checksum: combine(tables),
      rowsWritten: writer.total(),
      seconds: Math.round(seconds * 10) / 10,
      rowsPerSecond: Math.round(writer.total() / seconds),
      generatedAt: new Date().toISOString(),
    };
    fs.writeFileSync(path.join(opts.target.manifestDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await handle.db.destroy();
  }
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`no dataset at ${dir}: run npm run bench:data first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}
