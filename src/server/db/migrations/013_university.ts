import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * The university's own details (issue 14, item 7): one row (id 1) with its names, address, contacts and
 * logo, printed on the acceptance letter, the status report and mails. Versioned and audited like any
 * record; the row exists from the start (empty until an administrator or the demo seed fills it).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('university_profile')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name_zh', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('name_en', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('address_zh', 'varchar(300)', (c) => c.notNull().defaultTo(''))
    .addColumn('address_en', 'varchar(300)', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'varchar(40)', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('website', 'varchar(300)', (c) => c.notNull().defaultTo(''))
    .addColumn('logo_file_id', 'integer', (c) => c.references('stored_files.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addCheckConstraint('university_profile_singleton', sql`id = 1`)
    .execute();
  // An existing installation starts from its university unit's names.
  await sql`insert into university_profile (id, name_zh, name_en, updated_at)
    select 1, coalesce(max(name_zh), ''), coalesce(max(name_en), ''), ${new Date().toISOString()}
    from units where kind = 'university'`.execute(db);
}
