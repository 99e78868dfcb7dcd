/**
 * tsx bench/explain.ts <result.json> [--only name,prefix] [--data <dir>]
 * tsx bench/explain.ts --lists [--copies N] [--pg url]   (the third pass's keyset lists: bench/explain-lists.ts)
 * For each read scenario of a result file: its captured SQL, the time of each query on the dataset
 * on a migrated copy of the dataset (median of 5, one connection) and the plan — EXPLAIN QUERY PLAN on SQLite,
 * EXPLAIN ANALYZE on PostgreSQL. The tool for finding why a read misses its target.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import { openPostgres, openSqlite } from '#server/db/client.js';
import { migrateToLatest } from '#server/db/migrate.js';
import { parseArgs } from './args.js';
import { readManifest } from './data/dataset.js';
import { BENCH_ROOT } from './data/target.js';
import { explainLists } from './explain-lists.js';
import type { BenchResult } from './harness/runner.js';
import { scratchCopy } from './harness/scratch.js';

async function main() {
  const [file, ...rest] = process.argv.slice(2);
  if (file === '--lists') return explainLists(parseArgs(rest));
  if (!file) throw new Error('usage: tsx bench/explain.ts <result.json> [--only name] [--data dir]');
  const args = parseArgs(rest);
  const result = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult;
  const manifest = readManifest(args.get('data') ?? path.join(BENCH_ROOT, `${result.scale}-${result.dialect}`));
  // A migrated copy, as the server sees it: migrations added since the data was generated apply.
  const scratch = await scratchCopy(manifest);
  const handle = scratch.env.DATABASE_URL
    ? openPostgres(scratch.env.DATABASE_URL)
    : openSqlite(path.join(scratch.env.DATA_DIR as string, 'meridian.sqlite'));
  await migrateToLatest(handle.db, handle.dialect);
  const only = args.get('only')?.split(',');
  try {
    for (const s of result.scenarios) {
      if (!s.baseline || (only && !only.some((o) => s.name === o || s.name.startsWith(`${o}.`)))) continue;
      console.log(`\n═══ ${s.name}: app ${s.app?.rps} req/s, baseline ${s.baseline.rps} req/s`);
      for (const q of s.baseline.queries) {
        const compiled = CompiledQuery.raw(q.sql, [...q.parameters]);
        const times: number[] = [];
        let rows = 0;
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          rows = (await handle.db.executeQuery(compiled)).rows.length;
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        console.log(`\n${(times[2] ?? 0).toFixed(2)} ms, ${rows} rows  ${q.sql.replace(/\s+/g, ' ')}`);
        console.log(`  parameters ${JSON.stringify(q.parameters)}`);
        const plan =
          handle.dialect === 'sqlite' ? sql.raw('explain query plan ') : sql.raw('explain (analyze, buffers) ');
        const explained = await handle.db.executeQuery(
          CompiledQuery.raw(`${plan.compile(handle.db).sql}${q.sql}`, [...q.parameters]),
        );
        for (const row of explained.rows as Record<string, unknown>[])
          console.log(
            `  │ ${handle.dialect === 'sqlite' ? `${row.id}←${row.parent} ${row.detail}` : row['QUERY PLAN']}`,
          );
      }
    }
  } finally {
    await handle.db.destroy();
    await scratch.dispose();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
