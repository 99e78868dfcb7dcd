import type { Db } from '#server/db/client.js';
import { seedActivities } from './activities.seed.js';
import { seedCountingSettings } from './counting-settings.seed.js';
import { seedIndicators } from './indicators.seed.js';
import type { SeedContext } from './mobility-demo.seed.js';
import { seedStatusReportDemo } from './status-report.seed.js';

/**
 * Counting settings (with their sources), college activities, indicator definitions with targets,
 * reporting periods and a few submissions, saved reports — after the mobility demo, in one transaction.
 */
export async function seedReportingDemo(trx: Db, ctx: SeedContext): Promise<void> {
  await seedCountingSettings(trx, ctx);
  await seedActivities(trx, ctx);
  await seedIndicators(trx, ctx);
  await seedStatusReportDemo(trx, ctx);
}
