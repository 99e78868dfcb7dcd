import type { Db } from '#server/db/client.js';
import { forgetSessions } from '#server/lib/session-cache.js';
import type { Locale } from '#shared/roles.js';

/** Typed queries of the signed-in user's own account: sign-in, password, name, preferences. */

export const findUserByEmail = (db: Db, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

export async function setLastLogin(db: Db, userId: number, at: string) {
  await db.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();
}

export async function findPasswordHash(db: Db, userId: number): Promise<string> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
  return row.password_hash;
}

/** A new password hash, as an edit of the account (version bump). */
export async function setPasswordHash(db: Db, userId: number, passwordHash: string, at: string) {
  forgetSessions();
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: at, version: (eb) => eb('version', '+', 1) })
    .where('id', '=', userId)
    .execute();
}

export const findNames = (db: Db, userId: number) =>
  db.selectFrom('users').select(['name_zh', 'name_en']).where('id', '=', userId).executeTakeFirstOrThrow();

/** The names of the units the user holds roles in. */
export const findRoleUnitNames = (db: Db, unitIds: number[]) =>
  db.selectFrom('units').select(['id', 'name_zh', 'name_en']).where('id', 'in', unitIds).execute();

export async function setLocale(db: Db, userId: number, locale: Locale) {
  forgetSessions();
  await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
}
