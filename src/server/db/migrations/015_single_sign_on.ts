import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';
import { idColumn } from './001_init.js';

/**
 * Single sign-on (issue 15, docs/decisions/0019): identity providers an administrator keeps (OpenID
 * Connect or SAML; the client secret encrypted with the personal-data cipher), the link of an account to
 * its identity at a provider (keyed by the provider's slug, so providers from the environment link too),
 * the sign-ins under way (single use, short-lived), the provider a session came from (for logout), and
 * the one row of sign-in settings (local passwords for students and for staff).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('identity_providers')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('slug', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('protocol', 'varchar(10)', (c) => c.notNull())
    .addColumn('name_zh', 'varchar(100)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(100)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('config_json', 'text', (c) => c.notNull())
    .addColumn('secret_enc', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('user_identities')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('provider_slug', 'varchar(40)', (c) => c.notNull())
    .addColumn('subject', 'varchar(300)', (c) => c.notNull())
    .addColumn('linked_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('last_used_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('user_identities_subject_uq', ['provider_slug', 'subject'])
    .execute();
  await db.schema.createIndex('user_identities_user_idx').on('user_identities').column('user_id').execute();

  await db.schema
    .createTable('sso_logins')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('provider_slug', 'varchar(40)', (c) => c.notNull())
    .addColumn('nonce', 'varchar(100)')
    .addColumn('code_verifier', 'varchar(200)')
    .addColumn('request_id', 'varchar(100)')
    .addColumn('return_path', 'varchar(500)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sso_logins_expires_idx').on('sso_logins').column('expires_at').execute();

  await db.schema
    .createTable('sso_sessions')
    .addColumn('session_id', 'varchar(64)', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
    .addColumn('provider_slug', 'varchar(40)', (c) => c.notNull())
    .addColumn('id_token', 'text')
    .execute();

  await db.schema
    .createTable('sign_in_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('student_passwords', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('staff_passwords', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addCheckConstraint('sign_in_settings_singleton', sql`id = 1`)
    .execute();
  await sql`insert into sign_in_settings (id, updated_at) values (1, ${new Date().toISOString()})`.execute(db);
}
