import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { pageOf } from '#server/lib/paging.js';
import { parseParams, renderNotification } from '#server/mail/notification.render.js';
import type { Notification, NotificationListQuery } from '#shared/schemas/notifications.js';
import * as repo from './notification.repository.js';

/** A stored notification as the reader sees it: title and body in the request's language. */
function present(ctx: Ctx, row: repo.NotificationRow): Notification {
  const { title, body } = renderNotification(ctx.locale, row.kind, parseParams(row.params_json));
  return {
    id: row.id,
    kind: row.kind,
    entityType: row.entity_type,
    entityId: row.entity_id,
    title,
    body,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}

/** The signed-in user's own notifications, newest first (nobody can list anyone else's). */
export async function listMine(ctx: Ctx, query: NotificationListQuery) {
  const userId = ctx.actor.id;
  const unreadOnly = query.unread === true;
  const [page, unread] = await Promise.all([
    pageOf(
      query.page,
      query.pageSize,
      (limit, offset) => repo.findNotifications(ctx.db, userId, unreadOnly, limit, offset),
      () => repo.countNotifications(ctx.db, userId, unreadOnly),
      (rows) => rows.map((r) => present(ctx, r)),
    ),
    repo.countNotifications(ctx.db, userId, true),
  ]);
  return { ...page, unread };
}

export async function unreadCount(ctx: Ctx) {
  return { count: await repo.countNotifications(ctx.db, ctx.actor.id, true) };
}

/** Marks one of the user's notifications read; someone else's is "not found", exactly like a missing one. */
export async function markRead(ctx: Ctx, id: number): Promise<Notification> {
  await repo.markRead(ctx.db, ctx.actor.id, ctx.now, id);
  const row = await repo.findMyNotification(ctx.db, ctx.actor.id, id);
  if (!row) throw AppError.notFound();
  return present(ctx, row);
}

export async function markAllRead(ctx: Ctx) {
  return { updated: await repo.markRead(ctx.db, ctx.actor.id, ctx.now) };
}
