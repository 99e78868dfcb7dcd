import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '#shared/calendar.js';
import type { StoredAgreementStatus } from '#shared/enums.js';
import type { DashboardSummary } from '#shared/schemas/dashboard.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

const DAY = 86_400_000;
const URL = '/api/v1/dashboard/summary';

/**
 * The records below sit in Kenya and South Africa (MoE region "africa"), where the demo has no
 * partners, so their rows are exact; university-wide figures are compared with a baseline taken at
 * the same (moved) clock before they were inserted, since the demo may hold agreements of its own.
 */
describe.each(DIALECTS)('dashboard summary (%s)', (dialect) => {
  let t: TestApp;
  let offsetDays = 0;
  let today: string;
  const baseline = new Map<number, DashboardSummary>();

  /** The summary as someone sees it with the clock `days` from the start (signed in at that moment). */
  async function summaryAt(days: number, who: string = DEMO.oia): Promise<DashboardSummary> {
    t.clock.advance((days - offsetDays) * DAY);
    offsetDays = days;
    const res = await (await t.login(who)).get(URL);
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  const stamp = () => t.clock.now().toISOString();
  async function partner(country: string, opts: { archived?: boolean } = {}) {
    const row = await t.db.db
      .insertInto('partners')
      .values({
        name_en: `Dashboard test ${country}`,
        search_text: 'dashboard test',
        country,
        type: 'university',
        status: 'active',
        archived_at: opts.archived ? stamp() : null,
        created_at: stamp(),
        updated_at: stamp(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  async function agreement(
    partnerIds: number[],
    a: { status: StoredAgreementStatus; end?: number; notice?: number; openEnded?: boolean; archived?: boolean },
  ) {
    const day = (n: number | undefined) => (n === undefined ? null : addDays(today, n));
    const row = await t.db.db
      .insertInto('agreements')
      .values({
        kind: 'student_exchange',
        title_en: 'Dashboard test agreement',
        search_text: 'dashboard test agreement',
        status: a.status,
        start_date: addDays(today, -700),
        end_date: day(a.end),
        notice_date: day(a.notice),
        open_ended: a.openEnded ? 1 : 0,
        auto_renew: 0,
        generation: 1,
        archived_at: a.archived ? stamp() : null,
        created_at: stamp(),
        updated_at: stamp(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.db
      .insertInto('agreement_partners')
      .values(partnerIds.map((partner_id, sort_order) => ({ agreement_id: row.id, partner_id, sort_order })))
      .execute();
  }

  const country = (s: DashboardSummary, code: string) => s.byCountry.find((c) => c.country === code);
  const africa = (s: DashboardSummary) => s.byRegion.find((r) => r.region === 'africa');
  const statusDelta = (s: DashboardSummary, days: number) => {
    const before = baseline.get(days)?.agreements?.byStatus ?? [];
    return Object.fromEntries(
      (s.agreements?.byStatus ?? []).map(({ status, count }) => [
        status,
        count - (before.find((b) => b.status === status)?.count ?? 0),
      ]),
    );
  };
  const endingDelta = (s: DashboardSummary, days: number) =>
    (s.agreements?.endingWithin ?? []).map(
      ({ days: within, count }) =>
        count - (baseline.get(days)?.agreements?.endingWithin.find((e) => e.days === within)?.count ?? 0),
    );

  beforeAll(async () => {
    t = await setupApp(dialect);
    today = businessDate(t.clock.now());
    for (const days of [0, 20, 21, 221]) baseline.set(days, await summaryAt(days));
    await summaryAt(0);

    const [p1, p2, p3, p4, p5, p7] = [
      await partner('KE'),
      await partner('KE'),
      await partner('KE'),
      await partner('KE'),
      await partner('KE', { archived: true }),
      await partner('KE'),
    ] as number[];
    const p6 = await partner('ZA');
    await agreement([p1 as number, p6], { status: 'active', end: 400, notice: 220 }); // A1: two countries
    await agreement([p2 as number], { status: 'active', end: 20, notice: -1 }); // A2: expiring today
    await agreement([p3 as number], { status: 'active', end: -1, notice: -200 }); // A3: expired
    await agreement([p4 as number], { status: 'draft', end: 300, notice: 120 }); // A4
    await agreement([p5 as number], { status: 'active', end: 400, notice: 220 }); // A5: archived partner
    await agreement([p7 as number], { status: 'active', openEnded: true }); // A6: never expires
    await agreement([p4 as number], { status: 'active', end: 400, notice: 220, archived: true }); // A7: ignored
    await agreement([p4 as number], { status: 'terminated', end: 400, notice: 220 }); // A8
  });
  afterAll(() => t.close());

  it('agrees with the partner registry’s own totals', async () => {
    const s = await summaryAt(0);
    const stats = (await (await t.login(DEMO.oia)).get('/api/v1/partners/stats')).json();
    expect(s.partners.total).toBe(stats.total);
    expect(s.partners.countries).toBe(stats.countries);
    expect(s.asOf).toBe(today);
    expect(country(s, 'JP')?.partners).toBe(stats.byCountry.find((c: { country: string }) => c.country === 'JP').count);
  });

  it('counts partners, partners with an agreement in force and agreements per country and region', async () => {
    const s = await summaryAt(0);
    expect(country(s, 'KE')).toEqual({
      country: 'KE',
      region: 'africa',
      partners: 5, // the archived one is left out
      withActiveAgreement: 3, // active, expiring, open-ended
      activeAgreements: 3,
    });
    expect(country(s, 'ZA')).toEqual({
      country: 'ZA',
      region: 'africa',
      partners: 1,
      withActiveAgreement: 1,
      activeAgreements: 1,
    });
    // The agreement with partners in both countries counts once for the region.
    expect(africa(s)).toEqual({ region: 'africa', partners: 6, withActiveAgreement: 4, activeAgreements: 3 });
    const before = baseline.get(0) as DashboardSummary;
    expect(s.partners.total - before.partners.total).toBe(6);
    expect(s.partners.countries - before.partners.countries).toBe(2);
    expect(s.partners.withActiveAgreement - before.partners.withActiveAgreement).toBe(4);
    expect(s.partners.countriesWithActiveAgreement - before.partners.countriesWithActiveAgreement).toBe(2);
  });

  it('counts agreements by effective status and those ending within 30/90/180 days', async () => {
    const s = await summaryAt(0);
    expect(statusDelta(s, 0)).toEqual({
      draft: 1,
      under_review: 0,
      awaiting_signature: 0,
      active: 3, // A1, A5 (its partner's archiving does not end the agreement), A6
      expiring: 1,
      expired: 1,
      terminated: 1,
      renewed: 0,
    });
    expect(s.agreements?.inForce).toBe(
      (s.agreements?.byStatus.find((b) => b.status === 'active')?.count ?? 0) +
        (s.agreements?.byStatus.find((b) => b.status === 'expiring')?.count ?? 0),
    );
    expect(s.agreements?.endingWithin.map((e) => e.days)).toEqual([30, 90, 180]);
    expect(endingDelta(s, 0)).toEqual([1, 1, 1]);
  });

  it('moves agreements to expiring and expired as the clock moves', async () => {
    // The last day of A2 still counts as in force.
    expect(country(await summaryAt(20), 'KE')?.withActiveAgreement).toBe(3);
    const next = await summaryAt(21);
    expect(country(next, 'KE')).toMatchObject({ withActiveAgreement: 2, activeAgreements: 2 });
    expect(statusDelta(next, 21)).toMatchObject({ active: 3, expiring: 0, expired: 2 });
    expect(endingDelta(next, 21)).toEqual([0, 0, 0]);

    const later = await summaryAt(221); // A1 and A5 are inside their notice window
    expect(statusDelta(later, 221)).toMatchObject({ active: 1, expiring: 2, expired: 2 });
    expect(endingDelta(later, 221)).toEqual([0, 0, 2]);
    expect(country(later, 'KE')).toMatchObject({ withActiveAgreement: 2, activeAgreements: 2 });
    expect(country(later, 'ZA')).toMatchObject({ withActiveAgreement: 1, activeAgreements: 1 });
    await summaryAt(0);
  });

  it('gives a college coordinator the university’s totals, and a student no agreement figures', async () => {
    const oia = await summaryAt(0);
    const coordinator = await summaryAt(0, DEMO.coordEng);
    // Each login is a write (its audit entry), so each summary here is computed afresh.
    expect({ ...coordinator, computedAt: '' }).toEqual({ ...oia, computedAt: '' });
    const student = await summaryAt(0, DEMO.student);
    expect(student.agreements).toBeNull();
    expect(country(student, 'KE')).toMatchObject({ partners: 5, withActiveAgreement: 3, activeAgreements: null });
    expect(student.byRegion.every((r) => r.activeAgreements === null)).toBe(true);
    expect(JSON.stringify(oia)).not.toMatch(/Dashboard test/); // counts only, no names
    expect((await t.anon.get(URL)).statusCode).toBe(401);
  });

  // Last: it moves the clock by seconds and adds partners in Mozambique.
  it('keeps the figures up to 60 s, and shows a write through the app at once', async () => {
    await summaryAt(0);
    const oia = await t.login(DEMO.oia);
    const get = async (): Promise<DashboardSummary> => (await oia.get(URL)).json();
    const first = await get();
    const mz = (s: DashboardSummary) => country(s, 'MZ')?.partners ?? 0;
    expect(Date.parse(first.computedAt)).toBeLessThanOrEqual(t.clock.now().getTime());
    t.clock.advance(30_000);
    expect((await get()).computedAt).toBe(first.computedAt); // nothing written: the same figures

    // A row written behind the app's back (no audit entry) is the documented staleness: ≤ 60 s.
    await partner('MZ');
    const stale = await get();
    expect(stale.computedAt).toBe(first.computedAt);
    expect(mz(stale)).toBe(mz(first));
    t.clock.advance(31_000);
    const expired = await get();
    expect(expired.computedAt).not.toBe(first.computedAt);
    expect(mz(expired)).toBe(mz(first) + 1);

    // A write through the app is seen by the next request.
    const res = await oia.post('/api/v1/partners', { nameEn: 'Dashboard cache U', country: 'MZ', type: 'university' });
    expect(res.statusCode).toBe(201);
    const fresh = await get();
    expect(mz(fresh)).toBe(mz(first) + 2);
    expect(fresh.partners.total).toBe(expired.partners.total + 1);
  });
});
