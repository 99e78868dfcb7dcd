import { logReminder } from '#server/jobs/reminder-log.repository.js';
import type { DailyJob, JobDeps } from '#server/jobs/scheduler.js';
import { iso } from '#server/lib/clock.js';
import { notifyUsers } from '#server/modules/notifications/notify.js';
import { addDays, businessDate, daysBetween } from '#shared/calendar.js';
import { PERIOD_REMINDER_DAYS } from '#shared/reporting.js';
import { ensurePeriodSubmissions } from './period.service.js';
import { findOpenPeriods, findSubmissions, type SubmissionRow } from './submission.repository.js';
import { collegeCoordinators, submissionParams } from './submission-review.service.js';

export const PERIOD_REMINDERS_JOB = 'period-reminders';

/**
 * Daily, for every open reporting period: makes each college's submission (if the first reader has not),
 * tells the college's coordinators once that it is open, and 7 and 2 days before it closes reminds the
 * coordinators of colleges that have not submitted (draft or returned). In-app and e-mail, each in the
 * recipient's language. Once per threshold through reminder_log (entity 'submission', reference = the
 * closing date, so a moved deadline starts afresh); after missed days only the most urgent threshold
 * is sent and the passed ones are logged as decided — the same ledger as document-expiry.job.ts, so a
 * restart or a second instance never repeats a message.
 */
const THRESHOLDS = [...PERIOD_REMINDER_DAYS].sort((a, b) => a - b); // most urgent first
const kindOf = (days: number) => `reminder_${days}`;

/** The reminder due on `today` before `closesOn` (and the less urgent ones it supersedes). */
export function dueReminder(closesOn: string, today: string): { kind: string; skipped: string[] } | null {
  if (closesOn < today) return null;
  const [mostUrgent, ...lessUrgent] = THRESHOLDS.filter((n) => today >= addDays(closesOn, -n));
  return mostUrgent === undefined ? null : { kind: kindOf(mostUrgent), skipped: lessUrgent.map(kindOf) };
}

export type PeriodReminderRun = {
  today: string;
  sent: { submissionId: number; unitCode: string; kind: string; recipients: string[] }[];
};

const pending = (s: SubmissionRow) => s.status === 'draft' || s.status === 'returned';

export async function runPeriodReminders(deps: JobDeps, opts: { today?: string } = {}): Promise<PeriodReminderRun> {
  const today = opts.today ?? businessDate(deps.clock.now());
  const run: PeriodReminderRun = { today, sent: [] };
  const periods = await findOpenPeriods(deps.db, today);
  if (!periods.length) return run;
  await ensurePeriodSubmissions(deps.db, periods, today, iso(deps.clock.now()));
  const submissions = await findSubmissions(
    deps.db,
    periods.map((p) => p.id),
  );
  for (const period of periods) {
    for (const s of submissions.filter((x) => x.period_id === period.id)) {
      if (!pending(s)) continue; // submitted or approved: nothing to remind of
      const due = dueReminder(period.closes_on, today);
      const steps = [
        { kind: 'opened', reference: period.opens_on, skipped: [] as string[] },
        ...(due ? [{ kind: due.kind, reference: period.closes_on, skipped: due.skipped }] : []),
      ];
      for (const step of steps) {
        const to = await collegeCoordinators(deps.db, s.unit_id);
        const won = await deps.db.transaction().execute(async (trx) => {
          const now = iso(deps.clock.now());
          const entry = { entityType: 'submission', entityId: s.id, reference: step.reference, at: now };
          const first = await logReminder(trx, { ...entry, kind: step.kind });
          for (const kind of step.skipped) await logReminder(trx, { ...entry, kind });
          if (!first) return false;
          await notifyUsers(trx, {
            recipients: to,
            kind: `submission.${step.kind}`,
            entityType: 'submission',
            entityId: s.id,
            params: submissionParams(period, s, { days: daysBetween(today, period.closes_on) }),
            dedupeKey: `submission:${s.id}:${step.kind}:${step.reference}`,
            path: `/reporting/submissions/${s.id}`,
            now,
          });
          return true;
        });
        if (won)
          run.sent.push({
            submissionId: s.id,
            unitCode: s.unit_code,
            kind: step.kind,
            recipients: to.map((u) => u.email),
          });
      }
    }
  }
  return run;
}

export const periodRemindersJob: DailyJob = {
  name: PERIOD_REMINDERS_JOB,
  run: (deps, today) => runPeriodReminders(deps, { today }),
};
