import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '#shared/calendar.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { accessRows, newStudent, readSheet, unitIdsOf } from './people-fixtures.js';

/** Subject access (one person: records, accesses, changes) and the access report for a breach inquiry. */
describe.each(DIALECTS)('privacy subject access and access report (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let oiaIss: Client;
  let admin: Client;
  let person: number;
  let other: number;
  let today: string;

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    oiaIss = await t.login(DEMO.oiaIss);
    admin = await t.login(DEMO.admin);
    today = businessDate(t.clock.now());
    const units = await unitIdsOf(t, oia);
    person = (await oia.post('/api/v1/people', newStudent({ unitId: units.IB }))).json().id;
    other = (await oia.post('/api/v1/people', newStudent({ unitId: units.CSIE }))).json().id;
    expect((await oiaIss.post(`/api/v1/people/${person}/reveal`, { field: 'passportNo' })).statusCode).toBe(200);
    expect((await oia.post(`/api/v1/people/${other}/reveal`, { field: 'arcNo' })).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('lists every record about the person, who revealed what, and the changes; and is itself logged', async () => {
    const res = await admin.get(`/api/v1/privacy/people/${person}/subject-access`, { locale: 'en' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.records[0]).toMatchObject({ entity: 'person', id: person });
    const reveal = body.accesses.find((a: { action: string }) => a.action === 'reveal');
    expect(reveal).toMatchObject({ field: 'passportNo', userEmail: DEMO.oiaIss, personId: person });
    expect(body.accesses.some((a: { personId: number }) => a.personId === other)).toBe(false);
    expect(body.changes.map((c: { action: string }) => c.action)).toContain('create');
    // The report itself: in the person's access log and in the audit log.
    const log = await accessRows(t, person);
    expect(log.at(-1)).toMatchObject({ action: 'export', field: 'subject_access' });
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type'])
      .where('entity_type', '=', 'person')
      .where('entity_id', '=', person)
      .where('action', '=', 'report')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('exports it as xlsx with records, accesses and changes', async () => {
    const res = await oia.get(`/api/v1/privacy/people/${person}/subject-access.xlsx`, { locale: 'en' });
    expect(res.statusCode).toBe(200);
    const sheet = await readSheet(res);
    const sections = new Set(sheet.rows.map((r) => r.Section));
    expect(sections).toEqual(new Set(['Record', 'Access', 'Change']));
    expect(sheet.rows.some((r) => r.Item === `Person #${person}`)).toBe(true);
  });

  it('is refused to those who may not read the access log', async () => {
    for (const email of [DEMO.coordBus, DEMO.unitStaff, DEMO.executive, DEMO.assistant, DEMO.student]) {
      const c = await t.login(email);
      expect((await c.get(`/api/v1/privacy/people/${person}/subject-access`)).statusCode, email).toBe(403);
      expect((await c.get(`/api/v1/privacy/access-report?from=${today}&to=${today}`)).statusCode, email).toBe(403);
    }
    expect((await t.anon.get(`/api/v1/privacy/people/${person}/subject-access`)).statusCode).toBe(401);
    expect((await admin.get('/api/v1/privacy/people/99999999/subject-access')).statusCode).toBe(404);
  });

  it('reports every access in a date range for a breach inquiry (audited), and nothing outside it', async () => {
    const res = await admin.get(`/api/v1/privacy/access-report?from=${today}&to=${today}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const people = new Set(body.items.map((i: { personId: number }) => i.personId));
    expect(people.has(person) && people.has(other)).toBe(true);
    expect(body.total).toBe(body.items.length);
    expect(body.users).toBeGreaterThanOrEqual(2);
    const earlier = (
      await admin.get(`/api/v1/privacy/access-report?from=${addDays(today, -9)}&to=${addDays(today, -2)}`)
    ).json();
    expect(earlier.items.some((i: { personId: number }) => i.personId === person)).toBe(false);
    const backwards = await admin.get(`/api/v1/privacy/access-report?from=${today}&to=${addDays(today, -1)}`);
    expect(backwards.statusCode).toBe(400);
    const reports = await t.db.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity_type', '=', 'privacy_report')
      .execute();
    expect(reports.length).toBe(2);
  });

  it('exports the range as xlsx', async () => {
    const res = await oia.get(`/api/v1/privacy/access-report.xlsx?from=${today}&to=${today}`, { locale: 'en' });
    expect(res.statusCode).toBe(200);
    const sheet = await readSheet(res);
    expect(sheet.rows.some((r) => r['Person ID'] === other && r.Field === 'arcNo')).toBe(true);
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['privacy_report', 'person']);
  });
});
