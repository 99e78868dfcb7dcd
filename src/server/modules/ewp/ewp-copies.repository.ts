import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { EwpPartnerCopiesTable } from '#server/db/schema.js';

/** The latest partner copy of an agreement, with the name of who imported it. */
export function latestCopy(db: Db, agreementId: number) {
  return db
    .selectFrom('ewp_partner_copies as c')
    .leftJoin('users as u', 'u.id', 'c.imported_by')
    .selectAll('c')
    .select(['u.name_en as by_en', 'u.name_zh as by_zh', 'u.email as by_email'])
    .where('c.agreement_id', '=', agreementId)
    .orderBy('c.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
export type CopyRow = NonNullable<Awaited<ReturnType<typeof latestCopy>>>;

export async function insertCopy(db: Db, values: Insertable<EwpPartnerCopiesTable>): Promise<number> {
  const row = await db.insertInto('ewp_partner_copies').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function keptIds(db: Db, copyId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('ewp_kept_differences')
    .select('difference_id')
    .where('copy_id', '=', copyId)
    .execute();
  return new Set(rows.map((r) => r.difference_id));
}

export async function keep(db: Db, copyId: number, differenceId: string, by: number, at: string) {
  const exists = await db
    .selectFrom('ewp_kept_differences')
    .select('copy_id')
    .where('copy_id', '=', copyId)
    .where('difference_id', '=', differenceId)
    .executeTakeFirst();
  if (!exists)
    await db
      .insertInto('ewp_kept_differences')
      .values({ copy_id: copyId, difference_id: differenceId, kept_by: by, kept_at: at })
      .execute();
}

export function latestApproval(db: Db, agreementId: number) {
  return db
    .selectFrom('ewp_approvals as a')
    .leftJoin('users as u', 'u.id', 'a.approved_by')
    .selectAll('a')
    .select(['u.name_en as by_en', 'u.name_zh as by_zh', 'u.email as by_email'])
    .where('a.agreement_id', '=', agreementId)
    .orderBy('a.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertApproval(
  db: Db,
  v: {
    agreement_id: number;
    copy_id: number;
    their_hash: string;
    our_hash: string;
    approved_by: number;
    approved_at: string;
  },
): Promise<number> {
  const row = await db.insertInto('ewp_approvals').values(v).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Agreements with exactly this partner SCHAC code among their partners (candidates for a partner's copy). */
export function agreementsWithPartnerSchac(db: Db, schac: string) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('agreement_partners as ap', 'ap.agreement_id', 'a.id')
    .innerJoin('partners as p', 'p.id', 'ap.partner_id')
    .select(['a.id', 'a.code'])
    .where('p.schac', '=', schac)
    .where('a.archived_at', 'is', null)
    .orderBy('a.id')
    .execute();
}
