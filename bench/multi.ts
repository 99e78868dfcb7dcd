/**
 * npx tsx bench/multi.ts --data <PostgreSQL dataset dir> [--instances 1,2,3] [--duration 10] [--connections 50]
 *   [--pool 20] [--tag name]
 * Meridian on more than one instance (issue 24, item 6): N app servers on one PostgreSQL behind the
 * round-robin proxy (bench/proxy.ts), the same reads through the proxy for each N. Checks that a session
 * made through the proxy is valid on every instance, and records the machine's load average (shared
 * machines make absolute figures noisy). Writes bench/results/<date>-<scale>-postgres-multi[-tag].{json,md}.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { intArg, parseArgs } from './args.js';
import { readManifest } from './data/dataset.js';
import { BENCH_PII_KEY } from './data/modules/mobility.js';
import { measure } from './harness/load.js';
import { round, type ServerProcess, startServer } from './harness/process.js';
import { scratchCopy } from './harness/scratch.js';
import { login } from './harness/session.js';
import { startProxy } from './proxy.js';

const READS: Record<string, string> = {
  'partners.list': '/api/v1/partners?pageSize=25',
  'partners.search.cjk2': `/api/v1/partners?pageSize=25&q=${encodeURIComponent('大學')}`,
  'partners.search.latin': '/api/v1/partners?pageSize=25&q=institute',
  'partners.detail': '/api/v1/partners/1',
  'people.search': '/api/v1/people?pageSize=25&q=chen',
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = args.get('data');
  if (!dataDir) throw new Error('--data <dataset dir> is required (a PostgreSQL dataset of npm run bench:data)');
  const manifest = readManifest(dataDir);
  if (manifest.dialect !== 'postgres')
    throw new Error('several instances share one PostgreSQL: use a postgres dataset');
  const counts = (args.get('instances') ?? '1,2,3').split(',').map(Number);
  const load = { duration: intArg(args, 'duration', 10), warmup: 2, connections: intArg(args, 'connections', 50) };
  const pool = String(intArg(args, 'pool', 20));
  const scratch = await scratchCopy(manifest);
  const servers: ServerProcess[] = [];
  const rows: Record<string, unknown>[] = [];
  try {
    for (let i = 0; i < Math.max(...counts); i++)
      servers.push(
        await startServer({
          label: `instance ${i + 1}`,
          entry: 'src/server/main.ts',
          env: {
            ...scratch.env,
            NODE_ENV: 'production',
            LOG_LEVEL: 'warn',
            SEED_DEMO: 'false',
            JOBS: 'false',
            PII_KEY: BENCH_PII_KEY,
            DATABASE_POOL_SIZE: pool,
          },
          readyPath: '/api/health',
        }),
      );
    for (const n of counts) {
      const proxy = await startProxy(servers.slice(0, n).map((s) => s.url));
      try {
        const api = await login(proxy.url);
        // The session made through the proxy (on whichever instance) answers on every instance directly.
        const sessionOk = await Promise.all(
          servers
            .slice(0, n)
            .map(async (s) => (await fetch(`${s.url}/api/v1/auth/me`, { headers: api.headers })).status),
        );
        for (const [name, p] of Object.entries(READS)) {
          const loadBefore = os.loadavg()[0] ?? 0;
          const { measured } = await measure(proxy.url, [{ method: 'GET', path: p, headers: api.headers }], {
            ...load,
            idlePath: '/api/health',
          });
          const row = {
            instances: n,
            scenario: name,
            rps: measured.rps,
            p50: measured.p50,
            p99: measured.p99,
            non2xx: measured.non2xx,
            errors: measured.errors,
            load1: round(loadBefore, 2),
            sessionOnEvery: sessionOk.every((s) => s === 200),
            perInstance: [...proxy.counts],
          };
          rows.push(row);
          console.log(JSON.stringify(row));
        }
      } finally {
        await proxy.close();
      }
    }
  } finally {
    for (const s of servers) await s.stop();
    await scratch.dispose();
  }
  const date = new Date().toISOString().slice(0, 10);
  const tag = args.get('tag') ? `-${args.get('tag')?.replace(/[^\w.-]/g, '_')}` : '';
  const base = path.join('bench/results', `${date}-${manifest.scale}-postgres-multi${tag}`);
  const machine = { cpus: os.cpus().length, node: process.version, pool: Number(pool), ...load };
  fs.writeFileSync(`${base}.json`, `${JSON.stringify({ date, scale: manifest.scale, machine, rows }, null, 2)}\n`);
  const md = [
    `# ${manifest.scale} on PostgreSQL, 1–${Math.max(...counts)} instances behind bench/proxy.ts (${date})`,
    '',
    `${machine.cpus} vCPUs shared with other work (load1 = 1-minute load average before each run), pool ${pool} per instance, ${load.connections} connections, ${load.duration} s.`,
    '',
    '| instances | scenario | req/s | p50 ms | p99 ms | non-2xx | load1 | session valid on every instance |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.instances} | ${r.scenario} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.load1} | ${r.sessionOnEvery ? 'yes' : 'NO'} |`,
    ),
    '',
  ].join('\n');
  fs.writeFileSync(`${base}.md`, md);
  console.log(`wrote ${base}.json and .md`);
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
