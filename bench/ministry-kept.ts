/**
 * tsx bench/ministry-kept.ts [--scale M] [--db sqlite] [--data <dir>] [--runs 7]
 * Ministry table 2 (學5) on the kept outbound facts against the same table counted on the records
 * (ADR 0043), in one process on a migrated copy of a generated dataset: the time of migration 046 (it
 * builds the facts), facts vs records, then the median of --runs warm calls of `ministryTable` each way
 * (after one cold call each) and the grouped statement alone. Figures, not a test: it checks only that
 * both ways give the same rows.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { openPostgres, openSqlite } from '#server/db/client.js';
import { migrateToLatest } from '#server/db/migrate.js';
import { ministryTable } from '#server/reports/ministry/ministry-tables.js';
import { intArg, parseArgs } from './args.js';
import { readManifest } from './data/dataset.js';
import { BENCH_ROOT } from './data/target.js';
import { scratchCopy } from './harness/scratch.js';

const QUERY = { from: '2025-08-01', to: '2026-01-31' }; // the bench scenario's semester

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.get('data') ?? path.join(BENCH_ROOT, `${args.get('scale') ?? 'M'}-${args.get('db') ?? 'sqlite'}`);
  const runs = intArg(args, 'runs', 7);
  const scratch = await scratchCopy(readManifest(dir));
  const h = scratch.env.DATABASE_URL
    ? openPostgres(scratch.env.DATABASE_URL)
    : openSqlite(path.join(scratch.env.DATA_DIR as string, 'meridian.sqlite'));
  try {
    let t0 = performance.now();
    await migrateToLatest(h.db, h.dialect);
    const migrateMs = performance.now() - t0;
    const count = async (q: string) => Number((await sql.raw<{ n: number }>(q).execute(h.db)).rows[0]?.n ?? 0);
    const figures = {
      records: await count('select count(*) as n from mobilities'),
      outboundStudents: await count(
        "select count(*) as n from mobilities where direction = 'outbound' and person_category = 'student'",
      ),
      facts: await count('select count(*) as n from outbound_student_facts where n <> 0'),
      mobilityFacts: await count('select count(*) as n from mobility_facts where n <> 0'),
    };
    const time = async (records: boolean) => {
      const out: number[] = [];
      let rows = '';
      for (let i = 0; i <= runs; i++) {
        t0 = performance.now();
        const t = await ministryTable(h.db, 'outbound_students', QUERY, { records });
        out.push(performance.now() - t0);
        rows = JSON.stringify(t.rows);
      }
      const [cold, ...warm] = out;
      warm.sort((a, b) => a - b);
      return { cold: Math.round(cold ?? 0), median: Math.round(warm[Math.floor(warm.length / 2)] ?? 0), rows };
    };
    const onRecords = await time(true);
    const onFacts = await time(false);
    console.log(
      JSON.stringify(
        {
          dataset: dir,
          dialect: h.dialect,
          migrateMs: Math.round(migrateMs),
          ...figures,
          runs,
          recordsMs: { cold: onRecords.cold, median: onRecords.median },
          factsMs: { cold: onFacts.cold, median: onFacts.median },
          sameRows: onRecords.rows === onFacts.rows,
        },
        null,
        2,
      ),
    );
  } finally {
    await h.db.destroy();
    await scratch.dispose();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
