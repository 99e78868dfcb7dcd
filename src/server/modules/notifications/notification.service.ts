import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { pageOf } from '#server/lib/paging.js';
import { parseParams, renderNotification } from '#server/mail/notification.render.js';
import type { Notification, NotificationGroupKey, NotificationListQuery } from '#shared/schemas/notifications.js';
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

/** Both numbers: unread notifications, and unread groups (what the bell shows, so one busy record counts once). */
export async function unreadCount(ctx: Ctx) {
  const [count, groups] = await Promise.all([
    repo.countNotifications(ctx.db, ctx.actor.id, true),
    repo.countGroups(ctx.db, ctx.actor.id, true),
  ]);
  return { count, groups };
}

/** My notifications grouped by record and kind, the group with the newest notification first. */
export async function listMyGroups(ctx: Ctx, query: NotificationListQuery) {
  const userId = ctx.actor.id;
  const unreadOnly = query.unread === true;
  const [page, unread] = await Promise.all([
    pageOf(
      query.page,
      query.pageSize,
      (limit, offset) => repo.findGroups(ctx.db, userId, unreadOnly, limit, offset),
      () => repo.countGroups(ctx.db, userId, unreadOnly),
      async (groups) => {
        const latest = new Map(
          (
            await repo.findNotificationsByIds(
              ctx.db,
              userId,
              groups.map((g) => g.latestId),
            )
          ).map((r) => [r.id, r]),
        );
        return groups.flatMap((g) => {
          const row = latest.get(g.latestId);
          if (!row) return [];
          const { kind, entityType, entityId, total: count, unread } = g;
          return [{ kind, entityType, entityId, count, unread, latest: present(ctx, row) }];
        });
      },
    ),
    repo.countGroups(ctx.db, userId, true),
  ]);
  return { ...page, unread };
}

/** Marks one group of my notifications read (a group of someone else's simply matches nothing of mine). */
export async function markGroupRead(ctx: Ctx, key: NotificationGroupKey) {
  return { updated: await repo.markGroupRead(ctx.db, ctx.actor.id, ctx.now, key) };
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
