/**
 * The fourth pass's lists (ADR 0035) for `tsx bench/explain.ts --lists`: a person's access log, a user's
 * notifications (all and unread), recruitment leads (all and one trip's) and calls, on the database
 * explain-lists.ts built, their demo rows copied the same way.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Db, DbHandle } from '#server/db/client.js';
import type { PageWindow } from '#server/lib/keyset.js';
import { COUNT_PROBE } from '#server/lib/paging.js';
import { findCalls } from '#server/modules/calls/call.repository.js';
import { findNotifications } from '#server/modules/notifications/notification.repository.js';
import { countAccessLog, findAccessLog } from '#server/modules/people/people.repository.js';
import { countLeads, findLeads } from '#server/modules/recruitment/lead.repository.js';

type Tools = {
  multiply: (
    db: Db,
    copy: { table: string; skip: string[]; set: (i: RawBuilder<unknown>) => Record<string, RawBuilder<unknown>> },
    copies: number,
  ) => Promise<void>;
  explain: (handle: DbHandle, title: string, run: (db: Db) => Promise<unknown>) => Promise<void>;
  after: <R>(
    find: (w: PageWindow) => Promise<{ nextCursor: string | null; rows: R[] }>,
  ) => Promise<unknown[] | undefined>;
  at: (handle: DbHandle, minutes: RawBuilder<unknown>) => RawBuilder<unknown>;
  day: (handle: DbHandle, days: RawBuilder<unknown>) => RawBuilder<unknown>;
};

export async function explainFourthPass(handle: DbHandle, copies: number, t: Tools) {
  const db = handle.db;
  const person = (await db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  const user = (await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  // The demo logs no reveal and raises few notifications: one row of each to copy.
  await db
    .insertInto('pii_access_log')
    .values({ user_id: user, person_id: person, field: 'passportNo', action: 'reveal', created_at: '2020-01-01' })
    .execute();
  await db
    .insertInto('notifications')
    .values({
      user_id: user,
      kind: 'agreement.expiry_90',
      params_json: '{}',
      dedupe_key: 'explain',
      created_at: '2020-01-01',
    })
    .execute();
  await t.multiply(db, { table: 'pii_access_log', skip: [], set: (i) => ({ created_at: t.at(handle, i) }) }, copies);
  await t.multiply(
    db,
    {
      table: 'notifications',
      skip: [],
      set: (i) => ({
        dedupe_key: sql`t.dedupe_key || '-' || ${i}`,
        read_at: sql`case when ${i} % 20 = 0 then null else t.created_at end`,
      }),
    },
    copies,
  );
  await t.multiply(
    db,
    { table: 'recruitment_leads', skip: [], set: (i) => ({ collected_on: t.day(handle, sql`${i} % 3650`) }) },
    Math.ceil(copies / 10),
  );
  await t.multiply(db, { table: 'calls', skip: [], set: () => ({}) }, Math.ceil(copies / 100));
  await sql`analyze`.execute(db);

  const a1 = await t.after((w) => findAccessLog(db, person, 'desc', w));
  await t.explain(handle, "a person's access log, page 1", (d) => findAccessLog(d, person, 'desc', { limit: 25 }));
  await t.explain(handle, "a person's access log, after a cursor", (d) =>
    findAccessLog(d, person, 'desc', { limit: 25, after: a1 }),
  );
  await t.explain(handle, "a person's access log, probe", (d) => countAccessLog(d, person, COUNT_PROBE));
  await t.explain(handle, 'notifications, all, page 1', (d) => findNotifications(d, user, false, { limit: 25 }));
  await t.explain(handle, 'notifications, unread, page 1', (d) => findNotifications(d, user, true, { limit: 25 }));
  const l1 = await t.after((w) => findLeads(db, {}, w));
  await t.explain(handle, 'leads, all, page 1', (d) => findLeads(d, {}, { limit: 25 }));
  await t.explain(handle, 'leads, all, after a cursor', (d) => findLeads(d, {}, { limit: 25, after: l1 }));
  await t.explain(handle, 'leads, probe', (d) => countLeads(d, {}, COUNT_PROBE));
  const trip = (
    await db.selectFrom('recruitment_leads').select('trip_id').where('trip_id', 'is not', null).executeTakeFirst()
  )?.trip_id;
  if (trip) await t.explain(handle, "one trip's leads, page 1", (d) => findLeads(d, { tripId: trip }, { limit: 25 }));
  await t.explain(handle, 'calls, page 1', (d) => findCalls(d, {}, 'desc', { limit: 25 }));
}
