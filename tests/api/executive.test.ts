import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '#shared/calendar.js';
import type { ExecutiveDashboard } from '#shared/schemas/executive.js';
import { DEMO, DIALECTS } from '#tests/setup/app.js';
import { type FundingWorld, fundingWorld } from './funding-fixtures.js';

const URL = '/api/v1/reports/executive';
/** Far enough ahead that the demo (dated around today) has no mobility in these academic years. */
const YEAR = 2041;

describe.each(DIALECTS)('executive dashboard (%s)', (dialect) => {
  let w: FundingWorld;
  let today: string;
  let ending: { id: number; code: string };
  let periodId: number;

  beforeAll(async () => {
    w = await fundingWorld(dialect);
    today = businessDate(w.t.clock.now());
    const out = (start: string, extra: object = {}) => w.mobility({ start_date: start, end_date: null, ...extra });
    // Academic year 2041 = 2041-08-01 … 2042-07-31; 2040 = 2040-08-01 … 2041-07-31.
    await out('2041-09-01');
    await out('2041-08-01');
    await out('2042-07-31');
    await out('2041-03-01'); // AY 2040
    await out('2037-08-01'); // AY 2037, the first of the five years
    await out('2037-07-31'); // AY 2036: before the five years
    await out('2042-08-01'); // AY 2042: after
    await out('2041-10-01', { status: 'cancelled' }); // not counted
    await out('2041-10-02', { kind: 'research', person_category: 'staff' });
    await out('2041-10-03', { kind: 'conference', person_category: 'staff' });
    const inbound = { direction: 'inbound', credit_bearing: 0, credits: null, country: 'VN' };
    await out('2041-09-15', { ...inbound, kind: 'degree', moe_category: 'foreign', status: 'enrolled' });
    await out('2040-09-15', { ...inbound, kind: 'degree', moe_category: 'foreign', status: 'enrolled' }); // AY 2040
    await out('2042-02-20', { ...inbound, kind: 'exchange_in', moe_category: 'foreign', status: 'arrived' });
    await out('2042-02-21', { ...inbound, kind: 'teep', moe_category: 'foreign', status: 'arrived' });
    await out('2042-03-01', { ...inbound, kind: 'guest_lecture', person_category: 'scholar', status: 'arrived' });
    const archived = await out('2041-09-02');
    await w.db
      .updateTable('mobilities')
      .set({ archived_at: w.t.clock.now().toISOString() })
      .where('id', '=', archived)
      .execute();

    // An agreement in force ending in 30 days: on the "ending within 180 days" list.
    const stamp = w.t.clock.now().toISOString();
    const { id: partnerId } = await w.db
      .insertInto('partners')
      .values({
        name_en: 'Executive Test University',
        name_zh: '主管測試大學',
        search_text: 'executive test university',
        country: 'KE',
        type: 'university',
        status: 'active',
        created_at: stamp,
        updated_at: stamp,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const code = `EXEC-${dialect}`;
    const endDate = addDays(today, 30);
    const { id } = await w.db
      .insertInto('agreements')
      .values({
        code,
        kind: 'student_exchange',
        title_en: 'Executive test exchange',
        title_zh: '主管測試交換',
        search_text: code.toLowerCase(),
        status: 'active',
        start_date: addDays(today, -300),
        end_date: endDate,
        open_ended: 0,
        auto_renew: 0,
        notice_date: addDays(endDate, -180),
        generation: 1,
        created_at: stamp,
        updated_at: stamp,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await w.db
      .insertInto('agreement_partners')
      .values({ agreement_id: id, partner_id: partnerId, sort_order: 0 } as never)
      .execute();
    ending = { id, code };

    // A college quarterly period open today: Engineering has submitted, Business has not.
    const { id: pid } = await w.db
      .insertInto('reporting_periods')
      .values({
        kind: 'college_quarterly',
        year: YEAR,
        quarter: 1,
        name_zh: '主管測試期間',
        name_en: 'Executive test period',
        covers_from: `${YEAR}-01-01`,
        covers_to: `${YEAR}-03-31`,
        opens_on: addDays(today, -3),
        closes_on: addDays(today, 10),
        created_at: stamp,
        updated_at: stamp,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await w.db
      .insertInto('submissions')
      .values({
        period_id: pid,
        unit_id: w.unit.ENG,
        status: 'submitted',
        created_at: stamp,
        updated_at: stamp,
      } as never)
      .execute();
    periodId = pid;
  });
  afterAll(() => w.t.close());

  it('is for admin, OIA staff and the executive viewer; a coordinator and a student get 403', async () => {
    for (const who of [w.as.vp, w.as.oia, w.as.admin]) expect((await who.get(URL)).statusCode).toBe(200);
    for (const who of [w.as.coordEng, w.as.student]) expect((await who.get(URL)).statusCode).toBe(403);
  });

  it('counts outbound and inbound records per academic year and group for the five years ending with the year asked', async () => {
    const res = await w.as.vp.get(`${URL}?year=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const body: ExecutiveDashboard = res.json();
    expect(body.year).toBe(YEAR);
    expect(body.trends.map((t) => t.academicYear)).toEqual([2037, 2038, 2039, 2040, 2041]);
    const byYear = Object.fromEntries(body.trends.map((t) => [t.academicYear, t.counts]));
    expect(byYear[2041]).toEqual({
      outboundStudents: 3,
      outboundStaff: 2,
      inboundDegree: 1,
      inboundNonDegree: 2,
      inboundScholars: 1,
    });
    expect(byYear[2040]).toEqual({
      outboundStudents: 1,
      outboundStaff: 0,
      inboundDegree: 1,
      inboundNonDegree: 0,
      inboundScholars: 0,
    });
    expect(byYear[2037]?.outboundStudents).toBe(1);
    expect(byYear[2038]?.outboundStudents).toBe(0);
  });

  it('lists agreements ending within 180 days with days left, and carries the map figures and indicator progress', async () => {
    const body: ExecutiveDashboard = (await w.as.oia.get(`${URL}?year=${YEAR}`)).json();
    const row = body.expiring.find((a) => a.id === ending.id);
    expect(row).toMatchObject({
      code: ending.code,
      partnerEn: 'Executive Test University',
      country: 'KE',
      daysLeft: 30,
    });
    expect(body.expiring.every((a) => a.daysLeft >= 0 && a.daysLeft <= 180)).toBe(true);
    expect(body.summary.byCountry.find((c) => c.country === 'KE')).toMatchObject({ partners: 1, activeAgreements: 1 });
    for (const i of body.indicators) {
      for (const c of [i.university, ...i.colleges]) {
        if (c?.target) expect(c.percent).toBe(Math.round((c.value / c.target) * 100));
      }
    }
  });

  it('shows the open period with who has submitted and who has not', async () => {
    const body: ExecutiveDashboard = (await w.as.vp.get(URL)).json();
    const period = body.periods.find((p) => p.id === periodId);
    expect(period).toMatchObject({ state: 'open', nameEn: 'Executive test period', closesOn: addDays(today, 10) });
    const missing = period?.notSubmitted.map((c) => c.code) ?? [];
    expect(missing).toContain('BUS');
    expect(missing).not.toContain('ENG');
    expect(period?.submitted).toBe((period?.colleges ?? 0) - missing.length);
  });

  it("counts the office's programs in the academic year asked: cohorts, assistants' approved hours, buddy pairs", async () => {
    const at = '2041-08-01T00:00:00.000Z';
    const stamp = { created_at: at, updated_at: at };
    const program = (start: string, end: string) =>
      w.db
        .insertInto('cohort_programs')
        .values({
          unit_id: w.unit.CSIE as number,
          name_zh: '專班',
          name_en: 'Cohort',
          start_date: start,
          end_date: end,
          places: 5,
          ...stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((r) => r.id);
    const inYear = await program('2041-09-01', '2042-06-30');
    const before = await program('2040-09-01', '2041-06-30'); // ends before AY 2041
    const apply = (programId: number, i: number) =>
      w.db
        .insertInto('cohort_applications')
        .values({
          program_id: programId,
          name: `A${i}`,
          email: `a${i}@x.org`,
          email_key: `a${i}@x.org`,
          source: 'form',
          stage: 'accepted',
          ...stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((r) => r.id);
    const apps = [await apply(inYear, 1), await apply(inYear, 2), await apply(inYear, 3), await apply(before, 4)];
    const join = (programId: number, applicationId: number, withdrawn: string | null) =>
      w.db
        .insertInto('cohort_participants')
        .values({
          program_id: programId,
          application_id: applicationId,
          name: 'P',
          withdrawn_on: withdrawn,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((r) => r.id);
    const p1 = await join(inYear, apps[0] as number, null);
    await join(inYear, apps[1] as number, '2041-12-01'); // withdrew: not a participant
    const p0 = await join(before, apps[3] as number, null); // a program of the year before
    await w.db
      .insertInto('cohort_certificates')
      .values([
        { participant_id: p1, code: 'C-2041-1', issued_on: '2042-06-30', issued_by: null },
        { participant_id: p0, code: 'C-2040-1', issued_on: '2041-06-30', issued_by: null },
      ])
      .execute();

    const assistant = async (year: number) => {
      const values = {
        person_id: await w.person('CSIE'),
        academic_year: year,
        semester: 1,
        skills_json: '[]',
        languages_json: '[]',
        started_on: '2041-09-01',
        ...stamp,
      };
      return (await w.db.insertInto('assistants').values(values).returning('id').executeTakeFirstOrThrow()).id;
    };
    const a = await assistant(2041);
    await assistant(2040);
    const hours = (worked: string, minutes: number, status: 'approved' | 'pending') =>
      w.db
        .insertInto('assistant_hours')
        .values({ assistant_id: a, worked_on: worked, minutes, description: 'x', status, ...stamp })
        .execute();
    await hours('2041-10-01', 90, 'approved');
    await hours('2042-07-31', 30, 'approved');
    await hours('2041-10-02', 60, 'pending'); // not approved yet
    await hours('2041-07-31', 45, 'approved'); // AY 2040

    const round = (status: 'open' | 'published') =>
      w.db
        .insertInto('buddy_rounds')
        .values({
          academic_year: 2041,
          semester: 1,
          title_zh: '學伴',
          title_en: 'Buddies',
          status,
          published_at: null,
          ...stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((r) => r.id);
    const published = await round('published');
    const open = await round('open');
    const pair = async (roundId: number) => {
      const profile = async (side: 'international' | 'local') => {
        const values = {
          round_id: roundId,
          person_id: await w.person('CSIE'),
          side,
          languages_json: '[]',
          interests_json: '[]',
          gender_preference: 'any' as const,
          capacity: 1,
          ...stamp,
        };
        return (await w.db.insertInto('buddy_profiles').values(values).returning('id').executeTakeFirstOrThrow()).id;
      };
      const values = {
        round_id: roundId,
        international_id: await profile('international'),
        local_id: await profile('local'),
        origin: 'manual' as const,
        ...stamp,
      };
      return (await w.db.insertInto('buddy_pairs').values(values).returning('id').executeTakeFirstOrThrow()).id;
    };
    const pairId = await pair(published);
    await pair(published);
    await pair(open); // not published: not counted
    await w.db
      .insertInto('buddy_meetings')
      .values([
        { pair_id: pairId, met_on: '2041-11-01', created_at: at },
        { pair_id: pairId, met_on: '2041-07-01', created_at: at }, // AY 2040
      ])
      .execute();

    // The rows went in behind the app's back: a sign-in (an audited write) tells the dashboard's cache.
    const vp = await w.t.login(DEMO.executive);
    const res = await vp.get(`${URL}?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as ExecutiveDashboard).programs).toEqual({
      academicYear: YEAR,
      cohortApplications: 3,
      cohortParticipants: 1,
      certificates: 1,
      assistants: 1,
      assistantHours: 2,
      buddyPairs: 2,
      buddyMeetings: 1,
    });
  });

  it('refuses a year out of range (400)', async () => {
    expect((await w.as.vp.get(`${URL}?year=1900`)).statusCode).toBe(400);
  });
});
