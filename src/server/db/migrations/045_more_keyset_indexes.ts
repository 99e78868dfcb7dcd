import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * Indexes for the lists converted to keyset paging in issue 24's third pass (ADR 0035): each serves a
 * list's filter and sort, ending in the id that breaks ties, so that a page (page 1, or after a cursor)
 * is a range read of the index instead of a sort of every match.
 * - the enquiry queue, newest first: across every division (administrators) and within one division
 *   (`unit_id = ?`, a desk's staff);
 * - the outbox filtered by status, newest first (unfiltered it pages by its primary key);
 * - a call's applications in id order (the default; the other sorts order a call's rows, a few thousand);
 * - events and visits, live rows by start date (the lists' default).
 * Users page by e-mail address from the column's unique index.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  for (const statement of [
    sql`create index enquiries_received_idx on enquiries (received_at, id)`,
    sql`create index enquiries_unit_received_idx on enquiries (unit_id, received_at, id)`,
    sql`create index mail_outbox_status_id_idx on mail_outbox (status, id)`,
    sql`create index applications_call_id_idx on applications (call_id, id)`,
    sql`create index events_live_start_idx on events (start_date, id) where archived_at is null`,
    sql`create index visits_live_start_idx on visits (start_date, id) where archived_at is null`,
  ])
    await statement.execute(db);
}
