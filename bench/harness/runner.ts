import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Manifest, readManifest } from '../data/dataset.js';
import { BENCH_PII_KEY } from '../data/modules/mobility.js';
import { selectScenarios } from '../scenarios/index.js';
import { SLOW_MS } from '../scenarios/read.js';
import type { LoadPlan, OncePlan, Scenario, Skip } from '../scenarios/types.js';
import { measureWeb, type WebSize } from '../web-size.js';
import type { Capture } from './capture.js';
import { type LoadOptions, measure } from './load.js';
import { memory, ROOT, round, type ServerProcess, startServer } from './process.js';
import { printReport } from './report.js';
import { scratchCopy } from './scratch.js';
import { login } from './session.js';
import { evaluate, misses, type ScenarioResult } from './targets.js';

export type BenchOptions = LoadOptions & {
  dataDir: string;
  only?: string[];
  resultsDir: string;
  /** Added to the result file's name (e.g. a dataset generated with other counts). */
  tag?: string;
  /** Include the front-end size (dist/web) in the result when the app has been built. */
  web?: boolean;
  log?: (line: string) => void;
};

/** A scenario's plan, or why making it failed. */
type Plan = LoadPlan | OncePlan | Skip | { type: 'failed'; reason: string };

export type BenchResult = {
  version: 1;
  date: string;
  scale: string;
  dialect: string;
  dataset: Pick<Manifest, 'seed' | 'asOf' | 'checksum' | 'spec' | 'countries'> & { rows: Record<string, number> };
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    platform: string;
    /** 1/5/15-minute load averages at the start and end: other work on the machine skews the figures. */
    loadAverage: { start: number[]; end: number[] };
  };
  options: LoadOptions & { only: string[] | null };
  server: { rssStartMB: number; rssEndMB: number };
  scenarios: ScenarioResult[];
  web: WebSize | null;
  misses: string[];
  file: string;
};

/**
 * One benchmark run: a scratch copy of the dataset, the production server on it, a signed-in session,
 * each scenario's plan, the baseline server for the reads, then the load — app first, baseline right
 * after, scenario by scenario — and the report (table, JSON file, one line per miss).
 */
export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log ?? console.log;
  const loadAtStart = os.loadavg().map((n) => round(n, 2));
  const manifest = readManifest(opts.dataDir);
  const scratch = await scratchCopy(manifest);
  const servers: ServerProcess[] = [];
  try {
    log(
      `dataset ${manifest.scale}/${manifest.dialect} (checksum ${manifest.checksum.slice(0, 12)}…), run copy ${scratch.describe}`,
    );
    const startApp = () =>
      startServer({
        label: 'app server',
        entry: 'src/server/main.ts',
        env: {
          ...scratch.env,
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'false',
          JOBS: 'false',
          PII_KEY: BENCH_PII_KEY,
        },
        readyPath: '/api/health',
      });
    let app = await startApp();
    servers.push(app);
    let api = await login(app.url);
    const rssStartMB = memory(app.pid).rssMB;

    const plans = new Map<Scenario, Plan>();
    for (const s of selectScenarios(opts.only)) {
      try {
        plans.set(s, await s.prepare({ api, manifest }));
      } catch (err) {
        plans.set(s, { type: 'failed', reason: err instanceof Error ? err.message : String(err) });
        if ((err as Error).name !== 'TimeoutError') continue;
        // SQLite's driver is synchronous: a request that never ends blocks the server; start afresh.
        log(`  ${s.name}: no answer in ${api.timeoutMs / 1000} s — restarting the app server`);
        await app.stop();
        app = await startApp();
        servers[0] = app;
        api = await login(app.url);
      }
    }
    const baseline = await startBaseline(plans, scratch.env, servers);

    const results: ScenarioResult[] = [];
    for (const [scenario, plan] of plans) {
      log(`▶ ${scenario.name}`);
      const result = await runScenario(scenario, plan, { api, app, opts, ...baseline });
      result.rssAfterMB = memory(app.pid).rssMB;
      result.targets = evaluate(result);
      results.push(result);
    }
    const conditions = { scale: manifest.scale, dialect: manifest.dialect, connections: opts.connections };
    const dist = path.join(ROOT, 'dist/web');
    const web = opts.web !== false && fs.existsSync(path.join(dist, 'index.html')) ? measureWeb(dist) : null;
    const missed = misses(results, conditions);
    if (web && web.totalGzipKB > web.targetKB)
      missed.push(`below target front end: ${web.totalGzipKB} KB gzip > ${web.targetKB} KB`);
    const date = new Date().toISOString().slice(0, 10);
    // A long --only list made a name over the file system's 255 bytes, and the run's figures were lost with it.
    const joined = opts.only?.join('+') ?? '';
    const only = !opts.only?.length
      ? ''
      : joined.length <= 120
        ? `-only-${joined}`
        : `-only-${opts.only.length}-scenarios`;
    const name = `${date}-${manifest.scale}-${manifest.dialect}${opts.tag ? `-${opts.tag}` : ''}${only}.json`;
    const result: BenchResult = {
      version: 1,
      date,
      scale: manifest.scale,
      dialect: manifest.dialect,
      dataset: {
        seed: manifest.seed,
        asOf: manifest.asOf,
        checksum: manifest.checksum,
        spec: manifest.spec,
        countries: manifest.countries,
        rows: Object.fromEntries(Object.entries(manifest.tables).map(([t, v]) => [t, v.rows])),
      },
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGB: round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        loadAverage: { start: loadAtStart, end: os.loadavg().map((n) => round(n, 2)) },
      },
      options: { connections: opts.connections, duration: opts.duration, warmup: opts.warmup, only: opts.only ?? null },
      server: { rssStartMB, rssEndMB: memory(app.pid).rssMB },
      scenarios: results,
      web,
      misses: missed,
      file: path.join(opts.resultsDir, name),
    };
    fs.mkdirSync(opts.resultsDir, { recursive: true });
    fs.writeFileSync(result.file, `${JSON.stringify(result, null, 2)}\n`);
    printReport(result, log);
    return result;
  } finally {
    for (const s of servers.reverse()) await s.stop();
    await scratch.dispose();
  }
}

/** The baseline server, given the GET path of every read that will run; returns what it captured. */
async function startBaseline(
  plans: Map<Scenario, Plan>,
  dbEnv: Record<string, string>,
  servers: ServerProcess[],
): Promise<{ captured: Record<string, Capture>; baselineUrl?: string; baselinePid?: number }> {
  const paths: Record<string, string> = {};
  let slowMs = 0;
  for (const [s, p] of plans)
    if (p.type === 'load' && p.baselinePath) {
      paths[s.name] = p.baselinePath;
      slowMs += p.probeMs ?? 0;
    }
  if (Object.keys(paths).length === 0) return { captured: {} };
  const planFile = path.join(os.tmpdir(), `meridian-baseline-${process.pid}.json`);
  fs.writeFileSync(planFile, JSON.stringify(paths));
  const baseline = await startServer({
    label: 'baseline server',
    entry: 'bench/baseline.ts',
    env: { ...dbEnv, BENCH_BASELINE_PLAN: planFile },
    readyPath: '/__ready',
    timeoutMs: 120_000 + 2 * slowMs, // it answers each request once to capture its SQL
  });
  servers.push(baseline);
  fs.rmSync(planFile, { force: true });
  const captured = (await (await fetch(`${baseline.url}/__captured`)).json()) as Record<string, Capture>;
  return { captured, baselineUrl: baseline.url, baselinePid: baseline.pid };
}

type RunDeps = {
  api: Awaited<ReturnType<typeof login>>;
  app: ServerProcess;
  opts: BenchOptions;
  captured: Record<string, Capture>;
  baselineUrl?: string;
  baselinePid?: number;
};

async function runScenario(s: Scenario, plan: Plan, d: RunDeps): Promise<ScenarioResult> {
  const base: ScenarioResult = {
    name: s.name,
    kind: s.kind,
    description: s.description,
    status: 'ok',
    checks: [],
    targets: [],
  };
  if (plan.type === 'skip') return { ...base, status: 'skipped', reason: plan.reason };
  if (plan.type === 'failed') return { ...base, status: 'failed', reason: plan.reason };
  try {
    if (plan.type === 'once') {
      const once = await plan.run({ api: d.api, server: d.app });
      return { ...base, once, checks: once.checks ?? [], detail: once.detail };
    }
    const capture = d.captured[s.name];
    const replay = capture?.status === 200 && d.baselineUrl ? `${d.baselineUrl}/b/${s.name}` : undefined;
    if ((plan.probeMs ?? 0) > SLOW_MS) return slowRead(base, plan, capture, replay);
    const { measured, all } = await measure(d.app.url, plan.requests, {
      ...d.opts,
      idlePath: '/api/health',
      pid: d.app.pid,
    });
    const result: ScenarioResult = { ...base, app: measured, detail: plan.detail };
    if (plan.verify) result.checks = await plan.verify(d.api, measured, all);
    if (measured.non2xx > 0 && (s.kind === 'read' || s.kind === 'aggregate'))
      result.checks.push({ name: 'all responses 2xx', ok: false, detail: JSON.stringify(measured.statusCodes) });
    if (replay && capture) {
      const b = await measure(d.baselineUrl as string, [{ method: 'GET', path: `/b/${s.name}` }], {
        ...d.opts,
        idlePath: '/__ready',
        pid: d.baselinePid,
      });
      result.baseline = { ...b.measured, queries: capture.queries, authQueries: capture.authQueries };
      result.ratio = b.measured.rps > 0 ? round(measured.rps / b.measured.rps, 2) : undefined;
    } else if (plan.baselinePath) {
      result.checks.push({
        name: 'baseline captured',
        ok: false,
        detail: `capture answered ${capture?.status ?? 'nothing'}`,
      });
    }
    return result;
  } catch (err) {
    return { ...base, status: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}

/** A read too slow to load: one request each against app (timed when planned) and baseline. */
async function slowRead(base: ScenarioResult, plan: LoadPlan, capture: Capture | undefined, replay?: string) {
  const app = plan.probeMs as number;
  const result: ScenarioResult = { ...base, detail: plan.detail, singleMs: { app } };
  result.checks.push({
    name: 'fast enough to load',
    ok: false,
    detail: `one request took ${app} ms; not put under load`,
  });
  if (replay && capture) {
    const started = performance.now();
    await fetch(replay);
    const baseline = Math.round(performance.now() - started);
    result.singleMs = { app, baseline };
    result.baseline = { ...emptyFigures(), queries: capture.queries, authQueries: capture.authQueries };
    result.ratio = round(baseline / app, 2);
  }
  return result;
}

const emptyFigures = () => ({
  requests: 0,
  rps: 0,
  p50: 0,
  p97_5: 0,
  p99: 0,
  max: 0,
  errors: 0,
  non2xx: 0,
  statusCodes: {},
});
