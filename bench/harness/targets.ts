import type { Check, OnceFigures, ScenarioKind } from '../scenarios/types.js';
import type { CapturedQuery } from './capture.js';
import type { LoadFigures } from './load.js';

/** The project's goals (issue 6). Reads are judged at scale L on SQLite with 50 connections. */
export const TARGETS = {
  readRatio: 0.7,
  readP99Ms: 50,
  exportRows: 100_000,
  exportRssMB: 200,
  importRows: 10_000,
  importSeconds: 10,
  /** Ministry tables and college indicators: within this many times the raw aggregate SQL… */
  aggregateTimes: 2,
  /** …and one request alone within this (ms). */
  aggregateAloneMs: 1_000,
} as const;

export type TargetResult = { target: string; met: boolean; actual: string };

export type ScenarioResult = {
  name: string;
  kind: ScenarioKind;
  description: string;
  status: 'ok' | 'skipped' | 'failed';
  reason?: string;
  app?: LoadFigures;
  /** The baseline's figures and the SQL it replays (the app ran `authQueries` more per request). */
  baseline?: LoadFigures & { queries: CapturedQuery[]; authQueries: number };
  /** app req/s ÷ baseline req/s (for a read too slow to load: baseline time ÷ app time of one request) */
  ratio?: number;
  /** A read too slow to put under load: the time of one request alone, app and baseline (ms). */
  singleMs?: { app: number; baseline?: number };
  once?: OnceFigures;
  checks: Check[];
  targets: TargetResult[];
  /** Server RSS right after the scenario (MB). */
  rssAfterMB?: number;
  detail?: Record<string, unknown>;
};

export type RunConditions = { scale: string; dialect: string; connections: number };

/** Whether this run is the configuration the read targets are defined for. */
export const isTargetRun = (c: RunConditions) => c.scale === 'L' && c.dialect === 'sqlite' && c.connections === 50;

export function evaluate(r: ScenarioResult): TargetResult[] {
  const out: TargetResult[] = [];
  if (r.kind === 'read' && r.app) {
    if (r.ratio !== undefined)
      out.push({
        target: `≥ ${TARGETS.readRatio}× baseline req/s`,
        met: r.ratio >= TARGETS.readRatio,
        actual: `${r.ratio}×`,
      });
    out.push({
      target: `p99 ≤ ${TARGETS.readP99Ms} ms`,
      met: r.app.p99 <= TARGETS.readP99Ms,
      actual: `p99 ${r.app.p99} ms`,
    });
  }
  if (r.kind === 'aggregate' && r.ratio !== undefined) {
    const times = Math.round((1 / r.ratio) * 100) / 100;
    out.push({
      target: `≤ ${TARGETS.aggregateTimes}× the raw aggregate SQL`,
      met: times <= TARGETS.aggregateTimes,
      actual: `${times}× (req/s ratio ${r.ratio})`,
    });
  }
  if (r.kind === 'aggregate') {
    const alone = r.singleMs?.app ?? (r.detail?.probeMs as number | undefined);
    if (alone !== undefined)
      out.push({
        target: `≤ ${TARGETS.aggregateAloneMs} ms alone`,
        met: alone <= TARGETS.aggregateAloneMs,
        actual: `${alone} ms`,
      });
  }
  if (r.kind === 'export' && r.once?.memory) {
    const m = r.once.memory;
    out.push({
      target: `RSS increase ≤ ${TARGETS.exportRssMB} MB`,
      met: m.increaseMB <= TARGETS.exportRssMB,
      actual: `+${m.increaseMB} MB (${m.beforeMB} → peak ${m.peakMB} MB)`,
    });
    if (r.once.largeExport)
      out.push({
        target: `${TARGETS.exportRows.toLocaleString('en')} rows exported`,
        met: r.once.rows >= TARGETS.exportRows,
        actual: `${r.once.rows.toLocaleString('en')} rows`,
      });
  }
  if (r.kind === 'import' && r.once) {
    out.push({
      target: `${TARGETS.importRows.toLocaleString('en')} rows in ≤ ${TARGETS.importSeconds} s`,
      met: r.once.rows >= TARGETS.importRows && r.once.seconds <= TARGETS.importSeconds,
      actual: `${r.once.rows} rows in ${r.once.seconds} s`,
    });
  }
  return out;
}

/** One plain line per miss: a target not met, a failed check, a scenario that failed to run. */
export function misses(results: ScenarioResult[], conditions: RunConditions): string[] {
  const where = isTargetRun(conditions)
    ? ''
    : ` [targets are defined at L on SQLite with 50 connections; this run: ${conditions.scale}, ${conditions.dialect}, ${conditions.connections}]`;
  const lines: string[] = [];
  for (const r of results) {
    if (r.status === 'failed') lines.push(`FAILED ${r.name}: ${r.reason}`);
    for (const c of r.checks.filter((x) => !x.ok)) lines.push(`check failed ${r.name}: ${c.name} — ${c.detail}`);
    for (const t of r.targets.filter((x) => !x.met))
      lines.push(
        `below target ${r.name}: ${t.target}, got ${t.actual}${r.kind === 'read' || r.kind === 'aggregate' ? where : ''}`,
      );
  }
  return lines;
}
