import nodemailer from 'nodemailer';
import type { AppDeps } from '#server/http/context.js';
import { iso } from '#server/lib/clock.js';
import { AUTOMATIC_MAIL_HEADERS, resolveLinks } from './links.js';
import { claimMail, findClaimable, finishMail } from './outbox.repository.js';

/** After the n-th failed attempt the next one waits RETRY_DELAYS_MIN[n-1] minutes; after MAX_ATTEMPTS it is 'failed'. */
export const MAX_ATTEMPTS = 5;
export const RETRY_DELAYS_MIN = [1, 5, 30, 120] as const;
/** How long a claimed message stays ours; a sender that crashed mid-send loses it after this and it is sent again. */
export const SEND_LEASE_MS = 5 * 60_000;

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};
export type MailTransport = { sendMail: (mail: OutgoingMail) => Promise<unknown>; close?: () => void };

/**
 * The SMTP transport for SMTP_URL, or null when none is configured (mails then wait in the outbox).
 * Pooled: a burst of reminders goes over a couple of reused connections instead of one per message.
 */
export function smtpTransport(env: AppDeps['env']): MailTransport | null {
  if (!env.SMTP_URL) return null;
  return nodemailer.createTransport({
    url: env.SMTP_URL,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

export type SendResult = { sent: number; retrying: number; failed: number };

/**
 * Sends what is due: claims each message (pending → sending, conditional UPDATE, so two instances never
 * send the same one), hands it to the transport and records the outcome. A failure is retried with
 * backoff; after MAX_ATTEMPTS the message is 'failed' until an administrator retries it.
 */
export async function sendDueMail(
  deps: Pick<AppDeps, 'db' | 'env' | 'clock'>,
  transport: MailTransport,
  batch = 20,
): Promise<SendResult> {
  const result: SendResult = { sent: 0, retrying: 0, failed: 0 };
  let ids: number[];
  do {
    const now = iso(deps.clock.now());
    ids = await findClaimable(deps.db, now, batch);
    for (const id of ids) await sendOne(deps, transport, id, now, result);
  } while (ids.length === batch);
  return result;
}

async function sendOne(
  deps: Pick<AppDeps, 'db' | 'env' | 'clock'>,
  transport: MailTransport,
  id: number,
  now: string,
  result: SendResult,
) {
  const later = (ms: number) => iso(new Date(deps.clock.now().getTime() + ms));
  const claim = later(SEND_LEASE_MS);
  const mail = await claimMail(deps.db, id, now, claim);
  if (!mail) return; // another instance has it
  try {
    await transport.sendMail({
      from: deps.env.MAIL_FROM,
      to: mail.to_address,
      subject: mail.subject,
      text: resolveLinks(mail.body_text, deps.env.APP_URL),
      ...(mail.body_html ? { html: resolveLinks(mail.body_html, deps.env.APP_URL) } : {}),
      headers: AUTOMATIC_MAIL_HEADERS,
    });
    await finishMail(deps.db, id, claim, { status: 'sent', last_error: null, sent_at: iso(deps.clock.now()) });
    result.sent++;
  } catch (err) {
    const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    const delay = RETRY_DELAYS_MIN[mail.attempts - 1];
    if (mail.attempts >= MAX_ATTEMPTS || delay === undefined) {
      await finishMail(deps.db, id, claim, { status: 'failed', last_error: error });
      result.failed++;
    } else {
      await finishMail(deps.db, id, claim, {
        status: 'pending',
        last_error: error,
        next_attempt_at: later(delay * 60_000),
      });
      result.retrying++;
    }
  }
}
