import type { Db } from '#server/db/client.js';
import type { NotificationParams } from '#server/mail/notification.render.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { renderBilingualMail, renderNotificationMail } from '#server/mail/templates.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import { localName } from '#shared/i18n/index.js';
import { DEFAULT_MAIL_MODE, mailTopicOf } from '#shared/notifications.js';
import { pickLocale } from '#shared/roles.js';
import type { UniversityDetails } from '#shared/university.js';
import { insertNotification } from './notification.repository.js';
import { findMailModes } from './preference.repository.js';

export type NotifyRecipient = {
  id: number;
  email: string;
  locale: string | null;
  name_zh: string | null;
  name_en: string | null;
};

/**
 * Tells users about something, in-app and by e-mail, each in their own language, inside the caller's
 * transaction (so the messages exist exactly when the change does). `kind` names the catalog entry
 * `notifications.<kind>.{title,body}`; `dedupeKey` makes a repeat a no-op per user; `path` is the record's
 * path in the app (the mail's link gets APP_URL when it is sent). The in-app notification is always
 * recorded; the mail follows the user's preference for the kind's topic: 'each' queues it now, 'digest'
 * (the default) leaves it for the daily digest (digest.job.ts), 'none' sends nothing.
 */
export async function notifyUsers(
  trx: Db,
  input: {
    recipients: NotifyRecipient[];
    kind: string;
    entityType: string;
    entityId: number;
    params: NotificationParams;
    dedupeKey: string;
    path: string;
    now: string;
  },
): Promise<void> {
  const { kind, params, dedupeKey, path, now } = input;
  // Read only when a mail goes out now: with the digest as default most calls queue none.
  let university: UniversityDetails | undefined;
  const topic = mailTopicOf(kind);
  const modes = topic
    ? await findMailModes(
        trx,
        input.recipients.map((u) => u.id),
        topic,
      )
    : new Map();
  for (const user of input.recipients) {
    const mode = modes.get(user.id) ?? DEFAULT_MAIL_MODE;
    const added = await insertNotification(trx, {
      user_id: user.id,
      kind,
      entity_type: input.entityType,
      entity_id: input.entityId,
      params_json: JSON.stringify(params),
      dedupe_key: dedupeKey,
      created_at: now,
      mail_digest: mode === 'digest' ? 'pending' : null,
    });
    if (!added || mode !== 'each') continue;
    const locale = pickLocale(user.locale);
    const recipientName = localName(locale, user.name_zh, user.name_en) || user.email;
    university ??= await loadUniversityDetails(trx);
    const mail = renderNotificationMail(locale, { kind, params, recipientName, path, university });
    await enqueueMail(trx, { to: user.email, locale, ...mail, dedupeKey: `${dedupeKey}:user:${user.id}` }, now);
  }
}

export type MailOnlyRecipient = { key: string; email: string; name_zh: string | null; name_en: string | null };

/**
 * Tells someone without an account (no in-app notification, no preference, no link) by one e-mail in
 * both languages — e.g. an outbound applicant who is a person but not a user. `key` tells recipients apart
 * in the outbox's dedupe key ('person:12').
 */
export async function mailWithoutAccount(
  trx: Db,
  input: { recipient: MailOnlyRecipient; kind: string; params: NotificationParams; dedupeKey: string; now: string },
): Promise<boolean> {
  const { recipient: r, kind, params, now } = input;
  const names = {
    'zh-TW': localName('zh-TW', r.name_zh, r.name_en) || r.email,
    en: localName('en', r.name_zh, r.name_en) || r.email,
  };
  const mail = renderBilingualMail({ kind, params, names, university: await loadUniversityDetails(trx) });
  return enqueueMail(trx, { to: r.email, locale: 'zh-TW', ...mail, dedupeKey: `${input.dedupeKey}:${r.key}` }, now);
}
