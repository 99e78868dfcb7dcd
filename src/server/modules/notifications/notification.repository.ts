import { type Insertable, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { NotificationsTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf } from '#server/lib/paging.js';

/** Adds a notification unless this user already has one with the same dedupe key; true when added. */
export async function insertNotification(trx: Db, row: Insertable<NotificationsTable>): Promise<boolean> {
  const result = await trx
    .insertInto('notifications')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

const NOTIFICATION_COLUMNS = [
  'id',
  'kind',
  'entity_type',
  'entity_id',
  'params_json',
  'read_at',
  'created_at',
] as const;

/** Every query here is scoped to one user: nobody reads or marks another user's notifications. */
function mine(db: Db, userId: number, unreadOnly = false) {
  let q = db.selectFrom('notifications').where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q;
}

/** Newest first by id: all from `notifications_user_idx (user_id, id)`, unread from `notifications_unread_idx` (047). */
export const NOTIFICATION_SORT_KEYS: SortKey[] = [{ expr: sql.ref('id'), dir: 'desc' }];

/** A page of the user's notifications, after a cursor or at an offset (lib/keyset.ts). */
export function findNotifications(db: Db, userId: number, unreadOnly: boolean, window: PageWindow) {
  return keysetPage(mine(db, userId, unreadOnly).select(NOTIFICATION_COLUMNS), NOTIFICATION_SORT_KEYS, window);
}
export type NotificationRow = Awaited<ReturnType<typeof findNotifications>>['rows'][number];

export const countNotifications = (db: Db, userId: number, unreadOnly: boolean) =>
  countOf(mine(db, userId, unreadOnly).select('id'));

export async function findMyNotification(db: Db, userId: number, id: number): Promise<NotificationRow | undefined> {
  return mine(db, userId).select(NOTIFICATION_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Marks unread notifications of the user read (one, or all when id is omitted); returns how many changed. */
export async function markRead(db: Db, userId: number, at: string, id?: number): Promise<number> {
  let q = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id !== undefined) q = q.where('id', '=', id);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A group is one record and one kind (grouped as groupKindOf says): 'agreement 12, expiry', however often. */
export interface GroupKey {
  kind: string;
  entityType: string | null;
  entityId: number | null;
}

/**
 * The few columns grouping needs, of all the user's notifications. Grouped in code, not SQL, because the group
 * kind folds thresholds (expiry_90, expiry_30) — portable string surgery neither database offers alike. A user
 * holds hundreds, not millions, of notifications.
 */
export async function findGroupMembers(db: Db, userId: number) {
  return mine(db, userId).select(['id', 'kind', 'entity_type', 'entity_id', 'read_at']).orderBy('id', 'desc').execute();
}
export type GroupMember = Awaited<ReturnType<typeof findGroupMembers>>[number];

export async function findNotificationsByIds(db: Db, userId: number, ids: number[]): Promise<NotificationRow[]> {
  if (!ids.length) return [];
  return mine(db, userId).select(NOTIFICATION_COLUMNS).where('id', 'in', ids).execute();
}

/** Marks these notifications of the user read (unread ones only); returns how many changed. */
export async function markManyRead(db: Db, userId: number, at: string, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
