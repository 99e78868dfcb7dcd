import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectWalksAgree, ORDERS, type Page, SIZE } from '#tests/setup/keyset-walk.js';

// The lists of issue 24's third pass (ADR 0035), walked by cursor in every sort and direction: each row
// once, in the same order as the page numbers give, as many as the exact total. Ties are made first
// (equal received times, start dates, ranks and names), since a cursor that lost its tie-breaker would
// skip or repeat rows only there.

describe.each(DIALECTS)('keyset-paged lists, third pass (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let oia: Client;
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    oia = await t.login(DEMO.oia);
  });
  afterAll(() => t.close());

  /** Gives every other row of `table` the same value of `column` (the first row's): ties to page across. */
  /** Copies of a list's rows (never the id nor the link to an activity; every third archived): several pages. */
  async function copyRows(table: 'events' | 'visits' | 'recruitment_trips') {
    const rows: Record<string, unknown>[] = await t.db.db.selectFrom(table).selectAll().execute();
    for (const [i, { id: _id, ...row }] of rows.entries()) {
      const copy: Record<string, unknown> = { ...row, ...('activity_id' in row ? { activity_id: null } : {}) };
      if (i % 3 === 0 && 'archived_at' in row) copy.archived_at = new Date().toISOString();
      await t.db.db
        .insertInto(table)
        .values(copy as never)
        .execute();
    }
  }

  async function tie(
    table: 'enquiries' | 'events' | 'visits' | 'recruitment_trips',
    column: 'received_at' | 'start_date',
  ) {
    const rows = await t.db.db.selectFrom(table).select(['id', column]).orderBy('id').execute();
    const first = rows[0] as Record<string, unknown> | undefined;
    expect(first, `${table} has rows`).toBeDefined();
    const ids = rows.filter((_, i) => i % 2 === 0).map((r) => r.id);
    await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${first?.[column]} where id in (${sql.join(ids)})`.execute(
      t.db.db,
    );
  }

  it('the enquiry queue, all and by status, received times tied', async () => {
    await tie('enquiries', 'received_at');
    await expectWalksAgree(admin, '/api/v1/enquiries?order=desc');
    const first: Page = (await admin.get('/api/v1/enquiries?pageSize=1')).json();
    expect(first.totalExact).toBe(true); // the probe: exact below 1,000
    await expectWalksAgree(admin, '/api/v1/enquiries?mine=false');
  });

  it('the outbox, every status and each one', async () => {
    // Ties are impossible here (the order is the id): more mails make more pages, in two statuses.
    for (let i = 0; i < 8; i++) {
      const mail = { to: `k${i}@example.org`, locale: 'en', subject: `s${i}`, text: 'x', html: null };
      await enqueueMail(t.db.db, { ...mail, dedupeKey: `keyset-2-${i}` }, new Date().toISOString());
    }
    await t.db.db.updateTable('mail_outbox').set({ status: 'failed' }).where('to_address', 'like', 'k_@%').execute();
    await expectWalksAgree(admin, '/api/v1/mail/outbox?x=1');
    const statuses = await t.db.db.selectFrom('mail_outbox').select('status').distinct().execute();
    for (const { status } of statuses) {
      const n = (await admin.get(`/api/v1/mail/outbox?status=${status}&count=exact`)).json().total;
      if (n > SIZE) await expectWalksAgree(admin, `/api/v1/mail/outbox?status=${status}`);
    }
  });

  it("a call's applications: every sort and direction, ranks and names tied, some empty", async () => {
    const busiest = await t.db.db
      .selectFrom('applications')
      .select(['call_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '<>', 'draft')
      .groupBy('call_id')
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    const apps = await t.db.db
      .selectFrom('applications')
      .select(['id', 'person_id'])
      .where('call_id', '=', busiest.call_id)
      .orderBy('id')
      .execute();
    const [a, b, c, d] = apps;
    expect(d).toBeDefined();
    const ids = (xs: (typeof a)[]) => xs.map((x) => x?.id ?? 0);
    await t.db.db
      .updateTable('applications')
      .set({ rank: 1 })
      .where('id', 'in', ids([a, b]))
      .execute();
    await t.db.db
      .updateTable('applications')
      .set({ rank: null })
      .where('id', 'in', ids([c, d]))
      .execute();
    const persons = [a, b, c].map((x) => x?.person_id ?? 0);
    await t.db.db.updateTable('people').set({ name_en: 'Same Name' }).where('id', 'in', persons).execute();
    await t.db.db
      .updateTable('people')
      .set({ name_en: null })
      .where('id', '=', d?.person_id ?? 0)
      .execute();
    for (const sort of ['id', 'rank', 'name', 'submitted_at'])
      for (const order of ORDERS)
        await expectWalksAgree(oia, `/api/v1/calls/${busiest.call_id}/applications?sort=${sort}&order=${order}`);
    for (const order of ORDERS) await expectWalksAgree(oia, `/api/v1/applications?order=${order}`);
  });

  it('users, by e-mail both ways', async () => {
    for (const order of ORDERS) await expectWalksAgree(admin, `/api/v1/users?order=${order}`);
  });

  it('events and visits, by start date both ways, archived included, start dates tied', async () => {
    for (const list of ['events', 'visits'] as const) {
      for (let round = 0; round < 3; round++) await copyRows(list);
      await tie(list, 'start_date');
    }
    for (const list of ['events', 'visits'])
      for (const order of ORDERS)
        for (const archived of ['exclude', 'include'])
          await expectWalksAgree(oia, `/api/v1/${list}?order=${order}&archived=${archived}`);
  });

  it('activities: every sort, direction and (for the title) language, titles tied and missing', async () => {
    const rows = await t.db.db.selectFrom('activities').select('id').orderBy('id').execute();
    const ids = rows.map((r) => r.id);
    await t.db.db
      .updateTable('activities')
      .set({ title_zh: '同名', title_en: 'Same' })
      .where('id', 'in', ids.slice(0, 3))
      .execute();
    await t.db.db.updateTable('activities').set({ title_zh: null }).where('id', 'in', ids.slice(3, 5)).execute();
    for (const sort of ['start_date', 'title', 'kind', 'updated'])
      for (const order of ORDERS)
        for (const locale of sort === 'title' ? ['zh-TW', 'en'] : ['zh-TW'])
          await expectWalksAgree(oia, `/api/v1/activities?sort=${sort}&order=${order}`, locale);
  });

  it('recruitment trips, newest first, start dates tied', async () => {
    for (let round = 0; round < 3; round++) await copyRows('recruitment_trips');
    await tie('recruitment_trips', 'start_date');
    await expectWalksAgree(oia, '/api/v1/recruitment/trips?x=1');
  });

  it('refuses a cursor of another list (a different key width) and one that is not ours', async () => {
    const users: Page = (await admin.get('/api/v1/users?pageSize=1')).json();
    const cursor = encodeURIComponent(users.nextCursor as string);
    expect((await admin.get(`/api/v1/mail/outbox?cursor=${cursor}`)).statusCode).toBe(400);
    expect((await oia.get('/api/v1/events?cursor=k1.bm9wZQ')).statusCode).toBe(400);
  });
});
