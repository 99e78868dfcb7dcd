import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * Mail people keep reading (issue 14.6): per-user mail preferences per notification topic (a missing row
 * means the default, 'digest'), and on each notification whether its mail waits for the daily digest:
 * mail_digest is 'pending' until a digest includes it, then the Asia/Taipei date of that digest; null when
 * the notification was mailed on its own or not at all.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('topic', 'varchar(40)', (c) => c.notNull())
    .addColumn('mode', 'varchar(10)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'topic'])
    .execute();
  await db.schema.alterTable('notifications').addColumn('mail_digest', 'varchar(10)').execute();
  await db.schema
    .createIndex('notifications_digest_idx')
    .on('notifications')
    .columns(['mail_digest', 'user_id'])
    .execute();
}
