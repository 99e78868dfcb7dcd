/**
 * Calendar days for jobs. The university works on Taiwan time, so "today" is the date in Asia/Taipei of
 * the injected clock's instant (never the server's own time zone). Dates are 'YYYY-MM-DD' text as stored.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Taipei';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Asia/Taipei at this instant, as 'YYYY-MM-DD'. */
export function businessDate(instant: Date): string {
  return dayFormat.format(instant);
}

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: BUSINESS_TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour (0–23) in Asia/Taipei at this instant. */
export function businessHour(instant: Date): number {
  return Number(hourFormat.format(instant));
}

const DAY_MS = 86_400_000;
const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** 'YYYY-MM-DD' plus n days (n may be negative). */
export function addDays(date: string, n: number): string {
  return new Date(utcMidnight(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}
