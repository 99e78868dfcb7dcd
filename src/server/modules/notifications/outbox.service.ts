import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { resolveLinks } from '#server/mail/links.js';
import * as outbox from '#server/mail/outbox.repository.js';
import { mailPolicy } from '#server/policies/mail.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import type { OutboxItem, OutboxMessage, OutboxQuery } from '#shared/schemas/notifications.js';

const ENTITY = 'mail';
/** What the audit log keeps of a retry: the delivery state, not the message. */
const statusOf = (m: OutboxItem) => ({ status: m.status, attempts: m.attempts, lastError: m.lastError });

function toItem(r: outbox.MailListRow): OutboxItem {
  return {
    id: r.id,
    toAddress: r.to_address,
    locale: r.locale,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    nextAttemptAt: r.next_attempt_at,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

/** The outbox (administrators): every queued, sent and failed message, newest first. */
export async function listOutbox(ctx: Ctx, query: OutboxQuery) {
  authorizeAny(mailPolicy, ctx.actor, 'outbox', ctx.units);
  const { page: number, pageSize, cursor, count, status } = query;
  const page = await keysetListPage(
    { page: number, pageSize, cursor, count },
    outbox.MAIL_SORT_KEYS,
    (window) => outbox.findMails(ctx.db, status, window),
    (cap) => outbox.countMails(ctx.db, status, cap),
    (rows) => rows.map(toItem),
  );
  return { ...page, delivery: ctx.env.SMTP_URL ? ('smtp' as const) : ('none' as const) };
}

export async function getMessage(ctx: Ctx, id: number): Promise<OutboxMessage> {
  authorizeAny(mailPolicy, ctx.actor, 'outbox', ctx.units);
  const row = await outbox.findMail(ctx.db, id);
  if (!row) throw AppError.notFound();
  // Shown as it will be sent: links against the app's address now.
  const link = (body: string) => resolveLinks(body, ctx.env.APP_URL);
  return {
    ...toItem(row),
    from: ctx.env.MAIL_FROM,
    bodyText: link(row.body_text),
    bodyHtml: row.body_html === null ? null : link(row.body_html),
  };
}

/** Puts a failed (or waiting) message back in the queue, due now; sent or in-flight ones cannot be retried. */
export async function retryMessage(ctx: Ctx, id: number): Promise<OutboxMessage> {
  const before = await getMessage(ctx, id);
  authorizeAny(mailPolicy, ctx.actor, 'retry', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await outbox.requeueMail(trx, id, ctx.now)))
      throw new AppError('INVALID_TRANSITION', { messageKey: 'mail_not_retryable' });
    const after = { ...before, status: 'pending' as const, attempts: 0, lastError: null, nextAttemptAt: ctx.now };
    const summary = auditSummary('auditSummaries.mailRetry', { subject: before.subject });
    await recordAudit(trx, changeEntry(ctx, 'update', ENTITY, id, summary, statusOf(before), statusOf(after)));
    return after;
  });
}
