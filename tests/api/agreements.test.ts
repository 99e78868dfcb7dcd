import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minusMonths } from '#server/modules/agreements/agreement.columns.js';
import { addDays } from '#shared/calendar.js';
import { uniqueTag } from '#tests/factories.js';
import { DIALECTS } from '#tests/setup/app.js';
import { exportedIds } from '#tests/setup/xlsx.js';
import { activeAgreement, advance, agreementBody, agreementWorld, create, type World } from './agreement-fixtures.js';

const ASEAN = ['VN', 'TH', 'ID', 'MY', 'PH'];

describe.each(DIALECTS)('agreements (%s)', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await agreementWorld(dialect);
  });
  afterAll(() => w.t.close());

  const list = async (query: string, client = w.as.oia) => {
    const res = await client.get(`/api/v1/agreements?pageSize=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: any[]; total: number };
  };

  describe('create, read, update', () => {
    it('creates a draft with partners, people and history; search text covers the partner names', async () => {
      const partner = await w.partnerIn('JP');
      const body = agreementBody(partner.id, w.today(), {
        code: 'SEA-T-001',
        partners: [{ partnerId: partner.id, facultyEn: 'Graduate School of Engineering', facultyZh: '工學研究科' }],
        noticeMonths: 3,
        autoRenew: true,
        renewalTerms: 'Five more years unless either side objects.',
      });
      const a = await create(w.as.oia, body);
      expect(a).toMatchObject({
        status: 'draft',
        version: 1,
        generation: 1,
        code: 'SEA-T-001',
        owningUnitId: w.unit['OIA-IC'],
        noticeMonths: 3,
        noticeDate: minusMonths(body.endDate as string, 3),
        autoRenew: true,
        hasSignedFile: false,
        files: [],
        renewalOfId: null,
        renewedById: null,
      });
      expect(a.partners).toEqual([
        {
          id: partner.id,
          nameEn: partner.nameEn,
          nameZh: partner.nameZh,
          country: 'JP',
          facultyEn: 'Graduate School of Engineering',
          facultyZh: '工學研究科',
        },
      ]);
      expect(a.people).toEqual([
        {
          id: expect.any(Number),
          role: 'signatory',
          side: 'ours',
          name: '陳明德',
          title: 'President',
          email: null,
          phone: null,
          signedOn: addDays(w.today(), -380),
        },
        expect.objectContaining({ role: 'contact', side: 'partner', email: 'hanako@example.ac.jp', signedOn: null }),
      ]);
      const byPartnerName = await list(
        `q=${encodeURIComponent(partner.nameZh as string)}&kind=student_exchange&status=draft`,
      );
      expect(byPartnerName.items.map((x) => x.id)).toContain(a.id);
      const history = (await w.as.oia.get(`/api/v1/agreements/${a.id}/history`)).json().items;
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ action: 'create', actorEmail: 'oia.ic@demo.meridian.tw', before: null });
      expect(history[0].after).toMatchObject({ id: a.id, code: 'SEA-T-001' });
      expect(history[0].after.transitions).toBeUndefined();
    });

    it('updates with the version it read; a stale version gets 409 with the current record; history keeps both', async () => {
      const partner = await w.partnerIn('KR');
      const body = agreementBody(partner.id, w.today());
      const a = await create(w.as.oia, body);
      const first = await w.as.oia.put(`/api/v1/agreements/${a.id}`, { ...body, notes: 'first', version: 1 });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ version: 2, notes: 'first' });
      const second = await w.as.oia.put(`/api/v1/agreements/${a.id}`, { ...body, notes: 'second', version: 1 });
      expect(second.statusCode).toBe(409);
      expect(second.json().error).toMatchObject({
        code: 'VERSION_CONFLICT',
        current: { id: a.id, version: 2, notes: 'first' },
      });
      const history = (await w.as.oia.get(`/api/v1/agreements/${a.id}/history`)).json().items;
      expect(history.map((h: any) => h.action)).toEqual(['update', 'create']);
      expect(history[0].before.notes).toBeNull();
      expect(history[0].after.notes).toBe('first');
    });

    it('refuses unknown or repeated partners, duplicate codes and bad dates, with messages in English and Chinese', async () => {
      const partner = await w.partnerIn('US');
      const bad = agreementBody(partner.id, w.today(), {
        partners: [{ partnerId: partner.id }, { partnerId: 999_999 }],
      });
      for (const [locale, message] of [
        ['en', 'Choose a valid partner institution.'],
        ['zh-TW', '請選擇有效的合作學校。'],
      ]) {
        const res = await w.as.oia.post('/api/v1/agreements', bad, { locale: locale as string });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.fields).toEqual([{ path: 'partners.1.partnerId', code: 'partner', message }]);
      }
      const twice = agreementBody(partner.id, w.today(), {
        partners: [{ partnerId: partner.id }, { partnerId: partner.id }],
      });
      expect((await w.as.oia.post('/api/v1/agreements', twice)).json().error.fields[0].path).toBe(
        'partners.1.partnerId',
      );
      const dates = agreementBody(partner.id, w.today(), { startDate: '2026-09-01', endDate: '2026-08-31' });
      const en = (await w.as.oia.post('/api/v1/agreements', dates, { locale: 'en' })).json().error.fields;
      expect(en).toEqual([
        { path: 'endDate', code: 'end_before_start', message: 'The end date cannot be before the start date.' },
      ]);
      const zh = (await w.as.oia.post('/api/v1/agreements', dates, { locale: 'zh-TW' })).json().error.fields;
      expect(zh[0].message).toBe('結束日期不可早於開始日期。');
      const open = agreementBody(partner.id, w.today(), { openEnded: true });
      expect((await w.as.oia.post('/api/v1/agreements', open, { locale: 'en' })).json().error.fields[0]).toMatchObject({
        path: 'endDate',
        code: 'open_ended_with_end',
      });
      await create(w.as.oia, agreementBody(partner.id, w.today(), { code: 'DUP-AGR' }));
      const dup = await w.as.oia.post('/api/v1/agreements', agreementBody(partner.id, w.today(), { code: 'DUP-AGR' }));
      expect(dup.json().error.fields[0]).toMatchObject({ path: 'code', code: 'duplicate_code' });
      const none = await w.as.oia.post('/api/v1/agreements', agreementBody(partner.id, w.today(), { partners: [] }));
      expect(none.json().error.fields[0].path).toBe('partners');
    });

    it('archives and restores with the version; archived agreements leave the default list', async () => {
      const a = await create(w.as.oia, agreementBody((await w.partnerIn('GB')).id, w.today()));
      const archived = await w.as.oia.post(`/api/v1/agreements/${a.id}/archive`, { version: a.version });
      expect(archived.statusCode).toBe(200);
      expect(archived.json().archivedAt).not.toBeNull();
      expect(archived.json().transitions).toEqual([]);
      const q = `q=${encodeURIComponent(a.titleEn)}`;
      expect((await list(q)).total).toBe(0);
      expect((await list(`${q}&archived=only`)).items.map((x) => x.id)).toEqual([a.id]);
      expect((await w.as.oia.post(`/api/v1/agreements/${a.id}/restore`, { version: a.version })).statusCode).toBe(409);
      expect((await w.as.coordEng.post(`/api/v1/agreements/${a.id}/restore`, { version: 2 })).statusCode).toBe(403);
      const restored = await w.as.oia.post(`/api/v1/agreements/${a.id}/restore`, { version: 2 });
      expect(restored.json()).toMatchObject({ archivedAt: null, version: 3 });
      const history = (await w.as.oia.get(`/api/v1/agreements/${a.id}/history`)).json().items;
      expect(history.map((h: any) => h.action)).toEqual(['restore', 'archive', 'create']);
    });
  });

  describe('who may do what', () => {
    it('lets a college coordinator draft and edit drafts of their college only', async () => {
      const partner = await w.partnerIn('DE');
      const body = agreementBody(partner.id, w.today());
      const own = await create(w.as.coordEng, body);
      expect(own.owningUnitId).toBe(w.unit.ENG);
      const dept = await create(w.as.coordEng, { ...body, owningUnitId: w.unit.CSIE });
      expect(dept.owningUnitId).toBe(w.unit.CSIE);
      expect((await w.as.coordEng.post('/api/v1/agreements', { ...body, owningUnitId: w.unit.BUS })).statusCode).toBe(
        403,
      );
      const edited = await w.as.coordEng.put(`/api/v1/agreements/${own.id}`, {
        ...body,
        notes: 'draft notes',
        version: 1,
      });
      expect(edited.statusCode).toBe(200);
      // Moving it to another college is not theirs to do.
      const moved = await w.as.coordEng.put(`/api/v1/agreements/${own.id}`, {
        ...body,
        owningUnitId: w.unit.BUS,
        version: 2,
      });
      expect(moved.statusCode).toBe(403);
      const submitted = (
        await w.as.coordEng.post(`/api/v1/agreements/${own.id}/transitions`, { action: 'submit', version: 2 })
      ).json();
      const late = await w.as.coordEng.put(`/api/v1/agreements/${own.id}`, { ...body, version: submitted.version });
      expect(late.statusCode).toBe(403);
      expect(
        (await w.as.oia.put(`/api/v1/agreements/${own.id}`, { ...body, version: submitted.version })).statusCode,
      ).toBe(200);
      expect((await w.as.coordBus.get(`/api/v1/agreements/${own.id}`)).statusCode).toBe(403);
      expect((await w.as.coordBus.put(`/api/v1/agreements/${dept.id}`, { ...body, version: 1 })).statusCode).toBe(403);
      expect((await w.as.coordEng.post(`/api/v1/agreements/${own.id}/archive`, { version: 1 })).statusCode).toBe(403);
    });

    it('refuses writes to Student Services staff, executives and students; students do not read agreements', async () => {
      const partner = await w.partnerIn('FR');
      const body = agreementBody(partner.id, w.today());
      const a = await create(w.as.admin, body);
      for (const c of [w.as.oiaIss, w.as.vp, w.as.student]) {
        expect((await c.post('/api/v1/agreements', body)).statusCode).toBe(403);
        expect((await c.put(`/api/v1/agreements/${a.id}`, { ...body, version: 1 })).statusCode).toBe(403);
        expect((await c.post(`/api/v1/agreements/${a.id}/archive`, { version: 1 })).statusCode).toBe(403);
      }
      expect((await w.as.oiaIss.get(`/api/v1/agreements/${a.id}`)).json().permissions).toEqual({
        update: false,
        archive: false,
        upload: false,
        managePlaces: false,
      });
      expect((await w.as.vp.get('/api/v1/agreements')).statusCode).toBe(200);
      expect((await w.as.student.get('/api/v1/agreements')).statusCode).toBe(403);
      expect((await w.as.student.get(`/api/v1/agreements/${a.id}`)).statusCode).toBe(403);
      expect((await w.t.anon.get('/api/v1/agreements')).statusCode).toBe(401);
    });

    it('shows a coordinator only the agreements of their college and its departments', async () => {
      const eng = new Set([w.unit.ENG, w.unit.ME, w.unit.EE, w.unit.ECE, w.unit.CSIE]);
      const ofUnit = async (unitId: number | undefined) =>
        create(w.as.oia, agreementBody((await w.partnerIn('JP')).id, w.today(), { owningUnitId: unitId }));
      const dept = await ofUnit(w.unit.ME);
      const bus = await ofUnit(w.unit.BUS);
      const all = await list('');
      const mine = await list('', w.as.coordEng);
      expect(mine.items.map((a) => a.id)).toContain(dept.id);
      expect(mine.items.map((a) => a.id)).not.toContain(bus.id);
      expect(all.items.map((a) => a.id)).toEqual(expect.arrayContaining([dept.id, bus.id]));
      expect(mine.total).toBeLessThan(all.total);
      expect(mine.items.every((a) => eng.has(a.owningUnitId))).toBe(true);
      const engForOia = await list(`owningUnitId=${w.unit.ENG}`);
      expect(engForOia.total).toBe(mine.total);
      expect((await list(`owningUnitId=${w.unit.BUS}`, w.as.coordEng)).total).toBe(0);
    });
  });

  describe('list filters', () => {
    /** An agreement titled with the test's tag, so `q=<tag>` lists exactly the ones a test made. */
    const tagged = async (tag: string, overrides: Record<string, unknown> = {}, country = 'JP') => {
      const partner = await w.partnerIn(country);
      return create(
        w.as.oia,
        agreementBody(partner.id, w.today(), {
          titleEn: `${tag} Student Exchange Agreement`,
          titleZh: `${tag}學生交換協議`,
          ...overrides,
        }),
      );
    };
    const idsOf = (page: { items: { id: number }[] }) => page.items.map((a) => a.id).sort((x, y) => x - y);
    /** An active agreement whose renewal has taken effect (the renewal, activated, makes it "renewed"). */
    const renewed = async (tag: string) => {
      const old = await advance(w.as.oia, await tagged(tag), 'submit', 'approve', 'activate', 'renew');
      const successor = (await w.as.oia.get(`/api/v1/agreements/${old.renewedById}`)).json();
      await advance(w.as.oia, successor, 'submit', 'approve', 'activate');
      return old as { id: number };
    };

    it('searches bilingual titles, case-insensitively', async () => {
      const tag = uniqueTag('agr');
      const a = await tagged(tag);
      const b = await tagged(tag, { titleEn: `${tag} Dual Degree`, titleZh: `${tag}雙聯學位協議` });
      expect(idsOf(await list(`q=${tag}`))).toEqual([a.id, b.id]);
      const zh = await list(`q=${encodeURIComponent(`${tag}學生交換協議`)}`);
      expect(idsOf(zh)).toEqual([a.id]);
      expect(zh.items[0].titleZh).toBe(`${tag}學生交換協議`);
      expect(idsOf(await list(`q=${tag.toUpperCase()}%20dual`))).toEqual([b.id]);
      const every = await list(`q=${encodeURIComponent('學生交換協議')}`);
      expect(every.items.every((x) => x.titleZh.includes('學生交換協議'))).toBe(true);
    });

    it('filters by effective status with the same rule as the record shows', async () => {
      const tag = uniqueTag('st');
      const today = w.today();
      const made: Record<string, { id: number }> = {
        draft: await tagged(tag),
        under_review: await advance(w.as.oia, await tagged(tag), 'submit'),
        awaiting_signature: await advance(w.as.oia, await tagged(tag), 'submit', 'approve'),
        active: await advance(w.as.oia, await tagged(tag), 'submit', 'approve', 'activate'),
        expiring: await advance(
          w.as.oia,
          await tagged(tag, { endDate: addDays(today, 20), noticeMonths: 3 }),
          'submit',
          'approve',
          'activate',
        ),
        expired: await advance(
          w.as.oia,
          await tagged(tag, { endDate: addDays(today, -20) }),
          'submit',
          'approve',
          'activate',
        ),
        renewed: await renewed(tag),
      };
      for (const [status, agreement] of Object.entries(made)) {
        const found = idsOf(await list(`q=${tag}&status=${status}`));
        expect(found, status).toContain(agreement.id);
        const others = Object.entries(made).filter(([s]) => s !== status);
        for (const [other, a] of others) expect(found, `${status} lists the ${other} one`).not.toContain(a.id);
        const page = await list(`status=${status}`);
        expect(new Set(page.items.map((a) => a.status)), status).toEqual(new Set([status]));
      }
      const expiring = await list('status=expiring');
      expect(expiring.items.every((a) => a.noticeDate <= today && a.endDate >= today)).toBe(true);
      const expired = await list('status=expired');
      expect(expired.items.every((a) => a.endDate < today)).toBe(true);
    });

    it('filters active agreements ending within N days', async () => {
      const soon = await activeAgreement(w, { endDate: addDays(w.today(), 20) });
      const later = await activeAgreement(w, { endDate: addDays(w.today(), 45) });
      const within30 = await list('expiringWithinDays=30');
      const ids = within30.items.map((a) => a.id);
      expect(ids).toContain(soon.id);
      expect(ids).not.toContain(later.id);
      const limit = addDays(w.today(), 30);
      expect(within30.items.every((a) => a.endDate >= w.today() && a.endDate <= limit)).toBe(true);
      expect(within30.items.every((a) => ['active', 'expiring'].includes(a.status))).toBe(true);
      expect((await list('expiringWithinDays=90')).total).toBeGreaterThan(within30.total);
    });

    it('filters by the country and MoE region of any linked partner, by partner, kind and owning unit', async () => {
      const tag = uniqueTag('geo');
      const jpOne = await tagged(tag, {}, 'JP');
      // Two partners in two countries: found under either.
      const [de, vn] = [await w.partnerIn('DE'), await w.partnerIn('VN')];
      const both = await tagged(tag, {
        partners: [{ partnerId: de.id }, { partnerId: vn.id }],
        kind: 'joint_research',
      });
      expect(idsOf(await list(`q=${tag}&country=jp`))).toEqual([jpOne.id]);
      expect(idsOf(await list(`q=${tag}&region=asean`))).toEqual([both.id]);
      expect(idsOf(await list(`q=${tag}&region=other_asia`))).toEqual([jpOne.id]);
      const jp = await list('country=jp');
      expect(jp.items.every((a) => a.partners.some((p: any) => p.country === 'JP'))).toBe(true);
      const asean = await list('region=asean');
      expect(asean.items.every((a) => a.partners.some((p: any) => ASEAN.includes(p.country)))).toBe(true);
      expect((await list('country=DE')).items.map((a) => a.id)).toContain(both.id);
      expect((await list('region=asean')).items.map((a) => a.id)).toContain(both.id);
      expect((await list('region=europe&kind=joint_research')).items.map((a) => a.id)).toContain(both.id);
      const byPartner = await list(`partnerId=${vn.id}`);
      expect(byPartner.items.every((a) => a.partners.some((p: any) => p.id === vn.id))).toBe(true);
      expect(byPartner.items.map((a) => a.id)).toContain(both.id);
      expect((await list('kind=dual_degree')).items.every((a) => a.kind === 'dual_degree')).toBe(true);
    });

    it('sorts by end date with open-ended agreements last, in both directions, and pages without overlap', async () => {
      const tag = uniqueTag('end');
      const ending = (days: number | null) =>
        tagged(tag, { endDate: days === null ? null : addDays(w.today(), days) }).then((a) => a.id as number);
      const [mid, open, late, soon] = [await ending(400), await ending(null), await ending(900), await ending(100)];
      const order = async (query: string) => (await list(`q=${tag}&${query}`)).items.map((a) => a.id);
      expect(await order('sort=end_date')).toEqual([soon, mid, late, open]);
      expect(await order('sort=end_date&order=desc')).toEqual([late, mid, soon, open]);
      const asc = (await list('sort=end_date&status=active')).items.map((a) => a.endDate);
      const dated = asc.filter(Boolean);
      expect(dated).toEqual([...dated].sort());
      // Nulls only at the end (the first page may hold none: the demo's active agreements mostly have end dates).
      const firstNull = asc.indexOf(null);
      expect(firstNull === -1 ? [] : asc.slice(firstNull)).toEqual(asc.filter((d) => d === null));
      const page = (n: number) => w.as.oia.get(`/api/v1/agreements?q=${tag}&pageSize=3&page=${n}&sort=code`);
      const [p1, p2] = [(await page(1)).json(), (await page(2)).json()];
      expect(p1.total).toBe(4);
      expect([p1.items.length, p2.items.length]).toEqual([3, 1]);
      expect(new Set([...p1.items, ...p2.items].map((a: any) => a.id))).toEqual(new Set([mid, open, late, soon]));
    });
  });

  describe('export', () => {
    it('exports the filtered list as xlsx with headers in the user’s language', async () => {
      const korean = await create(w.as.oia, agreementBody((await w.partnerIn('KR')).id, w.today()));
      const res = await w.as.oia.get('/api/v1/agreements/export.xlsx?country=KR', { locale: 'zh-TW' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('合作協議清單')}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('合作協議')!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 7)).toEqual([
        '編號',
        '本校協議編號',
        '對方協議編號',
        '協議類別',
        '中文名稱',
        '英文名稱',
        '狀態',
      ]);
      const kr = await list('country=KR');
      expect(sheet.rowCount - 1).toBe(kr.total);
      const ids = new Set(kr.items.map((a) => a.id));
      expect(ids.has(korean.id)).toBe(true);
      for (let r = 2; r <= sheet.rowCount; r++) expect(ids.has(sheet.getRow(r).getCell(1).value as number)).toBe(true);
      const en = await w.as.oia.get('/api/v1/agreements/export.xlsx?country=KR', { locale: 'en' });
      const wbEn = new ExcelJS.Workbook();
      await wbEn.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
      expect(wbEn.getWorksheet('Agreements')?.getRow(1).getCell(7).value).toBe('Status');
    });

    it('keeps the list’s order, missing end dates last', async () => {
      for (const q of ['sort=end_date&order=desc', 'sort=title&order=asc']) {
        const shown = (await w.as.oia.get(`/api/v1/agreements?${q}&pageSize=200`, { locale: 'en' })).json();
        const res = await w.as.oia.get(`/api/v1/agreements/export.xlsx?${q}`, { locale: 'en' });
        const ids = await exportedIds(res.rawPayload);
        expect(ids.length, q).toBe(shown.total);
        expect(ids.slice(0, shown.items.length), q).toEqual(shown.items.map((a: { id: number }) => a.id));
      }
    });

    it('exports only a coordinator’s own college, and nothing to students', async () => {
      const res = await w.as.coordEng.get('/api/v1/agreements/export.xlsx');
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect((wb.worksheets[0]?.rowCount ?? 0) - 1).toBe((await list('', w.as.coordEng)).total);
      expect((await w.as.student.get('/api/v1/agreements/export.xlsx')).statusCode).toBe(403);
    });
  });
});
