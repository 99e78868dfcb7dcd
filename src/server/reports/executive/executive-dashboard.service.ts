import type { Ctx } from '#server/http/context.js';
import { cached } from '#server/modules/dashboard/dashboard.cache.js';
import { dashboardSummary } from '#server/modules/dashboard/dashboard.service.js';
import { authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import { academicYearOf, businessDate } from '#shared/calendar.js';
import type { ExecutiveDashboard, ExecutiveQuery } from '#shared/schemas/executive.js';
import { expiringAgreements, mobilityTrends } from './executive.repository.js';
import { progressByIndicator } from './indicator-progress.view.js';
import { periodStatuses } from './period-status.view.js';
import { programFigures } from './program-figures.repository.js';

/** Trends cover this many academic years; the expiring list, agreements ending within this many days. */
export const TREND_YEARS = 5;
export const EXPIRING_DAYS = 180;
const EXPIRING_LIMIT = 100;

/**
 * The vice president's and the committee's dashboard: the home dashboard's partner and agreement
 * figures (with the world map's), agreements ending within 180 days, mobility trends over five
 * academic years, every indicator against its targets per college, and the open and upcoming periods
 * with the colleges that have not submitted. Figures of the whole university, so the reader needs
 * `readDashboard` (a coordinator does not have it). Cached like the home dashboard (ADR 0014).
 */
export async function executiveDashboard(ctx: Ctx, query: ExecutiveQuery): Promise<ExecutiveDashboard> {
  authorizeAny(reportingPolicy, ctx.actor, 'readDashboard', ctx.units);
  const today = businessDate(new Date(ctx.now));
  const year = query.year ?? Number(today.slice(0, 4));
  const [summary, { value, computedAtMs }] = await Promise.all([
    dashboardSummary(ctx),
    cached(ctx.db, `${year}|${today}`, Date.parse(ctx.now), async () => {
      const academicYear = query.year ?? academicYearOf(today);
      const [expiring, trends, indicators, periods, programs] = await Promise.all([
        expiringAgreements(ctx.db, today, EXPIRING_DAYS, EXPIRING_LIMIT),
        // Ending with the academic year that starts in the year asked, or else with the current one.
        mobilityTrends(ctx.db, academicYear, TREND_YEARS),
        progressByIndicator(ctx.db, { year }),
        periodStatuses(ctx.db, today),
        programFigures(ctx.db, academicYear),
      ]);
      return { expiring, trends, indicators, periods, programs };
    }),
  ]);
  return { year, asOf: today, computedAt: new Date(computedAtMs).toISOString(), summary, ...value };
}
