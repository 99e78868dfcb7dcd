import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';

type Field = { path: string; message: string };
const fields = (res: { json: () => any }) => (res.json().error?.fields ?? []).map((f: Field) => f.path);

/** Issue 18's edits with their version: a cohort session, an assistant recruitment round. */
describe.each(DIALECTS)('program edits (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let oiaIss: Client;
  let programId: number;

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    oiaIss = await t.login(DEMO.oiaIss);
    const programs = (await oia.get('/api/v1/cohorts', { locale: 'en' })).json().items as any[];
    programId = programs.find((p) => /International Talent/.test(p.nameEn) && !/2nd/.test(p.nameEn)).id;
  });
  afterAll(() => t.close());

  it('edits a session with its version: 409 with the current one on a stale save, dates inside the program', async () => {
    const url = `/api/v1/cohorts/${programId}/sessions`;
    const first = (await oia.get(url)).json().items[0];
    const body = {
      kind: 'company_visit',
      titleZh: '參訪台積電',
      titleEn: 'Visit to TSMC',
      heldOn: first.heldOn,
      hours: 4.5,
      required: true,
      version: first.version,
    };
    const saved = await oia.put(`${url}/${first.id}`, body);
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json().items.find((s: any) => s.id === first.id);
    expect(after).toMatchObject({ titleEn: 'Visit to TSMC', hours: 4.5, required: true, version: first.version + 1 });
    expect(after.present).toBe(first.present); // attendance is kept
    expect(saved.json().hoursByKind.company_visit).toBeGreaterThanOrEqual(4.5);

    const stale = await oia.put(`${url}/${first.id}`, { ...body, titleEn: 'Another title' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({
      id: first.id,
      titleEn: 'Visit to TSMC',
      version: first.version + 1,
    });

    const outside = await oia.put(`${url}/${first.id}`, { ...body, heldOn: '2031-01-01', version: first.version + 1 });
    expect(outside.statusCode).toBe(400);
    expect(fields(outside)).toEqual(['heldOn']);
    const bad = await oia.put(`${url}/${first.id}`, { ...body, hours: 0, titleZh: '', version: first.version + 1 });
    expect(fields(bad).sort()).toEqual(['hours', 'titleZh']);
    // Another unit's staff read the program but do not run it; another program's session is not found.
    expect((await oiaIss.put(`${url}/${first.id}`, { ...body, version: first.version + 1 })).statusCode).toBe(403);
    expect((await oia.put(`${url}/999999`, { ...body, version: 1 })).statusCode).toBe(404);
    await expectSummariesAsData(t.db.db, ['cohort_program']);
  });

  it('edits an assistant recruitment round with its version, places never below those selected', async () => {
    const rounds = (await oia.get('/api/v1/assistant-rounds')).json().items as any[];
    const round = rounds.find((r) => r.selected > 0) ?? rounds[0];
    const url = `/api/v1/assistant-rounds/${round.id}`;
    const body = {
      academicYear: round.academicYear,
      semester: round.semester,
      titleZh: `${round.titleZh}（修訂）`,
      titleEn: `${round.titleEn} (revised)`,
      collegeIds: round.collegeIds,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      places: round.places + 5,
      version: round.version,
    };
    const saved = await oia.put(url, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ places: round.places + 5, version: round.version + 1 });
    expect(saved.json().applications.length).toBeGreaterThanOrEqual(round.selected);

    const stale = await oia.put(url, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: round.id, places: round.places + 5 });
    const next = { ...body, version: round.version + 1 };
    const dates = await oia.put(url, { ...next, closesOn: '2000-01-01' });
    expect(fields(dates)).toEqual(['closesOn']);
    if (round.selected > 0) {
      const below = await oia.put(url, { ...next, places: Math.max(1, round.selected - 1) });
      expect(below.statusCode).toBe(400);
      const problem = below.json().error.fields.find((f: Field) => f.path === 'places');
      expect(problem.message).toBe(`名額不可少於已錄取人數（${round.selected} 人）。`);
    }
    const unknownUnit = await oia.put(url, { ...next, collegeIds: [999999] });
    expect(fields(unknownUnit)).toEqual(['collegeIds.0']);
    const student = await t.login(DEMO.student);
    expect((await student.put(url, next)).statusCode).toBe(403);
    await expectSummariesAsData(t.db.db, ['assistant_round']);
  });
});
