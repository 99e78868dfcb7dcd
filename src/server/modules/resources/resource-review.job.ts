import { logReminder } from '#server/jobs/reminder-log.repository.js';
import type { DailyJob, JobDeps } from '#server/jobs/scheduler.js';
import { iso } from '#server/lib/clock.js';
import { notifyUsers } from '#server/modules/notifications/notify.js';
import { addDays } from '#shared/calendar.js';
import { RESOURCE_REVIEW_NOTICE_DAYS } from '#shared/resources.js';
import { itemsToReview } from './resource.repository.js';

export const RESOURCE_REVIEW_JOB = 'resource-review';

/**
 * Tells each resource's owner, once per review date, that the item is due for review within
 * RESOURCE_REVIEW_NOTICE_DAYS (or overdue): a changed review date is a new reminder (the ledger's
 * reference is the date). Ledger and notification share a transaction, as the other reminder jobs.
 */
export async function runResourceReview(deps: JobDeps, today: string) {
  const due = await itemsToReview(deps.db, addDays(today, RESOURCE_REVIEW_NOTICE_DAYS));
  const now = iso(deps.clock.now());
  const sent: number[] = [];
  for (const item of due) {
    const reviewOn = item.review_on as string;
    const won = await deps.db.transaction().execute(async (trx) => {
      const first = await logReminder(trx, {
        entityType: 'resource',
        entityId: item.id,
        kind: 'review',
        reference: reviewOn,
        at: now,
      });
      if (!first) return false;
      await notifyUsers(trx, {
        recipients: [
          { id: item.user_id, email: item.email, locale: item.locale, name_zh: item.name_zh, name_en: item.name_en },
        ],
        kind: 'resource.review',
        entityType: 'resource',
        entityId: item.id,
        params: { title: { zh: item.title_zh, en: item.title_en }, reviewOn },
        dedupeKey: `resource:${item.id}:review:${reviewOn}`,
        // The staff pages of the resource center are not built yet (docs/decisions/0026): the mail links to
        // the notifications page until /resources/:id exists (then add 'resource' to RECORD_PATHS).
        path: '/notifications',
        now,
      });
      return true;
    });
    if (won) sent.push(item.id);
  }
  return { today, sent };
}

export const resourceReviewJob: DailyJob = {
  name: RESOURCE_REVIEW_JOB,
  run: (deps, today) => runResourceReview(deps, today),
};
