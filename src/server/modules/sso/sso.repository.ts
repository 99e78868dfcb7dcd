import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { SsoLoginsTable } from '#server/db/schema.js';
import { forgetSessions } from '#server/lib/session-cache.js';
import type { Role } from '#shared/roles.js';

/** Typed queries of the sign-in flow: logins under way, identities, accounts and people to match. */
export async function insertLogin(db: Db, row: SsoLoginsTable) {
  await db.deleteFrom('sso_logins').where('expires_at', '<', row.created_at).execute();
  await db.insertInto('sso_logins').values(row).execute();
}

/** Takes a login under way: it is read and deleted, so a second use (a replay) finds nothing. */
export async function takeLogin(db: Db, id: string, slug: string, now: string) {
  const row = await db
    .selectFrom('sso_logins')
    .selectAll()
    .where('id', '=', id)
    .where('provider_slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const gone = await db.deleteFrom('sso_logins').where('id', '=', id).executeTakeFirst();
  if (Number(gone.numDeletedRows) !== 1 || row.expires_at <= now) return undefined;
  return row;
}

const USER = ['users.id', 'users.email', 'users.active', 'users.name_zh', 'users.name_en'] as const;

export const findIdentityUser = (db: Db, slug: string, subject: string) =>
  db
    .selectFrom('user_identities')
    .innerJoin('users', 'users.id', 'user_identities.user_id')
    .select([...USER, 'user_identities.id as identity_id'])
    .where('user_identities.provider_slug', '=', slug)
    .where('user_identities.subject', '=', subject)
    .executeTakeFirst();

export const findUserByEmail = (db: Db, email: string) =>
  db.selectFrom('users').select(USER).where(sql`lower(users.email)`, '=', email.toLowerCase()).executeTakeFirst();

export const findUserById = (db: Db, id: number) =>
  db.selectFrom('users').select(USER).where('users.id', '=', id).executeTakeFirst();

const PERSON = ['id', 'kind', 'user_id', 'unit_id', 'email', 'name_zh', 'name_en'] as const;

/** A current person by student or staff number (the number a campus provider carries). */
export const findPersonByNumber = (db: Db, number: string) =>
  db
    .selectFrom('people')
    .select(PERSON)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('student_no', '=', number), eb('staff_no', '=', number)]))
    .executeTakeFirst();

/** A current person without an account, by e-mail. */
export const findUnlinkedPersonByEmail = (db: Db, email: string) =>
  db
    .selectFrom('people')
    .select(PERSON)
    .where('archived_at', 'is', null)
    .where('user_id', 'is', null)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();

export async function insertIdentity(db: Db, userId: number, slug: string, subject: string, at: string) {
  await db
    .insertInto('user_identities')
    .values({ user_id: userId, provider_slug: slug, subject, linked_at: at, last_used_at: at })
    .execute();
}

export async function touchIdentity(db: Db, id: number, at: string) {
  await db.updateTable('user_identities').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function insertAccount(
  db: Db,
  row: { email: string; passwordHash: string; nameZh: string | null; nameEn: string | null; at: string },
): Promise<number> {
  const out = await db
    .insertInto('users')
    .values({
      email: row.email,
      password_hash: row.passwordHash,
      name_zh: row.nameZh,
      name_en: row.nameEn,
      locale: 'zh-TW',
      active: 1,
      created_at: row.at,
      updated_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return out.id;
}

export async function linkPersonToUser(db: Db, personId: number, userId: number) {
  await db
    .updateTable('people')
    .set({ user_id: userId })
    .where('id', '=', personId)
    .where('user_id', 'is', null)
    .execute();
}

export const findRoles = (db: Db, userId: number) =>
  db.selectFrom('user_roles').select(['role', 'unit_id']).where('user_id', '=', userId).execute();

export async function insertRole(db: Db, userId: number, role: Role, unitId: number) {
  forgetSessions();
  await db.insertInto('user_roles').values({ user_id: userId, role, unit_id: unitId }).execute();
}

export async function insertSsoSession(db: Db, sessionId: string, slug: string, idToken: string | null) {
  await db
    .insertInto('sso_sessions')
    .values({ session_id: sessionId, provider_slug: slug, id_token: idToken })
    .execute();
}

export const findSsoSession = (db: Db, sessionId: string) =>
  db.selectFrom('sso_sessions').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
