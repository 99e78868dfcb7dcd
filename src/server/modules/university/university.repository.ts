import type { Db } from '#server/db/client.js';
import type { UniversityProfileTable } from '#server/db/schema.js';
import type { UniversityDetails } from '#shared/university.js';

/** The one row of `university_profile` (id 1, made by migration 013). */
export const PROFILE_ID = 1;

export type ProfileRow = Omit<UniversityProfileTable, 'version'> & { version: number };

export async function findProfile(db: Db): Promise<ProfileRow> {
  return db.selectFrom('university_profile').selectAll().where('id', '=', PROFILE_ID).executeTakeFirstOrThrow();
}

export const detailsOf = (row: ProfileRow): UniversityDetails => ({
  nameZh: row.name_zh,
  nameEn: row.name_en,
  addressZh: row.address_zh,
  addressEn: row.address_en,
  phone: row.phone,
  email: row.email,
  website: row.website,
});

export const profileColumns = (d: UniversityDetails) => ({
  name_zh: d.nameZh,
  name_en: d.nameEn,
  address_zh: d.addressZh,
  address_en: d.addressEn,
  phone: d.phone,
  email: d.email,
  website: d.website,
});

/** The logo's bytes and type, when there is one. */
export async function findLogo(db: Db) {
  return db
    .selectFrom('university_profile')
    .innerJoin('stored_files', 'stored_files.id', 'university_profile.logo_file_id')
    .select(['stored_files.data', 'stored_files.content_type', 'stored_files.id'])
    .where('university_profile.id', '=', PROFILE_ID)
    .executeTakeFirst();
}

/** Points the profile at a newly stored logo (a new version of the profile). */
export function setLogo(db: Db, fileId: number, now: string, actorId: number) {
  return db
    .updateTable('university_profile')
    .set((eb) => ({ logo_file_id: fileId, updated_at: now, updated_by: actorId, version: eb('version', '+', 1) }))
    .where('id', '=', PROFILE_ID)
    .execute();
}
