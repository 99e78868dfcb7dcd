import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  MailPreferences,
  MailPreferencesUpdate,
  Notification,
  NotificationDigest,
  NotificationGroupKey,
  NotificationGroupPage,
  NotificationGroupQuery,
  NotificationListQuery,
  NotificationPage,
  OutboxMessage,
  OutboxPage,
  OutboxQuery,
  ReadAllResult,
  UnreadCount,
} from '#shared/schemas/notifications.js';
import * as notifications from './notification.service.js';
import * as outbox from './outbox.service.js';
import * as preferences from './preference.service.js';

/** In-app notifications (each user only ever their own) and the mail outbox (administrators). */
export async function notificationRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['notifications'];
  const base = '/api/v1/notifications';

  r.get(base, { schema: { tags, querystring: NotificationListQuery, response: { 200: NotificationPage } } }, (req) =>
    notifications.listMine(ctx(req), req.query),
  );
  r.get(
    `${base}/groups`,
    { schema: { tags, querystring: NotificationGroupQuery, response: { 200: NotificationGroupPage } } },
    (req) => notifications.listMyGroups(ctx(req), req.query),
  );
  r.get(`${base}/digest`, { schema: { tags, response: { 200: NotificationDigest } } }, (req) =>
    notifications.myDigest(ctx(req)),
  );
  r.post(
    `${base}/groups/read`,
    { schema: { tags, body: NotificationGroupKey, response: { 200: ReadAllResult } } },
    (req) => notifications.markGroupRead(ctx(req), req.body),
  );
  r.get(`${base}/unread-count`, { schema: { tags, response: { 200: UnreadCount } } }, (req) =>
    notifications.unreadCount(ctx(req)),
  );
  r.post(`${base}/read-all`, { schema: { tags, response: { 200: ReadAllResult } } }, (req) =>
    notifications.markAllRead(ctx(req)),
  );
  r.get(`${base}/preferences`, { schema: { tags, response: { 200: MailPreferences } } }, (req) =>
    preferences.myMailPreferences(ctx(req)),
  );
  r.put(
    `${base}/preferences`,
    { schema: { tags, body: MailPreferencesUpdate, response: { 200: MailPreferences } } },
    (req) => preferences.updateMyMailPreferences(ctx(req), req.body),
  );
  r.post(`${base}/:id/read`, { schema: { tags, params: IdParams, response: { 200: Notification } } }, (req) =>
    notifications.markRead(ctx(req), req.params.id),
  );

  const mailTags = ['mail'];
  const outboxBase = '/api/v1/mail/outbox';
  r.get(outboxBase, { schema: { tags: mailTags, querystring: OutboxQuery, response: { 200: OutboxPage } } }, (req) =>
    outbox.listOutbox(ctx(req), req.query),
  );
  r.get(
    `${outboxBase}/:id`,
    { schema: { tags: mailTags, params: IdParams, response: { 200: OutboxMessage } } },
    (req) => outbox.getMessage(ctx(req), req.params.id),
  );
  r.post(
    `${outboxBase}/:id/retry`,
    { schema: { tags: mailTags, params: IdParams, response: { 200: OutboxMessage } } },
    (req) => outbox.retryMessage(ctx(req), req.params.id),
  );
}
