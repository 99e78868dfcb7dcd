import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, programBody, roundBody, submittedApplication } from '#tests/api/admissions-fixtures.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';

/** Staff reads of applicants' personal data are logged (a refused one is not); the list's xlsx export. */
describe.each(DIALECTS)('admissions: staff reads of applicants (%s)', (dialect) => {
  let t: TestApp;
  let as: Record<'oiaIss' | 'coordEng' | 'coordBus', Client>;
  let userId: Record<string, number>;
  let roundId: number;
  let csProgram: number;
  let mbaProgram: number;
  let csApp: number;
  let mbaApp: number;

  beforeAll(async () => {
    t = await setupApp(dialect);
    as = {
      oiaIss: await t.login(DEMO.oiaIss),
      coordEng: await t.login(DEMO.coordEng),
      coordBus: await t.login(DEMO.coordBus),
    };
    const users = await t.db.db.selectFrom('users').select(['id', 'email']).execute();
    userId = Object.fromEntries(users.map((u) => [u.email, u.id]));
    const units = (await as.oiaIss.get('/api/v1/units')).json().items as { id: number; code: string }[];
    const unit = (code: string) => units.find((u) => u.code === code)?.id as number;
    roundId = (await as.oiaIss.post(`${BASE}/rounds`, roundBody({ nameEn: 'Reads' }))).json().id;
    const cs = await as.oiaIss.post(
      `${BASE}/rounds/${roundId}/programs`,
      programBody(unit('CSIE'), [userId[DEMO.coordEng] as number], { places: 5 }),
    );
    csProgram = cs.json().programs[0].id;
    const mba = await as.oiaIss.post(
      `${BASE}/rounds/${roundId}/programs`,
      programBody(unit('CSIE'), [userId[DEMO.coordBus] as number], { nameEn: 'MBA', nameZh: '企管碩士', places: 5 }),
    );
    mbaProgram = mba.json().programs.find((p: { nameEn: string }) => p.nameEn === 'MBA').id;
    csApp = (await submittedApplication(t, 'reads.cs@example.com', roundId, csProgram)).id;
    mbaApp = (await submittedApplication(t, 'reads.mba@example.com', roundId, mbaProgram)).id;
  }, 60_000);
  afterAll(() => t.close());

  const logOf = (email: string) =>
    t.db.db
      .selectFrom('pii_access_log')
      .select(['field', 'action', 'detail', 'person_id'])
      .where('user_id', '=', userId[email] as number)
      .where('detail', 'like', 'admission_application:%')
      .orderBy('id')
      .execute();

  it('each staff read of an application, its list page and its document is logged; a refused read logs nothing', async () => {
    expect(await logOf(DEMO.oiaIss)).toEqual([]);
    expect((await as.oiaIss.get(`${BASE}/applications/${csApp}`)).statusCode).toBe(200);
    expect(await logOf(DEMO.oiaIss)).toEqual([
      { field: 'admissionApplicant', action: 'reveal', detail: `admission_application:${csApp}`, person_id: null },
    ]);

    // The business coordinator reviews the MBA only: the CS application is refused and leaves no trace.
    expect((await as.coordBus.get(`${BASE}/applications/${csApp}`)).statusCode).toBe(404);
    expect(await logOf(DEMO.coordBus)).toEqual([]);

    const list = (await as.coordBus.get(`${BASE}/rounds/${roundId}/applications`)).json();
    expect(list.items.map((a: { id: number }) => a.id)).toEqual([mbaApp]);
    expect(await logOf(DEMO.coordBus)).toEqual([
      {
        field: 'admissionApplicantList',
        action: 'reveal',
        detail: `admission_application:${mbaApp}`,
        person_id: null,
      },
    ]);

    const app = (await as.coordEng.get(`${BASE}/applications/${csApp}`)).json();
    const doc = app.documents[0];
    expect((await as.coordEng.get(`${BASE}/applications/${csApp}/documents/${doc.id}`)).statusCode).toBe(200);
    expect((await logOf(DEMO.coordEng)).map((r) => [r.field, r.action])).toEqual([
      ['admissionApplicant', 'reveal'],
      ['admissionDocument', 'download'],
    ]);
    expect((await as.coordBus.get(`${BASE}/applications/${csApp}/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await logOf(DEMO.coordBus)).length).toBe(1);
  }, 30_000);

  async function sheetOf(who: Client, query: string, locale = 'zh-TW') {
    const res = await who.get(`${BASE}/rounds/${roundId}/applications.xlsx${query}`, { locale });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { sheet, header: rows[0] as string[], rows: rows.slice(1) };
  }

  it('the list exports as xlsx with its filters and the reader’s scope, headers in their language, each row logged', async () => {
    const all = await sheetOf(as.oiaIss, '');
    expect(all.header.slice(0, 4)).toEqual(['編號', '姓氏（護照）', '名字（護照）', '電子郵件']);
    expect(all.rows.map((r) => r[0])).toEqual([mbaApp, csApp]);
    expect(all.rows[0]).toEqual(expect.arrayContaining(['reads.mba@example.com', '企管碩士', '已送出']));
    expect(all.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(all.sheet.autoFilter).toBeTruthy();

    const filtered = await sheetOf(as.oiaIss, `?programId=${csProgram}`, 'en');
    expect(filtered.header[0]).toBe('No.');
    expect(filtered.rows.map((r) => r[0])).toEqual([csApp]);
    expect(filtered.rows[0]).toEqual(expect.arrayContaining(['Master in Computer Science', 'Submitted', 'Nigeria']));

    // The business coordinator reviews only the MBA: their file has only that program's application.
    const before = (await logOf(DEMO.coordBus)).length;
    const mine = await sheetOf(as.coordBus, '');
    expect(mine.rows.map((r) => r[0])).toEqual([mbaApp]);
    const exported = (await logOf(DEMO.coordBus)).slice(before);
    expect(exported).toEqual([
      { field: 'admissionApplicantList', action: 'export', detail: `admission_application:${mbaApp}`, person_id: null },
    ]);
    expect((await as.coordBus.get(`${BASE}/rounds/999999/applications.xlsx`)).statusCode).toBe(404);
  }, 30_000);
});
