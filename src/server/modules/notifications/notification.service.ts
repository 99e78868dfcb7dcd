import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { parseParams, renderNotification } from '#server/mail/notification.render.js';
import { DEFAULT_MAIL_MODE, groupKindOf, type MailMode, type MailTopic, mailTopicOf } from '#shared/notifications.js';
import type {
  Notification,
  NotificationGroup,
  NotificationGroupKey,
  NotificationGroupQuery,
  NotificationListQuery,
} from '#shared/schemas/notifications.js';
import * as repo from './notification.repository.js';
import { findPreferences } from './preference.repository.js';

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

/**
 * The signed-in user's own notifications, newest first (nobody can list anyone else's). Counted exactly:
 * one user's rows, from `notifications_user_idx` / `notifications_unread_idx` (ADR 0035).
 */
export async function listMine(ctx: Ctx, query: NotificationListQuery) {
  const userId = ctx.actor.id;
  const unreadOnly = query.unread === true;
  const [page, unread] = await Promise.all([
    keysetListPage(
      { ...query, count: 'exact' },
      repo.NOTIFICATION_SORT_KEYS,
      (window) => repo.findNotifications(ctx.db, userId, unreadOnly, window),
      () => repo.countNotifications(ctx.db, userId, unreadOnly),
      (rows) => rows.map((r) => present(ctx, r)),
    ),
    repo.countNotifications(ctx.db, userId, true),
  ]);
  return { ...page, unread };
}

interface Grouped extends repo.GroupKey {
  ids: number[];
  unreadIds: number[];
}

/** The user's notifications as groups (record + group kind), the group with the newest notification first. */
async function groupsOf(ctx: Ctx): Promise<Grouped[]> {
  const groups = new Map<string, Grouped>();
  for (const n of await repo.findGroupMembers(ctx.db, ctx.actor.id)) {
    const kind = groupKindOf(n.kind);
    const id = `${kind}|${n.entity_type ?? ''}|${n.entity_id ?? ''}`;
    let g = groups.get(id);
    if (!g) {
      g = { kind, entityType: n.entity_type, entityId: n.entity_id, ids: [], unreadIds: [] };
      groups.set(id, g); // members come newest first, so insertion order is "newest group first"
    }
    g.ids.push(n.id);
    if (n.read_at === null) g.unreadIds.push(n.id);
  }
  return [...groups.values()];
}

/** Both numbers: unread notifications, and unread groups (what the bell shows, so one busy record counts once). */
export async function unreadCount(ctx: Ctx) {
  const groups = await groupsOf(ctx);
  return {
    count: groups.reduce((n, g) => n + g.unreadIds.length, 0),
    groups: groups.filter((g) => g.unreadIds.length > 0).length,
  };
}

/** My notifications grouped by record and kind; with unread, only groups that have an unread one. */
export async function listMyGroups(ctx: Ctx, query: NotificationGroupQuery) {
  const all = await groupsOf(ctx);
  const unread = all.filter((g) => g.unreadIds.length > 0);
  const chosen = query.unread === true ? unread : all;
  const slice = chosen.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  // The newest notification of a group (its first id) is the row's text.
  const rows = new Map(
    (
      await repo.findNotificationsByIds(
        ctx.db,
        ctx.actor.id,
        slice.flatMap((g) => g.ids.slice(0, 1)),
      )
    ).map((r) => [r.id, r]),
  );
  const items = slice.flatMap((g) => {
    const row = rows.get(g.ids[0] ?? 0);
    if (!row) return [];
    const { kind, entityType, entityId } = g;
    return [{ kind, entityType, entityId, count: g.ids.length, unread: g.unreadIds.length, latest: present(ctx, row) }];
  });
  return { items, total: chosen.length, page: query.page, pageSize: query.pageSize, unread: unread.length };
}

/**
 * The in-app digest (issue 23, item 15): my unread groups gathered by topic, each topic under the mode the user
 * chose for its mail — "each one" topics first (they asked to hear of every one at once), then the daily-digest
 * and no-mail topics as one section each, and kinds no preference covers last. The same choice applies here as
 * in the mailbox: what they take as a digest reads as one.
 */
export async function myDigest(ctx: Ctx) {
  const unread = (await groupsOf(ctx)).filter((g) => g.unreadIds.length > 0);
  const modes = new Map((await findPreferences(ctx.db, ctx.actor.id)).map((r) => [r.topic, r.mode as MailMode]));
  const rows = new Map(
    (
      await repo.findNotificationsByIds(
        ctx.db,
        ctx.actor.id,
        unread.flatMap((g) => g.ids.slice(0, 1)),
      )
    ).map((r) => [r.id, r]),
  );
  const sections = new Map<
    string,
    { topic: MailTopic | null; mode: MailMode; unread: number; groups: NotificationGroup[] }
  >();
  for (const g of unread) {
    const row = rows.get(g.ids[0] ?? 0);
    if (!row) continue;
    const topic = mailTopicOf(g.kind);
    const mode = topic ? (modes.get(topic) ?? DEFAULT_MAIL_MODE) : DEFAULT_MAIL_MODE;
    const key = topic ?? '';
    const section = sections.get(key) ?? { topic, mode, unread: 0, groups: [] };
    section.unread += g.unreadIds.length;
    const { kind, entityType, entityId } = g;
    section.groups.push({
      kind,
      entityType,
      entityId,
      count: g.ids.length,
      unread: g.unreadIds.length,
      latest: present(ctx, row),
    });
    sections.set(key, section);
  }
  const order = (s: { topic: MailTopic | null; mode: MailMode }) =>
    s.topic === null ? 3 : s.mode === 'each' ? 0 : s.mode === 'digest' ? 1 : 2;
  return { sections: [...sections.values()].sort((a, b) => order(a) - order(b)) };
}

/** Marks one group of my notifications read (a group of someone else's simply matches nothing of mine). */
export async function markGroupRead(ctx: Ctx, key: NotificationGroupKey) {
  const group = (await groupsOf(ctx)).find(
    (g) => g.kind === groupKindOf(key.kind) && g.entityType === key.entityType && g.entityId === key.entityId,
  );
  return { updated: await repo.markManyRead(ctx.db, ctx.actor.id, ctx.now, group?.unreadIds ?? []) };
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
