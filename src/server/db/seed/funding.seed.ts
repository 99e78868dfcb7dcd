import type { Db } from '../client.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** Demo funding (to be filled in by its module). */
export async function seedFunding(_trx: Db, _ctx: SeedContext): Promise<void> {}
