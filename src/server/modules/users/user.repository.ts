import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { UsersTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { forgetSessions } from '#server/lib/session-cache.js';
import { containsText } from '#server/lib/sql.js';
import type { Role } from '#shared/roles.js';

export type UserFilter = { q?: string; role?: Role; unitId?: number };

function filtered(db: Db, f: UserFilter) {
  let q = db.selectFrom('users');
  if (f.q) {
    const text = f.q.toLowerCase();
    q = q.where((eb) =>
      eb.or([
        containsText('users.email', text),
        containsText('users.name_zh', f.q as string),
        containsText('users.name_en', f.q as string),
      ]),
    );
  }
  if (f.role || f.unitId) {
    q = q.where('users.id', 'in', (eb) => {
      let sub = eb.selectFrom('user_roles').select('user_roles.user_id');
      if (f.role) sub = sub.where('user_roles.role', '=', f.role);
      if (f.unitId) sub = sub.where('user_roles.unit_id', '=', f.unitId);
      return sub;
    });
  }
  return q;
}

const COLUMNS = [
  'id',
  'version',
  'email',
  'name_zh',
  'name_en',
  'locale',
  'active',
  'password_hash',
  'last_login_at',
  'created_at',
  'updated_at',
] as const;

/** The list's order: by e-mail address (unique, from its unique index), then id (ADR 0035). */
export const userSortKeys = (order: 'asc' | 'desc'): SortKey[] => [
  { expr: sql.ref('users.email'), dir: order },
  { expr: sql.ref('users.id'), dir: order },
];

/** A page of users, after a cursor or at an offset (lib/keyset.ts). */
export function findUsers(db: Db, f: UserFilter, order: 'asc' | 'desc', window: PageWindow) {
  return keysetPage(filtered(db, f).select(COLUMNS), userSortKeys(order), window);
}
export type UserListRow = Awaited<ReturnType<typeof findUsers>>['rows'][number];

/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export function countUsers(db: Db, f: UserFilter, cap?: number): Promise<number> {
  return cap === undefined ? countOf(filtered(db, f)) : countUpTo(filtered(db, f), cap);
}

export function findUserById(db: Db, id: number) {
  return db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findRolesOf(db: Db, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_roles')
    .select(['user_id', 'role', 'unit_id'])
    .where('user_id', 'in', userIds)
    .orderBy('id')
    .execute();
}

export async function insertUser(db: Db, row: Insertable<UsersTable>): Promise<number> {
  const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function setUserFields(db: Db, id: number, values: Updateable<UsersTable>) {
  forgetSessions();
  return db.updateTable('users').set(values).where('id', '=', id).execute();
}

export async function replaceRoles(db: Db, userId: number, roles: { role: Role; unitId: number }[]) {
  forgetSessions();
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length) {
    await db
      .insertInto('user_roles')
      .values(roles.map((r) => ({ user_id: userId, role: r.role, unit_id: r.unitId })))
      .execute();
  }
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .where('users.active', '=', 1)
    .where('user_roles.role', '=', 'admin')
    .select((eb) => eb.fn.count<number>('users.id').distinct().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function emailTaken(db: Db, email: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('users').select('id').where('email', '=', email);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** The person record each user is (people.user_id is the one link, unique). */
export function findPersonLinks(db: Db, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('people').select(['id', 'user_id']).where('user_id', 'in', userIds).execute();
}

export function findPersonForLink(db: Db, personId: number) {
  return db.selectFrom('people').select(['id', 'user_id', 'archived_at']).where('id', '=', personId).executeTakeFirst();
}

/** Makes `personId` (or nobody) the user's person record. */
export async function linkPerson(db: Db, userId: number, personId: number | null) {
  await db.updateTable('people').set({ user_id: null }).where('user_id', '=', userId).execute();
  if (personId !== null) await db.updateTable('people').set({ user_id: userId }).where('id', '=', personId).execute();
}
