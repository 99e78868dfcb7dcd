import type { Db } from '../client.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** Demo checklist (to be filled in by its module). */
export async function seedChecklist(_trx: Db, _ctx: SeedContext): Promise<void> {}
