import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * The organisation as the administrator keeps it (issue 14.2): the Ministry's department code
 * (系所代碼), the program types (學制班別) a department offers (a JSON array of PROGRAM_TYPES) and
 * whether the unit is still in use. Units that records point to are deactivated, never deleted.
 * `kind` and `version` were there from 001.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('units').addColumn('moe_code', 'varchar(20)').execute();
  await db.schema
    .alterTable('units')
    .addColumn('program_types', 'varchar(400)', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('units')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('units_parent_idx').on('units').column('parent_id').execute();
}
