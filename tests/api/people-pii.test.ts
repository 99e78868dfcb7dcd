import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson, uniqueTag } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { testPii } from '#tests/setup/db.js';
import { accessRows, countAccessRows, newStudent, readSheet, unitIdsOf } from './people-fixtures.js';

/** Personal data: reveal per role with its log row, the access log, masked and clear exports. */
describe.each(DIALECTS)('people personal data (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let unitIds: Record<string, number>;
  let engPerson: { id: number; passportNo: string; arcNo: string };
  let busPerson: { id: number; passportNo: string; arcNo: string };
  let kevin: { id: number; passportNo: string; arcNo: string };
  const logins = new Map<string, Client>();
  const as = async (email: string) => {
    if (!logins.has(email)) logins.set(email, await t.login(email));
    return logins.get(email) as Client;
  };

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await as(DEMO.oia);
    unitIds = await unitIdsOf(t, oia);
    const make = async (unit: string) => {
      const input = newStudent({ unitId: unitIds[unit] });
      const res = await oia.post('/api/v1/people', input);
      expect(res.statusCode).toBe(201);
      return { id: res.json().id as number, passportNo: input.passportNo, arcNo: input.arcNo };
    };
    engPerson = await make('CSIE');
    busPerson = await make('IB');
    // The demo student gets numbers of their own.
    const me = (await (await as(DEMO.student)).get('/api/v1/people/me')).json();
    const body = { kind: 'student', nameZh: me.nameZh, nameEn: me.nameEn, unitId: me.unitId, studentNo: me.studentNo };
    const updated = await oia.put(`/api/v1/people/${me.id}`, {
      ...body,
      passportNo: 'K1234567',
      arcNo: 'A812345670',
      version: me.version,
    });
    expect(updated.statusCode).toBe(200);
    kevin = { id: me.id, passportNo: 'K1234567', arcNo: 'A812345670' };
  });
  afterAll(() => t.close());

  describe('reveal', () => {
    const cases: [string, keyof typeof DEMO, 'eng' | 'bus' | 'kevin', number][] = [
      ['OIA International Cooperation', 'oia', 'eng', 200],
      ['OIA International Students & Scholars', 'oiaIss', 'bus', 200],
      ['an administrator (runs the system, not the cases)', 'admin', 'eng', 403],
      ['the Engineering coordinator, own college', 'coordEng', 'eng', 403],
      ['the Engineering coordinator, another college', 'coordEng', 'bus', 403],
      ['a related-unit staff member', 'unitStaff', 'eng', 403],
      ['the student, their own record', 'student', 'kevin', 200],
      ['the student, someone else', 'student', 'eng', 403],
      ['an executive', 'executive', 'eng', 403],
    ];
    it.each(cases)('%s → %s', async (_label, role, whose, status) => {
      const client = await as(DEMO[role]);
      const person = { eng: engPerson, bus: busPerson, kevin }[whose];
      const before = await countAccessRows(t);
      for (const field of ['passportNo', 'arcNo'] as const) {
        const res = await client.post(`/api/v1/people/${person.id}/reveal`, { field });
        expect(res.statusCode, field).toBe(status);
        if (status === 200) expect(res.json()).toMatchObject({ field, value: person[field] });
        else expect(res.body).not.toContain(person[field]);
      }
      const written = (await accessRows(t)).slice(before);
      if (status !== 200) {
        expect(written).toEqual([]);
        return;
      }
      const userId = (await client.get('/api/v1/auth/me')).json().id;
      expect(written.map((r) => [r.user_id, r.person_id, r.field, r.action])).toEqual([
        [userId, person.id, 'passportNo', 'reveal'],
        [userId, person.id, 'arcNo', 'reveal'],
      ]);
      expect(written.every((r) => r.ip && r.created_at)).toBe(true);
    });

    it('shows the reveal permission on the record for those who have it', async () => {
      const get = async (role: keyof typeof DEMO, id: number) =>
        (await (await as(DEMO[role])).get(`/api/v1/people/${id}`)).json().permissions;
      expect((await get('oiaIss', engPerson.id)).revealPii).toBe(true);
      expect((await get('admin', engPerson.id)).revealPii).toBe(false);
      expect((await get('coordEng', engPerson.id)).revealPii).toBe(false);
      expect((await get('student', kevin.id)).revealPii).toBe(true);
    });

    it('answers 404 when there is nothing to reveal, and writes no log row', async () => {
      const res = await oia.post('/api/v1/people', { kind: 'staff', nameEn: 'No Passport' });
      const before = await countAccessRows(t);
      expect((await oia.post(`/api/v1/people/${res.json().id}/reveal`, { field: 'arcNo' })).statusCode).toBe(404);
      expect((await oia.post('/api/v1/people/999999/reveal', { field: 'arcNo' })).statusCode).toBe(404);
      expect((await oia.post(`/api/v1/people/${engPerson.id}/reveal`, { field: 'email' })).statusCode).toBe(400);
      expect(await countAccessRows(t)).toBe(before);
    });
  });

  describe('access log', () => {
    it('lists who revealed what, newest first, for OIA and admins only', async () => {
      const iss = await as(DEMO.oiaIss);
      await iss.post(`/api/v1/people/${engPerson.id}/reveal`, { field: 'arcNo' });
      const log = await oia.get(`/api/v1/people/${engPerson.id}/access-log`);
      expect(log.statusCode).toBe(200);
      const items = log.json().items;
      expect(items[0]).toMatchObject({ userEmail: DEMO.oiaIss, field: 'arcNo', action: 'reveal' });
      expect(items.length).toBe(log.json().total);
      expect(log.body).not.toContain(engPerson.arcNo);
      expect((await (await as(DEMO.admin)).get(`/api/v1/people/${engPerson.id}/access-log`)).statusCode).toBe(200);
      for (const role of ['coordEng', 'unitStaff', 'student'] as const)
        expect((await (await as(DEMO[role])).get(`/api/v1/people/${engPerson.id}/access-log`)).statusCode, role).toBe(
          403,
        );
      expect((await (await as(DEMO.student)).get(`/api/v1/people/${kevin.id}/access-log`)).statusCode).toBe(403);
    });
  });

  describe('export', () => {
    it('masks personal data by default, headers in the user language, and writes no log row', async () => {
      const before = await countAccessRows(t);
      const res = await oia.get(`/api/v1/people/export.xlsx?unitId=${unitIds.CSIE}&kind=student&locale=en`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const sheet = await readSheet(res);
      expect(sheet.name).toBe('People');
      expect(sheet.headers).toContain('Passport number');
      const list = (await oia.get(`/api/v1/people?unitId=${unitIds.CSIE}&kind=student&pageSize=200`)).json();
      expect(sheet.rows).toHaveLength(list.total);
      const mine = sheet.rows.find((r) => r.ID === engPerson.id) as Record<string, unknown>;
      expect(mine['Passport number']).toBe(`••••••${engPerson.passportNo.slice(-3)}`);
      expect(mine['Residence permit (ARC) number']).toBe(`••••••${engPerson.arcNo.slice(-3)}`);
      expect(mine.Nationality).toBe('Japan');
      const text = res.rawPayload.toString('latin1');
      expect(text).not.toContain(engPerson.passportNo);
      expect(JSON.stringify(sheet.rows)).not.toContain(engPerson.arcNo);
      expect(await countAccessRows(t)).toBe(before);
      const zh = await readSheet(
        await oia.get(`/api/v1/people/export.xlsx?unitId=${unitIds.CSIE}`, { locale: 'zh-TW' }),
      );
      expect(zh.name).toBe('人員');
      expect(zh.headers).toContain('護照號碼');
    });

    it('gives numbers in clear only to those who may reveal them all, one log row per exported person', async () => {
      const url = `/api/v1/people/export.xlsx?unitId=${unitIds.CSIE}&includePersonalData=true`;
      const before = await countAccessRows(t);
      for (const role of ['admin', 'coordEng', 'unitStaff'] as const)
        expect((await (await as(DEMO[role])).get(url)).statusCode, role).toBe(403);
      expect((await (await as(DEMO.student)).get(url)).statusCode).toBe(403);
      expect(await countAccessRows(t)).toBe(before);

      const iss = await as(DEMO.oiaIss);
      const res = await iss.get(`${url}&locale=en`);
      expect(res.statusCode).toBe(200);
      const sheet = await readSheet(res);
      const list = (await oia.get(`/api/v1/people?unitId=${unitIds.CSIE}&pageSize=200`)).json();
      expect(sheet.rows).toHaveLength(list.total);
      const mine = sheet.rows.find((r) => r.ID === engPerson.id) as Record<string, unknown>;
      expect(mine['Passport number']).toBe(engPerson.passportNo);
      expect(mine['Residence permit (ARC) number']).toBe(engPerson.arcNo);
      const written = (await accessRows(t)).slice(before);
      expect(written).toHaveLength(list.total);
      expect(new Set(written.map((r) => r.person_id))).toEqual(new Set(list.items.map((p: any) => p.id)));
      const userId = (await iss.get('/api/v1/auth/me')).json().id;
      expect(written.every((r) => r.action === 'export' && r.user_id === userId)).toBe(true);
      // Demo personal data decrypts to what the export shows.
      const demo = await t.db.db
        .selectFrom('people')
        .select(['id', 'arc_no_enc'])
        .where('unit_id', '=', unitIds.CSIE as number)
        .where('arc_no_enc', 'is not', null)
        .execute();
      for (const d of demo) {
        const row = sheet.rows.find((r) => r.ID === d.id) as Record<string, unknown>;
        expect(row['Residence permit (ARC) number']).toBe(testPii.decrypt(d.arc_no_enc as string));
      }
    });

    it('keeps the list’s order', async () => {
      const tag = uniqueTag('ord');
      for (const name of ['Ada', 'Cy', 'Bo']) await makePerson(oia, { unitId: unitIds.CSIE, nameEn: `${tag} ${name}` });
      const q = `unitId=${unitIds.CSIE}&sort=name&order=desc`;
      const sheet = await readSheet(await oia.get(`/api/v1/people/export.xlsx?${q}&locale=en`));
      const list = (await oia.get(`/api/v1/people?${q}&pageSize=200`, { locale: 'en' })).json();
      expect(list.total).toBeGreaterThanOrEqual(3);
      expect(sheet.rows.map((r) => r.ID)).toEqual(list.items.map((p: { id: number }) => p.id));
    });

    it('exports only what the user may see: a coordinator their college', async () => {
      const res = await (await as(DEMO.coordEng)).get('/api/v1/people/export.xlsx?pageSize=5&locale=en');
      const sheet = await readSheet(res);
      const list = (await (await as(DEMO.coordEng)).get('/api/v1/people?pageSize=1')).json();
      expect(sheet.rows).toHaveLength(list.total);
      expect(
        sheet.rows.every((r) => String(r.Unit).includes('Engineering') || String(r.Unit).includes('Computer')),
      ).toBe(true);
      expect((await (await as(DEMO.student)).get('/api/v1/people/export.xlsx')).statusCode).toBe(403);
    });
  });
});
