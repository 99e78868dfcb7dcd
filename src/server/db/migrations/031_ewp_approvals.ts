import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Erasmus Without Paper, issue 22 items 2–3 (docs/decisions/0033): partners' copies of an agreement as
 * uploaded IIA files, the differences kept our way, approvals "as of hash H", and our own factsheet.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  await db.schema
    .createTable('ewp_partner_copies')
    .addColumn('id', 'integer', id)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreements.id'))
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('partner_hei_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('partner_iia_id', 'varchar(255)')
    .addColumn('stated_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('valid_for_approval', 'integer', (c) => c.notNull())
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('xml', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'integer', (c) => c.references('users.id'))
    .addColumn('imported_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ewp_partner_copies_agreement_idx')
    .on('ewp_partner_copies')
    .columns(['agreement_id', 'id'])
    .execute();
  await db.schema
    .createTable('ewp_kept_differences')
    .addColumn('copy_id', 'integer', (c) => c.notNull().references('ewp_partner_copies.id'))
    .addColumn('difference_id', 'varchar(200)', (c) => c.notNull())
    .addColumn('kept_by', 'integer', (c) => c.references('users.id'))
    .addColumn('kept_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('ewp_kept_differences_pk', ['copy_id', 'difference_id'])
    .execute();
  await db.schema
    .createTable('ewp_approvals')
    .addColumn('id', 'integer', id)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreements.id'))
    .addColumn('copy_id', 'integer', (c) => c.notNull().references('ewp_partner_copies.id'))
    .addColumn('their_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('our_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('approved_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ewp_approvals_agreement_idx')
    .on('ewp_approvals')
    .columns(['agreement_id', 'id'])
    .execute();
  await db.schema
    .createTable('own_factsheet')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .execute();
}
