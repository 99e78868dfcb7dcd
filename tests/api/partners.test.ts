import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { exportedIds } from '#tests/setup/xlsx.js';

const valid = {
  nameEn: 'Technical University of Testing',
  nameZh: '測試科技大學',
  country: 'de',
  city: 'Aachen',
  website: 'https://www.tu-testing.de',
  type: 'university',
  contacts: [{ name: 'Anna Schmidt', title: 'Exchange coordinator', email: 'anna@tu-testing.de', phone: '' }],
};

describe.each(DIALECTS)('partner institutions (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let coordEng: Client;
  let unitIds: Record<string, number>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    coordEng = await t.login(DEMO.coordEng);
    const units = (await oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unitIds = Object.fromEntries(units.map((u) => [u.code, u.id]));
  });
  afterAll(() => t.close());

  describe('list', () => {
    it('pages through about 220 demo partners in about 31 countries', async () => {
      const page1 = (await oia.get('/api/v1/partners?pageSize=100')).json();
      expect(page1.total).toBe(222);
      expect(page1.items).toHaveLength(100);
      const page3 = (await oia.get('/api/v1/partners?pageSize=100&page=3')).json();
      expect(page3.items).toHaveLength(22);
      const all = [
        ...page1.items,
        ...(await oia.get('/api/v1/partners?pageSize=100&page=2')).json().items,
        ...page3.items,
      ];
      expect(new Set(all.map((p: any) => p.id)).size).toBe(222);
      expect(new Set(all.map((p: any) => p.country)).size).toBe(31);
    });

    it('searches in either language, case-insensitively, with wildcards taken literally', async () => {
      const en = (await oia.get('/api/v1/partners?q=KYOTO')).json();
      expect(en.total).toBeGreaterThan(0);
      expect(en.items.every((p: any) => `${p.nameEn} ${p.city}`.toLowerCase().includes('kyoto'))).toBe(true);
      const zh = (await oia.get(`/api/v1/partners?q=${encodeURIComponent('京都')}`)).json();
      expect(zh.total).toBeGreaterThanOrEqual(en.total);
      expect(zh.items.every((p: any) => `${p.nameZh} ${p.cityZh}`.includes('京都'))).toBe(true);
      expect((await oia.get('/api/v1/partners?q=%25')).json().total).toBe(0);
      expect((await oia.get('/api/v1/partners?q=_')).json().total).toBe(0);
    });

    it('filters by country, MoE region, type and status', async () => {
      const jp = (await oia.get('/api/v1/partners?country=JP&pageSize=200')).json();
      expect(jp.total).toBeGreaterThan(40);
      expect(jp.items.every((p: any) => p.country === 'JP' && p.region === 'other_asia')).toBe(true);
      const asean = (await oia.get('/api/v1/partners?region=asean&pageSize=200')).json();
      expect(new Set(asean.items.map((p: any) => p.country))).toEqual(new Set(['VN', 'TH', 'ID', 'MY', 'PH']));
      // The total (counted without the region join) matches the rows listed.
      expect(asean.total).toBe(asean.items.length);
      const hk = (await oia.get('/api/v1/partners?region=hk_macau')).json();
      expect(hk.items.every((p: any) => ['HK', 'MO'].includes(p.country))).toBe(true);
      const cn = (await oia.get('/api/v1/partners?region=mainland_china')).json();
      expect(cn.total).toBeGreaterThan(0);
      const companies = (await oia.get('/api/v1/partners?type=company')).json();
      expect(companies.items.every((p: any) => p.type === 'company')).toBe(true);
      const prospective = (await oia.get('/api/v1/partners?status=prospective&pageSize=200')).json();
      expect(prospective.total).toBeGreaterThan(0);
      expect(prospective.items.every((p: any) => p.status === 'prospective')).toBe(true);
    });

    it('sorts by the name in the language of the request, and by country, in both directions', async () => {
      const names = async (query: string, locale: string, pick: (p: any) => string) =>
        (await oia.get(`/api/v1/partners?${query}&pageSize=200`, { locale })).json().items.map(pick) as string[];
      const asc = await names('sort=name', 'en', (p) => p.nameEn);
      const desc = await names('sort=name&order=desc', 'en', (p) => p.nameEn);
      expect(asc.slice(0, 50)).toEqual([...asc.slice(0, 50)].sort());
      expect(desc.slice(0, 50)).toEqual([...desc.slice(0, 50)].sort().reverse());
      expect(asc[0]).not.toBe(desc[0]);
      const zh = await names('sort=name', 'zh-TW', (p) => p.nameZh ?? p.nameEn);
      expect(zh.slice(0, 50)).toEqual([...zh.slice(0, 50)].sort());
      expect(zh).not.toEqual(asc);
      const byCountry = await names('sort=country', 'en', (p) => p.country);
      expect(byCountry).toEqual([...byCountry].sort());
    });

    it('lets every signed-in role read the list', async () => {
      for (const email of [DEMO.student, DEMO.assistant, DEMO.executive, DEMO.unitStaff, DEMO.coordBus]) {
        expect((await (await t.login(email)).get('/api/v1/partners')).statusCode, email).toBe(200);
      }
    });
  });

  describe('create and edit', () => {
    it('creates a partner with contacts, region and history', async () => {
      const res = await oia.post('/api/v1/partners', valid);
      expect(res.statusCode).toBe(201);
      const p = res.json();
      expect(p).toMatchObject({
        nameEn: valid.nameEn,
        nameZh: '測試科技大學',
        country: 'DE',
        region: 'europe',
        version: 1,
        status: 'active',
      });
      expect(p.contacts).toEqual([
        {
          id: expect.any(Number),
          name: 'Anna Schmidt',
          title: 'Exchange coordinator',
          email: 'anna@tu-testing.de',
          phone: null,
        },
      ]);
      expect(p.permissions).toEqual({ update: true, archive: true });
      const history = (await oia.get(`/api/v1/partners/${p.id}/history`)).json();
      expect(history.items).toHaveLength(1);
      expect(history.items[0]).toMatchObject({ action: 'create', actorEmail: DEMO.oia, before: null });
      expect(history.items[0].after.nameZh).toBe('測試科技大學');
    });

    it('gives field-level messages in the request language', async () => {
      const bad = {
        ...valid,
        nameEn: '  ',
        country: 'XX',
        website: 'ftp://x',
        contacts: [{ name: '', email: 'not-mail' }],
      };
      const zh = await oia.post('/api/v1/partners', bad, { locale: 'zh-TW' });
      expect(zh.statusCode).toBe(400);
      const zhFields = Object.fromEntries(zh.json().error.fields.map((f: any) => [f.path, f.message]));
      expect(zhFields).toEqual({
        nameEn: '此欄位為必填。',
        country: '請選擇有效的國家或地區。',
        website: '請輸入以 http:// 或 https:// 開頭的網址。',
        'contacts.0.name': '此欄位為必填。',
        'contacts.0.email': '請輸入有效的電子郵件地址。',
      });
      const en = await oia.post('/api/v1/partners', bad, { locale: 'en' });
      const enFields = Object.fromEntries(en.json().error.fields.map((f: any) => [f.path, f.message]));
      expect(enFields.nameEn).toBe('This field is required.');
      expect(enFields.country).toBe('Choose a valid country or region.');
      const unknownKey = await oia.post('/api/v1/partners', { ...valid, nameEn: 'Other', rating: 5 });
      expect(unknownKey.json().error.fields[0].code).toBe('unrecognized_keys');
      expect(
        (await oia.post('/api/v1/partners', { ...valid, nameEn: 'x'.repeat(201) }, { locale: 'en' })).json().error
          .fields[0].message,
      ).toBe('Use at most 200 characters.');
    });

    it('refuses a duplicate code per field', async () => {
      const a = await oia.post('/api/v1/partners', { ...valid, nameEn: 'Code A', code: 'DUP-1' });
      expect(a.statusCode).toBe(201);
      const b = await oia.post('/api/v1/partners', { ...valid, nameEn: 'Code B', code: 'DUP-1' }, { locale: 'en' });
      expect(b.statusCode).toBe(400);
      expect(b.json().error.fields).toEqual([
        { path: 'code', code: 'duplicate_code', message: 'This code is already in use.' },
      ]);
    });

    it('updates with the version it read; a stale version gets 409 with the current record', async () => {
      const created = (await oia.post('/api/v1/partners', { ...valid, nameEn: 'Concurrent U' })).json();
      const { id, version, permissions, createdAt, updatedAt, region, archivedAt, ...rest } = created;
      const contacts = created.contacts.map(({ id: _id, ...c }: any) => c);
      const first = await oia.put(`/api/v1/partners/${id}`, { ...rest, contacts, version, city: 'Berlin' });
      expect(first.statusCode).toBe(200);
      expect(first.json().version).toBe(2);
      const second = await oia.put(
        `/api/v1/partners/${id}`,
        { ...rest, contacts, version, city: 'Hamburg' },
        { locale: 'en' },
      );
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe('VERSION_CONFLICT');
      expect(second.json().error.current).toMatchObject({ id, version: 2, city: 'Berlin' });
      expect((await oia.get(`/api/v1/partners/${id}`)).json().city).toBe('Berlin');
      const history = (await oia.get(`/api/v1/partners/${id}/history`)).json().items;
      expect(history.map((h: any) => h.action)).toEqual(['update', 'create']);
      expect(history[0].before.city).toBe('Aachen');
      expect(history[0].after.city).toBe('Berlin');
    });

    it('archives and restores instead of deleting', async () => {
      const p = (await oia.post('/api/v1/partners', { ...valid, nameEn: 'Archive Me' })).json();
      const archived = await oia.post(`/api/v1/partners/${p.id}/archive`, { version: p.version });
      expect(archived.statusCode).toBe(200);
      expect(archived.json().archivedAt).not.toBeNull();
      expect((await oia.get('/api/v1/partners?q=archive%20me')).json().total).toBe(0);
      expect((await oia.get('/api/v1/partners?q=archive%20me&archived=only')).json().total).toBe(1);
      expect((await oia.post(`/api/v1/partners/${p.id}/restore`, { version: p.version })).statusCode).toBe(409);
      const restored = await oia.post(`/api/v1/partners/${p.id}/restore`, { version: archived.json().version });
      expect(restored.json().archivedAt).toBeNull();
      const actions = (await oia.get(`/api/v1/partners/${p.id}/history`)).json().items.map((h: any) => h.action);
      expect(actions).toEqual(['restore', 'archive', 'create']);
      expect((await oia.request('DELETE', `/api/v1/partners/${p.id}`)).statusCode).toBe(404);
    });
  });

  describe('authorization', () => {
    it('refuses writes to roles that only read', async () => {
      const target = (await oia.post('/api/v1/partners', { ...valid, nameEn: 'Read Only Target' })).json();
      for (const email of [DEMO.executive, DEMO.unitStaff, DEMO.student, DEMO.assistant]) {
        const c = await t.login(email);
        expect((await c.post('/api/v1/partners', { ...valid, nameEn: `By ${email}` })).statusCode, email).toBe(403);
        expect((await c.put(`/api/v1/partners/${target.id}`, { ...valid, version: 1 })).statusCode, email).toBe(403);
        expect((await c.post(`/api/v1/partners/${target.id}/archive`, { version: 1 })).statusCode, email).toBe(403);
        expect((await c.get(`/api/v1/partners/${target.id}`)).json().permissions).toEqual({
          update: false,
          archive: false,
        });
      }
      for (const email of [DEMO.student, DEMO.assistant]) {
        expect((await (await t.login(email)).get('/api/v1/partners/export.xlsx')).statusCode, email).toBe(403);
      }
    });

    it('lets a college coordinator keep only partners of their college', async () => {
      const own = await coordEng.post('/api/v1/partners', { ...valid, nameEn: 'Engineering Partner' });
      expect(own.statusCode).toBe(201);
      expect(own.json().owningUnitId).toBe(unitIds.ENG);
      const dept = await coordEng.post('/api/v1/partners', {
        ...valid,
        nameEn: 'Dept Partner',
        owningUnitId: unitIds.ME,
      });
      expect(dept.statusCode).toBe(201);
      const other = await coordEng.post('/api/v1/partners', {
        ...valid,
        nameEn: 'Business Partner',
        owningUnitId: unitIds.BUS,
      });
      expect(other.statusCode).toBe(403);

      const oiaOwned = (
        await oia.post('/api/v1/partners', { ...valid, nameEn: 'OIA Partner', owningUnitId: unitIds['OIA-IC'] })
      ).json();
      const view = (await coordEng.get(`/api/v1/partners/${oiaOwned.id}`)).json();
      expect(view.permissions).toEqual({ update: false, archive: false });
      expect((await coordEng.put(`/api/v1/partners/${oiaOwned.id}`, { ...valid, version: 1 })).statusCode).toBe(403);

      const mine = own.json();
      const edit = await coordEng.put(`/api/v1/partners/${mine.id}`, {
        ...valid,
        nameEn: 'Engineering Partner 2',
        version: mine.version,
      });
      expect(edit.statusCode).toBe(200);
      const move = await coordEng.put(`/api/v1/partners/${mine.id}`, {
        ...valid,
        owningUnitId: unitIds.BUS,
        version: 2,
      });
      expect(move.statusCode).toBe(403);
      const coordBus = await t.login(DEMO.coordBus);
      expect((await coordBus.put(`/api/v1/partners/${mine.id}`, { ...valid, version: 2 })).statusCode).toBe(403);
    });

    it('refuses an unknown owning unit per field', async () => {
      const res = await oia.post(
        '/api/v1/partners',
        { ...valid, nameEn: 'Nowhere', owningUnitId: 99999 },
        { locale: 'en' },
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'owningUnitId', message: 'Choose a valid unit.' });
    });
  });

  describe('export', () => {
    it('exports the filtered list as xlsx with Chinese intact and a UTF-8 file name', async () => {
      const res = await oia.get('/api/v1/partners/export.xlsx?country=JP&q=%E5%A4%A7%E5%AD%B8');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%E5%90%88%E4%BD%9C");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('合作學校')!;
      expect(sheet.getRow(1).getCell(3).value).toBe('中文名稱');
      const expected = (await oia.get('/api/v1/partners?country=JP&q=%E5%A4%A7%E5%AD%B8&pageSize=200')).json();
      expect(sheet.rowCount - 1).toBe(expected.total);
      const names = new Set<string>();
      sheet.eachRow((row, n) => {
        if (n > 1) names.add(String(row.getCell(3).value));
      });
      expect(names).toEqual(new Set(expected.items.map((p: any) => p.nameZh)));
      expect([...names].some((n) => n.includes('京都'))).toBe(true);
      expect(sheet.getRow(2).getCell(5).value).toBe('日本');
    });

    it('keeps the list’s order for each sort', async () => {
      for (const q of ['sort=name&order=desc', 'sort=country&order=asc', 'sort=updated&order=desc']) {
        const list = (await oia.get(`/api/v1/partners?${q}&pageSize=200`)).json();
        const res = await oia.get(`/api/v1/partners/export.xlsx?${q}`);
        const ids = await exportedIds(res.rawPayload);
        expect(ids.length, q).toBe(list.total);
        expect(ids.slice(0, list.items.length), q).toEqual(list.items.map((p: { id: number }) => p.id));
      }
    });

    it('labels the export in English when the download link asks for it (?locale=en)', async () => {
      const res = await oia.get('/api/v1/partners/export.xlsx?country=KR&locale=en');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('Partners')!;
      expect(sheet.getRow(1).getCell(4).value).toBe('English name');
      expect(sheet.getRow(2).getCell(5).value).toBe('South Korea');
    });
  });
});

describe.each(DIALECTS)('partner statistics (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect);
  });
  afterAll(() => t.close());

  it('computes "222 partners in 31 countries" from the records, and follows archiving', async () => {
    const vp = await t.login(DEMO.executive);
    const stats = (await vp.get('/api/v1/partners/stats')).json();
    expect(stats).toMatchObject({ total: 222, countries: 31 });
    expect(stats.byCountry[0]).toEqual({ country: 'JP', count: 54 });
    expect(stats.byRegion.reduce((n: number, r: any) => n + r.count, 0)).toBe(222);
    expect(stats.byRegion.find((r: any) => r.region === 'hk_macau').count).toBe(3);
    const oia = await t.login(DEMO.oia);
    const mo = (await oia.get('/api/v1/partners?country=MO')).json().items[0];
    await oia.post(`/api/v1/partners/${mo.id}/archive`, { version: 1 });
    const after = (await vp.get('/api/v1/partners/stats')).json();
    expect(after).toMatchObject({ total: 221, countries: 30 });
  });
});
