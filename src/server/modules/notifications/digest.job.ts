import type { DailyJob, JobDeps } from '#server/jobs/scheduler.js';
import { iso } from '#server/lib/clock.js';
import { parseParams } from '#server/mail/notification.render.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { type MailItem, renderDigestMail } from '#server/mail/templates.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import { businessDate } from '#shared/calendar.js';
import { localName } from '#shared/i18n/index.js';
import { recordPath } from '#shared/notifications.js';
import { pickLocale } from '#shared/roles.js';
import { findPendingDigest, markDigested, type PendingDigestRow } from './digest.repository.js';

export const MAIL_DIGEST_JOB = 'mail-digest';

export type DigestRun = { today: string; sent: { userId: number; email: string; items: number }[] };

/**
 * The daily digest: every notification whose mail waits for it ('pending', see notify.ts) goes into one
 * mail per person, in their language. Once per person and day, also across restarts and instances: the
 * outbox row's dedupe key is `digest:<user>:<date>`, and the notifications are marked with the date in the
 * same transaction only when that row was added — so a second run the same day adds nothing, and what
 * arrives after today's digest waits for tomorrow's.
 */
export async function runMailDigest(deps: JobDeps, opts: { today?: string } = {}): Promise<DigestRun> {
  const today = opts.today ?? businessDate(deps.clock.now());
  const run: DigestRun = { today, sent: [] };
  const byUser = new Map<number, PendingDigestRow[]>();
  for (const row of await findPendingDigest(deps.db))
    byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);

  if (!byUser.size) return run;
  const university = await loadUniversityDetails(deps.db);
  for (const [userId, rows] of byUser) {
    const user = rows[0] as PendingDigestRow;
    const locale = pickLocale(user.locale);
    const items: MailItem[] = rows.map((r) => ({
      kind: r.kind,
      params: parseParams(r.params_json),
      path: recordPath(r.entity_type, r.entity_id),
    }));
    const recipientName = localName(locale, user.name_zh, user.name_en) || user.email;
    const mail = renderDigestMail(locale, { recipientName, date: today, items, university });
    const added = await deps.db.transaction().execute(async (trx) => {
      const now = iso(deps.clock.now());
      const queued = await enqueueMail(
        trx,
        { to: user.email, locale, ...mail, dedupeKey: `digest:${userId}:${today}` },
        now,
      );
      if (queued)
        await markDigested(
          trx,
          rows.map((r) => r.id),
          today,
        );
      return queued;
    });
    if (added) run.sent.push({ userId, email: user.email, items: rows.length });
  }
  return run;
}

/** Runs once a day, not before DIGEST_HOUR in Asia/Taipei (the scheduler ticks hourly). */
export const mailDigestJob: DailyJob = {
  name: MAIL_DIGEST_JOB,
  notBeforeHour: (env) => env.DIGEST_HOUR,
  run: (deps, today) => runMailDigest(deps, { today }),
};
