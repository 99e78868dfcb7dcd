import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * A partner's SCHAC code (its internet domain, e.g. "uw.edu.pl"): how Erasmus Without Paper names an
 * institution (hei-id) in the IIA files we exchange (issue 22, docs/decisions/0029). Optional; two
 * partners cannot share one.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('partners').addColumn('schac', 'text').execute();
  await db.schema.createIndex('partners_schac_unique').on('partners').column('schac').unique().execute();
}
