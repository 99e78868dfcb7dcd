/**
 * npm run bench -- --scale S|M|L [--db sqlite|postgres] [--data <dir>] [--only name,prefix]
 *   [--duration 15] [--warmup 3] [--connections 50] [--results bench/results] [--tag name] [--no-web]
 * Runs the scenarios against the production server on a generated dataset (npm run bench:data first).
 */
import path from 'node:path';
import { intArg, parseArgs } from './args.js';
import { BENCH_ROOT } from './data/target.js';
import { runBench } from './harness/runner.js';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const scale = args.get('scale') ?? 'S';
  const db = args.get('db') ?? 'sqlite';
  const result = await runBench({
    dataDir: args.get('data') ?? path.join(BENCH_ROOT, `${scale}-${db}`),
    only: args.get('only')?.split(',').filter(Boolean),
    duration: intArg(args, 'duration', 15),
    warmup: intArg(args, 'warmup', 3),
    connections: intArg(args, 'connections', 50),
    resultsDir: args.get('results') ?? 'bench/results',
    tag: args.get('tag')?.replace(/[^\w.-]/g, '_'),
    web: !args.has('no-web'),
  });
  if (result.scale !== scale || result.dialect !== db)
    console.log(`note: the dataset at --data is ${result.scale}/${result.dialect}, not ${scale}/${db}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
