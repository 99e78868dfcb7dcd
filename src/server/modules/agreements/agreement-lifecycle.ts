import { type RawBuilder, sql } from 'kysely';
import { type AuditSummary, auditSummary, label, type SummaryParam, statusChange } from '#server/lib/audit-summary.js';
import { addDays, addMonths, businessDate } from '#shared/calendar.js';
import type { AgreementStatus, AgreementTransition, StoredAgreementStatus } from '#shared/enums.js';

/**
 * The agreement lifecycle in one place: the effective status (in TypeScript for one record and in SQL
 * for lists — the same rule twice, side by side) and which transition starts from which status.
 *
 * Stored statuses change only by explicit transitions. An `active` agreement READS as `expiring` from
 * its notice date up to and including its end date, and as `expired` after its end date; an open-ended
 * agreement never expires. "Today" is the university's calendar day (Asia/Taipei) of the injected clock.
 */

/** The university's calendar day at an instant ('YYYY-MM-DD'). */
export const universityToday = (nowIso: string) => businessDate(new Date(nowIso));

export type LifecycleRow = {
  status: StoredAgreementStatus;
  end_date: string | null;
  notice_date: string | null;
  open_ended: number;
};

export function effectiveStatus(row: LifecycleRow, today: string): AgreementStatus {
  if (row.status !== 'active') return row.status;
  if (row.open_ended === 1 || row.end_date === null) return 'active';
  if (today > row.end_date) return 'expired';
  if (row.notice_date !== null && today >= row.notice_date) return 'expiring';
  return 'active';
}

/** The same rule as a SQL expression over the `agreements` table (portable: text dates compare as dates). */
export function effectiveStatusSql(today: string): RawBuilder<AgreementStatus> {
  return sql<AgreementStatus>`(case
    when agreements.status <> 'active' or agreements.open_ended = 1 or agreements.end_date is null
      then agreements.status
    when agreements.end_date < ${today} then 'expired'
    when agreements.notice_date is not null and agreements.notice_date <= ${today} then 'expiring'
    else 'active' end)`;
}

/** Active (stored) agreements ending between today and today + N days, both included. */
export function endingWithinSql(today: string, days: number): RawBuilder<boolean> {
  return sql<boolean>`(agreements.status = 'active' and agreements.open_ended = 0
    and agreements.end_date >= ${today} and agreements.end_date <= ${addDays(today, days)})`;
}

type Rule = {
  from: readonly AgreementStatus[];
  /** The stored status it leads to; renew leaves the old record's status alone and drafts a new one. */
  to: StoredAgreementStatus | null;
  /** Only holders of university-wide rights (OIA-IC staff, admin); otherwise the unit's coordinator too. */
  staffOnly: boolean;
  commentRequired: boolean;
};

export const TRANSITION_RULES: Record<AgreementTransition, Rule> = {
  submit: { from: ['draft'], to: 'under_review', staffOnly: false, commentRequired: false },
  return: { from: ['under_review', 'awaiting_signature'], to: 'draft', staffOnly: true, commentRequired: true },
  approve: { from: ['under_review'], to: 'awaiting_signature', staffOnly: true, commentRequired: false },
  activate: { from: ['awaiting_signature'], to: 'active', staffOnly: true, commentRequired: false },
  terminate: { from: ['active', 'expiring'], to: 'terminated', staffOnly: true, commentRequired: true },
  renew: { from: ['active', 'expiring', 'expired'], to: null, staffOnly: true, commentRequired: false },
};

/** What the actor's rights on one agreement allow, decided by the policy (see agreement-access.ts). */
export type TransitionAccess = { onRecord: boolean; staff: boolean };

export const mayTransition = (action: AgreementTransition, access: TransitionAccess) =>
  access.onRecord && (access.staff || !TRANSITION_RULES[action].staffOnly);

/** Is the action possible from this state (regardless of who asks)? */
export function startsFrom(
  action: AgreementTransition,
  state: { status: AgreementStatus; archived: boolean; hasSuccessor: boolean },
): boolean {
  if (state.archived) return false;
  if (action === 'renew' && state.hasSuccessor) return false;
  return TRANSITION_RULES[action].from.includes(state.status);
}

/** Audit summary of a status change ("Awaiting signature → Active: comment"), in the reader's language. */
export const transitionSummary = (from: string, to: string, comment?: SummaryParam | null): AuditSummary =>
  comment
    ? auditSummary('auditSummaries.statusChangeComment', {
        from: label('agreementStatuses', from),
        to: label('agreementStatuses', to),
        comment,
      })
    : statusChange('agreementStatuses', from, to);

/** Audit summary of a renewal on the old version: it names the new version. */
export const renewalSummary = (from: string, newId: number, comment?: string | null): AuditSummary =>
  auditSummary(comment ? 'auditSummaries.renewalComment' : 'auditSummaries.renewal', {
    from: label('agreementStatuses', from),
    id: newId,
    ...(comment ? { comment } : {}),
  });

/**
 * Dates of a renewal: the new term starts the day after the old one ends and runs as long as the old
 * term did in whole months (2022-08-01…2027-07-31 → 2027-08-01…2032-07-31). Without an end date there
 * is nothing to shift: the draft keeps no dates (open-ended stays open-ended).
 */
export function renewalDates(
  startDate: string | null,
  endDate: string | null,
  openEnded: boolean,
): { startDate: string | null; endDate: string | null; openEnded: boolean } {
  if (openEnded || !endDate) return { startDate: null, endDate: null, openEnded };
  const newStart = addDays(endDate, 1);
  if (!startDate) return { startDate: newStart, endDate: null, openEnded: false };
  const months = Math.max(1, monthsBetween(startDate, newStart));
  return { startDate: newStart, endDate: addDays(addMonths(newStart, months), -1), openEnded: false };
}

/** Whole months from `a` to `b` (counting a month only once its day of month is reached). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return yb * 12 + mb - (ya * 12 + ma) - (db < da ? 1 : 0);
}
