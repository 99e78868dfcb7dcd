import type { Db } from '#server/db/client.js';

/** API tokens: rows keyed by the sha-256 of their secret (the secret itself is never stored). */

export const findTokens = (db: Db) =>
  db
    .selectFrom('api_tokens as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .select([
      't.id',
      't.name',
      't.role',
      't.unit_id',
      't.prefix',
      't.created_at',
      't.expires_on',
      't.last_used_at',
      't.revoked_at',
      'u.email as created_by_email',
    ])
    .orderBy('t.id', 'desc')
    .execute();
export type TokenRow = Awaited<ReturnType<typeof findTokens>>[number];

export const findToken = async (db: Db, id: number) => (await findTokens(db)).find((t) => t.id === id);

export async function insertToken(
  db: Db,
  v: { name: string; role: string; unitId: number; hash: string; prefix: string; by: number; now: string },
  expiresOn: string | null,
) {
  const { id } = await db
    .insertInto('api_tokens')
    .values({
      name: v.name,
      role: v.role,
      unit_id: v.unitId,
      token_hash: v.hash,
      prefix: v.prefix,
      created_by: v.by,
      created_at: v.now,
      expires_on: expiresOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function revokeToken(db: Db, id: number, by: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now, revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The live token of a secret's hash with its (active) creator, for the request hook. */
export const findLiveToken = (db: Db, hash: string) =>
  db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.created_by')
    .select(['t.id', 't.role', 't.unit_id', 't.expires_on', 't.last_used_at', 't.created_by', 'u.email', 'u.locale'])
    .where('t.token_hash', '=', hash)
    .where('t.revoked_at', 'is', null)
    .where('u.active', '=', 1)
    .executeTakeFirst();

export async function touchToken(db: Db, id: number, now: string) {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}
