import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { createOutboundFacts } from '../outbound-facts.js';

/**
 * Issue 24, item 3 (docs/decisions/0043): Ministry table 2 (學5) reads kept figures. `outbound_student_facts`
 * (one row per combination of what the table filters and groups by, the person's domestic identity
 * included) and `outbound_student_fact_rows` (the fact each outbound student record is counted in), kept by
 * triggers on `mobilities` and on `people`; built here from the existing records.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await createOutboundFacts(db as Kysely<any>, dialect);
}
