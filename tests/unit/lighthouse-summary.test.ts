import { describe, expect, it } from 'vitest';
import {
  compareMarkdown,
  formatRows,
  type LighthouseResult,
  medianRun,
  misses,
  opportunities,
  summarise,
} from '../../bench/lighthouse-summary.js';

type Audit = LighthouseResult['audits'][string];
const audit = (id: string, extra: Partial<Audit> = {}): Audit => ({
  id,
  title: `title of ${id}`,
  score: 1,
  scoreDisplayMode: 'numeric',
  ...extra,
});

/** A report as Lighthouse writes it, cut to what the summary reads. */
const report = (performance = 0.62): LighthouseResult => ({
  finalDisplayedUrl: 'http://127.0.0.1:1234/partners',
  environment: { benchmarkIndex: 900 },
  categories: {
    performance: {
      score: performance,
      auditRefs: [
        { id: 'largest-contentful-paint', weight: 25, group: 'metrics' },
        { id: 'total-blocking-time', weight: 30, group: 'metrics' },
        { id: 'cumulative-layout-shift', weight: 25, group: 'metrics' },
        { id: 'bootup-time', weight: 0 },
        { id: 'unused-javascript', weight: 0 },
        { id: 'render-blocking-insight', weight: 0 },
        { id: 'font-display-insight', weight: 0 },
        { id: 'network-dependency-tree-insight', weight: 0 },
        { id: 'uses-long-cache-ttl', weight: 0 },
      ],
    },
    accessibility: {
      score: 0.96,
      auditRefs: [
        { id: 'color-contrast', weight: 7 },
        { id: 'image-alt', weight: 10 },
        { id: 'label', weight: 7 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 0.545, auditRefs: [] },
  },
  audits: {
    'largest-contentful-paint': audit('largest-contentful-paint', { score: 0.3, numericValue: 4884.4 }),
    'total-blocking-time': audit('total-blocking-time', { score: 0.2, numericValue: 1138.2 }),
    'cumulative-layout-shift': audit('cumulative-layout-shift', { score: 1, numericValue: 0.00512 }),
    'bootup-time': audit('bootup-time', { score: 0, metricSavings: { TBT: 1300 } }),
    'unused-javascript': audit('unused-javascript', {
      score: 0.5,
      scoreDisplayMode: 'metricSavings',
      details: { type: 'opportunity', overallSavingsMs: 150, overallSavingsBytes: 37_786 },
    }),
    'render-blocking-insight': audit('render-blocking-insight', {
      score: 0,
      scoreDisplayMode: 'metricSavings',
      metricSavings: { FCP: 180, LCP: 180, CLS: 0.5 },
    }),
    'font-display-insight': audit('font-display-insight', { score: null, scoreDisplayMode: 'notApplicable' }),
    'network-dependency-tree-insight': audit('network-dependency-tree-insight', { score: 0, metricSavings: {} }),
    'uses-long-cache-ttl': audit('uses-long-cache-ttl', { score: 1, details: { overallSavingsBytes: 5000 } }),
    'color-contrast': audit('color-contrast', { score: 0, scoreDisplayMode: 'binary' }),
    'image-alt': audit('image-alt', { score: null, scoreDisplayMode: 'notApplicable' }),
    label: audit('label', { score: 1, scoreDisplayMode: 'binary' }),
  },
});

describe('Lighthouse summary', () => {
  it('turns a report into scores out of 100, metrics and the failed accessibility audits', () => {
    const row = summarise(report(), '/partners', 'mobile');
    expect(row).toMatchObject({
      page: '/partners',
      preset: 'mobile',
      performance: 62,
      accessibility: 96,
      bestPractices: 100,
      seo: 55,
      metrics: { lcp: 4884, tbt: 1138, cls: 0.005 },
      failedAccessibility: ['color-contrast'],
    });
    expect(row.metrics.fcp).toBeUndefined();
  });

  it('ranks the failed performance audits by time saved, ignoring metrics, passes and savings of nothing', () => {
    expect(opportunities(report())).toEqual([
      { id: 'bootup-time', title: 'title of bootup-time', savingsMs: 1300, savingsKB: 0 },
      { id: 'render-blocking-insight', title: 'title of render-blocking-insight', savingsMs: 180, savingsKB: 0 },
      { id: 'unused-javascript', title: 'title of unused-javascript', savingsMs: 150, savingsKB: 36.9 },
    ]);
    expect(opportunities(report(), 1).map((o) => o.id)).toEqual(['bootup-time']);
  });

  it('names each missed target: mobile performance per page, accessibility 100 everywhere', () => {
    const rows = [
      summarise(report(0.62), '/partners', 'mobile'),
      summarise(report(0.62), '/partners', 'desktop'),
      summarise(report(0.8), '/reports/dashboard', 'mobile'),
    ];
    expect(misses(rows)).toEqual([
      'below target: /partners mobile performance 62 < 90',
      'below target: /partners mobile accessibility 96 < 100 (color-contrast)',
      'below target: /partners desktop accessibility 96 < 100 (color-contrast)',
      'below target: /reports/dashboard mobile accessibility 96 < 100 (color-contrast)',
    ]);
  });

  it('takes the median run by performance score', () => {
    const runs = [report(0.7), report(0.5), report(0.9), report(0.6)];
    expect(medianRun(runs).categories.performance?.score).toBe(0.6);
    expect(medianRun([report(0.4)]).categories.performance?.score).toBe(0.4);
    expect(() => medianRun([])).toThrow();
  });

  it('prints one line per page and preset with its opportunities under it', () => {
    const lines = formatRows([summarise(report(), '/partners', 'mobile')]);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^\/partners\s+mobile\s+62\s+96\s+100\s+55\s+–\s+4884\s+1138\s+0\.005$/);
    expect(lines[2]).toContain('bootup-time): 1300 ms');
  });

  it('sets two runs side by side in a markdown table', () => {
    const table = compareMarkdown(
      [summarise(report(0.52), '/partners', 'mobile')],
      [summarise(report(0.61), '/partners', 'mobile'), summarise(report(0.9), '/login', 'mobile')],
    ).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toBe(
      '| /partners | mobile | 52 → 61 | 96 → 96 | 100 → 100 | 55 → 55 | 4884 → 4884 | 1138 → 1138 | 0.005 → 0.005 |',
    );
    expect(table[3]).toMatch(/^\| \/login \| mobile \| – → 90 \|/);
  });
});
