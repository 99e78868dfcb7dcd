/**
 * npm run bench:lighthouse — Lighthouse (mobile and desktop presets) on the production server: the built
 * web app (dist/web), SQLite with the demo university in a throw-away data folder, a free port. Pages behind
 * sign-in get the demo administrator's session cookie on every request. Prints the four category scores,
 * the timing metrics and the three audits that would save the most per page, and writes
 * bench/results/<date>-lighthouse[-tag].json (the rows) beside a folder of the full reports (not committed).
 *
 * `tsx bench/lighthouse.ts [--pages /login,/partners] [--presets mobile,desktop] [--runs 3] [--cpu-slowdown 4]
 * [--tag t] [--against <earlier.json>]`: with several runs, each page's figures are those of its median run (by performance score).
 * The mobile preset slows the CPU 4× to stand for a phone on a fast desktop; Lighthouse's own benchmark of
 * the host (benchmarkIndex, printed) under 1000 means a slow or busy host, where 4× overstates a phone's
 * slowness: --cpu-slowdown sets the multiplier (mobile only) for a calibrated run, said in the results.
 * --against prints a markdown table of an earlier run's figures beside these.
 * Chromium is the system's (/usr/bin/chromium, or CHROME_PATH): nothing is downloaded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { intArg, parseArgs } from './args.js';
import { ROOT, startServer } from './harness/process.js';
import { BENCH_USER, login } from './harness/session.js';
import {
  compareMarkdown,
  formatRows,
  type LighthouseResult,
  type LighthouseRow,
  medianRun,
  misses,
  summarise,
} from './lighthouse-summary.js';

const PAGES = ['/login', '/', '/partners', '/reports/dashboard'];
const PRESETS = ['mobile', 'desktop'] as const;
/** Pages a visitor sees without a session (the login page, the public portal); every other page is measured signed in. */
const isPublic = (page: string) => page === '/login' || page.startsWith('/portal/');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pages = args.get('pages')?.split(',') ?? PAGES;
  const presets = (args.get('presets')?.split(',') ?? PRESETS) as LighthouseRow['preset'][];
  const runs = intArg(args, 'runs', 1);
  const cpuSlowdown = args.has('cpu-slowdown') ? Number(args.get('cpu-slowdown')) : undefined;
  if (!fs.existsSync(path.join(ROOT, 'dist/web/index.html')))
    throw new Error('dist/web is missing: run `npm run build:web` first (npm run bench:lighthouse does)');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-lighthouse-'));
  const server = await startServer({
    label: 'app server',
    entry: 'src/server/main.ts',
    env: { DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'true', JOBS: 'false' },
    readyPath: '/api/health',
  });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox'],
  });
  const date = new Date().toISOString().slice(0, 10);
  const name = `${date}-lighthouse${args.get('tag') ? `-${args.get('tag')}` : ''}`;
  const reportDir = path.join(ROOT, 'bench/results', `${name}.lhr`);
  fs.mkdirSync(reportDir, { recursive: true });
  const rows: LighthouseRow[] = [];
  const benchmarkIndexes: number[] = [];
  try {
    const { cookie } = (await login(server.url, BENCH_USER)).headers as { cookie: string };
    for (const page of pages)
      for (const preset of presets) {
        const flags: Flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          ...(isPublic(page) ? {} : { extraHeaders: { Cookie: cookie } }),
          ...(preset === 'mobile' && cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}),
        };
        const all: LighthouseResult[] = [];
        for (let i = 0; i < Math.max(1, runs); i++) {
          const result = await lighthouse(server.url + page, flags, preset === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
          // A run that failed (no paint within Lighthouse's time limit on a busy host) scores 0: said, not counted.
          const error = result.lhr.runtimeError;
          if (error) console.warn(`${page} (${preset}) run ${i + 1} failed: ${error.code} ${error.message}`);
          else all.push(result.lhr as unknown as LighthouseResult);
        }
        const lhr = medianRun(all);
        benchmarkIndexes.push(...all.map((r) => r.environment?.benchmarkIndex ?? 0));
        const landed = new URL(lhr.finalDisplayedUrl ?? server.url + page).pathname;
        if (landed !== page) console.warn(`${page} (${preset}) ended on ${landed}`);
        const file = `${page.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${preset}.json`;
        fs.writeFileSync(path.join(reportDir, file), JSON.stringify(lhr));
        rows.push(summarise(lhr, page, preset));
        if (all.length > 1)
          console.log(
            `  performance over ${all.length} runs: ${all.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join(', ')}`,
          );
        console.log(formatRows(rows.slice(-1)).slice(1).join('\n'));
      }
  } finally {
    chrome.kill();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\n${formatRows(rows).join('\n')}`);
  const slowHost = benchmarkIndexes.filter((b) => b < 1000).length;
  console.log(
    `host benchmarkIndex ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}, load ${os.loadavg()[0]?.toFixed(1)}, mobile CPU slowdown ${cpuSlowdown ?? 4}×` +
      (slowHost && !cpuSlowdown
        ? ` (Lighthouse calls a host under 1000 too slow for 4×: ${slowHost} of ${benchmarkIndexes.length} runs)`
        : ''),
  );
  const out = path.join(ROOT, 'bench/results', `${name}.json`);
  // Lighthouse's own CPU benchmark of this machine: its 4× mobile slowdown assumes a fast desktop (~1000+).
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10),
    benchmarkIndex: benchmarkIndexes,
    cpuSlowdownMultiplier: { mobile: cpuSlowdown ?? 4, desktop: 1 },
  };
  fs.writeFileSync(out, `${JSON.stringify({ version: 1, date, machine, rows }, null, 2)}\n`);
  console.log(`→ ${path.relative(process.cwd(), out)} (full reports in ${path.relative(process.cwd(), reportDir)}/)`);
  const against = args.get('against');
  if (against) console.log(`\n${compareMarkdown(JSON.parse(fs.readFileSync(against, 'utf8')).rows, rows)}`);
  const missed = misses(rows);
  for (const m of missed) console.log(m);
  if (missed.length) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
