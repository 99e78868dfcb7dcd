import type { Db } from '#server/db/client.js';
import { SETTING_DEFAULTS, SETTING_KEYS } from '#server/modules/counting/settings.js';
import type { SeedContext } from './mobility-demo.seed.js';

/**
 * The counting settings as rows, each with its source (the defaults of modules/counting/settings.ts,
 * which also apply when a row is missing), so the settings page shows them as stored, versioned data.
 */
export async function seedCountingSettings(trx: Db, ctx: SeedContext): Promise<void> {
  const stored = new Set((await trx.selectFrom('report_settings').select('key').execute()).map((r) => r.key));
  const rows = SETTING_KEYS.filter((k) => !stored.has(k)).map((key) => ({
    key,
    value: JSON.stringify(SETTING_DEFAULTS[key].value),
    source_zh: SETTING_DEFAULTS[key].source.zh,
    source_en: SETTING_DEFAULTS[key].source.en,
    version: 1,
    updated_at: ctx.now,
  }));
  if (rows.length) await trx.insertInto('report_settings').values(rows).execute();
}
