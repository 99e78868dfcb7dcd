import type { Db } from '../client.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** Demo data: being built. */
export async function seedActivities(_trx: Db, _ctx: SeedContext): Promise<void> {}
