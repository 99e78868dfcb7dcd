import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectWalksAgree, ORDERS, type Page } from '#tests/setup/keyset-walk.js';

// The lists of issue 24's fourth pass (ADR 0035), walked by cursor in every sort and direction: each row
// once, in the same order as the page numbers give, as many as the exact total. Ties are made first where
// the sort has a key before the id, since a cursor that lost its tie-breaker would skip or repeat rows there.

describe.each(DIALECTS)('keyset-paged lists, fourth pass (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  it("a person's personal-data access log, both ways, with the probe and count=exact", async () => {
    const person = await t.db.db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow();
    const user = await t.db.db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow();
    const at = new Date().toISOString();
    const rows = Array.from({ length: 11 }, (_, i) => ({
      user_id: user.id,
      person_id: person.id,
      field: i % 2 ? 'passportNo' : 'arcNo',
      action: 'reveal' as const,
      detail: null,
      ip: null,
      created_at: at, // every entry at the same time: the id alone orders them
    }));
    await t.db.db.insertInto('pii_access_log').values(rows).execute();
    const path = `/api/v1/people/${person.id}/access-log`;
    for (const order of ORDERS) await expectWalksAgree(admin, `${path}?order=${order}`);
    const first: Page = (await admin.get(`${path}?pageSize=1`)).json();
    expect(first.totalExact).toBe(true); // the probe: exact below 1,000
    expect(first.nextCursor).not.toBeNull();
  });

  it('my notifications, all and unread only, newest first', async () => {
    const me = await t.db.db.selectFrom('users').select('id').where('email', '=', DEMO.admin).executeTakeFirstOrThrow();
    const at = new Date().toISOString();
    const rows = Array.from({ length: 14 }, (_, i) => ({
      user_id: me.id,
      kind: 'agreement.expiry_90',
      entity_type: 'agreement',
      entity_id: 1000 + (i % 4),
      params_json: '{}',
      dedupe_key: `keyset-3-${i}`,
      read_at: i % 3 === 0 ? at : null,
      created_at: at,
    }));
    await t.db.db.insertInto('notifications').values(rows).execute();
    for (const unread of ['false', 'true']) await expectWalksAgree(admin, `/api/v1/notifications?unread=${unread}`);
    const first: Page = (await admin.get('/api/v1/notifications?pageSize=1')).json();
    expect(first.totalExact).toBe(true); // counted exactly: one user's rows
  });

  it('recruitment leads, all and one trip, collection dates tied', async () => {
    const oia = await t.login(DEMO.oia);
    const leads = await t.db.db.selectFrom('recruitment_leads').selectAll().orderBy('id').execute();
    expect(leads.length, 'the demo has leads').toBeGreaterThan(0);
    const trip = await t.db.db.selectFrom('recruitment_trips').select('id').orderBy('id').executeTakeFirstOrThrow();
    for (let round = 0; round < 4; round++)
      for (const { id: _id, ...lead } of leads)
        await t.db.db
          .insertInto('recruitment_leads')
          .values({ ...lead, trip_id: round % 2 ? trip.id : lead.trip_id })
          .execute();
    const all = await t.db.db.selectFrom('recruitment_leads').select(['id', 'collected_on']).orderBy('id').execute();
    const tied = all.filter((_, i) => i % 2 === 0).map((r) => r.id);
    await t.db.db
      .updateTable('recruitment_leads')
      .set({ collected_on: all[0]?.collected_on ?? '2026-01-01' })
      .where('id', 'in', tied)
      .execute();
    await expectWalksAgree(oia, '/api/v1/recruitment/leads?x=1');
    await expectWalksAgree(oia, `/api/v1/recruitment/leads?tripId=${trip.id}`);
  });

  it('calls, by deadline both ways, deadlines tied, for staff and for a student', async () => {
    const oia = await t.login(DEMO.oia);
    const student = await t.login(DEMO.student);
    const calls = await t.db.db.selectFrom('calls').selectAll().orderBy('id').execute();
    for (let round = 0; round < 3; round++)
      for (const [i, { id: _id, ...call }] of calls.entries())
        await t.db.db
          .insertInto('calls')
          .values({ ...call, status: i % 2 ? 'open' : call.status })
          .execute();
    const all = await t.db.db.selectFrom('calls').select(['id', 'deadline']).orderBy('id').execute();
    await t.db.db
      .updateTable('calls')
      .set({ deadline: all[0]?.deadline ?? '2026-01-01T00:00:00.000Z' })
      .where(
        'id',
        'in',
        all.filter((_, i) => i % 2 === 0).map((r) => r.id),
      )
      .execute();
    for (const order of ORDERS) {
      await expectWalksAgree(oia, `/api/v1/calls?order=${order}`);
      await expectWalksAgree(student, `/api/v1/calls?order=${order}`);
    }
  });
});
