import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';

describe.each(DIALECTS)('academic calendar (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let oia: Client;
  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    oia = await t.login(DEMO.oia);
  });
  afterAll(() => t.close());

  const base = '/api/v1/academic-terms';
  /** Academic year 2040 (129 學年度): the demo fills no years this far ahead. */
  const first = {
    academicYear: 2040,
    semester: 1,
    firstDay: '2040-08-01',
    lastDay: '2041-02-14',
    teachingStart: '2040-09-10',
    teachingEnd: '',
  };
  const second = { ...first, semester: 2, firstDay: '2041-02-15', lastDay: '2041-07-31', teachingStart: null };
  const fieldsOf = (res: { json: () => any }) =>
    Object.fromEntries(res.json().error.fields.map((f: any) => [f.path, f.message]));
  let firstId = 0;

  it('creates, lists, updates and deletes a semester, with history; everyone signed-in reads', async () => {
    const res = await admin.post(base, first);
    expect(res.statusCode, res.body).toBe(201);
    const term = res.json();
    expect(term).toMatchObject({ ...first, teachingEnd: null, version: 1 });
    firstId = term.id;
    const upd = await admin.put(`${base}/${term.id}`, { ...first, teachingEnd: '2041-01-20', version: 1 });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json()).toMatchObject({ teachingEnd: '2041-01-20', version: 2 });
    const list = await oia.get(base);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual(expect.objectContaining({ id: term.id, academicYear: 2040 }));
    const history = (await admin.get(`${base}/${term.id}/history`)).json().items;
    expect(history.map((h: any) => h.action)).toEqual(['update', 'create']);
    const other = await admin.post(base, second);
    expect(other.statusCode, other.body).toBe(201);
    const del = await admin.request('DELETE', `${base}/${other.json().id}?version=1`);
    expect(del.statusCode).toBe(204);
    expect((await admin.get(`${base}/${other.json().id}`)).statusCode).toBe(404);
  });

  it('answers field errors in both languages: order, bounds, teaching dates, overlap, duplicates', async () => {
    const bad = { ...second, firstDay: '2041-07-01', lastDay: '2041-03-01' };
    const en = await admin.post(base, bad, { locale: 'en' });
    expect(en.statusCode).toBe(400);
    expect(fieldsOf(en)).toEqual({ lastDay: 'The last day cannot be before the first day.' });
    const zh = await admin.post(base, bad, { locale: 'zh-TW' });
    expect(fieldsOf(zh)).toEqual({ lastDay: '結束日不能早於開始日。' });
    const far = await admin.post(base, { ...second, lastDay: '2041-12-31' }, { locale: 'zh-TW' });
    expect(fieldsOf(far)).toEqual({ lastDay: '本學年度的學期須介於 2040-07-01 與 2041-08-31 之間。' });
    const teaching = await admin.post(base, { ...second, teachingStart: '2041-01-01' }, { locale: 'en' });
    expect(fieldsOf(teaching)).toEqual({ teachingStart: 'Teaching dates lie inside the semester.' });
    const overlap = await admin.post(base, { ...second, firstDay: '2041-02-01' }, { locale: 'zh-TW' });
    expect(fieldsOf(overlap)).toEqual({ firstDay: '日期與 129 學年度第 1 學期重疊。' });
    const overlapEn = await admin.post(base, { ...second, firstDay: '2041-02-01' }, { locale: 'en' });
    expect(fieldsOf(overlapEn)).toEqual({
      firstDay: 'These dates overlap semester 1 of academic year 129 (ROC).',
    });
    const dup = await admin.post(base, { ...first, teachingStart: null }, { locale: 'en' });
    expect(dup.statusCode).toBe(400);
    expect(fieldsOf(dup)).toEqual({
      semester: 'This semester of the academic year already has dates: edit them instead.',
    });
    const shape = await admin.post(base, { ...first, semester: 3, firstDay: '1 Aug' }, { locale: 'en' });
    expect(shape.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(shape)).sort()).toEqual(['firstDay', 'semester']);
  });

  it('lets only administrators write (403), and refuses a stale version (409)', async () => {
    expect((await oia.post(base, second)).statusCode).toBe(403);
    expect((await oia.put(`${base}/${firstId}`, { ...first, version: 2 })).statusCode).toBe(403);
    expect((await oia.request('DELETE', `${base}/${firstId}?version=2`)).statusCode).toBe(403);
    const stale = await admin.put(`${base}/${firstId}`, { ...first, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: firstId, version: 2 });
    expect((await admin.request('DELETE', `${base}/${firstId}?version=1`)).statusCode).toBe(409);
  });

  it('the Ministry export names the semester by the calendar: 2041-02-05 is still 129-1 when the first semester runs to 14 February', async () => {
    // a trip that starts on 2041-02-05: 學5 labels its row by the semester it is counted in
    const db = t.db.db;
    const unit = await db.selectFrom('units').select('id').where('kind', '=', 'department').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const person = await db
      .insertInto('people')
      .values({
        kind: 'student',
        name_zh: '學期測試',
        name_en: 'Semester test',
        student_no: `AC${dialect.slice(0, 1)}1`,
        unit_id: unit.id,
        degree_level: 'bachelor',
        program_type: 'bachelor_four_year',
        study_time: 'day',
        gender: 'female',
        nationality: 'TW',
        search_text: 'semester test',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const trip = await oia.post('/api/v1/mobilities', {
      personId: person.id,
      direction: 'outbound',
      kind: 'exchange',
      creditBearing: true,
      country: 'JP',
      startDate: '2041-02-05',
      endDate: '2041-06-30',
    });
    expect(trip.statusCode, trip.body).toBe(201);
    const semesterCells = async () => {
      const res = await admin.get('/api/v1/reports/ministry/export.xlsx?from=2041-02-05&to=2041-07-31');
      expect(res.statusCode, res.body).toBe(200);
      const sheet = (await readWorkbook(res.rawPayload)).getWorksheet('學5出國進修交流');
      const row = sheet?.getRow(5);
      return [row?.getCell(1).value, row?.getCell(2).value];
    };
    expect(await semesterCells()).toEqual([129, 1]);
    const current = (await admin.get(`${base}/${firstId}`)).json();
    expect((await admin.request('DELETE', `${base}/${firstId}?version=${current.version}`)).statusCode).toBe(204);
    expect(await semesterCells()).toEqual([129, 2]); // the cache was dropped: back to the default edges
  });
});
