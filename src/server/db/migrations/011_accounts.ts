import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Accounts (issue 14.3): one-time links that set a password — an administrator's invitation or a
 * "forgot password" request — and the log of reset requests that rate-limits them per e-mail and per IP.
 * A user's person record stays linked by people.user_id (unique since 006): one link, not two.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = idColumn(dialect);
  await db.schema
    .createTable('account_tokens')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'varchar(10)', (c) => c.notNull()) // 'invite' | 'reset'
    // sha256 of the token in the link: a leaked table hands out no passwords.
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('used_at', 'varchar(30)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('account_tokens_user_idx').on('account_tokens').column('user_id').execute();

  await db.schema
    .createTable('reset_requests')
    .addColumn('id', 'integer', id)
    .addColumn('email', 'varchar(200)', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reset_requests_email_idx')
    .on('reset_requests')
    .columns(['email', 'created_at'])
    .execute();
  await db.schema.createIndex('reset_requests_ip_idx').on('reset_requests').columns(['ip', 'created_at']).execute();
  // Each request purges rows older than the window: without this the purge reads the whole table.
  await db.schema.createIndex('reset_requests_created_idx').on('reset_requests').column('created_at').execute();
}
