import type { Db } from '#server/db/client.js';

/** Our factsheet is one row. */
export const ROW_ID = 1;

export const findRow = (db: Db) =>
  db.selectFrom('own_factsheet').selectAll().where('id', '=', ROW_ID).executeTakeFirst();

/** The university's contacts a first factsheet starts from. */
export const findProfileContacts = (db: Db) =>
  db.selectFrom('university_profile').select(['email', 'phone', 'website']).where('id', '=', 1).executeTakeFirst();

/** The first save (a second one racing it fails on the primary key). */
export async function insertRow(db: Db, values: { body_json: string; updated_at: string; updated_by: number }) {
  await db
    .insertInto('own_factsheet')
    .values({ id: ROW_ID, ...values })
    .execute();
}
