import type { BenchResult } from './runner.js';
import { isTargetRun, type ScenarioResult } from './targets.js';

/** The run as a table, then server memory and the front end, then one plain line per miss. */
export function printReport(r: BenchResult, log: (line: string) => void) {
  const o = r.options;
  log('');
  log(
    `Meridian benchmark — scale ${r.scale} on ${r.dialect}, ${o.connections} connections, ${o.duration} s after ${o.warmup} s warm-up`,
  );
  log(
    `${r.machine.cpus} × ${r.machine.cpuModel}, node ${r.machine.node}, load average ${r.machine.loadAverage.start[0]} → ${r.machine.loadAverage.end[0]}; dataset seed ${r.dataset.seed}, checksum ${r.dataset.checksum.slice(0, 16)}…`,
  );
  const rows = [['scenario', 'req/s', 'p50 ms', 'p99 ms', 'baseline req/s', 'ratio', 'CPU ms/req', 'notes']];
  for (const s of r.scenarios) rows.push(row(s));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((x) => (x[i] ?? '').length))) ?? [];
  for (const [i, x] of rows.entries()) {
    log(
      x.map((cell, j) => (j === 0 || j === 7 ? cell.padEnd(widths[j] ?? 0) : cell.padStart(widths[j] ?? 0))).join('  '),
    );
    if (i === 0) log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  log('');
  log(`server RSS: ${r.server.rssStartMB} MB after start-up, ${r.server.rssEndMB} MB at the end`);
  if (r.web)
    log(`front end: initial JS ${r.web.jsGzipKB} KB + CSS ${r.web.cssGzipKB} KB = ${r.web.totalGzipKB} KB gzip`);
  if (!isTargetRun({ scale: r.scale, dialect: r.dialect, connections: o.connections }))
    log('(read targets are defined at scale L on SQLite with 50 connections; judged here all the same)');
  log(`results: ${r.file}`);
  log('');
  if (r.misses.length === 0) log('all targets met');
  for (const line of r.misses) log(line);
}

function row(s: ScenarioResult): string[] {
  if (s.status !== 'ok') return [s.name, '—', '—', '—', '—', '—', '—', `${s.status}: ${s.reason}`];
  if (s.once) {
    const m = s.once.memory;
    const mem = m ? `, RSS ${m.beforeMB} → peak ${m.peakMB} MB (+${m.increaseMB})` : '';
    return [s.name, '—', '—', '—', '—', '—', '—', `${s.once.rows} rows in ${s.once.seconds} s${mem}`];
  }
  if (s.singleMs) {
    const b = s.singleMs.baseline;
    return [
      s.name,
      '—',
      '—',
      `${s.singleMs.app} alone`,
      b === undefined ? '—' : `${b} ms alone`,
      s.ratio ? `${s.ratio}×` : '—',
      '—',
      'too slow to load: one request each',
    ];
  }
  const a = s.app;
  const sql = s.baseline
    ? [`${s.baseline.queries.length} SQL/request (+${s.baseline.authQueries} session/units in the app)`]
    : [];
  const notes = [...sql, ...s.checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.detail}`)].join('; ');
  return [
    s.name,
    String(a?.rps ?? '—'),
    String(a?.p50 ?? '—'),
    String(a?.p99 ?? '—'),
    s.baseline ? String(s.baseline.rps) : '—',
    s.ratio !== undefined ? `${s.ratio}×` : '—',
    cpu(a?.cpuMsPerRequest, s.baseline?.cpuMsPerRequest),
    notes,
  ];
}

/** The server's CPU per request, app / baseline: what the app's layers cost whatever else loads the machine. */
function cpu(app?: number, baseline?: number): string {
  if (app === undefined) return '—';
  return baseline === undefined ? `${app}` : `${app} / ${baseline}`;
}
