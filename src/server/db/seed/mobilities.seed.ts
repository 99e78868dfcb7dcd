import type { Db } from '../client.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** Demo mobilities (to be filled in by its module). */
export async function seedMobilities(_trx: Db, _ctx: SeedContext): Promise<void> {}
