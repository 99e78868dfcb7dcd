import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { RESOURCE_CATEGORY_SEED } from '#shared/resources.js';
import { idColumn } from './001_init.js';

/**
 * The public portal and the resource center (issue 20, docs/decisions/0026). Everything the portal shows
 * is opted in row by row: a news item or a partner's public profile with `published = 1`, a testimonial
 * staff approved after the student consented. Resources keep every uploaded version; the item points at
 * the current one.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  const stamps = (t: ReturnType<typeof db.schema.createTable>) =>
    t
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull());

  await stamps(
    db.schema
      .createTable('portal_news')
      .addColumn('id', 'integer', id)
      .addColumn('title_zh', 'varchar(200)')
      .addColumn('title_en', 'varchar(200)')
      .addColumn('body_zh', 'text')
      .addColumn('body_en', 'text')
      .addColumn('photo_file_id', 'integer', (c) => c.references('stored_files.id'))
      .addColumn('photo_alt_zh', 'varchar(200)')
      .addColumn('photo_alt_en', 'varchar(200)')
      .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('published_on', 'varchar(10)')
      .addColumn('created_by', 'integer', (c) => c.references('users.id')),
  ).execute();
  await db.schema
    .createIndex('portal_news_published_idx')
    .on('portal_news')
    .columns(['published', 'published_on'])
    .execute();

  await db.schema
    .createTable('portal_partner_profiles')
    .addColumn('partner_id', 'integer', (c) => c.primaryKey().references('partners.id'))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('summary_zh', 'text')
    .addColumn('summary_en', 'text')
    .addColumn('term_dates_zh', 'varchar(1000)')
    .addColumn('term_dates_en', 'varchar(1000)')
    .addColumn('catalogue_url', 'varchar(500)')
    .addColumn('contact_office', 'varchar(200)')
    .addColumn('contact_email', 'varchar(200)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await stamps(
    db.schema
      .createTable('portal_testimonials')
      .addColumn('id', 'integer', id)
      .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
      .addColumn('first_name', 'varchar(60)')
      .addColumn('program', 'varchar(120)')
      .addColumn('academic_year', 'integer')
      .addColumn('text_zh', 'text')
      .addColumn('text_en', 'text')
      .addColumn('consented', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('approved', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('approved_by', 'integer', (c) => c.references('users.id')),
  ).execute();
  await db.schema
    .createIndex('portal_testimonials_partner_idx')
    .on('portal_testimonials')
    .column('partner_id')
    .execute();

  await stamps(
    db.schema
      .createTable('resource_categories')
      .addColumn('id', 'integer', id)
      .addColumn('code', 'varchar(40)', (c) => c.notNull().unique())
      .addColumn('name_zh', 'varchar(100)', (c) => c.notNull())
      .addColumn('name_en', 'varchar(100)', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('archived_at', 'varchar(30)'),
  ).execute();

  await stamps(
    db.schema
      .createTable('resource_items')
      .addColumn('id', 'integer', id)
      .addColumn('category_id', 'integer', (c) => c.notNull().references('resource_categories.id'))
      .addColumn('kind', 'varchar(10)', (c) => c.notNull())
      .addColumn('title_zh', 'varchar(200)')
      .addColumn('title_en', 'varchar(200)')
      .addColumn('description_zh', 'text')
      .addColumn('description_en', 'text')
      .addColumn('languages', 'varchar(10)', (c) => c.notNull())
      .addColumn('url', 'varchar(500)')
      .addColumn('audience', 'varchar(10)', (c) => c.notNull())
      .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
      .addColumn('tags', 'varchar(500)', (c) => c.notNull().defaultTo(''))
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('agreement_kind', 'varchar(40)')
      .addColumn('owner_id', 'integer', (c) => c.references('users.id'))
      .addColumn('review_on', 'varchar(10)')
      .addColumn('current_version_id', 'integer')
      .addColumn('archived_at', 'varchar(30)'),
  ).execute();
  await db.schema.createIndex('resource_items_category_idx').on('resource_items').column('category_id').execute();
  await db.schema.createIndex('resource_items_review_idx').on('resource_items').column('review_on').execute();

  await db.schema
    .createTable('resource_versions')
    .addColumn('id', 'integer', id)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('resource_items.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.notNull().references('stored_files.id'))
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('resource_versions_number_uq', ['item_id', 'number'])
    .execute();

  // The eight categories of the office's staff area (教職員專區); staff rename, add and archive them.
  const now = new Date().toISOString();
  await db
    .insertInto('resource_categories' as never)
    .values(
      RESOURCE_CATEGORY_SEED.map((c, i) => ({ ...c, sort_order: i + 1, created_at: now, updated_at: now })) as never,
    )
    .execute();
}
