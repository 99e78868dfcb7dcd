import type { Db } from '#server/db/client.js';
import { logReminder } from '#server/jobs/reminder-log.repository.js';
import type { DailyJob, JobDeps } from '#server/jobs/scheduler.js';
import { iso } from '#server/lib/clock.js';
import type { NotificationParams } from '#server/mail/notification.render.js';
import { notifyUsers } from '#server/modules/notifications/notify.js';
import { businessDate } from '#shared/calendar.js';
import { loadRecipients, type Recipient } from './agreement-reminders.recipients.js';
import {
  findLoggedReminders,
  findPartnerNames,
  findReminderCandidates,
  type ReminderCandidate,
  reminderKey,
} from './agreement-reminders.repository.js';
import { type DueReminder, daysLeft, dueReminders, type ReminderSubject } from './agreement-reminders.rules.js';

export const AGREEMENT_REMINDERS_JOB = 'agreement-reminders';
const ENTITY = 'agreement';

export type ReminderRun = {
  today: string;
  /** Reminders this run sent (won the ledger insert), e.g. { agreementId: 3, kind: 'expiry_90' }. */
  sent: { agreementId: number; kind: string; recipients: number }[];
};

/**
 * The daily agreement reminders (rules in agreement-reminders.rules.ts). Each due reminder is decided in its own
 * transaction: insert into reminder_log (ON CONFLICT DO NOTHING); only if that insert added the row are
 * the notifications and e-mails written — in the same transaction, so they exist exactly when the
 * ledger row does. Running again, after a restart or on another instance at the same time, finds the
 * ledger row and sends nothing. `today` is the Asia/Taipei date of the injected clock unless given.
 */
export async function runAgreementReminders(deps: JobDeps, opts: { today?: string } = {}): Promise<ReminderRun> {
  const today = opts.today ?? businessDate(deps.clock.now());
  const run: ReminderRun = { today, sent: [] };
  const candidates = await findReminderCandidates(deps.db, today);
  const logged = await findLoggedReminders(
    deps.db,
    candidates.map((a) => a.id),
  );
  const decisions = candidates.flatMap((a) =>
    dueReminders(subjectOf(a), today)
      .filter((due) => !logged.has(reminderKey(a.id, due.kind, due.reference)))
      .map((due) => ({ a, due })),
  );
  if (!decisions.length) return run;
  const [recipients, partners] = await Promise.all([
    loadRecipients(deps.db),
    findPartnerNames(deps.db, [...new Set(decisions.map((d) => d.a.id))]),
  ]);

  for (const { a, due } of decisions) {
    const names = partners.get(a.id);
    const params: NotificationParams = {
      agreement: { zh: a.title_zh, en: a.title_en },
      partner: names ? { zh: names.zh.join('、'), en: names.en.join(', ') } : null,
      endDate: a.end_date,
      days: daysLeft(a.end_date, today),
    };
    const to = recipients.for(a.owning_unit_id);
    const won = await deps.db.transaction().execute((trx) => decide(trx, deps, a, due, params, to));
    if (won) run.sent.push({ agreementId: a.id, kind: due.kind, recipients: to.length });
  }
  return run;
}

function subjectOf(a: ReminderCandidate): ReminderSubject {
  return {
    endDate: a.end_date,
    noticeDate: a.notice_date,
    openEnded: a.open_ended === 1,
    hasSignedFile: a.has_signed,
    activatedOn: a.status_changed_at ? businessDate(new Date(a.status_changed_at)) : null,
  };
}

async function decide(
  trx: Db,
  deps: JobDeps,
  a: ReminderCandidate,
  due: DueReminder,
  params: NotificationParams,
  recipients: Recipient[],
): Promise<boolean> {
  const now = iso(deps.clock.now());
  const entry = { entityType: ENTITY, entityId: a.id, reference: due.reference, at: now };
  const won = await logReminder(trx, { ...entry, kind: due.kind });
  // Less urgent thresholds passed while nobody looked are logged as decided, never sent later.
  for (const kind of due.skipped) await logReminder(trx, { ...entry, kind });
  if (!won) return false;

  const kind = `${ENTITY}.${due.kind}`;
  const dedupeKey = `${ENTITY}:${a.id}:${due.kind}:${due.reference}`;
  const path = `/agreements/${a.id}`;
  await notifyUsers(trx, { recipients, kind, entityType: ENTITY, entityId: a.id, params, dedupeKey, path, now });
  return true;
}

export const agreementRemindersJob: DailyJob = {
  name: AGREEMENT_REMINDERS_JOB,
  run: (deps, today) => runAgreementReminders(deps, { today }),
};
