/**
 * A Lighthouse report (its JSON result, "LHR") reduced to what `npm run bench:lighthouse` prints and keeps:
 * the four category scores (0–100), the timing metrics, the performance audits that would save the
 * most, and the accessibility audits that failed. Pure: no Lighthouse import, so it is tested on a
 * hand-made report.
 */

/** The part of a Lighthouse result read here (a subset of lighthouse's `LH.Result`). */
export type LighthouseResult = {
  finalDisplayedUrl?: string;
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      numericValue?: number;
      metricSavings?: Record<string, number | undefined>;
      details?: { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number };
    }
  >;
};

export type Opportunity = { id: string; title: string; savingsMs: number; savingsKB: number };

export type LighthouseRow = {
  page: string;
  preset: 'mobile' | 'desktop';
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp?: number; lcp?: number; tbt?: number; cls?: number; speedIndex?: number };
  opportunities: Opportunity[];
  failedAccessibility: string[];
};

const score = (lhr: LighthouseResult, category: string) => {
  const s = lhr.categories[category]?.score;
  return s === null || s === undefined ? null : Math.round(s * 100);
};

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
} as const;

/** Counts as "failed": scored below 0.9 (Lighthouse's own "passed" line), not informative or not applicable. */
const failed = (a: LighthouseResult['audits'][string] | undefined) =>
  !!a && a.score !== null && a.score < 0.9 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode);

/** What an audit would save: its own estimate if it has one, else the largest saving on a timing metric. */
function savings(a: LighthouseResult['audits'][string]): { ms: number; bytes: number } {
  const timed = Object.entries(a.metricSavings ?? {})
    .filter(([metric]) => metric !== 'CLS')
    .map(([, ms]) => ms ?? 0);
  return {
    ms: a.details?.overallSavingsMs ?? Math.max(0, ...timed),
    bytes: a.details?.overallSavingsBytes ?? 0,
  };
}

/** The performance audits that failed, most time saved first (then bytes), at most `top`. */
export function opportunities(lhr: LighthouseResult, top = 3): Opportunity[] {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.group !== 'metrics')
    .map((ref) => lhr.audits[ref.id])
    .filter((a): a is NonNullable<typeof a> => failed(a))
    .map((a) => {
      const s = savings(a);
      return { id: a.id, title: a.title, savingsMs: Math.round(s.ms), savingsKB: Math.round(s.bytes / 102.4) / 10 };
    })
    .filter((o) => o.savingsMs > 0 || o.savingsKB > 0)
    .sort((x, y) => y.savingsMs - x.savingsMs || y.savingsKB - x.savingsKB || x.id.localeCompare(y.id))
    .slice(0, top);
}

export function summarise(lhr: LighthouseResult, page: string, preset: LighthouseRow['preset']): LighthouseRow {
  const metric = (id: string) => {
    const v = lhr.audits[id]?.numericValue;
    return v === undefined ? undefined : id === METRICS.cls ? Math.round(v * 1000) / 1000 : Math.round(v);
  };
  return {
    page,
    preset,
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    metrics: Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, metric(id)])),
    opportunities: opportunities(lhr),
    failedAccessibility: (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => failed(lhr.audits[ref.id]))
      .map((ref) => ref.id),
  };
}

/** Targets (issue 14): mobile performance per page, accessibility 100 everywhere. */
export const MOBILE_PERFORMANCE_TARGETS: Record<string, number> = {
  '/login': 90,
  '/partners': 90,
  '/reports/dashboard': 75,
};

export function misses(rows: LighthouseRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const target = r.preset === 'mobile' ? MOBILE_PERFORMANCE_TARGETS[r.page] : undefined;
    if (target !== undefined && (r.performance ?? 0) < target)
      out.push(`below target: ${r.page} mobile performance ${r.performance} < ${target}`);
    if (r.accessibility !== 100)
      out.push(
        `below target: ${r.page} ${r.preset} accessibility ${r.accessibility} < 100 (${r.failedAccessibility.join(', ')})`,
      );
  }
  return out;
}

/** One line per page and preset, then its opportunities indented. */
export function formatRows(rows: LighthouseRow[]): string[] {
  const out = [`${'page'.padEnd(20)} ${'preset'.padEnd(8)} perf  a11y  best  seo    FCP    LCP    TBT    CLS`];
  const n = (v: number | null | undefined, w: number) => String(v ?? '–').padStart(w);
  for (const r of rows) {
    const m = r.metrics;
    out.push(
      `${r.page.padEnd(20)} ${r.preset.padEnd(8)} ${n(r.performance, 4)}  ${n(r.accessibility, 4)}  ${n(r.bestPractices, 4)}  ${n(r.seo, 3)} ${n(m.fcp, 6)} ${n(m.lcp, 6)} ${n(m.tbt, 6)} ${n(m.cls, 6)}`,
    );
    for (const o of r.opportunities)
      out.push(`    ${o.title} (${o.id}): ${o.savingsMs} ms${o.savingsKB ? `, ${o.savingsKB} KB` : ''}`);
  }
  return out;
}

/**
 * Of several runs of one page, the one with the median performance score (the lower middle of an even
 * count): one Lighthouse run varies by several points, and a single figure should not be its best or worst.
 */
export function medianRun<T extends LighthouseResult>(runs: T[]): T {
  if (!runs.length) throw new Error('no Lighthouse run');
  const sorted = [...runs].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

/** A markdown table of two runs of the same pages: each score and LCP/TBT/CLS, before → after. */
export function compareMarkdown(before: LighthouseRow[], after: LighthouseRow[]): string {
  const key = (r: LighthouseRow) => `${r.page} ${r.preset}`;
  const earlier = new Map(before.map((r) => [key(r), r]));
  const pair = (a: number | null | undefined, b: number | null | undefined) => `${a ?? '–'} → ${b ?? '–'}`;
  return [
    '| page | preset | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...after.map((r) => {
      const b = earlier.get(key(r));
      return `| ${r.page} | ${r.preset} | ${pair(b?.performance, r.performance)} | ${pair(b?.accessibility, r.accessibility)} | ${pair(b?.bestPractices, r.bestPractices)} | ${pair(b?.seo, r.seo)} | ${pair(b?.metrics.lcp, r.metrics.lcp)} | ${pair(b?.metrics.tbt, r.metrics.tbt)} | ${pair(b?.metrics.cls, r.metrics.cls)} |`;
    }),
  ].join('\n');
}
