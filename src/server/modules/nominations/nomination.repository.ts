import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { NominationLinksTable, NominationsTable, NominationWindowsTable } from '#server/db/schema.js';
import { findPlaces } from '#server/modules/agreements/agreement-places.repository.js';

export const findWindows = (db: Db) =>
  db.selectFrom('nomination_windows').selectAll().orderBy('academic_year', 'desc').orderBy('term').execute();
export const findWindow = (db: Db, id: number) =>
  db.selectFrom('nomination_windows').selectAll().where('id', '=', id).executeTakeFirst();
export type WindowRow = NonNullable<Awaited<ReturnType<typeof findWindow>>>;
export async function insertWindow(db: Db, row: Insertable<NominationWindowsTable>) {
  const { id } = await db.insertInto('nomination_windows').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findLinks = (db: Db, partnerId: number) =>
  db.selectFrom('nomination_links').selectAll().where('partner_id', '=', partnerId).orderBy('id', 'desc').execute();
export const findLink = (db: Db, id: number) =>
  db.selectFrom('nomination_links').selectAll().where('id', '=', id).executeTakeFirst();
export type LinkRow = NonNullable<Awaited<ReturnType<typeof findLink>>>;
export const findLinkByHash = (db: Db, hash: string) =>
  db.selectFrom('nomination_links').selectAll().where('token_hash', '=', hash).executeTakeFirst();
export async function insertLink(db: Db, row: Insertable<NominationLinksTable>) {
  const { id } = await db.insertInto('nomination_links').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export const updateLink = (db: Db, id: number, values: Updateable<NominationLinksTable>) =>
  db.updateTable('nomination_links').set(values).where('id', '=', id).execute();

function nominationQuery(db: Db) {
  return db
    .selectFrom('nominations as n')
    .innerJoin('nomination_windows as w', 'w.id', 'n.window_id')
    .selectAll('n')
    .select(['w.academic_year', 'w.term']);
}
export const findNominations = (db: Db, partnerId: number) =>
  nominationQuery(db).where('n.partner_id', '=', partnerId).orderBy('n.id', 'desc').execute();
export const findNomination = (db: Db, id: number) => nominationQuery(db).where('n.id', '=', id).executeTakeFirst();
export type NominationRow = NonNullable<Awaited<ReturnType<typeof findNomination>>>;
export async function insertNomination(db: Db, row: Insertable<NominationsTable>) {
  const { id } = await db.insertInto('nominations').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export type NominationColumns = Updateable<NominationsTable>;

/** The partner's agreements (any that name it), for their exchange places. */
export async function agreementIdsOf(db: Db, partnerId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('agreement_partners as ap')
    .innerJoin('agreements as a', 'a.id', 'ap.agreement_id')
    .select('a.id')
    .where('ap.partner_id', '=', partnerId)
    .where('a.archived_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** Inbound places of these agreements with their use (the agreements module's counting), and titles. */
export async function inboundPlacesOf(db: Db, agreementIds: number[]) {
  const out = [];
  for (const agreementId of agreementIds) {
    const a = await db
      .selectFrom('agreements')
      .select(['title_en', 'title_zh'])
      .where('id', '=', agreementId)
      .executeTakeFirstOrThrow();
    for (const p of await findPlaces(db, agreementId))
      if (p.direction === 'inbound') out.push({ ...p, title: a.title_en || a.title_zh || `#${agreementId}` });
  }
  return out;
}

export const setNomination = (db: Db, id: number, values: NominationColumns) =>
  db.updateTable('nominations').set(values).where('id', '=', id).execute();

/**
 * The decision itself, conditional: only a nomination still `submitted` at the version the staff member read
 * changes (and its version goes up). Two people deciding at once: the second finds 0 rows (on PostgreSQL it
 * waits for the first's row lock, then re-reads the row). Returns whether this call made the decision.
 */
export async function decideNomination(db: Db, id: number, version: number, values: NominationColumns) {
  const result = await db
    .updateTable('nominations')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A change made through the partner's link bumps the partner's version (a staff edit then sees it). */
export const touchPartner = (db: Db, partnerId: number, now: string) =>
  db
    .updateTable('partners')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', partnerId)
    .execute();
