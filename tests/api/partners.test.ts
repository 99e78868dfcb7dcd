import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Partner, PartnerCreate } from '#shared/schemas/partners.js';
import { makePartner, uniqueTag } from '#tests/factories.js';
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
    const ofTag = async (tag: string, query = '', locale?: string) =>
      (await oia.get(`/api/v1/partners?q=${tag}&pageSize=100${query}`, locale ? { locale } : {})).json();

    it('pages through the matching partners, each once, with the total of all pages', async () => {
      const tag = uniqueTag('page');
      const made: Partner[] = [];
      for (const country of ['DE', 'FR', 'JP', 'DE', 'FR'])
        made.push(await makePartner(oia, { nameEn: `${tag} U`, country }));
      const page1 = (await oia.get(`/api/v1/partners?q=${tag}&pageSize=2`)).json();
      expect(page1.total).toBe(5);
      expect(page1.items).toHaveLength(2);
      const page3 = (await oia.get(`/api/v1/partners?q=${tag}&pageSize=2&page=3`)).json();
      expect(page3.items).toHaveLength(1);
      const all = [
        ...page1.items,
        ...(await oia.get(`/api/v1/partners?q=${tag}&pageSize=2&page=2`)).json().items,
        ...page3.items,
      ];
      expect(new Set(all.map((p: any) => p.id))).toEqual(new Set(made.map((p) => p.id)));
      expect(new Set(all.map((p: any) => p.country))).toEqual(new Set(['DE', 'FR', 'JP']));
      expect((await oia.get(`/api/v1/partners?q=${tag}&pageSize=2&page=4`)).json().items).toEqual([]);
    });

    it('walks the same pages by cursor as by number; refuses a foreign cursor and a page too deep', async () => {
      const tag = uniqueTag('cur');
      for (const country of ['DE', 'FR', 'JP', 'DE', 'FR']) await makePartner(oia, { nameEn: `${tag} U`, country });
      const byNumber = [1, 2, 3].map(async (n) =>
        (await oia.get(`/api/v1/partners?q=${tag}&pageSize=2&page=${n}`)).json(),
      );
      const numbered = (await Promise.all(byNumber)).flatMap((p) => p.items.map((i: any) => i.id));
      const walked: number[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/partners?q=${tag}&pageSize=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page: { totalExact: boolean; items: { id: number }[]; nextCursor: string | null } = (
          await oia.get(url)
        ).json();
        expect(page.totalExact).toBe(true);
        walked.push(...page.items.map((i: any) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(walked).toEqual(numbered);
      expect((await oia.get(`/api/v1/partners?cursor=k1.bm9wZQ`)).statusCode).toBe(400);
      expect((await oia.get(`/api/v1/partners?page=500&pageSize=200`)).statusCode).toBe(400);
    });

    it('searches in either language, case-insensitively, with wildcards taken literally', async () => {
      const tag = uniqueTag('kyo');
      const kyoto = await makePartner(oia, {
        nameEn: `${tag} Kyoto Institute`,
        nameZh: `${tag}京都學院`,
        city: 'Kyoto',
      });
      await makePartner(oia, { nameEn: `${tag} Osaka College`, nameZh: `${tag}大阪學院`, city: 'Osaka' });
      const en = await ofTag(`${tag.toUpperCase()}%20KYOTO`);
      expect(en.items.map((p: any) => p.id)).toEqual([kyoto.id]);
      const zh = await ofTag(encodeURIComponent(`${tag}京都`));
      expect(zh.items.map((p: any) => p.id)).toEqual([kyoto.id]);
      expect((await ofTag(tag)).total).toBe(2);
      // Punctuation does not count in a search (issue 23: "tu-delft" finds "TU Delft"), and % and _ are
      // never wildcards: "under_score" finds Under_Score, not UnderXScore.
      const pct = await makePartner(oia, { nameEn: `${tag} 100% Partner` });
      const plain = await makePartner(oia, { nameEn: `${tag} 100 Partner` });
      const under = await makePartner(oia, { nameEn: `${tag} Under_Score` });
      await makePartner(oia, { nameEn: `${tag} UnderXScore` });
      expect((await ofTag(`${tag}%20100%25`)).items.map((p: any) => p.id).sort()).toEqual([pct.id, plain.id].sort());
      expect((await ofTag(`${tag}%20under_score`)).items.map((p: any) => p.id)).toEqual([under.id]);
      expect((await ofTag(`${tag}%20under%25score`)).items.map((p: any) => p.id)).toEqual([under.id]);
    });

    it('filters by country, MoE region, type and status', async () => {
      const tag = uniqueTag('flt');
      const make = (country: string, extra: Partial<PartnerCreate> = {}) =>
        makePartner(oia, { nameEn: `${tag} ${country}`, country, ...extra });
      const jp = await make('JP');
      const vn = await make('VN');
      const th = await make('TH', { type: 'company' });
      const mo = await make('MO', { status: 'prospective' });
      const cn = await make('CN');
      const ids = (r: any) => r.items.map((p: any) => p.id).sort();
      const jpList = await ofTag(tag, '&country=jp');
      expect(ids(jpList)).toEqual([jp.id]);
      expect(jpList.items[0]).toMatchObject({ country: 'JP', region: 'other_asia' });
      const asean = await ofTag(tag, '&region=asean');
      expect(ids(asean)).toEqual([vn.id, th.id].sort());
      // The total (counted without the region join) matches the rows listed.
      expect(asean.total).toBe(2);
      expect(ids(await ofTag(tag, '&region=hk_macau'))).toEqual([mo.id]);
      expect(ids(await ofTag(tag, '&region=mainland_china'))).toEqual([cn.id]);
      expect(ids(await ofTag(tag, '&type=company'))).toEqual([th.id]);
      expect(ids(await ofTag(tag, '&status=prospective'))).toEqual([mo.id]);
      expect(ids(await ofTag(tag, '&region=asean&type=company'))).toEqual([th.id]);
      // Unfiltered by the tag, each filter still keeps only what it names.
      const companies = (await oia.get('/api/v1/partners?type=company&pageSize=200')).json();
      expect(companies.items.every((p: any) => p.type === 'company')).toBe(true);
      const hk = (await oia.get('/api/v1/partners?region=hk_macau&pageSize=200')).json();
      expect(hk.items.every((p: any) => ['HK', 'MO'].includes(p.country))).toBe(true);
    });

    it('sorts by the name in the language of the request, and by country, in both directions', async () => {
      const tag = uniqueTag('srt');
      // The English and Chinese orders differ: by code point 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532).
      const a = await makePartner(oia, { nameEn: `${tag} Alpha`, nameZh: `${tag}甲`, country: 'KR' });
      const b = await makePartner(oia, { nameEn: `${tag} Bravo`, nameZh: `${tag}乙`, country: 'AT' });
      const c = await makePartner(oia, { nameEn: `${tag} Charlie`, nameZh: `${tag}丙`, country: 'JP' });
      const order = async (query: string, locale = 'en') =>
        (await ofTag(tag, `&${query}`, locale)).items.map((p: any) => p.id);
      expect(await order('sort=name')).toEqual([a.id, b.id, c.id]);
      expect(await order('sort=name&order=desc')).toEqual([c.id, b.id, a.id]);
      expect(await order('sort=name', 'zh-TW')).toEqual([c.id, b.id, a.id]);
      expect(await order('sort=country')).toEqual([b.id, c.id, a.id]);
      expect(await order('sort=country&order=desc')).toEqual([a.id, c.id, b.id]);
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
      const tag = uniqueTag('xls');
      const kyoto = await makePartner(oia, { nameEn: `${tag} Kyoto`, nameZh: `${tag}京都大學`, country: 'JP' });
      const osaka = await makePartner(oia, { nameEn: `${tag} Osaka`, nameZh: `${tag}大阪大學`, country: 'JP' });
      await makePartner(oia, { nameEn: `${tag} Seoul`, nameZh: `${tag}首爾大學`, country: 'KR' });
      await makePartner(oia, { nameEn: `${tag} Kobe`, nameZh: `${tag}神戶學院`, country: 'JP' });
      const filter = `country=JP&q=${encodeURIComponent('大學')}`;
      const res = await oia.get(`/api/v1/partners/export.xlsx?${filter}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%E5%90%88%E4%BD%9C");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('合作學校')!;
      expect(sheet.getRow(1).getCell(3).value).toBe('中文名稱');
      const expected = (await oia.get(`/api/v1/partners?${filter}&pageSize=200`)).json();
      expect(sheet.rowCount - 1).toBe(expected.total);
      const names = new Set<string>();
      sheet.eachRow((row, n) => {
        if (n > 1) names.add(String(row.getCell(3).value));
      });
      expect(names).toEqual(new Set(expected.items.map((p: any) => p.nameZh)));
      // Ours are among them: the two Japanese 大學, neither the Korean one nor the Japanese 學院.
      expect([...names].filter((n) => n.startsWith(tag)).sort()).toEqual([kyoto.nameZh, osaka.nameZh].sort());
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
      const tag = uniqueTag('kr');
      await makePartner(oia, { nameEn: `${tag} Seoul`, country: 'KR' });
      const res = await oia.get(`/api/v1/partners/export.xlsx?q=${tag}&locale=en`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('Partners')!;
      expect(sheet.rowCount).toBe(2);
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

  it('counts partners by country and region from the records, and follows archiving', async () => {
    const vp = await t.login(DEMO.executive);
    const oia = await t.login(DEMO.oia);
    type Stats = {
      total: number;
      countries: number;
      byCountry: { country: string; count: number }[];
      byRegion: { region: string; count: number }[];
    };
    const stats = async () => (await vp.get('/api/v1/partners/stats')).json() as Stats;
    const inCountry = (s: Stats, country: string) => s.byCountry.find((c) => c.country === country)?.count ?? 0;
    const inRegion = (s: Stats, region: string) => s.byRegion.find((r) => r.region === region)?.count ?? 0;
    const before = await stats();
    const mo = await makePartner(oia, { country: 'MO' });
    await makePartner(oia, { country: 'MO' });
    await makePartner(oia, { country: 'JP' });
    const now = await stats();
    expect(now.total).toBe(before.total + 3);
    // Macau is a new country unless the database already had a partner there.
    expect(now.countries).toBe(before.countries + (inCountry(before, 'MO') === 0 ? 1 : 0));
    expect(inCountry(now, 'MO')).toBe(inCountry(before, 'MO') + 2);
    expect(inCountry(now, 'JP')).toBe(inCountry(before, 'JP') + 1);
    expect(inRegion(now, 'hk_macau')).toBe(inRegion(before, 'hk_macau') + 2);
    expect(now.byRegion.reduce((n, r) => n + r.count, 0)).toBe(now.total);
    expect(now.byCountry.reduce((n, c) => n + c.count, 0)).toBe(now.total);
    const counts = now.byCountry.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    await oia.post(`/api/v1/partners/${mo.id}/archive`, { version: mo.version });
    const after = await stats();
    expect(after.total).toBe(now.total - 1);
    expect(inCountry(after, 'MO')).toBe(inCountry(now, 'MO') - 1);
  });
});
