import type { Db } from '#server/db/client.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** Demo data: being built. */
export async function seedStatusReportDemo(_trx: Db, _ctx: SeedContext): Promise<void> {}
