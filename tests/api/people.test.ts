import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '#shared/i18n/index.js';
import { FACTORY_PASSWORD, insertStudent, makePerson, makeUser, uniqueTag } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { testPii } from '#tests/setup/db.js';
import { newStudent, unitIdsOf } from './people-fixtures.js';

describe.each(DIALECTS)('people (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coordEng: Client;
  let coordBus: Client;
  let student: Client;
  let admin: Client;
  let unitIds: Record<string, number>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    coordEng = await t.login(DEMO.coordEng);
    coordBus = await t.login(DEMO.coordBus);
    student = await t.login(DEMO.student);
    admin = await t.login(DEMO.admin);
    unitIds = await unitIdsOf(t, oia);
  });
  afterAll(() => t.close());

  describe('list', () => {
    const ofTag = async (tag: string, query = '', client = oia, locale?: string) =>
      (await client.get(`/api/v1/people?q=${tag}&pageSize=100${query}`, locale ? { locale } : {})).json();
    const idsOf = (page: { items: { id: number }[] }) => page.items.map((p) => p.id).sort((a, b) => a - b);
    const sorted = (...ids: number[]) => [...ids].sort((a, b) => a - b);

    it('filters by kind, origin, nationality and degree level', async () => {
      const tag = uniqueTag('ppl');
      const named = (n: string) => ({ nameEn: `${tag} ${n}`, nameZh: `${tag}${n}` });
      const notStudent = { studentNo: null, degreeLevel: null, programType: null, studyTime: null };
      const staff = await makePerson(oia, { ...named('staff'), ...notStudent, kind: 'staff', staffNo: `S${tag}` });
      const scholar = await makePerson(oia, { ...named('scholar'), ...notStudent, kind: 'scholar' });
      const vn = await makePerson(oia, { ...named('vn'), nationality: 'vn', degreeLevel: 'bachelor' });
      const jp = await makePerson(oia, { ...named('jp'), nationality: 'jp', degreeLevel: 'master' });
      const local = await makePerson(oia, { ...named('tw'), nationality: 'tw', degreeLevel: 'master', arcNo: null });
      expect((await ofTag(tag)).total).toBe(5);
      expect(idsOf(await ofTag(tag, '&kind=staff'))).toEqual([staff.id]);
      expect(idsOf(await ofTag(tag, '&kind=scholar'))).toEqual([scholar.id]);
      expect(idsOf(await ofTag(tag, '&kind=student&origin=international'))).toEqual(sorted(vn.id, jp.id));
      expect(idsOf(await ofTag(tag, '&kind=student&origin=local'))).toEqual([local.id]);
      const vnList = await ofTag(tag, '&nationality=vn');
      expect(idsOf(vnList)).toEqual([vn.id]);
      expect(vnList.items[0].nationality).toBe('VN');
      expect(idsOf(await ofTag(tag, '&degreeLevel=master'))).toEqual(sorted(jp.id, local.id));
      const masters = (await oia.get('/api/v1/people?degreeLevel=master&pageSize=200')).json();
      expect(masters.items.every((p: any) => p.degreeLevel === 'master')).toBe(true);
    });

    it('filters by unit with its departments, searches names in both languages and numbers', async () => {
      const tag = uniqueTag('unit');
      const me = await makePerson(oia, { nameEn: `Kevin ${tag}`, nameZh: `${tag}劉同學`, unitId: unitIds.ME });
      const ee = await makePerson(oia, { nameEn: `Amy ${tag}`, nameZh: `${tag}王同學`, unitId: unitIds.EE });
      const eng = await makePerson(oia, { nameEn: `Bo ${tag}`, unitId: unitIds.ENG });
      await makePerson(oia, { nameEn: `Carl ${tag}`, unitId: unitIds.IB });
      expect(idsOf(await ofTag(tag, `&unitId=${unitIds.ENG}`))).toEqual(sorted(me.id, ee.id, eng.id));
      expect(idsOf(await ofTag(tag, `&unitId=${unitIds.ME}`))).toEqual([me.id]);
      const zh = await ofTag(encodeURIComponent(`${tag}劉同學`));
      expect(zh.items.map((p: any) => p.nameEn)).toEqual([`Kevin ${tag}`]);
      expect(idsOf(await ofTag(`kevin%20${tag.toUpperCase()}`))).toEqual([me.id]);
      const no = await oia.get(`/api/v1/people?q=${me.studentNo?.toLowerCase()}`);
      expect(idsOf(no.json())).toEqual([me.id]);
    });

    it('sorts by the name in the reader language and by number', async () => {
      const tag = uniqueTag('sort');
      const staff = (en: string, zh: string, no: string) =>
        makePerson(oia, {
          kind: 'staff',
          studentNo: null,
          staffNo: `${tag}-${no}`,
          nameEn: `${tag} ${en}`,
          nameZh: `${tag}${zh}`,
        });
      // By code point 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532): the Chinese order differs from the English one.
      const a = await staff('Alpha', '甲', '2');
      const b = await staff('Bravo', '乙', '3');
      const c = await staff('Charlie', '丙', '1');
      const order = async (query: string, locale = 'en') =>
        (await ofTag(tag, `&${query}`, oia, locale)).items.map((p: any) => p.id);
      expect(await order('sort=name')).toEqual([a.id, b.id, c.id]);
      expect(await order('sort=name', 'zh-TW')).toEqual([c.id, b.id, a.id]);
      expect(await order('sort=number&order=desc')).toEqual([b.id, a.id, c.id]);
      expect(await order('sort=number')).toEqual([c.id, a.id, b.id]);
    });

    it('scopes the list: a coordinator their college, a student only themselves, an executive nothing', async () => {
      const tag = uniqueTag('scope');
      const me = await makePerson(oia, { nameEn: `${tag} ME`, unitId: unitIds.ME });
      const csie = await makePerson(oia, { nameEn: `${tag} CSIE`, unitId: unitIds.CSIE });
      await makePerson(oia, { nameEn: `${tag} IB`, unitId: unitIds.IB });
      await makePerson(oia, { nameEn: `${tag} none`, unitId: null });
      expect(idsOf(await ofTag(tag, '', coordEng))).toEqual(sorted(me.id, csie.id));
      const eng = (await coordEng.get('/api/v1/people?pageSize=200')).json();
      const engUnits = new Set([unitIds.ENG, unitIds.ME, unitIds.EE, unitIds.ECE, unitIds.CSIE]);
      expect(eng.items.every((p: any) => engUnits.has(p.unitId))).toBe(true);
      // A unit filter outside the scope finds nothing rather than widening it.
      expect((await coordEng.get(`/api/v1/people?unitId=${unitIds.BUS}`)).json().total).toBe(0);
      const { client, personId } = await studentWithRecord(tag);
      const own = (await client.get('/api/v1/people')).json();
      expect(idsOf(own)).toEqual([personId]);
      expect(own.total).toBe(1);
      const vp = await t.login(DEMO.executive);
      expect((await vp.get('/api/v1/people')).statusCode).toBe(403);
    });

    it('gives the signed-in user their own record at /me, 404 without one', async () => {
      const tag = uniqueTag('me');
      const { client, personId } = await studentWithRecord(tag);
      const me = await client.get('/api/v1/people/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ id: personId, nameEn: `Test ${tag}`, kind: 'student', unitId: unitIds.CSIE });
      expect(me.json().permissions).toEqual({ update: false, archive: false, revealPii: true });
      expect((await oia.get('/api/v1/people/me')).statusCode).toBe(404);
    });

    /** A new student account of CSIE and the person record linked to it. */
    async function studentWithRecord(tag: string) {
      const user = await makeUser(admin, { role: 'student', unitId: unitIds.CSIE as number });
      const personId = await insertStudent(t, unitIds.CSIE as number, {
        user_id: user.id,
        name_en: `Test ${tag}`,
        search_text: `test ${tag}`,
      });
      return { client: await t.login(user.email, FACTORY_PASSWORD), personId };
    }
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
