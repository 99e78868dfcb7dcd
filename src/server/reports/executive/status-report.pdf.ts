import type { Content, TableCell } from 'pdfmake/interfaces';
import { letterheadContent } from '#server/pdf/letterhead.js';
import { type PdfDocument, renderPdf } from '#server/pdf/render.js';
import { translate } from '#shared/i18n/index.js';
import type { ProgressCell } from '#shared/schemas/executive.js';
import { progressChart, regionsChart, trendsChart } from './status-report.charts.js';
import type { StatusReportData } from './status-report.data.js';
import { type ReportTable, reportTables } from './status-report.tables.js';

const zh = (key: string, params?: Record<string, unknown>) => translate('zh-TW', key, params);
const en = (key: string, params?: Record<string, unknown>) => translate('en', key, params);

/** A heading in Chinese with its English below (the committee reads both). */
function heading(key: string, level: 1 | 2 = 2): Content {
  return {
    stack: [
      { text: zh(key), fontSize: level === 1 ? 20 : 14, bold: true },
      { text: en(key), fontSize: level === 1 ? 14 : 11, color: '#444444' },
    ],
    margin: [0, level === 1 ? 0 : 14, 0, 6],
    headlineLevel: level,
  };
}

const fmt = (v: string | number | null) => (v === null ? '—' : typeof v === 'number' ? v.toLocaleString('en') : v);

function table(t: ReportTable): Content {
  const header: TableCell[] = t.columns.map((key) => ({ text: `${zh(key)}\n${en(key)}`, bold: true, fontSize: 8 }));
  const body: TableCell[][] = t.rows.map((row) =>
    row.map((v) => ({ text: fmt(v), fontSize: 8, alignment: typeof v === 'number' ? 'right' : 'left' })),
  );
  return {
    table: { headerRows: 1, widths: t.columns.map(() => '*'), body: [header, ...(body.length ? body : [empty(t)])] },
    layout: 'lightHorizontalLines',
  };
}

/**
 * Indicators × units, compact for print: one row per indicator (code and both names), one column for
 * the whole university and one per college, each cell "value / target (percent)". The xlsx keeps the
 * long form (one row per indicator and unit), easier to filter.
 */
function indicatorMatrix(d: StatusReportData): Content {
  const colleges = d.indicators[0]?.colleges ?? [];
  const th = (zhText: string, enText: string): TableCell => ({ text: `${zhText}\n${enText}`, bold: true, fontSize: 7 });
  const cell = (c: ProgressCell | null | undefined): TableCell => ({
    text: !c ? '—' : c.target === null ? fmt(c.value) : `${fmt(c.value)} / ${fmt(c.target)}\n(${c.percent}%)`,
    fontSize: 7,
    alignment: 'right',
  });
  const header = [
    th(zh('executive.report.cols.indicatorZh'), en('executive.report.cols.indicatorEn')),
    th(zh('executive.wholeUniversity'), en('executive.wholeUniversity')),
    ...colleges.map((c) => th(c.unitNameZh, c.unitNameEn)),
  ];
  const body = d.indicators.map((i) => [
    { text: [{ text: `${i.code}\n`, bold: true }, `${i.nameZh}\n${i.nameEn}`], fontSize: 7 } as TableCell,
    cell(i.university),
    ...colleges.map((c) => cell(i.colleges.find((x) => x.unitId === c.unitId))),
  ]);
  if (body.length === 0)
    return { text: `${zh('executive.report.empty')} ${en('executive.report.empty')}`, fontSize: 8 };
  return {
    table: { headerRows: 1, widths: [110, ...header.slice(1).map(() => '*')], body: [header, ...body] },
    layout: 'lightHorizontalLines',
  };
}

const empty = (t: ReportTable): TableCell[] =>
  t.columns.map((_, i) =>
    i === 0 ? { text: `${zh('executive.report.empty')} ${en('executive.report.empty')}`, fontSize: 8 } : '',
  );

/** The PDF: A4, Noto Sans TC, bilingual headings, the key figures, the tables and three SVG charts. */
export async function statusReportPdf(d: StatusReportData, onChart: () => Promise<void>): Promise<Buffer> {
  const [keyFigures, regions, mobility, trends, , submissions] = reportTables(d);
  const charts = { regions: await regionsChart(d), trends: await trendsChart(d), progress: await progressChart(d) };
  await onChart();
  const p = d.period;
  const doc: PdfDocument = {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title: `${zh('executive.report.title')} ${p.name_zh}`, author: d.letterhead.nameEn },
    footer: (page, pages) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 8, color: '#666666' }),
    content: [
      ...letterheadContent(d.letterhead),
      heading('executive.report.title', 1),
      { text: `${p.name_zh}\n${p.name_en}`, fontSize: 12, margin: [0, 4, 0, 2] },
      {
        text: `${zh('executive.report.covers', { from: p.covers_from, to: p.covers_to, date: d.asOf })}\n${en('executive.report.covers', { from: p.covers_from, to: p.covers_to, date: d.asOf })}`,
        fontSize: 9,
        color: '#444444',
      },
      heading('executive.report.sections.keyFigures'),
      table(keyFigures as ReportTable),
      heading('executive.report.sections.regions'),
      { svg: charts.regions, width: 480 },
      table(regions as ReportTable),
      heading('executive.report.sections.mobility'),
      table(mobility as ReportTable),
      heading('executive.report.sections.trends'),
      { svg: charts.trends, width: 480 },
      table(trends as ReportTable),
      heading('executive.report.sections.indicators'),
      ...(d.indicators.some((i) => i.university?.percent != null) ? [{ svg: charts.progress, width: 480 }] : []),
      indicatorMatrix(d),
      heading('executive.report.sections.submissions'),
      table(submissions as ReportTable),
    ],
    // A heading never ends a page: it moves to the next page with what follows it.
    pageBreakBefore: (node, following) =>
      Boolean(node.headlineLevel) && (following.getFollowingNodesOnPage?.()?.length ?? 1) === 0,
  };
  return renderPdf(doc);
}
