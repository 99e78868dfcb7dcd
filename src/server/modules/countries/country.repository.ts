import type { Db } from '#server/db/client.js';

const COLUMNS = ['country', 'region', 'name_zh', 'name_en', 'moe_code', 'name_source', 'version'] as const;

/** The country → region table with the Ministry's names (reference data, every signed-in user). */
export const findCountries = (db: Db) => db.selectFrom('country_regions').select(COLUMNS).orderBy('country').execute();

export const findCountry = (db: Db, country: string) =>
  db.selectFrom('country_regions').select(COLUMNS).where('country', '=', country).executeTakeFirst();

/** Country → stored Ministry names, for the tables and their xlsx. */
export async function countryNameMap(db: Db) {
  const rows = await db.selectFrom('country_regions').select(['country', 'name_zh', 'name_en']).execute();
  return new Map(rows.map((r) => [r.country, { nameZh: r.name_zh, nameEn: r.name_en }]));
}

/** Writes one row when its version is still `version`; returns the rows changed (0 = stale). */
export async function updateCountry(
  db: Db,
  country: string,
  version: number,
  values: {
    region: string;
    name_zh: string;
    name_en: string;
    moe_code: string | null;
    name_source: string;
    now: string;
  },
): Promise<number> {
  const { now, ...rest } = values;
  const res = await db
    .updateTable('country_regions')
    .set((eb) => ({ ...rest, updated_at: now, version: eb('version', '+', 1) }))
    .where('country', '=', country)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
