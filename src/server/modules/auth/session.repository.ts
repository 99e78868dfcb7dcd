import { createHash } from 'node:crypto';
import type { Db } from '#server/db/client.js';
import { prepared } from '#server/db/prepared.js';
import type { SessionsTable } from '#server/db/schema.js';
import { cachedSession, forgetSessions } from '#server/lib/session-cache.js';

export function insertSession(db: Db, row: SessionsTable) {
  return db.insertInto('sessions').values(row).execute();
}

/**
 * The session, its user and the user's roles in one statement (one row per role; a user without roles
 * gives one row with a null role): every API request reads this, so it is one round trip, not two.
 */
const sessionWithUser = prepared({ id: 'string' }, (db, { id }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select([
      'sessions.id',
      'sessions.csrf_token',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.locale',
      'users.active',
      'user_roles.role',
      'user_roles.unit_id',
    ])
    .where('sessions.id', '=', id)
    .orderBy('user_roles.id'),
);

/** The session with its user and roles, from the short per-process cache when it holds it (lib/session-cache.ts). */
export function findSessionWithUser(db: Db, id: string, nowMs: number) {
  return cachedSession(db, id, nowMs, () => readSessionWithUser(db, id));
}

async function readSessionWithUser(db: Db, id: string) {
  const rows = await sessionWithUser(db, { id });
  const first = rows[0];
  if (!first) return undefined;
  const { role: _r, unit_id: _u, ...session } = first;
  const roles = rows.flatMap((r) =>
    r.role !== null && r.unit_id !== null ? [{ role: r.role, unit_id: r.unit_id }] : [],
  );
  return { ...session, roles };
}

export function touchSession(db: Db, id: string, lastSeenAt: string, expiresAt: string) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export function deleteSession(db: Db, id: string) {
  forgetSessions();
  return db.deleteFrom('sessions').where('id', '=', id).execute();
}

export function deleteOtherSessions(db: Db, userId: number, keepId: string | null) {
  forgetSessions();
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) q = q.where('id', '!=', keepId);
  return q.execute();
}

export function deleteExpiredSessions(db: Db, now: string) {
  return db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const accountPrefix = (email: string) => sha(email.toLowerCase()).slice(0, 40);

/**
 * Failures are counted per account and source address together (issue 16): a stranger failing from
 * elsewhere slows only themselves, never the owner's own sign-in. The row's key (the `email` column,
 * hashed to fit it) starts with the account's part, so all of an account's rows can be cleared.
 */
export const throttleKey = (email: string, ip: string) => `${accountPrefix(email)}:${sha(ip).slice(0, 16)}`;

export function findThrottle(db: Db, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('email', '=', key).executeTakeFirst();
}

export async function saveThrottle(
  db: Db,
  row: { email: string; failures: number; locked_until: string | null; updated_at: string },
) {
  await db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('email')
        .doUpdateSet({ failures: row.failures, locked_until: row.locked_until, updated_at: row.updated_at }),
    )
    .execute();
}

export function deleteThrottle(db: Db, key: string) {
  return db.deleteFrom('login_throttle').where('email', '=', key).execute();
}

/** Clears every source's failures for the account (and a row of the former per-e-mail key). */
export function clearThrottle(db: Db, email: string) {
  const prefix = accountPrefix(email);
  return db
    .deleteFrom('login_throttle')
    .where((eb) =>
      eb.or([
        eb('email', '=', email.toLowerCase()),
        eb.and([eb('email', '>=', `${prefix}:`), eb('email', '<', `${prefix};`)]),
      ]),
    )
    .execute();
}
