import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '#shared/i18n/index.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { testPii } from '#tests/setup/db.js';
import { newStudent, unitIdsOf } from './people-fixtures.js';

describe.each(DIALECTS)('people (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coordEng: Client;
  let coordBus: Client;
  let student: Client;
  let unitIds: Record<string, number>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    coordEng = await t.login(DEMO.coordEng);
    coordBus = await t.login(DEMO.coordBus);
    student = await t.login(DEMO.student);
    unitIds = await unitIdsOf(t, oia);
  });
  afterAll(() => t.close());

  describe('demo data and list', () => {
    it('has local and international students, staff and scholars', async () => {
      const all = (await oia.get('/api/v1/people?pageSize=1')).json();
      expect(all.total).toBeGreaterThan(240);
      const count = async (query: string) => (await oia.get(`/api/v1/people?pageSize=1&${query}`)).json().total;
      expect(await count('kind=staff')).toBeGreaterThanOrEqual(20);
      expect(await count('kind=scholar')).toBeGreaterThanOrEqual(10);
      expect(await count('kind=student&origin=international')).toBeGreaterThanOrEqual(80);
      expect(await count('kind=student&origin=local')).toBeGreaterThanOrEqual(100);
      const vn = (await oia.get('/api/v1/people?nationality=vn&pageSize=200')).json();
      expect(vn.total).toBeGreaterThan(5);
      expect(vn.items.every((p: any) => p.nationality === 'VN')).toBe(true);
      const masters = (await oia.get('/api/v1/people?degreeLevel=master&pageSize=200')).json();
      expect(masters.items.every((p: any) => p.degreeLevel === 'master')).toBe(true);
    });

    it('stores demo personal data encrypted, with valid 2021-format numbers matching gender', async () => {
      const rows = await t.db.db
        .selectFrom('people')
        .select(['gender', 'arc_no_enc', 'arc_no_hint', 'passport_no_enc'])
        .where('arc_no_enc', 'is not', null)
        .execute();
      expect(rows.length).toBeGreaterThan(80);
      let newFormat = 0;
      for (const r of rows) {
        const arc = testPii.decrypt(r.arc_no_enc as string);
        expect(r.arc_no_enc).not.toContain(arc);
        expect(arc.endsWith(r.arc_no_hint as string)).toBe(true);
        if (/^[A-Z][89]\d{8}$/.test(arc)) {
          newFormat += 1;
          expect(arc[1]).toBe(r.gender === 'female' ? '9' : '8');
        } else expect(arc).toMatch(/^[A-Z][A-D]\d{8}$/);
      }
      expect(newFormat).toBeGreaterThan(rows.length * 0.8);
    });

    it('filters by unit with its departments, searches names in both languages and numbers', async () => {
      const eng = (await oia.get(`/api/v1/people?unitId=${unitIds.ENG}&pageSize=200`)).json();
      const engUnits = new Set([unitIds.ENG, unitIds.ME, unitIds.EE, unitIds.ECE, unitIds.CSIE]);
      expect(eng.total).toBeGreaterThan(30);
      expect(eng.items.every((p: any) => engUnits.has(p.unitId))).toBe(true);
      const zh = (await oia.get(`/api/v1/people?q=${encodeURIComponent('劉同學')}`)).json();
      expect(zh.items.map((p: any) => p.nameEn)).toEqual(['Kevin Liu']);
      const en = (await oia.get('/api/v1/people?q=kevin%20LIU')).json();
      expect(en.items).toHaveLength(1);
      const no = (await oia.get(`/api/v1/people?q=${zh.items[0].studentNo.toLowerCase()}`)).json();
      expect(no.items[0].id).toBe(zh.items[0].id);
    });

    it('sorts by the name in the reader language and by number', async () => {
      const names = (await oia.get('/api/v1/people?sort=name&kind=staff&pageSize=200', { locale: 'en' }))
        .json()
        .items.map((p: any) => p.nameEn ?? p.nameZh) as string[];
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const nos = (await oia.get('/api/v1/people?sort=number&order=desc&kind=staff&pageSize=200'))
        .json()
        .items.map((p: any) => p.staffNo) as string[];
      expect(nos).toEqual([...nos].sort().reverse());
    });

    it('scopes the list: a coordinator their college, a student only themselves, an executive nothing', async () => {
      const eng = (await coordEng.get('/api/v1/people?pageSize=200')).json();
      const engUnits = new Set([unitIds.ENG, unitIds.ME, unitIds.EE, unitIds.ECE, unitIds.CSIE]);
      expect(eng.total).toBeGreaterThan(30);
      expect(eng.items.every((p: any) => engUnits.has(p.unitId))).toBe(true);
      // A unit filter outside the scope finds nothing rather than widening it.
      expect((await coordEng.get(`/api/v1/people?unitId=${unitIds.BUS}`)).json().total).toBe(0);
      const own = (await student.get('/api/v1/people')).json();
      expect(own.total).toBe(1);
      expect(own.items[0].nameEn).toBe('Kevin Liu');
      const vp = await t.login(DEMO.executive);
      expect((await vp.get('/api/v1/people')).statusCode).toBe(403);
    });

    it('gives the signed-in user their own record at /me, 404 without one', async () => {
      const me = await student.get('/api/v1/people/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ nameEn: 'Kevin Liu', nameZh: '劉同學', kind: 'student', unitId: unitIds.CSIE });
      expect(me.json().permissions).toEqual({ update: false, archive: false, revealPii: true });
      expect((await oia.get('/api/v1/people/me')).statusCode).toBe(404);
    });
  });

  describe('create and validate', () => {
    it('creates a person with personal data encrypted and only masks in the response', async () => {
      const input = newStudent({ unitId: unitIds.CSIE });
      const res = await oia.post('/api/v1/people', input);
      expect(res.statusCode).toBe(201);
      const p = res.json();
      expect(p).toMatchObject({
        nameEn: input.nameEn,
        nationality: 'JP',
        unitId: unitIds.CSIE,
        unitNameEn: 'Department of Computer Science and Information Engineering',
        passportNo: `••••••${input.passportNo.slice(-3)}`,
        arcNo: `••••••${input.arcNo.slice(-3)}`,
        passportExpiry: '2031-01-31',
        arcExpiry: '2027-06-30',
        version: 1,
        permissions: { update: true, archive: true, revealPii: true },
      });
      expect(res.body).not.toContain(input.passportNo);
      expect(res.body).not.toContain(input.arcNo);
      const row = await t.db.db.selectFrom('people').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
      expect(row.passport_no_enc).not.toContain(input.passportNo);
      expect(row.arc_no_enc).not.toContain(input.arcNo);
      expect(testPii.decrypt(row.passport_no_enc as string)).toBe(input.passportNo);
      expect(testPii.decrypt(row.arc_no_enc as string)).toBe(input.arcNo);
      // Detail, list and history carry no plaintext either.
      for (const url of [
        `/api/v1/people/${p.id}`,
        `/api/v1/people?q=${input.studentNo}`,
        `/api/v1/people/${p.id}/history`,
      ]) {
        const body = (await oia.get(url)).body;
        expect(body).not.toContain(input.passportNo);
        expect(body).not.toContain(input.arcNo);
      }
      const audit = await t.db.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'person').execute();
      expect(JSON.stringify(audit)).not.toContain(input.arcNo);
    });

    it('answers field errors in the language of the request', async () => {
      for (const locale of ['zh-TW', 'en'] as const) {
        const res = await oia.post(
          '/api/v1/people',
          newStudent({ nameZh: '', nameEn: null, gpa: 4.5, passportNo: 'AB-12', nationality: 'XX' }),
          { locale },
        );
        expect(res.statusCode).toBe(400);
        const fields = Object.fromEntries(res.json().error.fields.map((f: any) => [f.path, f]));
        expect(fields.nameZh.message).toBe(translate(locale, 'validation.person_name'));
        expect(fields.nameEn.code).toBe('person_name');
        expect(fields.gpa.code).toBe('too_big_number');
        expect(fields.passportNo.message).toBe(translate(locale, 'validation.passport_format'));
        expect(fields.nationality.code).toBe('country');
      }
      const zh = (
        await oia.post('/api/v1/people', newStudent({ nameEn: null, nameZh: '' }), { locale: 'zh-TW' })
      ).json();
      expect(zh.error.fields[0].message).toBe('請至少填寫中文或英文姓名。');
      const en = (await oia.post('/api/v1/people', newStudent({ passportNo: '12' }), { locale: 'en' })).json();
      expect(en.error.fields[0].message).toMatch(/letters and digits/i);
    });

    it('checks the residence-permit format (2021: letter, 8 or 9, eight digits; old format until retired)', async () => {
      for (const arcNo of ['A712345678', 'AB1234567', '1812345678', 'A81234567X']) {
        const res = await oia.post('/api/v1/people', newStudent({ arcNo }), { locale: 'en' });
        expect(res.statusCode, arcNo).toBe(400);
        const field = res.json().error.fields.find((f: any) => f.path === 'arcNo');
        expect(field.code).toBe('arc_format');
        expect(field.message).toBe(translate('en', 'validation.arc_format'));
      }
      const zh = await oia.post('/api/v1/people', newStudent({ arcNo: 'A712345678' }), { locale: 'zh-TW' });
      expect(zh.json().error.fields[0].message).toBe(translate('zh-TW', 'validation.arc_format'));
      expect((await oia.post('/api/v1/people', newStudent({ arcNo: 'a 812345678' }))).statusCode).toBe(201);
      expect((await oia.post('/api/v1/people', newStudent({ arcNo: 'FC12345678' }))).statusCode).toBe(201);
    });

    it('refuses the old format once it is retired (after 2030), on the server clock', async () => {
      const later = await setupApp(dialect);
      try {
        later.clock.advance(Date.parse('2031-01-02T00:00:00Z') - Date.now());
        const staff = await later.login(DEMO.oia);
        const old = await staff.post('/api/v1/people', newStudent({ arcNo: 'FC12345678' }), { locale: 'en' });
        expect(old.statusCode).toBe(400);
        expect(old.json().error.fields).toEqual([
          { path: 'arcNo', code: 'arc_format', message: translate('en', 'validation.arc_format') },
        ]);
        expect((await staff.post('/api/v1/people', newStudent({ arcNo: 'F912345678' }))).statusCode).toBe(201);
      } finally {
        await later.close();
      }
    });

    it('reports every field problem at once, the residence-permit format with the others', async () => {
      const res = await oia.post('/api/v1/people', newStudent({ arcNo: 'A712345678', passportNo: '12' }));
      expect(
        res
          .json()
          .error.fields.map((f: any) => f.path)
          .sort(),
      ).toEqual(['arcNo', 'passportNo']);
    });

    it('refuses a duplicate student number with a field error', async () => {
      const input = newStudent();
      expect((await oia.post('/api/v1/people', input)).statusCode).toBe(201);
      const res = await oia.post('/api/v1/people', newStudent({ studentNo: input.studentNo }), { locale: 'zh-TW' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([
        { path: 'studentNo', code: 'duplicate_number', message: translate('zh-TW', 'validation.duplicate_number') },
      ]);
      const staff = { kind: 'staff', nameEn: 'Staff A', staffNo: 'TST-S-1' };
      expect((await oia.post('/api/v1/people', staff)).statusCode).toBe(201);
      const dup = await oia.post('/api/v1/people', { ...staff, nameEn: 'Staff B' });
      expect(dup.json().error.fields[0].path).toBe('staffNo');
    });

    it('lets a coordinator create people of their college only', async () => {
      const own = await coordEng.post('/api/v1/people', newStudent({ unitId: unitIds.EE }));
      expect(own.statusCode).toBe(201);
      expect(own.json().permissions).toEqual({ update: true, archive: false, revealPii: false });
      expect((await coordEng.post('/api/v1/people', newStudent({ unitId: unitIds.IB }))).statusCode).toBe(403);
      const noUnit = await coordEng.post('/api/v1/people', newStudent({ unitId: null }));
      expect(noUnit.statusCode).toBe(400);
      expect(noUnit.json().error.fields[0]).toMatchObject({ path: 'unitId', code: 'required' });
      expect((await student.post('/api/v1/people', newStudent())).statusCode).toBe(403);
    });
  });

  describe('update, archive, history', () => {
    it('keeps omitted personal data, replaces a new value, clears on null; 409 on a stale version', async () => {
      const input = newStudent({ unitId: unitIds.ME });
      const created = (await oia.post('/api/v1/people', input)).json();
      const { passportNo: _p, arcNo: _a, ...rest } = input;
      const kept = await oia.put(`/api/v1/people/${created.id}`, { ...rest, phone: '0912345678', version: 1 });
      expect(kept.statusCode).toBe(200);
      expect(kept.json()).toMatchObject({
        version: 2,
        phone: '0912345678',
        passportNo: created.passportNo,
        arcNo: created.arcNo,
      });
      const stored = async () =>
        t.db.db.selectFrom('people').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(testPii.decrypt((await stored()).arc_no_enc as string)).toBe(input.arcNo);

      const replaced = await oia.put(`/api/v1/people/${created.id}`, {
        ...rest,
        arcNo: 'B812345999',
        passportNo: null,
        passportExpiry: null,
        version: 2,
      });
      expect(replaced.statusCode).toBe(200);
      expect(replaced.json()).toMatchObject({ arcNo: '••••••999', passportNo: null, passportExpiry: null, version: 3 });
      expect(replaced.body).not.toContain('B812345999');
      const row = await stored();
      expect(row.passport_no_enc).toBeNull();
      expect(row.passport_no_hint).toBeNull();
      expect(testPii.decrypt(row.arc_no_enc as string)).toBe('B812345999');

      const stale = await oia.put(`/api/v1/people/${created.id}`, { ...rest, nameEn: 'Stale', version: 2 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('VERSION_CONFLICT');
      expect(stale.json().error.current.version).toBe(3);
      expect(stale.body).not.toContain('B812345999');
    });

    it('lets a coordinator update their college but not move a person out of it, nor touch others', async () => {
      const eng = (await oia.post('/api/v1/people', newStudent({ unitId: unitIds.ECE }))).json();
      const bus = (await oia.post('/api/v1/people', newStudent({ unitId: unitIds.BA }))).json();
      const body = (p: any, extra = {}) => ({
        kind: 'student',
        nameEn: p.nameEn,
        unitId: p.unitId,
        version: p.version,
        ...extra,
      });
      expect((await coordEng.put(`/api/v1/people/${eng.id}`, body(eng, { gpa: 3.1 }))).statusCode).toBe(200);
      expect(
        (await coordEng.put(`/api/v1/people/${eng.id}`, body(eng, { version: 2, unitId: unitIds.BA }))).statusCode,
      ).toBe(403);
      expect((await coordEng.get(`/api/v1/people/${bus.id}`)).statusCode).toBe(403);
      expect((await coordEng.put(`/api/v1/people/${bus.id}`, body(bus))).statusCode).toBe(403);
      expect((await coordBus.get(`/api/v1/people/${bus.id}`)).statusCode).toBe(200);
      expect((await student.put(`/api/v1/people/${eng.id}`, body(eng, { version: 2 }))).statusCode).toBe(403);
    });

    it('archives and restores with history, OIA only', async () => {
      const p = (await oia.post('/api/v1/people', newStudent({ unitId: unitIds.EE }))).json();
      expect((await coordEng.post(`/api/v1/people/${p.id}/archive`, { version: 1 })).statusCode).toBe(403);
      const archived = await oia.post(`/api/v1/people/${p.id}/archive`, { version: 1 });
      expect(archived.statusCode).toBe(200);
      expect(archived.json().archivedAt).not.toBeNull();
      expect((await oia.get(`/api/v1/people?q=${p.studentNo}`)).json().total).toBe(0);
      expect((await oia.get(`/api/v1/people?q=${p.studentNo}&archived=only`)).json().total).toBe(1);
      expect((await oia.post(`/api/v1/people/${p.id}/archive`, { version: 1 })).statusCode).toBe(409);
      const restored = await oia.post(`/api/v1/people/${p.id}/restore`, { version: 2 });
      expect(restored.json().archivedAt).toBeNull();
      const history = (await oia.get(`/api/v1/people/${p.id}/history`)).json();
      expect(history.items.map((e: any) => e.action)).toEqual(['restore', 'archive', 'create']);
      expect((await student.get(`/api/v1/people/${p.id}/history`)).statusCode).toBe(403);
    });
  });
});
