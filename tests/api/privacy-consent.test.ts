import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '#shared/calendar.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { newStudent, readSheet, unitIdsOf } from './people-fixtures.js';

const NOTICE = {
  purposeZh: '國際交流業務（代號 ○○八）',
  purposeEn: 'International exchange (purpose code 008)',
  textZh: '本校為辦理國際交流，蒐集您的姓名、聯絡方式及護照號碼。',
  textEn: 'The university collects your name, contact details and passport number to run international exchange.',
};

/** Privacy notice versions and consents: who records, who reads, the student's own acknowledgement, export. */
describe.each(DIALECTS)('privacy notice and consent (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let student: Client;
  let coordEng: Client;
  let busPerson: number;
  let studentPerson: number;
  let today: string;
  let notice: { id: number; version: number };

  beforeAll(async () => {
    t = await setupApp(dialect);
    today = businessDate(t.clock.now());
    oia = await t.login(DEMO.oia);
    student = await t.login(DEMO.student);
    coordEng = await t.login(DEMO.coordEng);
    const units = await unitIdsOf(t, oia);
    const res = await oia.post('/api/v1/people', newStudent({ unitId: units.IB }));
    expect(res.statusCode, res.body).toBe(201);
    busPerson = res.json().id;
    studentPerson = (await student.get('/api/v1/people/me')).json().id;
  });
  afterAll(() => t.close());

  it('OIA staff publish numbered versions; everyone reads the one in force; others may not publish', async () => {
    const first = await oia.post('/api/v1/privacy/notices', { ...NOTICE, effectiveOn: addDays(today, -30) });
    expect(first.statusCode, first.body).toBe(201);
    const future = await oia.post('/api/v1/privacy/notices', { ...NOTICE, effectiveOn: addDays(today, 30) });
    expect(future.json().version).toBe(first.json().version + 1);
    notice = first.json();
    const list = (await student.get('/api/v1/privacy/notices')).json();
    expect(list.current.id).toBe(notice.id); // the later version is not in force yet
    expect(list.items[0].id).toBe(future.json().id);
    for (const email of [DEMO.admin, DEMO.coordEng, DEMO.student]) {
      const c = await t.login(email);
      expect((await c.post('/api/v1/privacy/notices', { ...NOTICE, effectiveOn: today })).statusCode).toBe(403);
    }
  });

  it('OIA staff record a dated consent from a form; it shows on the person with the notice version', async () => {
    const res = await oia.post(`/api/v1/privacy/people/${busPerson}/consents`, {
      noticeId: notice.id,
      agreedOn: addDays(today, -3),
      purpose: 'Exchange application and nomination',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ method: 'staff', agreedOn: addDays(today, -3), noticeVersion: notice.version });
    const list = (await oia.get(`/api/v1/privacy/people/${busPerson}/consents`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.permissions.record).toBe(true);
    const dup = await oia.post(`/api/v1/privacy/people/${busPerson}/consents`, {
      noticeId: notice.id,
      purpose: 'Exchange application and nomination',
    });
    expect(dup.statusCode).toBe(409);
    const early = await oia.post(`/api/v1/privacy/people/${busPerson}/consents`, {
      noticeId: notice.id,
      agreedOn: addDays(today, -40),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe('agreedOn');
  });

  it('a coordinator of another college, a student and related units may not read or record it', async () => {
    expect((await coordEng.get(`/api/v1/privacy/people/${busPerson}/consents`)).statusCode).toBe(403);
    expect((await student.get(`/api/v1/privacy/people/${busPerson}/consents`)).statusCode).toBe(403);
    const unitStaff = await t.login(DEMO.unitStaff);
    expect((await unitStaff.get(`/api/v1/privacy/people/${busPerson}/consents`)).statusCode).toBe(403);
    const write = await student.post(`/api/v1/privacy/people/${busPerson}/consents`, { noticeId: notice.id });
    expect(write.statusCode).toBe(403);
    expect((await oia.get('/api/v1/privacy/people/99999999/consents')).statusCode).toBe(404);
  });

  it('the student acknowledges the notice in force themself (today), not another version', async () => {
    const before = (await student.get(`/api/v1/privacy/people/${studentPerson}/consents`)).json();
    expect(before.acknowledgedCurrent).toBe(false);
    const res = await student.post(
      `/api/v1/privacy/people/${studentPerson}/consents`,
      { noticeId: notice.id, agreedOn: addDays(today, -10) },
      { locale: 'en' },
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ method: 'self', agreedOn: today, purpose: NOTICE.purposeEn });
    const after = (await student.get(`/api/v1/privacy/people/${studentPerson}/consents`)).json();
    expect(after.acknowledgedCurrent).toBe(true);
    const list = (await oia.get('/api/v1/privacy/notices')).json();
    const later = list.items.find((n: { id: number }) => n.id !== notice.id);
    const wrong = await student.post(`/api/v1/privacy/people/${studentPerson}/consents`, { noticeId: later.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].code).toBe('notice_not_current');
  });

  it('withdrawal is dated, versioned, once, and audited on the person', async () => {
    const mine = (await student.get(`/api/v1/privacy/people/${studentPerson}/consents`)).json().items[0];
    const url = `/api/v1/privacy/people/${studentPerson}/consents/${mine.id}/withdraw`;
    expect((await student.post(url, { version: mine.version + 1 })).statusCode).toBe(409);
    const res = await student.post(url, { version: mine.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().withdrawnOn).toBe(today);
    expect((await student.post(url, { version: res.json().version })).statusCode).toBe(409);
    const other = `/api/v1/privacy/people/${busPerson}/consents/${mine.id}/withdraw`;
    expect((await oia.post(other, { version: 1 })).statusCode).toBe(404);
    const history = (await oia.get(`/api/v1/people/${studentPerson}/history`)).json();
    const actions = history.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['consent', 'withdraw']));
  });

  it('exports every consent as xlsx for administrators and OIA staff, in the user language', async () => {
    const res = await oia.get('/api/v1/privacy/consents/export.xlsx', { locale: 'en' });
    expect(res.statusCode).toBe(200);
    const sheet = await readSheet(res);
    expect(sheet.headers).toContain('Notice version');
    const rows = sheet.rows.filter((r) => r['Person ID'] === busPerson || r['Person ID'] === studentPerson);
    expect(rows).toHaveLength(2);
    // A real date cell (issue 23.16), the day it was withdrawn.
    const withdrawn = rows.find((r) => r['Person ID'] === studentPerson)?.['Withdrawn on'];
    expect(withdrawn).toBeInstanceOf(Date);
    expect((withdrawn as Date).toISOString().slice(0, 10)).toBe(today);
    expect((await coordEng.get('/api/v1/privacy/consents/export.xlsx')).statusCode).toBe(403);
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['privacy_notice', 'consent']);
  });
});
