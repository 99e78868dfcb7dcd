import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '#tests/setup/app.js';
import { activeAgreement, agreementBody, agreementWorld, create, type World } from './agreement-fixtures.js';

const slot = {
  academicYear: 2026,
  direction: 'outbound',
  level: 'bachelor',
  mobilityKind: 'study',
  places: 3,
  duration: 5,
  durationUnit: 'months',
  languages: [{ language: 'JA', cefr: 'B1' }],
  isced: ['0714', '0613'],
};

describe.each(DIALECTS)('exchange places (%s)', (dialect) => {
  let w: World;
  let agreement: { id: number };
  beforeAll(async () => {
    w = await agreementWorld(dialect);
    agreement = await activeAgreement(w);
  });
  afterAll(() => w.t.close());

  const url = (path = '') => `/api/v1/agreements/${agreement.id}/places${path}`;
  const addPlace = async (overrides: Record<string, unknown> = {}) => {
    const res = await w.as.oia.post(url(), { ...slot, ...overrides });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const use = (placeId: number, count = 1, client = w.as.oia) =>
    client.post(url(`/${placeId}/usages`), { count, label: 'nomination' });

  it('adds places per year, direction, level and mobility kind, with EQF level and used / remaining', async () => {
    const p = await addPlace();
    expect(p).toMatchObject({
      agreementId: agreement.id,
      version: 1,
      academicYear: 2026,
      eqfLevel: 6,
      places: 3,
      used: 0,
      remaining: 3,
      languages: [{ language: 'ja', cefr: 'B1' }],
      isced: ['0714', '0613'],
    });
    const master = await addPlace({ level: 'master', direction: 'inbound', places: 1 });
    expect(master.eqfLevel).toBe(7);
    const dup = await w.as.oia.post(url(), slot, { locale: 'en' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'academicYear', code: 'duplicate_place' });
    const badIsced = await w.as.oia.post(url(), { ...slot, academicYear: 2027, isced: ['71'] });
    expect(badIsced.json().error.fields[0].path).toBe('isced.0');
    const listed = (await w.as.vp.get(url())).json().items;
    expect(listed.map((x: any) => [x.id, x.used, x.remaining])).toEqual([
      [p.id, 0, 3],
      [master.id, 0, 1],
    ]);
  });

  it('counts usages and refuses over-allocation, in the user’s language', async () => {
    const p = await addPlace({ academicYear: 2027, places: 2 });
    const first = await use(p.id);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ used: 1, remaining: 1 });
    const over = await use(p.id, 2, w.as.oia);
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields[0]).toMatchObject({ path: 'count', code: 'over_allocation' });
    const en = await w.as.oia.post(url(`/${p.id}/usages`), { count: 2 }, { locale: 'en' });
    expect(en.json().error.fields[0].message).toBe('Not enough places: 1 of 2 already used.');
    const zh = await w.as.oia.post(url(`/${p.id}/usages`), { count: 2 }, { locale: 'zh-TW' });
    expect(zh.json().error.fields[0].message).toBe('名額不足：已使用 1 名，共 2 名。');
    expect((await use(p.id)).json()).toMatchObject({ used: 2, remaining: 0 });
    expect((await use(p.id)).statusCode).toBe(400);
    const history = (await w.as.admin.get(`/api/v1/audit?entityType=exchange_place&entityId=${p.id}`)).json().items;
    expect(history.map((h: any) => h.action)).toEqual(['update', 'update', 'create']);
    expect(history[0].summary).toBe('116學年度 出國（本校學生） 學士（EQF 6） 修課：2 名，已使用 1 名（nomination）');
    const inEn = (
      await w.as.admin.get(`/api/v1/audit?entityType=exchange_place&entityId=${p.id}`, { locale: 'en' })
    ).json();
    expect(inEn.items[0].summary).toBe(
      '2027/28 Outbound (our students) Bachelor (EQF 6) Study: 2 places, 1 used (nomination)',
    );
  });

  it('refuses fewer places than are used, and removing a used place', async () => {
    const p = await addPlace({ academicYear: 2028, places: 4 });
    await use(p.id, 3);
    const { id: _id, agreementId: _a, eqfLevel: _e, used: _u, remaining: _r, ...body } = p;
    const below = await w.as.oia.put(url(`/${p.id}`), { ...body, places: 2 }, { locale: 'en' });
    expect(below.statusCode).toBe(400);
    expect(below.json().error.fields[0]).toMatchObject({
      path: 'places',
      code: 'places_below_used',
      message: 'Places cannot be fewer than the 3 already used.',
    });
    const exact = await w.as.oia.put(url(`/${p.id}`), { ...body, places: 3, notes: 'one fewer' });
    expect(exact.statusCode, exact.body).toBe(200);
    expect(exact.json()).toMatchObject({ version: 2, places: 3, used: 3, remaining: 0, notes: 'one fewer' });
    const stale = await w.as.oia.put(url(`/${p.id}`), { ...body, places: 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { id: p.id, version: 2 } });
    const remove = await w.as.oia.post(url(`/${p.id}/remove`));
    expect(remove.statusCode).toBe(400);
    expect(remove.json().error.fields[0].code).toBe('place_in_use');
    const unused = await addPlace({ academicYear: 2029 });
    expect((await w.as.oia.post(url(`/${unused.id}/remove`))).json()).toEqual({ ok: true });
    expect((await w.as.oia.get(url())).json().items.map((x: any) => x.id)).not.toContain(unused.id);
    expect((await w.as.oia.post(url(`/${unused.id}/remove`))).statusCode).toBe(404);
    // The agreement's own history shows its places' changes, including the removed place.
    const history = (await w.as.vp.get(`/api/v1/agreements/${agreement.id}/history?pageSize=200`)).json().items;
    const placeEntries = history.filter((h: any) => h.entityType === 'exchange_place');
    expect(placeEntries.filter((h: any) => h.entityId === unused.id).map((h: any) => h.action)).toEqual([
      'delete',
      'create',
    ]);
    expect(placeEntries.some((h: any) => h.entityId === p.id && h.action === 'update')).toBe(true);
  });

  it('gives the last places to exactly as many concurrent requests as there are places left', async () => {
    const p = await addPlace({ academicYear: 2030, places: 5 });
    await use(p.id, 2);
    const results = await Promise.all(Array.from({ length: 8 }, () => use(p.id)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(3);
    expect(codes.filter((c) => c === 400)).toHaveLength(5);
    const after = (await w.as.oia.get(url())).json().items.find((x: any) => x.id === p.id);
    expect(after).toMatchObject({ places: 5, used: 5, remaining: 0 });
  });

  it('keeps places to OIA International Cooperation and to kinds of agreement that have them', async () => {
    const p = await addPlace({ academicYear: 2031 });
    for (const c of [w.as.coordEng, w.as.oiaIss, w.as.vp]) {
      expect((await c.post(url(), { ...slot, academicYear: 2032 })).statusCode).toBe(403);
      expect((await use(p.id, 1, c)).statusCode).toBe(403);
    }
    expect((await w.as.student.get(url())).statusCode).toBe(403);
    const mou = await create(w.as.oia, agreementBody((await w.partnerIn('JP')).id, w.today(), { kind: 'sister_mou' }));
    const res = await w.as.oia.post(`/api/v1/agreements/${mou.id}/places`, slot, { locale: 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({
      code: 'places_not_for_kind',
      message: 'This kind of agreement has no exchange places.',
    });
    expect((await w.as.oia.post(`/api/v1/agreements/999999/places`, slot)).statusCode).toBe(404);
  });
});
