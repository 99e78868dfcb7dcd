import { z } from 'zod';
import { MAIL_MODES, MAIL_TOPICS } from '#shared/notifications.js';
import { KeysetPageQuery, keysetPageOf, PageQuery, pageOf, Timestamp } from './common.js';

/** In-app notifications of the signed-in user, rendered in the language of the request, newest first (keyset). */
export const NotificationListQuery = KeysetPageQuery.omit({ order: true, count: true }).extend({
  unread: z.stringbool().optional(),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

/** The grouped list pages by number: its groups are formed in code from all of the user's notifications. */
export const NotificationGroupQuery = PageQuery.omit({ order: true }).extend({
  unread: z.stringbool().optional(),
});
export type NotificationGroupQuery = z.infer<typeof NotificationGroupQuery>;

export const Notification = z.object({
  id: z.number().int(),
  /** e.g. 'agreement.expiry_90' */
  kind: z.string(),
  entityType: z.string().nullable(),
  entityId: z.number().int().nullable(),
  title: z.string(),
  body: z.string(),
  readAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type Notification = z.infer<typeof Notification>;

export const NotificationPage = keysetPageOf(Notification).extend({ unread: z.number().int() });
export type NotificationPage = z.infer<typeof NotificationPage>;

/** count: unread notifications; groups: unread groups (record + kind), the number the bell shows. */
export const UnreadCount = z.object({ count: z.number().int(), groups: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCount>;

export const ReadAllResult = z.object({ updated: z.number().int() });

/**
 * One row per record and kind (the same reminder raised again, each change on one application…): how many,
 * how many unread, and the newest of them as the row's text.
 */
export const NotificationGroup = z.object({
  kind: z.string(),
  entityType: z.string().nullable(),
  entityId: z.number().int().nullable(),
  count: z.number().int(),
  unread: z.number().int(),
  latest: Notification,
});
export type NotificationGroup = z.infer<typeof NotificationGroup>;

/** unread: how many groups have an unread notification. */
export const NotificationGroupPage = pageOf(NotificationGroup).extend({ unread: z.number().int() });
export type NotificationGroupPage = z.infer<typeof NotificationGroupPage>;

/** The in-app digest: unread groups by mail topic, under the mode the user chose for that topic's mail. */
export const NotificationDigest = z.object({
  sections: z.array(
    z.object({
      topic: z.enum(MAIL_TOPICS).nullable(),
      mode: z.enum(MAIL_MODES),
      unread: z.number().int(),
      groups: z.array(NotificationGroup),
    }),
  ),
});
export type NotificationDigest = z.infer<typeof NotificationDigest>;

/** Which group to mark read (null entity: notifications about no record, e.g. a general announcement). */
export const NotificationGroupKey = z.object({
  kind: z.string().min(1).max(100),
  entityType: z.string().min(1).max(50).nullable(),
  entityId: z.number().int().positive().nullable(),
});
export type NotificationGroupKey = z.infer<typeof NotificationGroupKey>;

/** The mail outbox (administrators). */
export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const OutboxQuery = KeysetPageQuery.omit({ order: true }).extend({ status: z.enum(MAIL_STATUSES).optional() });
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export const OutboxItem = z.object({
  id: z.number().int(),
  toAddress: z.string(),
  locale: z.string(),
  subject: z.string(),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: Timestamp,
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

/** 'none': no SMTP_URL is configured, so mails wait in the outbox as 'pending' and are not sent. */
export const MAIL_DELIVERY = ['smtp', 'none'] as const;
export const OutboxPage = keysetPageOf(OutboxItem).extend({ delivery: z.enum(MAIL_DELIVERY) });
export type OutboxPage = z.infer<typeof OutboxPage>;

export const OutboxMessage = OutboxItem.extend({
  from: z.string(),
  bodyText: z.string(),
  bodyHtml: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

/** The signed-in user's choice of mail per notification topic (every topic listed, defaults filled in). */
export const MailPreference = z.object({ topic: z.enum(MAIL_TOPICS), mode: z.enum(MAIL_MODES) });
export type MailPreference = z.infer<typeof MailPreference>;
export const MailPreferences = z.object({ preferences: z.array(MailPreference) });
export type MailPreferences = z.infer<typeof MailPreferences>;
/** A change: any subset of topics, each at most once. */
export const MailPreferencesUpdate = z.object({
  preferences: z
    .array(MailPreference)
    .min(1)
    .max(MAIL_TOPICS.length)
    .refine((list) => new Set(list.map((p) => p.topic)).size === list.length, {
      params: { i18n: 'mail_topic_repeated' },
    }),
});
export type MailPreferencesUpdate = z.infer<typeof MailPreferencesUpdate>;
