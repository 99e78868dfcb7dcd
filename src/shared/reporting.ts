/**
 * The vocabulary of indicators, reporting periods, submissions, college activities and reports
 * (see shared/domain.md, "Taiwanese reporting rules"), kept free of zod so the browser can import it.
 * Labels live in the catalogs under the same names (`indicatorUnits.count`, `periodKinds.moe_march`, …).
 */

/** What an indicator's figure is measured in. */
export const INDICATOR_UNITS = ['count', 'percent', 'ntd'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** The four strategies of domain.md ("what the numbers are for"), 1–4. */
export const STRATEGIES = [1, 2, 3, 4] as const;

/** The Higher Education Sprout project chapters an indicator may serve. */
export const SPROUT_CHAPTERS = ['E-3', 'E-4', 'E-5', '1-6', '3-5'] as const;
export type SproutChapter = (typeof SPROUT_CHAPTERS)[number];

/** Computed from records (with a rule) or entered by hand (as a list of activity records). */
export const INDICATOR_METHODS = ['computed', 'manual'] as const;
export type IndicatorMethod = (typeof INDICATOR_METHODS)[number];

/**
 * The rules a computed indicator may use; each is implemented once in src/server/modules/counting/.
 * Scope: the college's units, the period's dates (and its reference date for "on the date" rules).
 */
export const COMPUTED_RULES = [
  'outbound_students_semester', // outbound students ≥ 1 semester (credit-bearing) in the period
  'outbound_students_short', // outbound students < 1 semester in the period
  'outbound_students_all', // every counted outbound student mobility in the period
  'international_students_on_date', // international degree students on the reference date (table 4-2-3)
  'non_degree_students', // inbound non-degree students in the period
  'exchange_students_in', // incoming exchange students in the period
  'teep_interns', // TEEP / IIPP interns in the period
  'staff_abroad', // staff going abroad in the period
  'scholars_in', // visiting scholars coming in during the period
  'active_agreements', // agreements in force at the end of the period (owned by the unit)
  'new_agreements', // agreements that started in the period
] as const;
export type ComputedRule = (typeof COMPUTED_RULES)[number];

/** Hand-entered college exchange records ("activities"), each a list of records, not just a number. */
export const ACTIVITY_KINDS = [
  'english_course', // English-taught courses
  'conference_held', // international conferences held
  'scholar_invited', // foreign scholars invited
  'paper_abroad', // papers presented abroad
  'transnational_contract', // transnational contracts
  'industry_project', // transnational industry–academia projects (with the funding split)
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Who commissioned a transnational industry–academia project. */
export const COMMISSIONING = ['domestic', 'foreign'] as const;

/**
 * Reporting periods: colleges' quarterly indicator reports; the Ministry's March and October windows
 * (reference dates 3/15 and 10/15); the university's semester-end collections in July and January.
 */
export const PERIOD_KINDS = [
  'college_quarterly',
  'moe_march',
  'moe_october',
  'semester_july',
  'semester_january',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** draft → submitted → approved (locked snapshot), or returned (with comments) → submitted again. */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Reminders to coordinators who have not submitted, this many days before a period closes. */
export const PERIOD_REMINDER_DAYS = [7, 2] as const;

/** The Ministry's tables computed from records. */
export const MINISTRY_TABLES = ['international_students', 'outbound_students', 'college_exchange'] as const;
export type MinistryTable = (typeof MINISTRY_TABLES)[number];

/** What the ad-hoc report builder can report on. */
export const REPORT_ENTITIES = [
  'partners',
  'agreements',
  'mobilities',
  'people',
  'activities',
  'assistants',
  'cohort_applications',
] as const;
export type ReportEntity = (typeof REPORT_ENTITIES)[number];

/** Status report builds: PDF or xlsx, built in the background with progress. */
export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export const REPORT_BUILD_STATUSES = ['running', 'done', 'failed'] as const;

/** The Ministry's reference dates: 3/15 for the March window, 10/15 for the October one. */
export function suggestedReferenceDate(kind: PeriodKind, year: number): string | null {
  if (kind === 'moe_march') return `${year}-03-15`;
  if (kind === 'moe_october') return `${year}-10-15`;
  return null;
}

/** Where a period stands on a day: not yet open, open (taking submissions), or closed. */
export const PERIOD_STATES = ['upcoming', 'open', 'closed'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];
export const periodState = (p: { opensOn: string; closesOn: string }, today: string): PeriodState =>
  today < p.opensOn ? 'upcoming' : today > p.closesOn ? 'closed' : 'open';
