import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAgreementReminders } from '#server/modules/agreements/agreement-reminders.job.js';
import { insertNotification } from '#server/modules/notifications/notification.repository.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { insertAgreement, jobDeps, userId } from './reminder-fixtures.js';

describe.each(DIALECTS)('notifications API (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coordEng: Client;
  let agreementId: number;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    coordEng = await t.login(DEMO.coordEng);
    agreementId = await insertAgreement(t.db.db, {
      title: 'Engineering exchange with Kyoto',
      titleZh: '京都工學交換協議',
      endDate: '2030-03-31',
      noticeDate: '2029-09-30',
      owningUnit: 'ENG',
    });
    await runAgreementReminders(jobDeps(t), { today: '2030-03-01' }); // notice + 30 days
  });
  afterAll(() => t.close());

  const mine = (c: Client, query = '', locale = 'zh-TW') => c.get(`/api/v1/notifications${query}`, { locale });
  const unread = async (c: Client) => (await c.get('/api/v1/notifications/unread-count')).json().count as number;

  it('lists my notifications newest first, rendered in the language of the request', async () => {
    const zh = (await mine(oia)).json();
    const ours = zh.items.filter((n: any) => n.entityId === agreementId);
    expect(ours.map((n: any) => n.kind)).toEqual(['agreement.expiry_30', 'agreement.notice']);
    expect(ours[0]).toMatchObject({
      entityType: 'agreement',
      title: '協議將於 30 天內到期：京都工學交換協議',
      readAt: null,
    });
    expect(ours[0].body).toContain('2030-03-31');
    expect(ours[0].body).toContain('30 天');

    const en = (await mine(oia, '', 'en')).json();
    const first = en.items.find((n: any) => n.id === ours[0].id);
    expect(first.title).toBe('Agreement ends within 30 days: Engineering exchange with Kyoto');
    expect(first.body).toContain('(30 days left)');
    expect(en.unread).toBe(zh.total);
  });

  it('counts unread, marks one and then all read', async () => {
    const before = await unread(oia);
    expect(before).toBeGreaterThanOrEqual(2);
    const [latest] = (await mine(oia)).json().items;
    const res = await oia.post(`/api/v1/notifications/${latest.id}/read`);
    expect(res.statusCode).toBe(200);
    expect(res.json().readAt).toEqual(expect.any(String));
    expect(await unread(oia)).toBe(before - 1);
    // Marking again changes nothing and keeps the first read time.
    expect((await oia.post(`/api/v1/notifications/${latest.id}/read`)).json().readAt).toBe(res.json().readAt);

    const onlyUnread = (await mine(oia, '?unread=true')).json();
    expect(onlyUnread.items.some((n: any) => n.id === latest.id)).toBe(false);
    expect(onlyUnread.total).toBe(before - 1);

    expect((await oia.post('/api/v1/notifications/read-all')).json()).toEqual({ updated: before - 1 });
    expect(await unread(oia)).toBe(0);
    // Someone else's are untouched.
    expect(await unread(coordEng)).toBeGreaterThanOrEqual(2);
  });

  it('pages newest first', async () => {
    // A student gets no agreement reminders, so these five are all there is.
    const uid = await userId(t.db.db, DEMO.student);
    for (let i = 1; i <= 5; i++)
      await insertNotification(t.db.db, {
        user_id: uid,
        kind: 'agreement.signed_file_missing',
        entity_type: 'agreement',
        entity_id: agreementId,
        params_json: JSON.stringify({ agreement: { zh: `協議 ${i}`, en: `Agreement ${i}` }, partner: null }),
        dedupe_key: `test:${i}`,
        created_at: `2030-01-0${i}T00:00:00.000Z`,
      });
    const student = await t.login(DEMO.student);
    const page1 = (await mine(student, '?pageSize=2', 'en')).json();
    const page3 = (await mine(student, '?pageSize=2&page=3', 'en')).json();
    expect(page1.total).toBe(5);
    expect(page1.items.map((n: any) => n.title)).toEqual([
      'Signed copy missing: Agreement 5',
      'Signed copy missing: Agreement 4',
    ]);
    expect(page3.items.map((n: any) => n.title)).toEqual(['Signed copy missing: Agreement 1']);
    expect(page1.items[0].body).toContain('(—)'); // no partner
  });

  it('never shows or touches another user’s notifications', async () => {
    const theirs = (await mine(coordEng)).json().items[0];
    expect(theirs).toBeDefined();
    const ownIds = (await mine(oia, '?pageSize=200')).json().items.map((n: any) => n.id);
    expect(ownIds).not.toContain(theirs.id);

    const res = await oia.post(`/api/v1/notifications/${theirs.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await mine(coordEng)).json().items[0].readAt).toBeNull();
    expect((await oia.post('/api/v1/notifications/999999/read')).statusCode).toBe(404);
  });

  it('needs a session', async () => {
    expect((await t.anon.get('/api/v1/notifications')).statusCode).toBe(401);
    expect((await t.anon.get('/api/v1/notifications/unread-count')).statusCode).toBe(401);
  });
});

describe.each(DIALECTS)('notification groups (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let oiaId: number;
  const add = (kind: string, entityId: number | null, key: string) =>
    insertNotification(t.db.db, {
      user_id: oiaId,
      kind,
      entity_type: entityId === null ? null : 'agreement',
      entity_id: entityId,
      params_json: JSON.stringify({ agreement: { zh: '分組', en: 'Grouped' }, partner: null }),
      dedupe_key: key,
      created_at: '2031-01-01T00:00:00.000Z',
    });
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    oiaId = await userId(t.db.db, DEMO.oia);
    await oia.post('/api/v1/notifications/read-all');
    // Three end reminders on record 901 (90 days twice, 30 days: one group), its notice period (another group),
    // an end reminder on record 902, and one about no record.
    for (const k of ['a', 'b']) await add('agreement.expiry_90', 901, `g-901-90-${k}`);
    await add('agreement.expiry_30', 901, 'g-901-30');
    await add('agreement.notice', 901, 'g-901-notice');
    await add('agreement.expiry_90', 902, 'g-902-90');
    await add('agreement.expiry_90', null, 'g-none-90');
  });
  afterAll(() => t.close());

  const groups = async (query = '') => (await oia.get(`/api/v1/notifications/groups${query}`)).json();
  const counts = async () => (await oia.get('/api/v1/notifications/unread-count')).json();

  it('gathers the unread groups into a digest by topic, under the mail mode chosen for it', async () => {
    const digest = async () => (await oia.get('/api/v1/notifications/digest', { locale: 'en' })).json();
    const first = await digest();
    expect(first.sections).toHaveLength(1);
    expect(first.sections[0]).toMatchObject({ topic: 'agreement', mode: 'digest', unread: 6 });
    expect(first.sections[0].groups).toHaveLength(4);
    expect(first.sections[0].groups[0].latest.title).toContain('Grouped');
    await add('document.expiry_60', 903, 'g-doc-60');
    const saved = await oia.put('/api/v1/notifications/preferences', {
      preferences: [{ topic: 'document', mode: 'each' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const second = await digest();
    // What the user hears of one by one comes first; the daily-digest topic reads as one section.
    expect(second.sections.map((x: { topic: string; mode: string }) => `${x.topic}:${x.mode}`)).toEqual([
      'document:each',
      'agreement:digest',
    ]);
    await oia.post('/api/v1/notifications/groups/read', {
      kind: 'document.expiry',
      entityType: 'agreement',
      entityId: 903,
    });
    expect((await digest()).sections.map((x: { topic: string }) => x.topic)).toEqual(['agreement']);
  });

  it('lists one row per record and kind with its count, and the bell counts groups', async () => {
    const page = await groups('?unread=true');
    expect(page.total).toBe(4);
    expect(page.unread).toBe(4);
    const big = page.items.find((g: any) => g.entityId === 901 && g.kind === 'agreement.expiry');
    expect(big).toMatchObject({ entityType: 'agreement', count: 3, unread: 3 });
    // The row reads as its newest notification: the 30-day reminder.
    expect(big.latest).toMatchObject({ kind: 'agreement.expiry_30', readAt: null });
    expect(page.items.find((g: any) => g.entityId === 901 && g.kind === 'agreement.notice').count).toBe(1);
    expect(page.items.find((g: any) => g.entityId === null)).toMatchObject({ count: 1, entityType: null });
    expect(await counts()).toEqual({ count: 6, groups: 4 });
  });

  it('marks one group read in bulk and leaves the others', async () => {
    const res = await oia.post('/api/v1/notifications/groups/read', {
      kind: 'agreement.expiry_90',
      entityType: 'agreement',
      entityId: 901,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ updated: 3 });
    expect(await counts()).toEqual({ count: 3, groups: 3 });
    const none = await oia.post('/api/v1/notifications/groups/read', {
      kind: 'agreement.expiry_90',
      entityType: null,
      entityId: null,
    });
    expect(none.json()).toEqual({ updated: 1 });
    // Still listed among all, now read.
    const all = await groups();
    expect(all.items.find((g: any) => g.entityId === 901 && g.kind === 'agreement.expiry').unread).toBe(0);
    expect((await groups('?unread=true')).items.map((g: any) => g.kind)).toEqual([
      'agreement.expiry',
      'agreement.notice',
    ]);
    expect(await counts()).toEqual({ count: 2, groups: 2 });
  });

  it('refuses a malformed group and touches nobody else', async () => {
    const bad = await oia.post('/api/v1/notifications/groups/read', { kind: '', entityType: 'agreement' });
    expect(bad.statusCode).toBe(400);
    const coord = await t.login(DEMO.coordEng);
    const before = (await coord.get('/api/v1/notifications/unread-count')).json();
    await coord.post('/api/v1/notifications/groups/read', {
      kind: 'agreement.expiry_30',
      entityType: 'agreement',
      entityId: 901,
    });
    expect((await counts()).count).toBe(2);
    expect((await coord.get('/api/v1/notifications/unread-count')).json()).toEqual(before);
  });
});
