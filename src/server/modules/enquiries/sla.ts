import { businessDate } from '#shared/calendar.js';
import { TAIWAN_HOLIDAYS } from '#shared/taiwan-holidays.data.js';
import { addWorkingDays, holidayTable, workingDaysBetween } from '#shared/working-days.js';

/**
 * The desk's service levels, counted in Taiwan's working days (docs/decisions/0027): a question received
 * on day D with n days for its first reply is due by the end of the n-th working day after D (in
 * Asia/Taipei). A reply sent on or before that date meets it; none by then breaches it.
 */
export const TAIWAN_CALENDAR = holidayTable(TAIWAN_HOLIDAYS);

export function dueDates(receivedAt: string, c: { first_response_days: number; resolution_days: number }) {
  const day = businessDate(new Date(receivedAt));
  return {
    first_response_due: addWorkingDays(day, c.first_response_days, TAIWAN_CALENDAR),
    resolution_due: addWorkingDays(day, c.resolution_days, TAIWAN_CALENDAR),
  };
}

export type SlaState = 'met' | 'due' | 'breached';

/** Where one service level stands: done by the due date (met), not yet done and not late (due), or late. */
export function slaState(due: string, doneAt: string | null, today: string): SlaState {
  if (doneAt !== null) return businessDate(new Date(doneAt)) <= due ? 'met' : 'breached';
  return today > due ? 'breached' : 'due';
}

/** Working days from receipt to an instant (the figures' response time). */
export const workingDaysTaken = (receivedAt: string, at: string) =>
  workingDaysBetween(businessDate(new Date(receivedAt)), businessDate(new Date(at)), TAIWAN_CALENDAR);

/** The reminder before a breach: on the last working day before the due date, or on the due date itself. */
export function remindToday(due: string, today: string): boolean {
  return today <= due && workingDaysBetween(today, due, TAIWAN_CALENDAR) <= 1;
}
