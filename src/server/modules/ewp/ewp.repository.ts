import type { Db } from '#server/db/client.js';

export function findPartnerSchacs(db: Db, partnerIds: number[]) {
  if (partnerIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('partners').select(['id', 'name_en', 'schac']).where('id', 'in', partnerIds).execute();
}

export async function findOwnWebsite(db: Db): Promise<string | null> {
  const row = await db.selectFrom('university_profile').select('website').where('id', '=', 1).executeTakeFirst();
  return row?.website || null;
}
