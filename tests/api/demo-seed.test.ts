import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_SEEDS } from '#server/demo/partners.data.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { testPii } from '#tests/setup/db.js';

/**
 * The demo university is a product feature (`npm start` loads it): this file checks the seed itself — that it
 * loads what its data files list, covers every flow, and writes valid records. It is the one test file that
 * reads demo records; every other test makes the records it counts (tests/factories.ts), so changing the
 * demo's size changes nothing but the expectations derived here from the same data files.
 */
describe.each(DIALECTS)('the demo seed (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect);
  });
  afterAll(() => t.close());

  it('loads every partner of its data file, in each of its countries', async () => {
    const stats = (await (await t.login(DEMO.executive)).get('/api/v1/partners/stats')).json();
    expect(stats.total).toBe(PARTNER_SEEDS.length);
    expect(stats.countries).toBe(new Set(PARTNER_SEEDS.map((p) => p.country)).size);
    const jp = PARTNER_SEEDS.filter((p) => p.country === 'JP').length;
    expect(stats.byCountry.find((c: { country: string }) => c.country === 'JP')).toEqual({ country: 'JP', count: jp });
  });

  it('stores personal data encrypted, with valid 2021-format numbers matching gender', async () => {
    const rows = await t.db.db
      .selectFrom('people')
      .select(['gender', 'arc_no_enc', 'arc_no_hint', 'passport_no_enc'])
      .where('arc_no_enc', 'is not', null)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    let newFormat = 0;
    for (const r of rows) {
      const arc = testPii.decrypt(r.arc_no_enc as string);
      expect(r.arc_no_enc).not.toContain(arc);
      expect(arc.endsWith(r.arc_no_hint as string)).toBe(true);
      if (/^[A-Z][89]\d{8}$/.test(arc)) {
        newFormat += 1;
        expect(arc[1]).toBe(r.gender === 'female' ? '9' : '8');
      } else expect(arc).toMatch(/^[A-Z][A-D]\d{8}$/);
    }
    // Mostly the 2021 format, with some old-format numbers left to show the transition.
    expect(newFormat).toBeGreaterThan(rows.length * 0.8);
    expect(newFormat).toBeLessThan(rows.length);
  });

  it('has mobility records of every flow, never over-allocating a place', async () => {
    const db = t.db.db;
    const seeded = await db.selectFrom('mobilities').select(['direction', 'person_category', 'place_id']).execute();
    expect(new Set(seeded.map((m) => `${m.direction}/${m.person_category}`))).toEqual(
      new Set(['outbound/student', 'inbound/student', 'outbound/staff', 'inbound/scholar']),
    );
    expect(seeded.some((m) => m.place_id)).toBe(true);
    const places = await db
      .selectFrom('exchange_places as ep')
      .leftJoin('place_usages as pu', 'pu.place_id', 'ep.id')
      .select(['ep.id', 'ep.places', (eb) => eb.fn.sum<number>(eb.fn.coalesce('pu.count', eb.lit(0))).as('used')])
      .groupBy(['ep.id', 'ep.places'])
      .execute();
    expect(places.filter((p) => Number(p.used) > p.places)).toEqual([]);
  });

  it('has college activities of every kind in 2026, more than one college’s', async () => {
    const query = '/api/v1/activities?from=2026-01-01&to=2026-12-31&pageSize=200';
    const all = (await (await t.login(DEMO.oia)).get(query)).json();
    expect(new Set(all.items.map((x: { kind: string }) => x.kind)).size).toBe(6);
    const eng = (await (await t.login(DEMO.coordEng)).get(query)).json();
    expect(eng.total).toBeGreaterThan(0);
    expect(eng.total).toBeLessThan(all.total);
  });

  it('has the vice president’s delegation, a visit under the SOP, and a conference that is the counted record', async () => {
    const oia = await t.login(DEMO.oia);
    const outbound = (await oia.get('/api/v1/visits?direction=outbound')).json().items;
    const delegation = (await oia.get(`/api/v1/visits/${outbound[0].id}`)).json();
    expect(delegation.people.filter((p: { side: string }) => p.side === 'ours')).toHaveLength(11);
    expect(delegation.partners.map((p: { nameEn: string }) => p.nameEn)).toEqual([
      'Hanyang University',
      'Sungkyunkwan University',
      'Chung-Ang University',
    ]);
    expect(delegation.titleZh && delegation.titleEn).toBeTruthy();
    const events = (await oia.get('/api/v1/events?pageSize=50')).json().items as { activityId: number | null }[];
    const linked = events.filter((e) => e.activityId !== null);
    expect(linked).toHaveLength(1);
    // Linked to the demo's first conference record: no second entry was made for it.
    const first = await t.db.db
      .selectFrom('activities')
      .select('id')
      .where('kind', '=', 'conference_held')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(linked[0]?.activityId).toBe(first.id);
    const counts = await t.db.db
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('notes', 'like', 'event:%')
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(0);
  });
});
