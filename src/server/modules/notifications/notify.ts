import type { Db } from '#server/db/client.js';
import type { NotificationParams } from '#server/mail/notification.render.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { renderNotificationMail } from '#server/mail/templates.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import { localName } from '#shared/i18n/index.js';
import { pickLocale } from '#shared/roles.js';
import { insertNotification } from './notification.repository.js';

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
 * `notifications.<kind>.{title,body}`; `dedupeKey` makes a repeat a no-op per user; `link` is the
 * absolute URL of the record.
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
    link: string;
    now: string;
  },
): Promise<void> {
  const { kind, params, dedupeKey, link, now } = input;
  const university = await loadUniversityDetails(trx);
  for (const user of input.recipients) {
    await insertNotification(trx, {
      user_id: user.id,
      kind,
      entity_type: input.entityType,
      entity_id: input.entityId,
      params_json: JSON.stringify(params),
      dedupe_key: dedupeKey,
      created_at: now,
    });
    const locale = pickLocale(user.locale);
    const recipientName = localName(locale, user.name_zh, user.name_en) || user.email;
    const mail = renderNotificationMail(locale, { kind, params, recipientName, link, university });
    await enqueueMail(trx, { to: user.email, locale, ...mail, dedupeKey: `${dedupeKey}:user:${user.id}` }, now);
  }
}
