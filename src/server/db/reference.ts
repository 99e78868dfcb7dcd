import { defaultCountryName, MINISTRY_NAME_SOURCE } from '#shared/country-names.js';
import { DEFAULT_COUNTRY_REGIONS } from '#shared/regions.data.js';
import type { Db } from './client.js';

const REGION_SOURCE = 'MoE default grouping (seeded); 其他亞洲地區 includes Oceania, Russia and Turkey';

/**
 * Reference data every installation needs: the country → MoE region table with the Ministry's names of
 * countries and areas (adds missing rows, and names where none is stored yet; edited names are kept).
 */
export async function seedReference(db: Db, now: string): Promise<void> {
  const stored = await db.selectFrom('country_regions').select(['country', 'name_zh']).execute();
  const existing = new Set(stored.map((r) => r.country));
  const named = (country: string) => ({
    name_zh: defaultCountryName(country, 'zh-TW'),
    name_en: defaultCountryName(country, 'en'),
    moe_code: country,
    name_source: MINISTRY_NAME_SOURCE,
  });
  const rows = Object.entries(DEFAULT_COUNTRY_REGIONS)
    .filter(([country]) => !existing.has(country))
    .map(([country, region]) => ({ country, region, source: REGION_SOURCE, updated_at: now, ...named(country) }));
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('country_regions')
      .values(rows.slice(i, i + 100))
      .execute();
  for (const r of stored.filter((s) => s.name_zh === null))
    await db.updateTable('country_regions').set(named(r.country)).where('country', '=', r.country).execute();
}
