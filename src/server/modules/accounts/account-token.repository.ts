import type { Db } from '#server/db/client.js';
import type { AccountTokensTable } from '#server/db/schema.js';
import { forgetSessions } from '#server/lib/session-cache.js';

export type TokenPurpose = AccountTokensTable['purpose'];

export async function insertToken(
  db: Db,
  row: {
    user_id: number;
    purpose: TokenPurpose;
    token_hash: string;
    expires_at: string;
    created_by: number | null;
    created_at: string;
  },
) {
  await db.insertInto('account_tokens').values(row).execute();
}

/** The token with its user, whatever its state (the service says why it is refused). */
export function findToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('account_tokens')
    .innerJoin('users', 'users.id', 'account_tokens.user_id')
    .select([
      'account_tokens.id',
      'account_tokens.user_id',
      'account_tokens.purpose',
      'account_tokens.expires_at',
      'account_tokens.used_at',
      'users.email',
      'users.active',
    ])
    .where('account_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Uses the token: a conditional UPDATE, so of two requests racing with the same link one wins.
 * True when this call used it.
 */
export async function useToken(db: Db, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends the user's other open links (a new one replaces them; a set password ends all of them). */
export function retireTokens(db: Db, userId: number, now: string) {
  return db
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function insertResetRequest(db: Db, row: { email: string; ip: string; created_at: string }) {
  await db.insertInto('reset_requests').values(row).execute();
}

/** Reset requests since `since`, for this e-mail and from this address. */
export async function countResetRequests(db: Db, email: string, ip: string, since: string) {
  const count = async (column: 'email' | 'ip', value: string) => {
    const row = await db
      .selectFrom('reset_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', value)
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { byEmail: await count('email', email), byIp: await count('ip', ip) };
}

/** Requests older than `before` count for nothing; this keeps the table small. */
export function deleteResetRequestsBefore(db: Db, before: string) {
  return db.deleteFrom('reset_requests').where('created_at', '<', before).execute();
}

export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name_zh', 'name_en', 'locale', 'active'])
    .where('email', '=', email)
    .executeTakeFirst();
}
export type AccountUser = NonNullable<Awaited<ReturnType<typeof findUserByEmail>>>;

export function setPasswordHash(db: Db, userId: number, passwordHash: string, now: string) {
  forgetSessions();
  return db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: now, version: (eb) => eb('version', '+', 1) })
    .where('id', '=', userId)
    .execute();
}
