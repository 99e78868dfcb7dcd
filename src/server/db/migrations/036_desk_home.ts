import type { Kysely } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * An enquiry that came in by mail (IMAP intake, issue 20) keeps the mail's Message-ID: fetching the same
 * mailbox again — after a crash between storing the enquiry and marking the mail seen — adds nothing twice.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('enquiries').addColumn('message_id', 'varchar(300)').execute();
  await db.schema.createIndex('enquiries_message_id_unique').on('enquiries').column('message_id').unique().execute();
}
