import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDDY_WEIGHTS } from '#shared/buddy.js';
import { addDays, businessDate, semesterOf } from '#shared/calendar.js';
import { insertStudent, makeMobility, unitIdsByCode } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';

const fieldOf = (res: { json: () => any }, path: string) =>
  (res.json().error?.fields ?? []).find((f: { path: string }) => f.path === path);

/** Issue 18 (f): a round's matching weights (buddy_rounds.weights_json, ADR 0042). */
describe.each(DIALECTS)('buddy matching weights (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let unit: Record<string, number>;
  const today = businessDate(new Date());
  const term = semesterOf(today);

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    unit = await unitIdsByCode(oia);
  });
  afterAll(() => t.close());

  async function person(unitCode: string, inbound?: string) {
    const personId = await insertStudent(t, unit[unitCode] as number, { gender: 'female' });
    if (inbound)
      await makeMobility(t, {
        person_id: personId,
        direction: 'inbound',
        start_date: inbound,
        end_date: addDays(inbound, 150),
      });
    return personId;
  }

  it('sets, validates and resets a round’s weights, and the next proposal uses them', async () => {
    const created = await oia.post('/api/v1/buddy-rounds', {
      academicYear: term.academicYear,
      semester: term.semester,
      titleZh: '權重測試梯次',
      titleEn: 'Weights round',
    });
    let r = created.json();
    expect(r).toMatchObject({ weights: BUDDY_WEIGHTS, weightsDefault: true });

    // One volunteer, two students: Ana shares her interests and college, Budi arrives first.
    const ids: Record<string, number> = {};
    for (const [name, personId, body] of [
      ['ana', await person('CSIE', addDays(today, 20)), { side: 'international', interests: ['music', 'food'] }],
      ['budi', await person('ME', addDays(today, 3)), { side: 'international', interests: [] }],
      ['xu', await person('CSIE'), { side: 'local', interests: ['music', 'food'] }],
    ] as const) {
      const res = await oia.post(`/api/v1/buddy-rounds/${r.id}/profiles`, {
        personId,
        languages: ['en'],
        capacity: 1,
        ...body,
      });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
    }
    r = (await oia.get(`/api/v1/buddy-rounds/${r.id}`)).json();
    const propose = async () => {
      const res = await oia.post(`/api/v1/buddy-rounds/${r.id}/propose`, { version: r.version });
      expect(res.statusCode, res.body).toBe(200);
      r = res.json();
      return r.pairList.map((p: { internationalId: number }) => p.internationalId);
    };
    expect(await propose()).toEqual([ids.ana]); // the defaults: interests and college outweigh 17 days

    const url = `/api/v1/buddy-rounds/${r.id}/weights`;
    const bad = await oia.put(
      url,
      { weights: { ...BUDDY_WEIGHTS, sameCollege: -1, sharedInterest: 1.5 }, version: r.version },
      { locale: 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad, 'weights.sameCollege')).toBeDefined();
    expect(fieldOf(bad, 'weights.sharedInterest')).toBeDefined();
    const zero = Object.fromEntries(Object.keys(BUDDY_WEIGHTS).map((k) => [k, 0]));
    const allZero = await oia.put(url, { weights: zero, version: r.version }, { locale: 'zh-TW' });
    expect(fieldOf(allZero, 'weights.sharedLanguage')?.message).toBe('至少須有一項權重大於 0。');
    expect((await oia.put(url, { weights: { sameCollege: 5 }, version: r.version })).statusCode).toBe(400);
    const student = await t.login(DEMO.student);
    expect((await student.put(url, { weights: null, version: r.version })).statusCode).toBe(403);

    const arrivalFirst = { ...BUDDY_WEIGHTS, sharedInterest: 0, sameCollege: 0, earlyArrivalMax: 30 };
    const set = await oia.put(url, { weights: arrivalFirst, version: r.version });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ weights: arrivalFirst, weightsDefault: false, version: r.version + 1 });
    const stale = await oia.put(url, { weights: null, version: r.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ weights: arrivalFirst });
    r = set.json();
    expect(await propose()).toEqual([ids.budi]); // now the earliest arrival decides

    const reset = await oia.put(url, { weights: null, version: r.version });
    expect(reset.json()).toMatchObject({ weights: BUDDY_WEIGHTS, weightsDefault: true });
    r = reset.json();
    expect(await propose()).toEqual([ids.ana]);

    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('summary_key')
      .where('entity_type', '=', 'buddy_round')
      .where('entity_id', '=', r.id)
      .where('action', '=', 'update')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.summary_key)).toContain('auditSummaries.buddyWeights');
    expect(audit.map((a) => a.summary_key)).toContain('auditSummaries.buddyWeightsDefault');
    await expectSummariesAsData(t.db.db, ['buddy_round']);
  });

  it('edits a profile with its version: 409 with the profile as it is now; capacity within the side’s limit', async () => {
    const r = (
      await oia.post('/api/v1/buddy-rounds', {
        academicYear: term.academicYear,
        semester: term.semester,
        titleZh: '編輯梯次',
        titleEn: 'Edit round',
      })
    ).json();
    const created = await oia.post(`/api/v1/buddy-rounds/${r.id}/profiles`, {
      personId: await person('CSIE'),
      side: 'local',
      languages: ['zh'],
      capacity: 1,
    });
    const p = created.json();
    const url = `/api/v1/buddy-profiles/${p.id}`;
    const body = { languages: ['zh', 'en'], interests: ['hiking'], genderPreference: 'same', capacity: 2 };
    const ok = await oia.put(url, { ...body, arrivalOn: '2026-09-01', version: p.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ ...body, arrivalOn: null, version: p.version + 1 }); // no arrival for locals
    const stale = await oia.put(url, { ...body, capacity: 3, version: p.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ capacity: 2, languages: ['zh', 'en'] });
    const bad = await oia.put(url, { ...body, languages: [], capacity: 4, version: p.version + 1 });
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad, 'languages')).toBeDefined();
    expect(fieldOf(bad, 'capacity')).toBeDefined();
    const student = await t.login(DEMO.student);
    expect((await student.put(url, { ...body, version: p.version + 1 })).statusCode).toBe(403);
    await expectSummariesAsData(t.db.db, ['buddy_profile']);
  });
});
