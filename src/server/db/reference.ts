import { DEFAULT_COUNTRY_REGIONS } from '#shared/regions.data.js';
import type { Db } from './client.js';

const REGION_SOURCE = 'MoE default grouping (seeded); 其他亞洲地區 includes Oceania, Russia and Turkey';

/** Reference data every installation needs: the country → MoE region table (adds missing rows only). */
export async function seedReference(db: Db, now: string): Promise<void> {
  const existing = new Set((await db.selectFrom('country_regions').select('country').execute()).map((r) => r.country));
  const rows = Object.entries(DEFAULT_COUNTRY_REGIONS)
    .filter(([country]) => !existing.has(country))
    .map(([country, region]) => ({ country, region, source: REGION_SOURCE, updated_at: now }));
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('country_regions')
      .values(rows.slice(i, i + 100))
      .execute();
}
