import { type Kysely, sql } from 'kysely';
import type { Dialect } from '#server/db/client.js';

/**
 * Indexes for the lists converted to keyset paging in issue 24's fourth pass (ADR 0035), each ending in
 * the id that breaks ties, so that a page is a range read of the index instead of a sort of every match:
 * - a user's unread notifications, newest first (the bell's count and the "unread" filter read only the
 *   unread rows instead of every notification the user ever had; all of them come from 002's
 *   `notifications_user_idx (user_id, id)`).
 * - recruitment leads, newest collected first: all of them and one trip's (the trip page's list).
 * - calls, live, by deadline (the list's only sort).
 * A person's access log pages by 006's `pii_access_person_idx (person_id, id)`.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  for (const statement of [
    sql`create index notifications_unread_idx on notifications (user_id, id) where read_at is null`,
    sql`create index recruitment_leads_collected_idx on recruitment_leads (collected_on, id)`,
    sql`create index recruitment_leads_trip_collected_idx on recruitment_leads (trip_id, collected_on, id)`,
    sql`create index calls_live_deadline_idx on calls (deadline, id) where archived_at is null`,
  ])
    await statement.execute(db);
}
