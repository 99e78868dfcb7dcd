import type { Db } from '#server/db/client.js';
import type { PiiCipher } from '#server/lib/pii.js';
import { seedCalls } from './calls.seed.js';
import { seedChecklist } from './checklist.seed.js';
import { seedFunding } from './funding.seed.js';
import { seedMobilities } from './mobilities.seed.js';
import { seedPeople } from './people.seed.js';

/** What every demo seed step gets: the time, unit code → id, and the personal-data cipher. */
export type SeedContext = { now: string; unit: (code: string) => number; pii: PiiCipher };

/**
 * People, mobility records, funding programs with their awards, an outbound call with applications and the inbound
 * checklists — in dependency order, inside the demo transaction.
 */
export async function seedMobilityDemo(trx: Db, ctx: SeedContext): Promise<void> {
  await seedPeople(trx, ctx);
  await seedMobilities(trx, ctx);
  await seedFunding(trx, ctx);
  await seedCalls(trx, ctx);
  await seedChecklist(trx, ctx);
}
