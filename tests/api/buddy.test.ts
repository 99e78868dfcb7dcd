import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate, semesterOf } from '#shared/calendar.js';
import { FACTORY_PASSWORD, insertStudent, makeMobility, makeUser, unitIdsByCode } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

const fieldOf = (res: { json: () => any }, path: string) =>
  (res.json().error?.fields ?? []).find((f: { path: string }) => f.path === path);

describe.each(DIALECTS)('buddy program (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let unit: Record<string, number>;
  const today = businessDate(new Date());
  const term = semesterOf(today);

  async function student(
    unitCode: string,
    opts: { account?: 'zh-TW' | 'en'; gender?: 'male' | 'female'; inbound?: string; email?: string } = {},
  ) {
    const admin = await t.login(DEMO.admin);
    const user = opts.account
      ? await makeUser(admin, { role: 'student', unitId: unit[unitCode] as number }, { locale: opts.account })
      : null;
    const personId = await insertStudent(t, unit[unitCode] as number, {
      user_id: user?.id ?? null,
      gender: opts.gender ?? 'female',
      email: opts.email ?? null,
    });
    if (opts.inbound)
      await makeMobility(t, {
        person_id: personId,
        direction: 'inbound',
        start_date: opts.inbound,
        end_date: addDays(opts.inbound, 150),
      });
    return { personId, client: user ? await t.login(user.email, FACTORY_PASSWORD) : null };
  }

  async function round() {
    const res = await oia.post('/api/v1/buddy-rounds', {
      academicYear: term.academicYear,
      semester: term.semester,
      titleZh: '學伴計畫',
      titleEn: 'Buddy program',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  const profile = (roundId: number, body: Record<string, unknown>, client = oia) =>
    client.post(`/api/v1/buddy-rounds/${roundId}/profiles`, body);

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    unit = await unitIdsByCode(oia);
  });
  afterAll(() => t.close());

  it('takes profiles from inbound records and volunteers, once per person, within capacities', async () => {
    const r = await round();
    const intl = await student('CSIE', { inbound: addDays(today, 10) });
    const local = await student('EE', { account: 'en' });
    const p = await profile(r.id, {
      personId: intl.personId,
      side: 'international',
      languages: ['en'],
      interests: ['hiking'],
    });
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json()).toMatchObject({ side: 'international', arrivalOn: addDays(today, 10), capacity: 1 });
    expect(
      (await profile(r.id, { personId: intl.personId, side: 'international', languages: ['en'] })).statusCode,
    ).toBe(409);
    expect(
      fieldOf(await profile(r.id, { personId: intl.personId, side: 'local', languages: ['en'] }), 'personId'),
    ).toBeUndefined();
    const noInbound = await profile(r.id, { personId: local.personId, side: 'international', languages: ['en'] });
    expect(fieldOf(noInbound, 'side')).toBeDefined();
    const tooMany = await profile(r.id, {
      personId: intl.personId,
      side: 'international',
      languages: ['en'],
      capacity: 3,
    });
    expect(fieldOf(tooMany, 'capacity')).toBeDefined();
    // A volunteer fills their own profile; they cannot fill someone else's or read the round.
    const own = await profile(r.id, { side: 'local', languages: ['en', 'zh'], capacity: 2 }, local.client as Client);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().personId).toBe(local.personId);
    expect((await (local.client as Client).get(`/api/v1/buddy-rounds/${r.id}`)).statusCode).toBe(403);
    expect(
      (await (local.client as Client).post(`/api/v1/buddy-rounds/${r.id}/propose`, { version: 1 })).statusCode,
    ).toBe(403);
  });

  it('proposes the best valid pairs, publishes them to both sides in their language, and logs contact and feedback', async () => {
    const r = await round();
    const anna = await student('CSIE', { inbound: addDays(today, 3), account: 'en', gender: 'female' });
    const budi = await student('ME', { inbound: addDays(today, 20), gender: 'male', email: 'budi@example.org' });
    const chen = await student('CSIE', { account: 'zh-TW', gender: 'male' });
    const lin = await student('BUS', { account: 'en', gender: 'female' });
    const ids: Record<string, number> = {};
    for (const [name, s, body] of [
      [
        'anna',
        anna,
        { side: 'international', languages: ['en', 'de'], interests: ['music'], genderPreference: 'same' },
      ],
      ['budi', budi, { side: 'international', languages: ['en', 'id'], interests: ['football'] }],
      ['chen', chen, { side: 'local', languages: ['zh', 'en'], interests: ['football'] }],
      ['lin', lin, { side: 'local', languages: ['en'], interests: ['music'] }],
    ] as const) {
      const res = await profile(r.id, { personId: s.personId, ...body });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
    }
    const proposed = await oia.post(`/api/v1/buddy-rounds/${r.id}/propose`, { version: r.version });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const pairs = proposed
      .json()
      .pairList.map((x: { internationalId: number; localId: number }) => [x.internationalId, x.localId]);
    // Anna wants a buddy of her gender: only Lin; Budi then gets Chen.
    expect(pairs.sort()).toEqual(
      [
        [ids.anna, ids.lin],
        [ids.budi, ids.chen],
      ].sort(),
    );
    expect((await oia.post(`/api/v1/buddy-rounds/${r.id}/propose`, { version: r.version })).statusCode).toBe(409);

    // Adjust: a manual pair beyond capacity is refused; removing and re-adding works.
    const budiChen = proposed.json().pairList.find((x: { internationalId: number }) => x.internationalId === ids.budi);
    const full = await oia.post(`/api/v1/buddy-rounds/${r.id}/pairs`, { internationalId: ids.budi, localId: ids.lin });
    expect(fieldOf(full, 'internationalId')).toBeDefined();
    expect((await oia.request('DELETE', `/api/v1/buddy-pairs/${budiChen.id}`)).statusCode).toBe(200);
    const manual = await oia.post(`/api/v1/buddy-rounds/${r.id}/pairs`, {
      internationalId: ids.budi,
      localId: ids.chen,
    });
    expect(manual.json()).toMatchObject({ origin: 'manual', score: null });

    expect((await (chen.client as Client).get('/api/v1/buddy/mine')).json().items).toEqual([]); // not published yet
    const detail = (await oia.get(`/api/v1/buddy-rounds/${r.id}`)).json();
    const published = await oia.post(`/api/v1/buddy-rounds/${r.id}/publish`, { version: detail.version });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    expect(
      (await oia.post(`/api/v1/buddy-rounds/${r.id}/publish`, { version: published.json().version })).statusCode,
    ).toBe(409);

    const zh = (await (chen.client as Client).get('/api/v1/notifications')).json().items[0];
    expect(zh.title).toMatch(/^您的境外學伴：/);
    const en = (await (anna.client as Client).get('/api/v1/notifications')).json().items[0];
    expect(en.title).toMatch(/^Your buddy: /);
    const mail = await t.db.db
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', 'budi@example.org')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.body_text).toMatch(/已為您安排在地學伴[\s\S]*is your local buddy/);

    const mine = (await (chen.client as Client).get('/api/v1/buddy/mine')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      mySide: 'local',
      partnerEmail: 'budi@example.org',
      partnerLanguages: ['en', 'id'],
    });
    const pairId = mine[0].id;
    const c = chen.client as Client;
    expect(
      fieldOf(await c.post(`/api/v1/buddy-pairs/${pairId}/first-contact`, { on: addDays(today, 1) }), 'on'),
    ).toBeDefined();
    expect((await c.post(`/api/v1/buddy-pairs/${pairId}/first-contact`, { on: today })).json().firstContactOn).toBe(
      today,
    );
    const met = await c.post(`/api/v1/buddy-pairs/${pairId}/meetings`, {
      metOn: today,
      minutes: 90,
      note: 'Campus tour',
    });
    expect(met.json().meetings).toEqual([expect.objectContaining({ metOn: today, minutes: 90, note: 'Campus tour' })]);
    expect(
      (await c.post(`/api/v1/buddy-pairs/${pairId}/feedback`, { rating: 5, text: 'Fun' })).json().myFeedback,
    ).toMatchObject({ rating: 5 });
    expect((await c.post(`/api/v1/buddy-pairs/${pairId}/feedback`, { rating: 4 })).statusCode).toBe(409);
    // Someone outside the pair is told it does not exist.
    expect(
      (await (lin.client as Client).post(`/api/v1/buddy-pairs/${pairId}/meetings`, { metOn: today })).statusCode,
    ).toBe(404);
  });

  it('shows a coordinator only their college’s students', async () => {
    const r = await round();
    const a = await student('CSIE', { inbound: today });
    const b = await student('BUS');
    await profile(r.id, { personId: a.personId, side: 'international', languages: ['en'] });
    await profile(r.id, { personId: b.personId, side: 'local', languages: ['en'] });
    const eng = (await (await t.login(DEMO.coordEng)).get(`/api/v1/buddy-rounds/${r.id}`)).json();
    expect(eng.profiles.map((p: { personId: number }) => p.personId)).toEqual([a.personId]);
  });
});
