import { ImapFlow } from 'imapflow';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { AppDeps } from '#server/http/context.js';
import { ENQUIRY_LIMITS } from '#shared/enquiries.js';
import type { Locale } from '#shared/roles.js';
import { findByMessageId } from './enquiry.repository.js';
import { receiveEnquiry } from './public-desk.service.js';

/**
 * The desk's mailbox (issue 20, item 3; ADR 0038): each unseen mail becomes an enquiry through the same
 * service as the public form (routing, SLA dates, acknowledgement, audit), with `source = 'imap'` and the
 * mail's Message-ID. The mail is marked seen only after its enquiry is stored; a mail stored but not yet
 * marked (a crash in between) is recognised by its Message-ID next time and only marked.
 */
export type ImapConfig = { url: string; category: string };
export type IntakeRun = { received: string[]; skipped: number };

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export function imapClient(url: string): { client: ImapFlow; mailbox: string } {
  const u = new URL(url);
  const secure = u.protocol === 'imaps:';
  const client = new ImapFlow({
    host: u.hostname,
    port: Number(u.port) || (secure ? 993 : 143),
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    logger: false,
    // A plain connection only where the URL says so (a server on the same host); imaps otherwise.
    doSTARTTLS: secure ? undefined : false,
  });
  return { client, mailbox: decodeURIComponent(u.pathname.slice(1)) || 'INBOX' };
}

export async function fetchMailboxEnquiries(deps: Deps, config: ImapConfig): Promise<IntakeRun> {
  const { client, mailbox } = imapClient(config.url);
  const run: IntakeRun = { received: [], skipped: 0 };
  await client.connect();
  try {
    const lock = await client.getMailboxLock(mailbox);
    try {
      const uids = (await client.search({ seen: false }, { uid: true })) || [];
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (message === false || !message.source) continue;
        const mail = await simpleParser(message.source);
        const input = enquiryOf(mail, config.category);
        const messageId = mail.messageId?.slice(0, 300);
        if (!input) run.skipped += 1;
        else if (!messageId || !(await findByMessageId(deps.db, messageId))) {
          const receipt = await receiveEnquiry(deps, input, { source: 'imap', messageId });
          run.received.push(receipt.reference);
        }
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return run;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The enquiry a mail asks, or null for what cannot be answered (no sender address, an auto-reply). */
export function enquiryOf(mail: ParsedMail, categoryCode: string) {
  const sender = mail.from?.value[0];
  if (!sender?.address) return null;
  const auto = mail.headers.get('auto-submitted');
  if (typeof auto === 'string' && auto !== 'no') return null; // never answer a robot's mail (loops)
  const subject = (mail.subject ?? '').trim() || '—';
  const body = (mail.text ?? '').trim() || subject;
  return {
    categoryCode,
    name: cut(sender.name?.trim() || sender.address, ENQUIRY_LIMITS.name),
    email: sender.address.slice(0, ENQUIRY_LIMITS.email),
    subject: cut(subject, ENQUIRY_LIMITS.subject),
    body: cut(body, ENQUIRY_LIMITS.body),
    locale: localeOf(`${subject} ${body}`),
  };
}

/** A mail written in Chinese is answered in Chinese; anything else in English. */
export const localeOf = (text: string): Locale => (/[\u3400-\u9fff]/.test(text) ? 'zh-TW' : 'en');
