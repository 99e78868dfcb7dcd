import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSlaReminders } from '#server/modules/enquiries/sla-reminders.job.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';

type Field = { path: string; message: string };
const fieldOf = (res: { json: () => { error?: { fields?: Field[] } } }, path: string): Field | undefined =>
  (res.json().error?.fields ?? []).find((f) => f.path === path);

const question = (over: Record<string, unknown> = {}) => ({
  categoryCode: 'visa_residence',
  name: 'Maria Santos',
  email: `maria.${Math.random().toString(36).slice(2)}@example.org`,
  subject: 'Work permit for a part-time job',
  body: 'Can I work part-time while studying, and how do I apply for the permit?',
  locale: 'en',
  ...over,
});

describe.each(DIALECTS)('enquiry desk (%s)', (dialect) => {
  let t: TestApp;
  let as: Record<'admin' | 'iss' | 'ic' | 'coord' | 'vp', Client>;

  beforeAll(async () => {
    t = await setupApp(dialect, { PUBLIC_FORM_RATE_PER_HOUR: '1000' });
    as = {
      admin: await t.login(DEMO.admin),
      iss: await t.login(DEMO.oiaIss),
      ic: await t.login(DEMO.oia),
      coord: await t.login(DEMO.coordEng),
      vp: await t.login(DEMO.executive),
    };
  });
  afterAll(() => t.close());

  const mailsTo = (to: string) =>
    t.db.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).orderBy('id').execute();
  async function ask(over: Record<string, unknown> = {}) {
    const body = question(over);
    const res = await t.anon.post('/api/public/enquiries', body);
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.db.db
      .selectFrom('enquiries')
      .selectAll()
      .where('reference', '=', res.json().reference)
      .executeTakeFirstOrThrow();
    return { body, reference: res.json().reference as string, row };
  }

  it('takes a question without sign-in, routes it by category and acknowledges it by mail', async () => {
    const cats = (await t.anon.get('/api/public/enquiry-categories')).json().items;
    expect(cats.map((c: { code: string }) => c.code)).toContain('visa_residence');
    expect(Object.keys(cats[0]).sort()).toEqual(['code', 'nameEn', 'nameZh']); // never the routing
    const { body, reference, row } = await ask();
    expect(reference).toMatch(/^Q\d{6}-\d{4,}$/);
    const iss = await t.db.db.selectFrom('units').select('id').where('code', '=', 'OIA-ISS').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ unit_id: iss.id, status: 'new', source: 'web', locale: 'en' });
    expect(row.first_response_due > row.received_at.slice(0, 10)).toBe(true);
    const [mail] = await mailsTo(body.email);
    expect(mail?.subject).toContain(reference);
    expect(mail?.body_text).toContain(row.first_response_due);
    // in Chinese for a question asked in Chinese
    const zh = await ask({ locale: 'zh-TW', categoryCode: 'mandarin' });
    expect((await mailsTo(zh.body.email))[0]?.subject).toContain('已收到您的問題');
  });

  it('keeps nothing from a robot that fills the honeypot, and refuses oversized or invalid questions', async () => {
    const before = await t.db.db.selectFrom('enquiries').select('id').execute();
    const bot = question({ website: 'http://spam.example' });
    const res = await t.anon.post('/api/public/enquiries', bot);
    expect(res.statusCode).toBe(201);
    expect(res.json().reference).toMatch(/^Q/);
    expect(await t.db.db.selectFrom('enquiries').select('id').execute()).toHaveLength(before.length);
    expect(await mailsTo(bot.email)).toHaveLength(0);

    const long = await t.anon.post('/api/public/enquiries', question({ body: 'x'.repeat(5001) }), { locale: 'zh-TW' });
    expect(long.statusCode).toBe(400);
    expect(fieldOf(long, 'body')?.message).toMatch(/[\u4e00-\u9fff]/);
    const huge = await t.anon.post('/api/public/enquiries', question({ body: 'x'.repeat(20_000) }));
    expect(huge.statusCode).toBe(413);
    const bad = await t.anon.post('/api/public/enquiries', question({ categoryCode: 'nope', email: 'not-mail' }));
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad, 'email')).toBeDefined();
    const unknown = await t.anon.post('/api/public/enquiries', question({ categoryCode: 'nope' }), { locale: 'en' });
    expect(fieldOf(unknown, 'categoryCode')?.message).toBe('Choose a valid category.');
    const extra = await t.anon.post('/api/public/enquiries', { ...question(), unitId: 1 });
    expect(extra.statusCode).toBe(400); // no routing from outside
  });

  it('limits the public forms per address', async () => {
    const strict = await setupApp(dialect, { PUBLIC_FORM_RATE_PER_HOUR: '2' });
    try {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await strict.anon.post('/api/public/enquiries', question())).statusCode);
      expect(codes).toEqual([201, 201, 429]);
    } finally {
      await strict.close();
    }
  });

  it("shows a division only its own enquiries, the enquirer's e-mail only on the record", async () => {
    const { row } = await ask();
    const issList = (await as.iss.get('/api/v1/enquiries?pageSize=200')).json();
    expect(issList.items.map((e: { id: number }) => e.id)).toContain(row.id);
    expect(JSON.stringify(issList)).not.toContain(row.email);
    const icList = (await as.ic.get('/api/v1/enquiries?pageSize=200')).json();
    expect(icList.items.map((e: { id: number }) => e.id)).not.toContain(row.id);
    expect((await as.ic.get(`/api/v1/enquiries/${row.id}`)).statusCode).toBe(403);
    expect((await as.coord.get(`/api/v1/enquiries/${row.id}`)).statusCode).toBe(403);
    expect((await as.vp.get(`/api/v1/enquiries/${row.id}`)).statusCode).toBe(403);
    const one = await as.iss.get(`/api/v1/enquiries/${row.id}`);
    expect(one.json()).toMatchObject({ email: row.email, firstResponse: 'due', resolution: 'due' });
    expect((await as.admin.get(`/api/v1/enquiries/${row.id}`)).statusCode).toBe(200);
  });

  it("logs every read of an enquirer's name and e-mail, like any personal-data read, and none that was refused", async () => {
    const { row } = await ask();
    const reads = () =>
      t.db.db
        .selectFrom('pii_access_log as l')
        .innerJoin('users as u', 'u.id', 'l.user_id')
        .select(['u.email', 'l.field', 'l.action'])
        .where('l.detail', '=', `enquiry:${row.id}`)
        .orderBy('l.id')
        .execute();
    expect(await reads()).toEqual([]);
    await as.iss.get('/api/v1/enquiries?pageSize=200');
    expect(await reads()).toEqual([{ email: DEMO.oiaIss, field: 'enquirerName', action: 'reveal' }]);
    await as.ic.get(`/api/v1/enquiries/${row.id}`); // 403: nothing was read
    await as.iss.get(`/api/v1/enquiries/${row.id}`);
    expect((await reads()).map((r) => r.field)).toEqual(['enquirerName', 'enquirerNameEmail']);
  });

  it('assigns within the division, keeps notes internal, mails replies with a rating link', async () => {
    const { body, row } = await ask();
    const url = `/api/v1/enquiries/${row.id}`;
    const e = (await as.iss.get(url)).json();
    const icUser = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO.oia)
      .executeTakeFirstOrThrow();
    const wrong = await as.iss.post(`${url}/assign`, { assigneeId: icUser.id, version: e.version });
    expect(fieldOf(wrong, 'assigneeId')).toBeDefined();
    const me = e.assignable[0].id;
    const assigned = (await as.iss.post(`${url}/assign`, { assigneeId: me, version: e.version })).json();
    expect(assigned).toMatchObject({ assigneeId: me, status: 'open', version: e.version + 1 });

    const noted = await as.iss.post(`${url}/notes`, { body: 'Checked with the Ministry of Labor.' });
    expect(noted.json().messages.map((m: { kind: string }) => m.kind)).toEqual(['note']);
    expect(await mailsTo(body.email)).toHaveLength(1); // the acknowledgement only

    const stale = await as.iss.post(`${url}/replies`, { body: 'Yes.', close: false, version: e.version });
    expect(stale.statusCode).toBe(409);
    const replied = await as.iss.post(`${url}/replies`, {
      body: 'Yes: up to 20 hours a week with a work permit.',
      close: false,
      version: assigned.version,
    });
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json()).toMatchObject({ status: 'answered', firstResponse: 'met' });
    const mails = await mailsTo(body.email);
    expect(mails).toHaveLength(2);
    const text = mails[1]?.body_text ?? '';
    expect(text).toContain('up to 20 hours a week');
    const token = /\/ask\/rate\?token=([\w-]+)/.exec(text)?.[1] as string;
    expect(token).toBeTruthy();

    expect((await t.anon.post('/api/public/enquiry-ratings', { token: `${token}x`, rating: 5 })).statusCode).toBe(404);
    expect((await t.anon.post('/api/public/enquiry-ratings', { token, rating: 6 })).statusCode).toBe(400);
    expect((await t.anon.post('/api/public/enquiry-ratings', { token, rating: 4, comment: 'Clear' })).statusCode).toBe(
      200,
    );
    expect((await t.anon.post('/api/public/enquiry-ratings', { token, rating: 1 })).statusCode).toBe(409);
    expect((await as.iss.get(url)).json()).toMatchObject({ rating: 4, ratingComment: 'Clear' });

    const closed = await as.iss.post(`${url}/close`, { version: replied.json().version });
    expect(closed.json()).toMatchObject({ status: 'closed', resolution: 'met' });
    const again = await as.iss.post(`${url}/replies`, { body: 'More', close: true, version: closed.json().version });
    expect(again.statusCode).toBe(409);
  });

  it('promotes an answer to the public FAQ, flagging a missing translation', async () => {
    const { row } = await ask();
    const entry = {
      categoryCode: 'visa_residence',
      questionZh: '在學期間可以打工嗎？',
      questionEn: '',
      answerZh: '持工作許可每週最多20小時。',
      answerEn: '',
      published: false,
    };
    const none = await as.iss.post(`/api/v1/enquiries/${row.id}/faq`, { ...entry, questionZh: '' });
    expect(fieldOf(none, 'questionZh')).toBeDefined();
    expect((await as.ic.post(`/api/v1/enquiries/${row.id}/faq`, entry)).statusCode).toBe(403);
    const made = await as.iss.post(`/api/v1/enquiries/${row.id}/faq`, entry);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ enquiryId: row.id, missing: ['en'], published: false });
    const publicIds = async () => (await t.anon.get('/api/public/faq')).json().items.map((f: { id: number }) => f.id);
    expect(await publicIds()).not.toContain(made.json().id);
    const published = await as.iss.put(`/api/v1/faq/${made.json().id}`, {
      ...entry,
      published: true,
      version: made.json().version,
    });
    expect(published.statusCode, published.body).toBe(200);
    const pub = (await t.anon.get('/api/public/faq')).json().items.find((f: { id: number }) => f.id === made.json().id);
    expect(pub).toMatchObject({ missing: ['en'], category: { code: 'visa_residence' } });
    expect(Object.keys(pub).sort()).toEqual(
      ['answerEn', 'answerZh', 'category', 'id', 'missing', 'questionEn', 'questionZh', 'updatedAt'].sort(),
    );
  });

  it('lets the office edit the routing and service levels as data', async () => {
    const cats = (await as.admin.get('/api/v1/enquiry-categories')).json().items;
    const visa = cats.find((c: { code: string }) => c.code === 'visa_residence');
    const ic = await t.db.db.selectFrom('units').select('id').where('code', '=', 'OIA-IC').executeTakeFirstOrThrow();
    const body = { ...visa, unitId: ic.id, firstResponseDays: 3, resolutionDays: 2 };
    delete body.code;
    const order = await as.admin.put('/api/v1/enquiry-categories/visa_residence', body);
    expect(fieldOf(order, 'resolutionDays')).toBeDefined();
    expect((await as.coord.put('/api/v1/enquiry-categories/visa_residence', body)).statusCode).toBe(403);
    const ok = await as.admin.put('/api/v1/enquiry-categories/visa_residence', { ...body, resolutionDays: 8 });
    expect(ok.json()).toMatchObject({ unitId: ic.id, firstResponseDays: 3 });
    const { row } = await ask();
    expect(row.unit_id).toBe(ic.id);
    // back as it was, for the other tests
    delete visa.code;
    await as.admin.put('/api/v1/enquiry-categories/visa_residence', visa);
  });

  it('reminds the division before a first reply is late, once', async () => {
    const { row } = await ask({ categoryCode: 'other' });
    const deps = t.app.deps;
    const first = await runSlaReminders(deps, { today: row.first_response_due });
    const mine = first.sent.filter((s) => s.id === row.id);
    expect(mine).toEqual([{ id: row.id, kind: 'first_response_due', recipients: [DEMO.oiaIss] }]);
    const second = await runSlaReminders(deps, { today: row.first_response_due });
    expect(second.sent.filter((s) => s.id === row.id)).toEqual([]);
    const early = await runSlaReminders(deps, { today: row.received_at.slice(0, 10) });
    expect(early.sent.filter((s) => s.id === row.id && s.kind === 'resolution_due')).toEqual([]);
  });

  it('counts volume, response times and service levels met for the divisions one may see', async () => {
    const year = new Date().getUTCFullYear();
    const q = `?from=${year - 1}-01-01&to=${year + 1}-12-31`;
    const all = (await as.admin.get(`/api/v1/enquiries/figures${q}`)).json();
    const iss = (await as.iss.get(`/api/v1/enquiries/figures${q}`)).json();
    const vp = (await as.vp.get(`/api/v1/enquiries/figures${q}`)).json();
    expect(all.volume).toBeGreaterThan(iss.volume);
    expect(vp.volume).toBe(all.volume);
    expect(all.byCategory.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(all.volume);
    expect(all.firstResponseMet).toBeGreaterThanOrEqual(2); // the demo's and this file's replies
    expect(all.averageRating).toBeGreaterThan(0);
    expect((await as.coord.get(`/api/v1/enquiries/figures${q}`)).statusCode).toBe(403);
    const reversed = await as.admin.get('/api/v1/enquiries/figures?from=2026-02-01&to=2026-01-01');
    expect(fieldOf(reversed, 'to')).toBeDefined();
  });
  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['enquiry', 'enquiry_category', 'enquiry_saved_reply', 'faq_entry']);
  });
});
