import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';

type Field = { path: string; message: string };
const fieldOf = (res: { json: () => any }, path: string): Field | undefined =>
  (res.json().error?.fields ?? []).find((f: Field) => f.path === path);

/** Issue 18 (e): an application's interview — scheduled, then scored and decided — on its own endpoint. */
describe.each(DIALECTS)('cohort application interviews (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let oiaIss: Client;
  let programId: number;
  let ids: number[];

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    oiaIss = await t.login(DEMO.oiaIss);
    const units = (await oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
    const created = await oia.post('/api/v1/cohorts', {
      unitId: units.find((u) => u.code === 'OIA-IC')?.id,
      nameZh: '半導體國際專班',
      nameEn: 'Semiconductor International Program',
      startDate: '2027-09-01',
      endDate: '2028-06-30',
      places: 5,
      applicationsOpen: true,
      minAttendance: 50,
      descriptionZh: null,
      descriptionEn: null,
      organisations: [],
    });
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    ids = [];
    for (const n of [1, 2]) {
      const a = await oia.post(`/api/v1/cohorts/${programId}/applications`, {
        name: `Interviewee ${n}`,
        email: `interviewee${n}@example.mx`,
      });
      ids.push(a.json().id);
    }
  });
  afterAll(() => t.close());

  const url = (id: number) => `/api/v1/cohorts/${programId}/applications/${id}/interview`;
  const current = async (id: number) =>
    (await oia.get(`/api/v1/cohorts/${programId}/applications?pageSize=200`))
      .json()
      .items.find((a: { id: number }) => a.id === id);

  it('mails the interview date on the move to interview and refuses an interview before that stage', async () => {
    const [a, b] = ids as [number, number];
    const early = await oia.put(url(b), { interviewOn: '2026-11-20', version: 1 }, { locale: 'en' });
    expect(early.statusCode).toBe(400);
    expect(fieldOf(early, 'interviewOn')?.message).toMatch(/interview stage/);

    for (const [stage, extra] of [
      ['screening', {}],
      ['interview', { interviewOn: '2026-11-20' }],
    ] as const) {
      const app = await current(a);
      const res = await oia.post(`/api/v1/cohorts/${programId}/applications/${a}/stage`, {
        stage,
        ...extra,
        version: app.version,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const mail = await t.db.db
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', 'interviewee1@example.mx')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toMatch(/面試通知/);
    expect(mail.body_text).toMatch(/2026-11-20/);
  });

  it('validates on each field: time, score range, after the program starts, scores before the interview', async () => {
    const a = ids[0] as number;
    const { version } = await current(a);
    const bad = await oia.put(
      url(a),
      { interviewOn: '2026-11-20', interviewTime: '25:00', interviewScore: 101, version },
      { locale: 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad, 'interviewTime')).toBeDefined();
    expect(fieldOf(bad, 'interviewScore')).toBeDefined();

    const late = await oia.put(url(a), { interviewOn: '2027-10-01', version }, { locale: 'zh-TW' });
    expect(late.statusCode).toBe(400);
    expect(fieldOf(late, 'interviewOn')?.message).toBe('面試日期不得晚於計畫開始日（2027-09-01）。');

    // 2027-03-01 has not come yet: it can be scheduled, but not scored or decided.
    const future = await oia.put(
      url(a),
      { interviewOn: '2027-03-01', interviewScore: 80, interviewResult: 'Strong', version },
      { locale: 'en' },
    );
    expect(future.statusCode).toBe(400);
    expect(fieldOf(future, 'interviewScore')?.message).toMatch(/not been held/);
    expect(fieldOf(future, 'interviewResult')).toBeDefined();
    expect((await current(a)).version).toBe(version); // nothing written
  });

  it('schedules, then scores with the version; a stale version gets 409 with the record; only the runners write', async () => {
    const a = ids[0] as number;
    const { version } = await current(a);
    const scheduled = await oia.put(url(a), {
      interviewOn: '2026-11-20',
      interviewTime: '14:30',
      interviewPlace: 'https://meet.example.org/itp-2027',
      interviewPanel: 'Prof. Lin (chair); Dr. Chen',
      version,
    });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect(scheduled.json()).toMatchObject({
      stage: 'interview',
      interviewTime: '14:30',
      interviewScore: null,
      version: version + 1,
    });
    expect((await oiaIss.put(url(a), { interviewOn: '2026-11-20', version: version + 1 })).statusCode).toBe(403);

    const ok = await oia.put(url(a), {
      interviewOn: '2026-11-20',
      interviewTime: '14:30',
      interviewPlace: 'https://meet.example.org/itp-2027',
      interviewPanel: 'Prof. Lin (chair); Dr. Chen',
      interviewScore: 86.5,
      interviewResult: 'Recommended for an offer',
      version: version + 1,
    });
    expect(ok.json()).toMatchObject({ interviewScore: 86.5, interviewResult: 'Recommended for an offer' });
    const stale = await oia.put(url(a), { interviewOn: '2026-11-21', version: version + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ interviewScore: 86.5, version: version + 2 });

    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['summary_key', 'summary_params'])
      .where('entity_type', '=', 'cohort_application')
      .where('entity_id', '=', a)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((r) => r.summary_key)).toEqual([
      'auditSummaries.cohortInterview',
      'auditSummaries.cohortInterview',
    ]);
    expect(JSON.parse(audit[1]?.summary_params ?? '{}')).toMatchObject({ date: '2026-11-20', score: 86.5 });
    await expectSummariesAsData(t.db.db, ['cohort_application']);
  });
});
