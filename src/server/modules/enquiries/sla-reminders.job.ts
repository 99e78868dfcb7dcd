import { logReminder } from '#server/jobs/reminder-log.repository.js';
import type { DailyJob, JobDeps } from '#server/jobs/scheduler.js';
import { iso } from '#server/lib/clock.js';
import { type NotifyRecipient, notifyUsers } from '#server/modules/notifications/notify.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { businessDate } from '#shared/calendar.js';
import { findOpen, findStaffIn, findUsersByIds } from './enquiry.repository.js';
import { remindToday } from './sla.js';

export const SLA_REMINDERS_JOB = 'enquiry-sla-reminders';

export type SlaReminderRun = { today: string; sent: { id: number; kind: string; recipients: string[] }[] };

/**
 * Daily reminders before an enquiry breaches its service level: on the working day before the due date
 * and on the due date itself (sla.ts: remindToday), once per enquiry, level and due date (reminder_log).
 * To the assignee, or — while nobody has it — to the OIA staff of its division. In-app, and by mail as
 * the recipient's preference says (the daily digest by default).
 */
export async function runSlaReminders(deps: JobDeps, opts: { today?: string } = {}): Promise<SlaReminderRun> {
  const today = opts.today ?? businessDate(deps.clock.now());
  const run: SlaReminderRun = { today, sent: [] };
  const due = (await findOpen(deps.db)).flatMap((e) => {
    const out: { kind: string; dueOn: string }[] = [];
    if (e.first_response_at === null && remindToday(e.first_response_due, today))
      out.push({ kind: 'first_response_due', dueOn: e.first_response_due });
    else if (remindToday(e.resolution_due, today)) out.push({ kind: 'resolution_due', dueOn: e.resolution_due });
    return out.map((o) => ({ e, ...o }));
  });
  if (!due.length) return run;
  const tree = await loadUnitTree(deps.db);
  const assignees = new Map(
    (await findUsersByIds(deps.db, [...new Set(due.flatMap(({ e }) => (e.assignee_id ? [e.assignee_id] : [])))])).map(
      (u) => [u.id, u],
    ),
  );
  for (const { e, kind, dueOn } of due) {
    const assignee = e.assignee_id ? assignees.get(e.assignee_id) : undefined;
    const to: NotifyRecipient[] = assignee
      ? [assignee]
      : e.unit_id === null
        ? []
        : await findStaffIn(deps.db, tree.subtree(e.unit_id));
    const won = await deps.db.transaction().execute(async (trx) => {
      const now = iso(deps.clock.now());
      const first = await logReminder(trx, { entityType: 'enquiry', entityId: e.id, kind, reference: dueOn, at: now });
      if (!first) return false;
      await notifyUsers(trx, {
        recipients: to,
        kind: `enquiry.${kind}`,
        entityType: 'enquiry',
        entityId: e.id,
        params: { reference: e.reference ?? '', subject: e.subject, dueOn },
        dedupeKey: `enquiry:${e.id}:${kind}:${dueOn}`,
        path: `/enquiries/${e.id}`,
        now,
      });
      return true;
    });
    if (won) run.sent.push({ id: e.id, kind, recipients: to.map((u) => u.email) });
  }
  return run;
}

export const slaRemindersJob: DailyJob = {
  name: SLA_REMINDERS_JOB,
  run: (deps, today) => runSlaReminders(deps, { today }),
};
