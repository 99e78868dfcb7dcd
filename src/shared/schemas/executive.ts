import { z } from 'zod';
import { TREND_GROUPS, type TrendGroup } from '#shared/executive.js';
import { INDICATOR_UNITS, PERIOD_KINDS, REPORT_BUILD_STATUSES, REPORT_FORMATS } from '#shared/reporting.js';
import { DashboardSummary } from './dashboard.js';

/**
 * The executive dashboard (vice president, International Affairs Committee) and the whole-university
 * status report's background builds.
 */

const Count = z.number().int();

/** `year`: the calendar year of the indicator targets; trends end with the academic year starting in it. */
export const ExecutiveQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export type ExecutiveQuery = z.infer<typeof ExecutiveQuery>;

export const TrendRow = z.object({
  /** The academic year by its first calendar year (2031 = 2031-08-01 … 2032-07-31, ROC 120). */
  academicYear: Count,
  counts: z.object(Object.fromEntries(TREND_GROUPS.map((g) => [g, Count])) as Record<TrendGroup, typeof Count>),
});
export type TrendRow = z.infer<typeof TrendRow>;

export const ExpiringAgreement = z.object({
  id: Count,
  code: z.string().nullable(),
  titleZh: z.string().nullable(),
  titleEn: z.string(),
  partnerZh: z.string().nullable(),
  partnerEn: z.string().nullable(),
  country: z.string().nullable(),
  endDate: z.string(),
  daysLeft: Count,
});

/** One unit's figure of an indicator: a college, or the whole university (unitId null). */
export const ProgressCell = z.object({
  unitId: Count.nullable(),
  unitCode: z.string().nullable(),
  unitNameZh: z.string(),
  unitNameEn: z.string(),
  value: z.number(),
  target: z.number().nullable(),
  /** value / target as a percentage (rounded), null without a target. */
  percent: z.number().nullable(),
});
export type ProgressCell = z.infer<typeof ProgressCell>;

export const IndicatorProgressRow = z.object({
  indicatorId: Count,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  university: ProgressCell.nullable(),
  colleges: z.array(ProgressCell),
});
export type IndicatorProgressRow = z.infer<typeof IndicatorProgressRow>;

export const PeriodStatusRow = z.object({
  id: Count,
  kind: z.enum(PERIOD_KINDS),
  nameZh: z.string(),
  nameEn: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  /** open today, or opening later. */
  state: z.enum(['open', 'upcoming']),
  colleges: Count,
  submitted: Count,
  /** Colleges whose submission is not yet submitted or approved. */
  notSubmitted: z.array(
    z.object({
      unitId: Count,
      code: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      status: z.string().nullable(),
    }),
  ),
});
export type PeriodStatusRow = z.infer<typeof PeriodStatusRow>;

/** The office's own programs in one academic year: cohorts, the assistant corps, the buddy program. */
export const ProgramFigures = z.object({
  academicYear: Count,
  cohortApplications: Count,
  cohortParticipants: Count,
  certificates: Count,
  assistants: Count,
  assistantHours: z.number().nonnegative(),
  buddyPairs: Count,
  buddyMeetings: Count,
});
export type ProgramFigures = z.infer<typeof ProgramFigures>;

export const ExecutiveDashboard = z.object({
  year: Count,
  asOf: z.string(),
  computedAt: z.string(),
  /** Partners and agreements with the world map's figures (the home dashboard's summary). */
  summary: DashboardSummary,
  expiring: z.array(ExpiringAgreement),
  trends: z.array(TrendRow),
  indicators: z.array(IndicatorProgressRow),
  periods: z.array(PeriodStatusRow),
  programs: ProgramFigures,
});
export type ExecutiveDashboard = z.infer<typeof ExecutiveDashboard>;

export const StatusBuildCreate = z.object({
  periodId: z.number().int().positive(),
  format: z.enum(REPORT_FORMATS),
});
export type StatusBuildCreate = z.infer<typeof StatusBuildCreate>;

export const StatusBuild = z.object({
  id: Count,
  format: z.enum(REPORT_FORMATS),
  periodId: Count.nullable(),
  periodNameZh: z.string().nullable(),
  periodNameEn: z.string().nullable(),
  status: z.enum(REPORT_BUILD_STATUSES),
  progress: Count,
  /** The catalog key of the step running now (`executive.steps.*`). */
  step: z.string().nullable(),
  fileName: z.string().nullable(),
  /** Why it failed, in the language of whoever started it. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type StatusBuild = z.infer<typeof StatusBuild>;

export const StatusBuildList = z.object({ items: z.array(StatusBuild) });
export const StatusBuildCreated = z.object({ id: Count });
