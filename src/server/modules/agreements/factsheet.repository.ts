import { type Insertable, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { PartnerFactsheetsTable } from '#server/db/schema.js';

export type FactsheetColumns = Omit<Insertable<PartnerFactsheetsTable>, 'partner_id' | 'version'>;

export function findFactsheet(db: Db, partnerId: number) {
  return db.selectFrom('partner_factsheets').selectAll().where('partner_id', '=', partnerId).executeTakeFirst();
}
export type FactsheetRow = NonNullable<Awaited<ReturnType<typeof findFactsheet>>>;

export function partnerExists(db: Db, partnerId: number) {
  return db.selectFrom('partners').select('id').where('id', '=', partnerId).executeTakeFirst();
}

/** The first save (a second one racing it fails on the primary key). */
export async function insertFactsheet(db: Db, partnerId: number, values: FactsheetColumns): Promise<true> {
  await db
    .insertInto('partner_factsheets')
    .values({ ...values, partner_id: partnerId, version: 1 })
    .execute();
  return true;
}

/** Optimistic update keyed by partner (the table has no id of its own): true when the version matched. */
export async function updateFactsheet(db: Db, partnerId: number, version: number, values: FactsheetColumns) {
  const result = await db
    .updateTable('partner_factsheets')
    .set({ ...values, version: sql`version + 1` })
    .where('partner_id', '=', partnerId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
