/**
 * npm run bench:data -- --scale S|M|L [--db sqlite|postgres] [--out <dir>|<postgres url>] [--seed N]
 *   [--as-of YYYY-MM-DD] [--partners N] [--agreements N] [--reset]
 * Generates a deterministic dataset (same seed → same checksum) and writes manifest.json beside it.
 */
import { intArg, parseArgs } from '../args.js';
import { generateDataset } from './dataset.js';
import { isScale, SCALES } from './scales.js';
import { defaultTarget } from './target.js';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const scale = args.get('scale') ?? 'S';
  if (!isScale(scale)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const db = args.get('db') ?? 'sqlite';
  if (db !== 'sqlite' && db !== 'postgres') throw new Error('--db must be sqlite or postgres');
  const target = defaultTarget(scale, db, args.get('out'));
  const overrides = {
    ...(args.has('partners') ? { partners: intArg(args, 'partners', 0) } : {}),
    ...(args.has('agreements') ? { agreements: intArg(args, 'agreements', 0) } : {}),
  };
  console.log(`Generating scale ${scale} on ${db} → ${target.sqliteFile ?? target.databaseUrl}`);
  const m = await generateDataset({
    scale,
    target,
    seed: intArg(args, 'seed', 1),
    asOf: args.get('as-of'),
    reset: args.has('reset'),
    overrides,
    log: (line) => console.log(line),
  });
  for (const [name, t] of Object.entries(m.tables)) console.log(`  ${name.padEnd(20)} ${String(t.rows).padStart(9)}`);
  console.log(`${m.rowsWritten} rows in ${m.seconds} s (${m.rowsPerSecond} rows/s), ${m.countries} countries`);
  console.log(`checksum ${m.checksum}`);
  console.log(`manifest ${target.manifestDir}/manifest.json`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
