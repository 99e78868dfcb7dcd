import { addDays, daysBetween } from './calendar.js';

/**
 * Taiwan's working days, for service levels (the enquiry desk's first-response and resolution times).
 * A day is a working day when it is Monday–Friday and not a national holiday (放假日, including the
 * substitute days off, 補假), or when it is a Saturday the government made a make-up workday (補行上班).
 * The calendar is data (taiwan-holidays.data.ts, from the DGPA's 政府行政機關辦公日曆表), never code:
 * pass it in, so tests can use any table and next year's calendar is one data edit.
 */
export type DayKind = 'holiday' | 'workday';
export type HolidayTable = ReadonlyMap<string, DayKind>;

/** 0 = Sunday … 6 = Saturday, of a 'YYYY-MM-DD' date (UTC arithmetic: the date has no time zone). */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export function isWorkingDay(date: string, table: HolidayTable): boolean {
  const listed = table.get(date);
  if (listed) return listed === 'workday';
  const d = weekday(date);
  return d !== 0 && d !== 6;
}

/**
 * The date n working days after `date` (n ≥ 0). The day itself is not counted: a question that arrives
 * on Friday with one working day to answer is due Monday (or the next working day after a holiday).
 * n = 0 gives the first working day on or after `date` (a question received on a holiday starts there).
 */
export function addWorkingDays(date: string, n: number, table: HolidayTable): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let day = date;
  if (n === 0) {
    while (!isWorkingDay(day, table)) day = addDays(day, 1);
    return day;
  }
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, table)) left--;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string, to: string, table: HolidayTable): number {
  const span = daysBetween(from, to);
  let count = 0;
  for (let i = 1; i <= span; i++) if (isWorkingDay(addDays(from, i), table)) count++;
  return count;
}

/** The table from its rows (the data file's or the database's). */
export const holidayTable = (rows: readonly { date: string; kind: DayKind }[]): HolidayTable =>
  new Map(rows.map((r) => [r.date, r.kind]));
