import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Photos of an event or a visit (issue 19), uploaded rather than linked: the bytes in `stored_files`
 * (content-checked JPG/PNG/WebP), one row per photo on its record; `is_news` marks the one the news item uses.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('engagement_photos')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('owner_kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.notNull().references('stored_files.id'))
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('is_news', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('engagement_photos_owner_idx')
    .on('engagement_photos')
    .columns(['owner_kind', 'owner_id'])
    .execute();
}
