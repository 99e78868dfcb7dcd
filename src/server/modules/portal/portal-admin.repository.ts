import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { PortalNewsTable, PortalPartnerProfilesTable, PortalTestimonialsTable } from '#server/db/schema.js';

/** The staff side of the portal: every row, published or not (portal.repository.ts is the public side). */

export const listNews = (db: Db) => db.selectFrom('portal_news').selectAll().orderBy('id', 'desc').execute();
export const findNews = (db: Db, id: number) =>
  db.selectFrom('portal_news').selectAll().where('id', '=', id).executeTakeFirst();
export type NewsRow = NonNullable<Awaited<ReturnType<typeof findNews>>>;

export async function insertNews(db: Db, values: Insertable<PortalNewsTable>) {
  return (await db.insertInto('portal_news').values(values).returning('id').executeTakeFirstOrThrow()).id;
}
export const setNewsPhoto = (db: Db, id: number, fileId: number, now: string) =>
  db.updateTable('portal_news').set({ photo_file_id: fileId, updated_at: now }).where('id', '=', id).execute();

export const findProfile = (db: Db, partnerId: number) =>
  db.selectFrom('portal_partner_profiles').selectAll().where('partner_id', '=', partnerId).executeTakeFirst();
export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export const partnerExists = (db: Db, id: number) =>
  db.selectFrom('partners').select('id').where('id', '=', id).executeTakeFirst();

export async function insertProfile(db: Db, values: Insertable<PortalPartnerProfilesTable>) {
  await db.insertInto('portal_partner_profiles').values(values).execute();
}
/** Keyed by partner (no id of its own): true when the version matched. */
export async function updateProfile(
  db: Db,
  partnerId: number,
  version: number,
  values: Updateable<PortalPartnerProfilesTable>,
) {
  const res = await db
    .updateTable('portal_partner_profiles')
    .set({ ...values, version: version + 1 })
    .where('partner_id', '=', partnerId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const listTestimonials = (db: Db, partnerId: number) =>
  db.selectFrom('portal_testimonials').selectAll().where('partner_id', '=', partnerId).orderBy('id', 'desc').execute();
export const findTestimonial = (db: Db, id: number) =>
  db.selectFrom('portal_testimonials').selectAll().where('id', '=', id).executeTakeFirst();
export type TestimonialRow = NonNullable<Awaited<ReturnType<typeof findTestimonial>>>;
export async function insertTestimonial(db: Db, values: Insertable<PortalTestimonialsTable>) {
  return (await db.insertInto('portal_testimonials').values(values).returning('id').executeTakeFirstOrThrow()).id;
}
