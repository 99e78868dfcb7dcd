import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgreement } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/**
 * Two staff members deciding the same nomination at once (issue 21, item 4): the decision is a conditional
 * write (id, version, still submitted), so exactly one wins and the other gets 409 with the record as it is
 * now; and the agreement's inbound places are never over-allocated by concurrent accepts.
 */
describe.each(DIALECTS)('nomination decisions under concurrency (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let oia2: Client;
  let partnerId: number;
  let placeId: number;
  let windowId: number;
  let token: string;
  const YEAR = 2035;

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    oia2 = await t.login(DEMO.oia);
    const agreement = await makeAgreement(t, oia);
    partnerId = agreement.partners[0]?.id as number;
    const now = new Date().toISOString();
    ({ id: placeId } = await t.db.db
      .insertInto('exchange_places')
      .values({
        agreement_id: agreement.id,
        academic_year: YEAR,
        direction: 'inbound',
        level: 'bachelor',
        mobility_kind: 'study',
        places: 2,
        duration: 5,
        duration_unit: 'months',
        languages_json: '[]',
        isced_json: '[]',
        notes: null,
        created_at: now,
        updated_at: now,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow());
    const window = await oia.post('/api/v1/nomination-windows', {
      academicYear: YEAR,
      term: 'spring',
      opensOn: '2000-01-01',
      closesOn: '2099-12-31',
    });
    expect(window.statusCode, window.body).toBe(201);
    windowId = window.json().id;
    const link = await oia.post(`/api/v1/partners/${partnerId}/nomination-links`, {
      contactName: 'Dr. Race',
      contactEmail: 'race@partner.example',
    });
    expect(link.statusCode, link.body).toBe(201);
    token = link.json().url.split('/nominate/')[1] as string;
  });
  afterAll(() => t.close());

  /** A nominee through the partner's link; returns the staff view of it (id, version). */
  async function nominate(givenName: string) {
    const email = `${givenName.toLowerCase()}.${dialect}@partner.example`;
    const res = await t.anon.post(`/api/v1/public/nominations/${token}/nominees`, {
      windowId,
      givenName,
      familyName: 'Race',
      email,
      level: 'bachelor',
    });
    expect(res.statusCode, res.body).toBe(201);
    const staff = await oia.get(`/api/v1/partners/${partnerId}/nominations`);
    const n = staff.json().nominations.find((x: { email: string }) => x.email === email);
    expect(n).toMatchObject({ status: 'submitted' });
    return n as { id: number; version: number; email: string };
  }

  const accept = (c: Client, n: { id: number; version: number }) =>
    c.post(`/api/v1/nominations/${n.id}/accept`, {
      version: n.version,
      placeId,
      startDate: `${YEAR + 1}-02-15`,
      endDate: `${YEAR + 1}-06-30`,
    });
  const reject = (c: Client, n: { id: number; version: number }, reason: string) =>
    c.post(`/api/v1/nominations/${n.id}/reject`, { version: n.version, reason });

  const used = async () =>
    (await oia.get(`/api/v1/partners/${partnerId}/nominations`))
      .json()
      .inboundPlaces.find((p: { id: number }) => p.id === placeId).used as number;
  const peopleWith = async (email: string) =>
    (await t.db.db.selectFrom('people').select('id').where('email', '=', email).execute()).length;

  it('two rejects at once: one succeeds, the other gets 409 with the decided record', async () => {
    const n = await nominate('Ada');
    const results = await Promise.all([reject(oia, n, 'First reason'), reject(oia2, n, 'Second reason')]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const won = results.find((r) => r.statusCode === 200);
    const lost = results.find((r) => r.statusCode === 409);
    expect(lost?.json().error.code).toBe('VERSION_CONFLICT');
    expect(lost?.json().error.current).toMatchObject({ id: n.id, status: 'rejected', version: n.version + 1 });
    const stored = await t.db.db
      .selectFrom('nominations')
      .select(['status', 'reason', 'version'])
      .where('id', '=', n.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'rejected', reason: won?.json().reason, version: n.version + 1 });
  });

  it('two accepts at once: one mobility, one person, one place used; the other gets 409', async () => {
    const before = await used();
    const n = await nominate('Ben');
    const results = await Promise.all([accept(oia, n), accept(oia2, n)]);
    expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([200, 409]);
    const lost = results.find((r) => r.statusCode === 409);
    expect(lost?.json().error.current).toMatchObject({ id: n.id, status: 'accepted' });
    expect(await used()).toBe(before + 1);
    expect(await peopleWith(n.email)).toBe(1);
    const mobilities = await t.db.db.selectFrom('mobilities').select('id').where('place_id', '=', placeId).execute();
    expect(mobilities).toHaveLength(before + 1);
  });

  it('an accept and a reject at once: exactly one decision stands', async () => {
    const n = await nominate('Cai');
    const before = await used();
    const results = await Promise.all([accept(oia, n), reject(oia2, n, 'Level full')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const stored = await t.db.db
      .selectFrom('nominations')
      .select(['status', 'mobility_id'])
      .where('id', '=', n.id)
      .executeTakeFirstOrThrow();
    if (stored.status === 'accepted') {
      expect(stored.mobility_id).not.toBeNull();
      expect(await used()).toBe(before + 1);
    } else {
      expect(stored).toMatchObject({ status: 'rejected', mobility_id: null });
      expect(await used()).toBe(before);
      expect(await peopleWith(n.email)).toBe(0);
    }
  });

  it('accepts of different nominees at once never take more places than the agreement offers', async () => {
    const free = 2 - (await used());
    const nominees = [];
    for (const name of ['Dee', 'Eli', 'Fay']) nominees.push(await nominate(name));
    const results = await Promise.all(nominees.map((n, i) => accept(i % 2 ? oia2 : oia, n)));
    const ok = results.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(Math.max(free, 0));
    for (const r of results.filter((x) => x.statusCode !== 200)) {
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.fields[0]).toMatchObject({ path: 'placeId', code: 'over_allocation' });
    }
    expect(await used()).toBe(2);
    // The refused ones are left as they were: still submitted, no person made for them.
    for (const [i, n] of nominees.entries()) {
      if (results[i]?.statusCode === 200) continue;
      const row = await t.db.db
        .selectFrom('nominations')
        .select(['status', 'version'])
        .where('id', '=', n.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'submitted', version: n.version });
      expect(await peopleWith(n.email)).toBe(0);
    }
  });
});
