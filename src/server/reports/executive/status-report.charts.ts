import { FONT_FAMILY } from '#server/pdf/fonts.js';
import { academicYearShortLabelParams } from '#shared/calendar.js';
import { TREND_GROUPS } from '#shared/executive.js';
import { translate } from '#shared/i18n/index.js';
import type { StatusReportData } from './status-report.data.js';
import { regionKey } from './status-report.tables.js';

type ECharts = typeof import('echarts');
let loaded: Promise<ECharts> | undefined;
/** ECharts is loaded on the first report (it is large and only the status report draws on the server). */
const echarts = () => {
  loaded ??= import('echarts');
  return loaded;
};

export const CHART_WIDTH = 520;
export const CHART_HEIGHT = 260;

/** A label in both languages on two lines, Chinese first. */
export const both = (key: string, params: Record<string, unknown> = {}) =>
  `${translate('zh-TW', key, params)}\n${translate('en', key, params)}`;

/**
 * Renders an option to an SVG string with ECharts' server-side renderer (no DOM, no animation). The
 * chart is always disposed, also when rendering throws, so a failed build leaks nothing.
 */
export async function renderSvg(option: object, width = CHART_WIDTH, height = CHART_HEIGHT): Promise<string> {
  const ec = await echarts();
  const chart = ec.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY, fontSize: 10 }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const legend = { bottom: 0, itemWidth: 12, itemHeight: 8, itemGap: 16, textStyle: { fontSize: 8 } };

/** Partners and agreements in force per MoE region (horizontal bars: the bilingual names fit). */
export function regionsChart(data: StatusReportData) {
  const rows = data.summary.byRegion;
  return renderSvg(
    {
      legend,
      grid: { left: 150, right: 20, top: 10, bottom: 40 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => both(regionKey(r.region))),
        axisLabel: { interval: 0, fontSize: 8, lineHeight: 10 },
      },
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: both('executive.report.cols.partners'), data: rows.map((r) => r.partners) },
        {
          type: 'bar',
          name: both('executive.report.cols.agreementsInForce'),
          data: rows.map((r) => r.activeAgreements ?? 0),
        },
      ],
    },
    CHART_WIDTH,
    Math.max(160, 60 + rows.length * 28),
  );
}

/** Mobility records per academic year and group (lines), five academic years. */
export function trendsChart(data: StatusReportData) {
  return renderSvg({
    legend,
    grid: { left: 40, right: 20, top: 16, bottom: 80 },
    xAxis: {
      type: 'category',
      data: data.trends.map((t) =>
        translate('en', 'executive.academicYear', academicYearShortLabelParams(t.academicYear)),
      ),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: TREND_GROUPS.map((g) => ({
      type: 'line',
      name: both(`executive.groups.${g}`),
      data: data.trends.map((t) => t.counts[g]),
    })),
  });
}

/** The whole university's progress against each indicator's target, in percent (horizontal bars). */
export function progressChart(data: StatusReportData) {
  const rows = data.indicators.filter((i) => i.university?.percent != null);
  return renderSvg(
    {
      grid: { left: 80, right: 30, top: 10, bottom: 20 },
      yAxis: { type: 'category', data: rows.map((i) => i.code), inverse: true, axisLabel: { fontSize: 8 } },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          data: rows.map((i) => i.university?.percent ?? 0),
          label: { show: true, position: 'right', formatter: '{c}%', fontSize: 8 },
        },
      ],
    },
    CHART_WIDTH,
    Math.max(120, 30 + rows.length * 22),
  );
}
