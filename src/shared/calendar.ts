/**
 * The university's calendar, the one place dates are reckoned (server and browser alike). The university
 * works on Taiwan time, so "today" is the date in Asia/Taipei of an instant (never the process's or the
 * browser's own time zone). Dates are 'YYYY-MM-DD' text as stored; arithmetic is on whole calendar days.
 * The academic year runs 1 August – 31 July and is named by the calendar year it starts in (2026 =
 * 2026-08-01 … 2027-07-31); Taiwan names it in ROC years (民國, Gregorian − 1911): 2026 is 115 學年度.
 * Its first semester runs 1 August – 31 January, the second 1 February – 31 July, unless the academic
 * calendar (academic_terms, kept by administrators) sets other dates for a year.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Taipei';

/**
 * Taiwan has kept UTC+8 without daylight saving since 1979, so from 1980 on the date and hour in Asia/Taipei are
 * plain arithmetic. Before that the time-zone database answers. Why not always Intl: building the first
 * DateTimeFormat with a time zone loads ICU's zone data; done when this module loaded, it was ~180 ms of the web
 * app's start-up on a cold load (more than half of its module evaluation, in one task). Property-tested
 * against Intl (tests/unit/calendar.test.ts).
 */
const TAIPEI_OFFSET_MS = 8 * 3_600_000;
const FIXED_OFFSET_SINCE = Date.UTC(1980, 0, 1);
let dayFormat: Intl.DateTimeFormat | undefined;
let hourFormat: Intl.DateTimeFormat | undefined;

/** The calendar date in Asia/Taipei at this instant, as 'YYYY-MM-DD'. */
export function businessDate(instant: Date): string {
  const time = instant.getTime();
  if (time >= FIXED_OFFSET_SINCE) return new Date(time + TAIPEI_OFFSET_MS).toISOString().slice(0, 10);
  dayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: BUSINESS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return dayFormat.format(instant);
}

/** The calendar year in Asia/Taipei at this instant (a browser elsewhere may already be in another). */
export const businessYear = (instant: Date) => Number(businessDate(instant).slice(0, 4));

/** The hour (0–23) in Asia/Taipei at this instant. */
export function businessHour(instant: Date): number {
  const time = instant.getTime();
  if (time >= FIXED_OFFSET_SINCE) return new Date(time + TAIPEI_OFFSET_MS).getUTCHours();
  hourFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: BUSINESS_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });
  return Number(hourFormat.format(instant));
}

const DAY_MS = 86_400_000;
const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const partsOf = (date: string) => date.split('-').map(Number) as [number, number, number];

/** 'YYYY-MM-DD' plus n days (n may be negative). */
export function addDays(date: string, n: number): string {
  return new Date(utcMidnight(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Days from the first to the last day, both counted (a stay of one day is 1; reversed dates give ≤ 0). */
export function inclusiveDays(first: string, last: string): number {
  return daysBetween(first, last) + 1;
}

/** Days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' plus whole months (negative: minus), clamped to the month's last day (2026-08-31 + 6 → 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = partsOf(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The month (1–12) an academic year starts in, and the month its second semester starts in. */
const ACADEMIC_YEAR_START_MONTH = 8;
const SECOND_SEMESTER_START_MONTH = 2;

/** The academic year a date falls in: 2026-08-01 … 2027-07-31 is 2026. */
export function academicYearOf(date: string): number {
  const [y, m] = partsOf(date);
  return m >= ACADEMIC_YEAR_START_MONTH ? y : y - 1;
}

/** The first day of an academic year (2026 → 2026-08-01). */
export const academicYearStart = (year: number) => isoDate(year, ACADEMIC_YEAR_START_MONTH, 1);

/** A day of an academic year by its month and day: August – December fall in its first calendar year, January – July in the next. */
export function academicYearDate(year: number, month: number, day: number): string {
  return isoDate(month >= ACADEMIC_YEAR_START_MONTH ? year : year + 1, month, day);
}

/** The academic year as [first day, last day] (2026 → 2026-08-01, 2027-07-31). */
export function academicYearRange(year: number): [string, string] {
  return [academicYearStart(year), addDays(academicYearStart(year + 1), -1)];
}

/** The academic year today in Asia/Taipei at this instant. */
export const academicYearAt = (instant: Date) => academicYearOf(businessDate(instant));

export type Semester = 1 | 2;

/**
 * One semester as the administrator set it in the academic calendar (table academic_terms), overriding
 * the default edges above; teaching dates, when set, bound a call's term (fall / spring) within it.
 * Years and semesters without an override keep the defaults, so every function below takes the table
 * as an optional last argument and behaves as before without it.
 */
export type AcademicTerm = {
  academicYear: number;
  semester: Semester;
  firstDay: string;
  lastDay: string;
  teachingStart: string | null;
  teachingEnd: string | null;
};
export type AcademicTerms = readonly AcademicTerm[];

const overrideOf = (terms: AcademicTerms | undefined, academicYear: number, semester: Semester) =>
  terms?.find((t) => t.academicYear === academicYear && t.semester === semester);

/** The default academic year and semester of a date, by month alone. */
function defaultSemesterOf(date: string): { academicYear: number; semester: Semester } {
  const [, m] = partsOf(date);
  const second = m >= SECOND_SEMESTER_START_MONTH && m < ACADEMIC_YEAR_START_MONTH;
  return { academicYear: academicYearOf(date), semester: second ? 2 : 1 };
}

/**
 * The academic year and semester of a date (2027-01-31 → 2026 first; 2027-02-01 → 2026 second). A date
 * inside an overridden semester belongs to it; any other date (also one in a gap the calendar leaves
 * between semesters) is placed by the default edges.
 */
export function semesterOf(date: string, terms?: AcademicTerms): { academicYear: number; semester: Semester } {
  const set = terms?.find((t) => t.firstDay <= date && date <= t.lastDay);
  return set ? { academicYear: set.academicYear, semester: set.semester } : defaultSemesterOf(date);
}

/** A semester as [first day, last day] (2026 first → 2026-08-01, 2027-01-31; second → 2027-02-01, 2027-07-31). */
export function semesterRange(academicYear: number, semester: Semester, terms?: AcademicTerms): [string, string] {
  const set = overrideOf(terms, academicYear, semester);
  if (set) return [set.firstDay, set.lastDay];
  const [start, end] = academicYearRange(academicYear);
  const secondStart = isoDate(academicYear + 1, SECOND_SEMESTER_START_MONTH, 1);
  return semester === 1 ? [start, addDays(secondStart, -1)] : [secondStart, end];
}

/**
 * A call's term → the mobility's planned dates: teaching runs from 1 September, so fall is 1 September –
 * 31 January (to the end of the first semester), spring 1 February – 30 June; a full year spans both.
 * An overridden semester's teaching dates replace these; without them the defaults apply, kept inside
 * the semester's (possibly overridden) edges.
 */
export function termDates(academicYear: number, term: string, terms?: AcademicTerms): { start: string; end: string } {
  const [firstStart, firstEnd] = semesterRange(academicYear, 1, terms);
  const [secondStart, secondEnd] = semesterRange(academicYear, 2, terms);
  const clamp = (date: string, from: string, to: string) => (date < from ? from : date > to ? to : date);
  const fall = {
    start:
      overrideOf(terms, academicYear, 1)?.teachingStart ?? clamp(isoDate(academicYear, 9, 1), firstStart, firstEnd),
    end: overrideOf(terms, academicYear, 1)?.teachingEnd ?? firstEnd,
  };
  const spring = {
    start: overrideOf(terms, academicYear, 2)?.teachingStart ?? secondStart,
    end:
      overrideOf(terms, academicYear, 2)?.teachingEnd ??
      clamp(isoDate(academicYear + 1, 6, 30), secondStart, secondEnd),
  };
  if (term === 'fall') return fall;
  if (term === 'spring') return spring;
  return { start: fall.start, end: spring.end };
}

/** 民國 (ROC) years count from 1912 = 民國 1. */
const ROC_OFFSET = 1911;

/** Gregorian year → ROC year (2026 → 115); an academic year's ROC name is the ROC year it starts in. */
export const toRocYear = (year: number) => year - ROC_OFFSET;

/** ROC year → Gregorian year (115 → 2026); for an academic year (115 學年度) the year it starts in. */
export const fromRocYear = (rocYear: number) => rocYear + ROC_OFFSET;

/** The academic year (in ROC years) and semester of a date, as the Ministry's forms name them (學年度, 學期). */
export function rocSemesterOf(date: string, terms?: AcademicTerms): { year: number; semester: Semester } {
  const { academicYear, semester } = semesterOf(date, terms);
  return { year: toRocYear(academicYear), semester };
}

/** Parameters of the catalogs' academic-year labels: "115 學年度（2026–2027）" / "Academic year 2026–2027". */
export const academicYearLabelParams = (year: number) => ({ roc: toRocYear(year), from: year, to: year + 1 });

/** The same with the closing year in two digits: "AY 115 (2026–27)". */
export const academicYearShortLabelParams = (year: number) => ({
  roc: toRocYear(year),
  from: year,
  to: pad((year + 1) % 100),
});
