import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { indicatorFigure, loadCountingSettings } from '#server/modules/counting/index.js';
import { dashboardSummary } from '#server/modules/dashboard/dashboard.service.js';
import type { PeriodRow } from '#server/modules/reporting/submission.repository.js';
import { periodOverview } from '#server/modules/reporting/submission-overview.js';
import { loadLetterhead } from '#server/modules/university/letterhead.js';
import type { Letterhead } from '#server/pdf/letterhead.js';
import { academicYearOf, businessDate } from '#shared/calendar.js';
import type { ComputedRule } from '#shared/reporting.js';
import type { DashboardSummary } from '#shared/schemas/dashboard.js';
import type { IndicatorProgressRow, TrendRow } from '#shared/schemas/executive.js';
import type { CollegeStatus } from '#shared/schemas/reporting.js';
import { mobilityTrends } from './executive.repository.js';
import { TREND_YEARS } from './executive-dashboard.service.js';
import { progressByIndicator } from './indicator-progress.view.js';

/**
 * The mobility figures of the period, each counted by the counting module's rule for the whole
 * university (so they equal the Ministry's tables and the indicators): outbound students ≥ 1 semester
 * and < 1 semester, international degree students on the reference date, non-degree and exchange
 * students coming in, staff abroad and scholars coming in. Labels: `executive.report.figures.<rule>`.
 */
export const MOBILITY_RULES = [
  'outbound_students_semester',
  'outbound_students_short',
  'international_students_on_date',
  'non_degree_students',
  'exchange_students_in',
  'staff_abroad',
  'scholars_in',
] as const satisfies readonly ComputedRule[];

export type StatusReportData = {
  period: PeriodRow;
  asOf: string;
  summary: DashboardSummary;
  mobility: { rule: (typeof MOBILITY_RULES)[number]; value: number }[];
  trends: TrendRow[];
  indicators: IndicatorProgressRow[];
  colleges: CollegeStatus[];
  /** The university's details, printed at the top (PDF) or in the print header (xlsx). */
  letterhead: Letterhead;
};

/** The steps of gathering, each reported before it runs (`executive.steps.<step>`), with its progress. */
export type Progress = (step: string, progress: number) => Promise<void>;

/** Everything the status report shows for a period, gathered step by step. */
export async function gatherStatusReport(ctx: Ctx, period: PeriodRow, progress: Progress): Promise<StatusReportData> {
  const db = ctx.db;
  await progress('partners', 10);
  const summary = await dashboardSummary(ctx);
  await progress('mobility', 25);
  const mobility = await mobilityFigures(db, period);
  const trends = await mobilityTrends(db, academicYearOf(period.covers_to), TREND_YEARS);
  await progress('indicators', 40);
  const indicators = await progressByIndicator(db, { year: period.year, quarter: period.quarter });
  await progress('submissions', 60);
  const today = businessDate(new Date(ctx.now));
  const overview = await periodOverview(db, period.id, today);
  const letterhead = await loadLetterhead(db);
  return { period, asOf: today, summary, mobility, trends, indicators, colleges: overview?.colleges ?? [], letterhead };
}

async function mobilityFigures(db: Db, period: PeriodRow) {
  const settings = await loadCountingSettings(db);
  const scope = {
    unitIds: 'all' as const,
    from: period.covers_from,
    to: period.covers_to,
    referenceDate: period.reference_date ?? undefined,
  };
  const out: StatusReportData['mobility'] = [];
  for (const rule of MOBILITY_RULES) {
    out.push({ rule, value: await indicatorFigure(db, { method: 'computed', rule }, scope, settings) });
  }
  return out;
}
