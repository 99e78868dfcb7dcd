import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { type Loop, startLoop } from './jobs/loop.js';
import { startScheduler } from './jobs/scheduler.js';
import { sendDueMail, smtpTransport } from './mail/sender.js';
import { agreementRemindersJob } from './modules/agreements/agreement-reminders.job.js';
import { documentExpiryJob } from './modules/checklist/document-expiry.job.js';
import { fetchMailboxEnquiries } from './modules/enquiries/imap-intake.js';
import { slaRemindersJob } from './modules/enquiries/sla-reminders.job.js';
import { deliverDueWebhooks } from './modules/integrations/webhook-sender.js';
import { mailDigestJob } from './modules/notifications/digest.job.js';
import { retentionJob } from './modules/privacy/retention.job.js';
import { periodRemindersJob } from './modules/reporting/period-reminders.job.js';
import { resourceReviewJob } from './modules/resources/resource-review.job.js';

const MAIL_INTERVAL_MS = 30_000;
/** Webhook deliveries are polled like the outbox; a retry's backoff is at least a minute. */
const WEBHOOK_INTERVAL_MS = 15_000;

/** The daily jobs, in order: the digest last, so it gathers what the reminders of the same tick recorded. */
export const DAILY_JOBS = [
  agreementRemindersJob,
  documentExpiryJob,
  periodRemindersJob,
  slaRemindersJob,
  resourceReviewJob,
  retentionJob,
  mailDigestJob,
];

/**
 * The daily jobs (reminders; once per day across instances) and the outbox sender (only with SMTP_URL:
 * without it mails wait in the outbox, visible to administrators). JOBS=false turns both off, e.g. on
 * web-only instances. Stop the returned loops on shutdown: each waits for its run in progress.
 */
export function startBackgroundWork(app: FastifyInstance): Loop[] {
  const { deps, log } = app;
  if (!deps.env.JOBS) return [];
  const loops: Loop[] = [];
  const transport = smtpTransport(deps.env);
  let sender: Loop | undefined;
  if (transport) {
    const loop = startLoop(
      () => sendDueMail(deps, transport),
      MAIL_INTERVAL_MS,
      (err) => log.error({ err }, 'mail sender failed'),
    );
    // Close the pooled SMTP connections only after the last send has finished.
    sender = { kick: loop.kick, stop: () => loop.stop().then(() => transport.close?.()) };
    loops.push(sender);
  } else {
    log.info('SMTP_URL is not set: e-mails stay in the outbox (/outbox) and are not sent');
  }
  loops.push(
    startLoop(
      () => deliverDueWebhooks(deps),
      WEBHOOK_INTERVAL_MS,
      (err) => log.error({ err }, 'webhook delivery failed'),
    ),
  );
  const instanceId = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  loops.push(
    startScheduler(deps, {
      instanceId,
      jobs: DAILY_JOBS,
      log,
      afterRun: sender?.kick,
    }),
  );
  const imapUrl = deps.env.ENQUIRY_IMAP_URL;
  if (imapUrl) {
    // The desk's mailbox: unseen mails become enquiries (imap-intake.ts). Every instance may poll; the
    // Message-ID's unique index stores a mail fetched by two at once only once.
    const config = { url: imapUrl, category: deps.env.ENQUIRY_IMAP_CATEGORY };
    loops.push(
      startLoop(
        () => fetchMailboxEnquiries(deps, config),
        deps.env.ENQUIRY_IMAP_INTERVAL_SECONDS * 1000,
        (err) => log.error({ err }, 'enquiry mailbox intake failed'),
      ),
    );
  }
  return loops;
}
