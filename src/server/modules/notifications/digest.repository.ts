import type { Db } from '#server/db/client.js';

/** Notifications waiting for the digest, with their reader (active users only), by user then age. */
export async function findPendingDigest(db: Db) {
  return db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select([
      'n.id',
      'n.user_id',
      'n.kind',
      'n.entity_type',
      'n.entity_id',
      'n.params_json',
      'u.email',
      'u.locale',
      'u.name_zh',
      'u.name_en',
    ])
    .where('n.mail_digest', '=', 'pending')
    .where('u.active', '=', 1)
    .orderBy('n.user_id')
    .orderBy('n.id')
    .execute();
}
export type PendingDigestRow = Awaited<ReturnType<typeof findPendingDigest>>[number];

/** Marks notifications as gathered into the digest of `date` (only those still pending). */
export async function markDigested(db: Db, ids: number[], date: string): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('notifications')
    .set({ mail_digest: date })
    .where('id', 'in', ids)
    .where('mail_digest', '=', 'pending')
    .execute();
}
