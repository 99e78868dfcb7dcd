import type { Db } from '../client.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** Demo people (to be filled in by its module). */
export async function seedPeople(_trx: Db, _ctx: SeedContext): Promise<void> {}
