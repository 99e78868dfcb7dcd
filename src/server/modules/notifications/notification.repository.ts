import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { NotificationsTable } from '#server/db/schema.js';
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

export async function findNotifications(db: Db, userId: number, unreadOnly: boolean, limit: number, offset: number) {
  return mine(db, userId, unreadOnly)
    .select(NOTIFICATION_COLUMNS)
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
export type NotificationRow = Awaited<ReturnType<typeof findNotifications>>[number];

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

/** A group is one record and one kind: 'agreement 12, expiry_90' however many times it was raised. */
export interface GroupKey {
  kind: string;
  entityType: string | null;
  entityId: number | null;
}

function grouped(db: Db, userId: number, unreadOnly: boolean) {
  return mine(db, userId, unreadOnly).groupBy(['kind', 'entity_type', 'entity_id']);
}

/** One row per record and kind, the group with the newest notification first. */
export async function findGroups(db: Db, userId: number, unreadOnly: boolean, limit: number, offset: number) {
  const rows = await grouped(db, userId, unreadOnly)
    .select((eb) => [
      'kind',
      'entity_type',
      'entity_id',
      eb.fn.max('id').as('latest_id'),
      eb.fn.countAll().as('total'),
      eb.fn.count('read_at').as('read'),
    ])
    .orderBy('latest_id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    entityType: r.entity_type,
    entityId: r.entity_id,
    latestId: Number(r.latest_id),
    total: Number(r.total),
    unread: Number(r.total) - Number(r.read),
  }));
}
export type GroupRow = Awaited<ReturnType<typeof findGroups>>[number];

/** How many groups (a COUNT over the grouped query, which works the same on SQLite and PostgreSQL). */
export async function countGroups(db: Db, userId: number, unreadOnly: boolean): Promise<number> {
  const row = await db
    .selectFrom(grouped(db, userId, unreadOnly).select('kind').as('g'))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findNotificationsByIds(db: Db, userId: number, ids: number[]): Promise<NotificationRow[]> {
  if (!ids.length) return [];
  return mine(db, userId).select(NOTIFICATION_COLUMNS).where('id', 'in', ids).execute();
}

/** Marks every unread notification of one group read; returns how many changed. */
export async function markGroupRead(db: Db, userId: number, at: string, key: GroupKey): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .where('kind', '=', key.kind)
    .where('entity_type', key.entityType === null ? 'is' : '=', key.entityType)
    .where('entity_id', key.entityId === null ? 'is' : '=', key.entityId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
