import { academicYearShortLabelParams } from '#shared/calendar.js';
import { TREND_GROUPS } from '#shared/executive.js';
import { translate } from '#shared/i18n/index.js';
import type { StatusReportData } from './status-report.data.js';

/**
 * The status report's tables, once, for both outputs: the PDF prints them (with bilingual headers on
 * two lines) and the xlsx gives each its own sheet (a Chinese and an English header row). A column is
 * a catalog key; a cell is text or a number.
 */
export type Cell = string | number | null;
export type ReportTable = { key: string; columns: string[]; rows: Cell[][] };

/** The label of partners whose country has no MoE region in the lookup table. */
export const NO_REGION = 'executive.report.noRegion';
export const regionKey = (region: string | null) => (region ? `regions.${region}` : NO_REGION);

const zh = (key: string, params?: Record<string, unknown>) => translate('zh-TW', key, params);
const en = (key: string, params?: Record<string, unknown>) => translate('en', key, params);
const c = (name: string) => `executive.report.cols.${name}`;

export function reportTables(d: StatusReportData): ReportTable[] {
  return [keyFigures(d), regions(d), mobility(d), trends(d), indicators(d), submissions(d)];
}

function keyFigures(d: StatusReportData): ReportTable {
  const agreements = d.summary.agreements;
  const submitted = d.colleges.filter((s) => s.status === 'submitted' || s.status === 'approved').length;
  const withTarget = d.indicators.filter((i) => i.university?.target != null);
  const met = withTarget.filter((i) => (i.university?.value ?? 0) >= (i.university?.target ?? 0)).length;
  const figures: [string, Cell][] = [
    ['partners', d.summary.partners.total],
    ['countries', d.summary.partners.countries],
    ['partnersActive', d.summary.partners.withActiveAgreement],
    ['agreementsInForce', agreements?.inForce ?? null],
    ['agreementsEnding', agreements?.endingWithin.at(-1)?.count ?? null],
    ...d.mobility.map((m): [string, Cell] => [m.rule, m.value]),
    ['indicatorsMet', `${met} / ${withTarget.length}`],
    ['collegesSubmitted', `${submitted} / ${d.colleges.length}`],
  ];
  return {
    key: 'keyFigures',
    columns: [c('figureZh'), c('figureEn'), c('value')],
    rows: figures.map(([k, v]) => [zh(`executive.report.figures.${k}`), en(`executive.report.figures.${k}`), v]),
  };
}

function regions(d: StatusReportData): ReportTable {
  return {
    key: 'regions',
    columns: [c('regionZh'), c('regionEn'), c('partners'), c('partnersActive'), c('agreementsInForce')],
    rows: d.summary.byRegion.map((r) => {
      const key = regionKey(r.region);
      return [zh(key), en(key), r.partners, r.withActiveAgreement, r.activeAgreements];
    }),
  };
}

function mobility(d: StatusReportData): ReportTable {
  return {
    key: 'mobility',
    columns: [c('figureZh'), c('figureEn'), c('value')],
    rows: d.mobility.map((m) => [
      zh(`executive.report.figures.${m.rule}`),
      en(`executive.report.figures.${m.rule}`),
      m.value,
    ]),
  };
}

function trends(d: StatusReportData): ReportTable {
  return {
    key: 'trends',
    columns: [c('academicYear'), ...TREND_GROUPS.map((g) => `executive.groups.${g}`)],
    rows: d.trends.map((t) => [
      en('executive.academicYear', academicYearShortLabelParams(t.academicYear)),
      ...TREND_GROUPS.map((g) => t.counts[g]),
    ]),
  };
}

function indicators(d: StatusReportData): ReportTable {
  return {
    key: 'indicators',
    columns: [
      c('code'),
      c('indicatorZh'),
      c('indicatorEn'),
      c('unitZh'),
      c('unitEn'),
      c('value'),
      c('target'),
      c('percent'),
    ],
    rows: d.indicators.flatMap((i) =>
      [...(i.university ? [i.university] : []), ...i.colleges].map((u) => [
        i.code,
        i.nameZh,
        i.nameEn,
        u.unitId === null ? zh('executive.wholeUniversity') : u.unitNameZh,
        u.unitId === null ? en('executive.wholeUniversity') : u.unitNameEn,
        u.value,
        u.target,
        u.percent,
      ]),
    ),
  };
}

function submissions(d: StatusReportData): ReportTable {
  const status = (lang: typeof zh, s: string | null) => lang(`executive.submission.${s ?? 'none'}`);
  return {
    key: 'submissions',
    columns: [c('unitZh'), c('unitEn'), c('statusZh'), c('statusEn'), c('submittedAt')],
    rows: d.colleges.map((s) => [
      s.unitNameZh,
      s.unitNameEn,
      status(zh, s.status),
      status(en, s.status),
      s.submittedAt ? s.submittedAt.slice(0, 10) : null,
    ]),
  };
}
