import { addDays, daysBetween } from '#shared/calendar.js';

/**
 * Which reminders an active agreement is due today — pure rules, no database.
 *
 * - notice: the agreement has entered its notice window (today ≥ notice_date) and has not ended.
 * - expiry_180 / expiry_90 / expiry_30: today ≥ end_date − N days and end_date ≥ today.
 *   After missed days (server down, agreement activated late) only the MOST URGENT threshold that
 *   applies is sent; the less urgent ones are returned as `skipped` and logged without a message, so
 *   nobody gets three mails at once about one date and they are never sent later either.
 * - signed_file_missing: no (non-removed) signed file.
 *
 * The reference of notice/expiry reminders is the end date: a renewed or corrected end date starts
 * a fresh set of reminders. A missing file is reminded once per activation (its reference is the day
 * the agreement became active), not again every day.
 */
export const EXPIRY_THRESHOLDS = [30, 90, 180] as const; // most urgent first
export const REMINDER_KINDS = ['notice', 'expiry_180', 'expiry_90', 'expiry_30', 'signed_file_missing'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export type ReminderSubject = {
  endDate: string | null;
  noticeDate: string | null;
  openEnded: boolean;
  hasSignedFile: boolean;
  /** The day the agreement became active ('YYYY-MM-DD'), if known. */
  activatedOn: string | null;
};

export type DueReminder = { kind: ReminderKind; reference: string; skipped: ReminderKind[] };

const expiryKind = (days: (typeof EXPIRY_THRESHOLDS)[number]) => `expiry_${days}` as ReminderKind;

export function dueReminders(a: ReminderSubject, today: string): DueReminder[] {
  const due: DueReminder[] = [];
  const running = a.openEnded || !a.endDate || a.endDate >= today;
  if (!running) return due; // ended: expired, whatever the stored status says

  if (!a.openEnded && a.endDate) {
    const end = a.endDate;
    if (a.noticeDate && a.noticeDate <= today) due.push({ kind: 'notice', reference: end, skipped: [] });
    const applies = EXPIRY_THRESHOLDS.filter((n) => today >= addDays(end, -n));
    const [mostUrgent, ...lessUrgent] = applies;
    if (mostUrgent !== undefined)
      due.push({ kind: expiryKind(mostUrgent), reference: end, skipped: lessUrgent.map(expiryKind) });
  }
  if (!a.hasSignedFile)
    due.push({ kind: 'signed_file_missing', reference: a.activatedOn ?? 'signed-file', skipped: [] });
  return due;
}

/** Days from today to the end date (for the message), or null when there is none. */
export function daysLeft(endDate: string | null, today: string): number | null {
  return endDate ? daysBetween(today, endDate) : null;
}
