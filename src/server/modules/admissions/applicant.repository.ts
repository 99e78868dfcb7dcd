import type { Db } from '#server/db/client.js';

/** Applicant accounts (e-mail + one-time code) and their sessions: the portal's only identity. */

export const findAccount = (db: Db, email: string) =>
  db.selectFrom('applicant_accounts').selectAll().where('email', '=', email).executeTakeFirst();

export async function upsertCode(
  db: Db,
  a: { email: string; locale: string; codeHash: string; expiresAt: string; now: string },
) {
  await db
    .insertInto('applicant_accounts')
    .values({
      email: a.email,
      locale: a.locale,
      code_hash: a.codeHash,
      code_expires_at: a.expiresAt,
      code_attempts: 0,
      created_at: a.now,
    })
    .onConflict((oc) =>
      oc.column('email').doUpdateSet({ code_hash: a.codeHash, code_expires_at: a.expiresAt, code_attempts: 0 }),
    )
    .execute();
}

export async function countAttempt(db: Db, id: number, attempts: number) {
  await db.updateTable('applicant_accounts').set({ code_attempts: attempts }).where('id', '=', id).execute();
}

/** The code is used once: cleared when it opens a session. */
export async function consumeCode(db: Db, id: number, now: string) {
  await db
    .updateTable('applicant_accounts')
    .set({ code_hash: null, code_expires_at: null, code_attempts: 0, verified_at: now })
    .where('id', '=', id)
    .execute();
}

export async function insertSession(
  db: Db,
  row: { id: string; account_id: number; expires_at: string; created_at: string },
) {
  await db.insertInto('applicant_sessions').values(row).execute();
}

export const findSession = (db: Db, id: string) =>
  db
    .selectFrom('applicant_sessions as s')
    .innerJoin('applicant_accounts as a', 'a.id', 's.account_id')
    .select(['s.expires_at', 'a.id', 'a.email', 'a.locale'])
    .where('s.id', '=', id)
    .executeTakeFirst();
