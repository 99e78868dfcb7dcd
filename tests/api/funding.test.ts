import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import {
  award,
  createProgram,
  createYear,
  type FundingWorld,
  fundingWorld,
  programBody,
  programWithYear,
} from './funding-fixtures.js';

const fieldOf = (res: { json: () => any }, path: string) =>
  (res.json().error.fields as { path: string; code: string; message: string }[]).find((f) => f.path === path);

describe.each(DIALECTS)('funding (%s)', (dialect) => {
  let w: FundingWorld;
  beforeAll(async () => {
    w = await fundingWorld(dialect);
  });
  afterAll(() => w.t.close());

  describe('programs', () => {
    it('creates, reads, lists, updates with history, and refuses a stale version', async () => {
      const p = await createProgram(w.as.oia, {
        kind: 'xuehai_feiyang',
        matchingMinPct: 20,
        rulesZh: '學生出國修讀學分',
        rulesEn: 'Students studying abroad for credit',
      });
      expect(p).toMatchObject({
        kind: 'xuehai_feiyang',
        matchingMinPct: 20,
        version: 1,
        years: [],
        archivedAt: null,
        permissions: { manage: true, award: true },
      });
      const got = (await w.as.vp.get(`/api/v1/funding/programs/${p.id}`)).json();
      expect(got).toMatchObject({ code: p.code, rulesEn: 'Students studying abroad for credit' });
      expect(got.permissions).toEqual({ manage: false, award: false });

      const upd = await w.as.oia.put(`/api/v1/funding/programs/${p.id}`, {
        ...programBody({ code: p.code, kind: 'xuehai_feiyang', matchingMinPct: 25 }),
        version: 1,
      });
      expect(upd.statusCode, upd.body).toBe(200);
      expect(upd.json()).toMatchObject({ version: 2, matchingMinPct: 25 });

      const stale = await w.as.oia.put(`/api/v1/funding/programs/${p.id}`, {
        ...programBody({ code: p.code, kind: 'xuehai_feiyang' }),
        version: 1,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: 2 } });

      await createYear(w.as.oia, p.id, { year: 2026, grantedAmount: 1_000_000, matchingAmount: 250_000 });
      const history = (await w.as.oia.get(`/api/v1/funding/programs/${p.id}/history`)).json();
      expect(history.items.map((e: any) => `${e.entityType}:${e.action}`)).toEqual([
        'funding_year:create',
        'funding_program:update',
        'funding_program:create',
      ]);
    });

    it('refuses a duplicate code, invalid input, and writes by non-managers', async () => {
      const p = await createProgram(w.as.oia);
      const dup = await w.as.oia.post('/api/v1/funding/programs', programBody({ code: p.code }), { locale: 'en' });
      expect(dup.statusCode).toBe(400);
      expect(fieldOf(dup, 'code')?.code).toBe('duplicate_code');
      const bad = await w.as.oia.post('/api/v1/funding/programs', programBody({ kind: 'lottery', monthlyStipend: -1 }));
      expect(bad.statusCode).toBe(400);
      expect(fieldOf(bad, 'kind')?.code).toBe('invalid_value');
      expect(fieldOf(bad, 'monthlyStipend')?.code).toBe('too_small_number');
      expect((await w.as.coordEng.post('/api/v1/funding/programs', programBody())).statusCode).toBe(403);
      expect((await w.as.vp.post('/api/v1/funding/programs', programBody())).statusCode).toBe(403);
      expect((await w.as.student.get('/api/v1/funding/programs')).statusCode).toBe(403);
    });

    it('archives (hidden from the default list, no new awards) and restores', async () => {
      const { program, year } = await programWithYear(w.as.oia, 'partner', { granted: 100_000, matching: 0 });
      const archived = await w.as.oia.post(`/api/v1/funding/programs/${program.id}/archive`, { version: 1 });
      expect(archived.statusCode, archived.body).toBe(200);
      expect(archived.json().archivedAt).not.toBeNull();
      const active = (await w.as.oia.get('/api/v1/funding/programs?year=2026')).json();
      expect(active.items.some((p: any) => p.id === program.id)).toBe(false);
      const old = (await w.as.oia.get('/api/v1/funding/programs?year=2026&archived=true')).json();
      expect(old.items.some((p: any) => p.id === program.id)).toBe(true);

      const m = await w.mobility();
      const res = await w.as.oia.post(`/api/v1/mobilities/${m}/funding`, { fundingYearId: year.id, amount: 1000 });
      expect(res.statusCode).toBe(400);
      expect(fieldOf(res, 'fundingYearId')?.code).toBe('program_archived');

      const restored = await w.as.oia.post(`/api/v1/funding/programs/${program.id}/restore`, { version: 2 });
      expect(restored.json().archivedAt).toBeNull();
      await award(w.as.oia, m, { fundingYearId: year.id, amount: 1000 });
    });
  });

  describe('years', () => {
    it('refuses matching below the minimum share, with the required amount in both languages', async () => {
      const p = await createProgram(w.as.oia, { kind: 'xuehai_zhumeng', matchingMinPct: 20 });
      const body = { year: 2026, grantedAmount: 1_000_000, matchingAmount: 199_999 };
      const zh = await w.as.oia.post(`/api/v1/funding/programs/${p.id}/years`, body, { locale: 'zh-TW' });
      expect(zh.statusCode).toBe(400);
      expect(fieldOf(zh, 'matchingAmount')).toMatchObject({ code: 'matching_below_minimum' });
      expect(fieldOf(zh, 'matchingAmount')?.message).toContain('200,000');
      expect(fieldOf(zh, 'matchingAmount')?.message).toContain('配合款');
      const en = await w.as.oia.post(`/api/v1/funding/programs/${p.id}/years`, body, { locale: 'en' });
      expect(fieldOf(en, 'matchingAmount')?.message).toContain("university's matching");
      expect(fieldOf(en, 'matchingAmount')?.message).toContain('NT$200,000');

      const y = await createYear(w.as.oia, p.id, { ...body, matchingAmount: 200_000 });
      expect(y).toMatchObject({ total: 1_200_000, requiredMatching: 200_000, balance: 1_200_000, people: 0 });
    });

    it('takes whole non-negative dollars only, one row per year, and checks the version', async () => {
      const p = await createProgram(w.as.oia);
      const frac = await w.as.oia.post(`/api/v1/funding/programs/${p.id}/years`, {
        year: 2026,
        grantedAmount: 10.5,
        matchingAmount: -1,
      });
      expect(frac.statusCode).toBe(400);
      expect(fieldOf(frac, 'grantedAmount')).toBeDefined();
      expect(fieldOf(frac, 'matchingAmount')?.code).toBe('too_small_number');
      const y = await createYear(w.as.oia, p.id, { year: 2026, grantedAmount: 10, matchingAmount: 0 });
      const again = await w.as.oia.post(`/api/v1/funding/programs/${p.id}/years`, {
        year: 2026,
        grantedAmount: 5,
        matchingAmount: 0,
      });
      expect(fieldOf(again, 'year')?.code).toBe('duplicate_funding_year');
      const url = `/api/v1/funding/programs/${p.id}/years/${y.id}`;
      const ok = await w.as.oia.put(url, { year: 2026, grantedAmount: 20, matchingAmount: 0, version: 1 });
      expect(ok.json()).toMatchObject({ granted: 20, version: 2 });
      const stale = await w.as.oia.put(url, { year: 2026, grantedAmount: 30, matchingAmount: 0, version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(
        (await w.as.coordEng.put(url, { year: 2026, grantedAmount: 1, matchingAmount: 0, version: 2 })).statusCode,
      ).toBe(403);
    });

    it('cannot shrink below what has been awarded', async () => {
      const { program, year } = await programWithYear(w.as.oia, 'university', { granted: 50_000, matching: 0 });
      await award(w.as.oia, await w.mobility(), { fundingYearId: year.id, amount: 40_000 });
      const res = await w.as.oia.put(
        `/api/v1/funding/programs/${program.id}/years/${year.id}`,
        { year: 2026, grantedAmount: 30_000, matchingAmount: 0, version: 1 },
        { locale: 'en' },
      );
      expect(res.statusCode).toBe(400);
      expect(fieldOf(res, 'grantedAmount')).toMatchObject({ code: 'year_below_awarded' });
      expect(fieldOf(res, 'grantedAmount')?.message).toContain('40,000');
    });
  });

  describe('award rules', () => {
    it('學海飛颺/惜珠: outbound study for credit only, never to CN/HK/MO', async () => {
      const { year } = await programWithYear(w.as.oia, 'xuehai_feiyang', { granted: 1_000_000, matching: 200_000 });
      const { year: xizhu } = await programWithYear(w.as.oia, 'xuehai_xizhu', { granted: 500_000, matching: 100_000 });
      await award(w.as.oia, await w.mobility(), { fundingYearId: year.id, amount: 100_000 });
      for (const country of ['CN', 'HK', 'MO']) {
        const res = await w.as.oia.post(
          `/api/v1/mobilities/${await w.mobility({ country })}/funding`,
          { fundingYearId: xizhu.id, amount: 1000 },
          { locale: 'en' },
        );
        expect(res.statusCode).toBe(400);
        expect(fieldOf(res, 'fundingYearId')).toMatchObject({ code: 'funding_excluded_country' });
        expect(fieldOf(res, 'fundingYearId')?.message).toContain(country);
      }
      const internship = await w.mobility({ kind: 'internship', credit_bearing: 0 });
      const res = await w.as.oia.post(`/api/v1/mobilities/${internship}/funding`, {
        fundingYearId: year.id,
        amount: 1,
      });
      expect(fieldOf(res, 'fundingYearId')?.code).toBe('funding_requires_outbound_study');
      const noCredit = await w.mobility({ credit_bearing: 0, credits: null });
      const res2 = await w.as.oia.post(`/api/v1/mobilities/${noCredit}/funding`, { fundingYearId: year.id, amount: 1 });
      expect(fieldOf(res2, 'fundingYearId')?.message).toContain('學海飛颺');
    });

    it('學海築夢/新南向築夢: internships of at least 28 days', async () => {
      const { year } = await programWithYear(w.as.oia, 'nsb_zhumeng', { granted: 300_000, matching: 60_000 });
      const ok = await w.mobility({
        kind: 'internship',
        credit_bearing: 0,
        country: 'VN',
        start_date: '2026-07-01',
        end_date: '2026-07-28',
      });
      await award(w.as.oia, ok, { fundingYearId: year.id, amount: 60_000 });
      const short = await w.mobility({
        kind: 'internship',
        credit_bearing: 0,
        country: 'VN',
        start_date: '2026-07-01',
        end_date: '2026-07-27',
      });
      const res = await w.as.oia.post(
        `/api/v1/mobilities/${short}/funding`,
        { fundingYearId: year.id, amount: 1 },
        { locale: 'en' },
      );
      expect(fieldOf(res, 'fundingYearId')).toMatchObject({ code: 'funding_internship_too_short' });
      expect(fieldOf(res, 'fundingYearId')?.message).toContain('27 days');
      const study = await w.mobility({ country: 'VN' });
      const res2 = await w.as.oia.post(`/api/v1/mobilities/${study}/funding`, { fundingYearId: year.id, amount: 1 });
      expect(fieldOf(res2, 'fundingYearId')?.code).toBe('funding_requires_internship');
    });

    it('TEEP: inbound TEEP interns only, with the prorated stipend suggested', async () => {
      const { year } = await programWithYear(
        w.as.oia,
        'teep',
        { granted: 900_000, matching: 0 },
        { monthlyStipend: 15_000 },
      );
      const intern = await w.mobility({
        direction: 'inbound',
        kind: 'teep',
        country: 'IN',
        credit_bearing: 0,
        start_date: '2026-07-01',
        end_date: '2026-09-15',
      });
      const view = (await w.as.oia.get(`/api/v1/mobilities/${intern}/funding`)).json();
      const option = view.options.find((o: any) => o.fundingYearId === year.id);
      expect(option).toMatchObject({ monthlyStipend: 15_000, suggestedAmount: 37_500, balance: 900_000 });
      await award(w.as.oia, intern, { fundingYearId: year.id, amount: option.suggestedAmount });
      const outbound = await w.mobility();
      const res = await w.as.oia.post(`/api/v1/mobilities/${outbound}/funding`, { fundingYearId: year.id, amount: 1 });
      expect(fieldOf(res, 'fundingYearId')?.code).toBe('funding_requires_teep');
    });

    it('never awards more than the balance; spent never above the award; one award per program-year', async () => {
      const { year } = await programWithYear(w.as.oia, 'sprout', { granted: 80_000, matching: 20_000 });
      const a = await w.mobility();
      const b = await w.mobility();
      await award(w.as.oia, a, { fundingYearId: year.id, amount: 70_000 });
      const over = await w.as.oia.post(
        `/api/v1/mobilities/${b}/funding`,
        { fundingYearId: year.id, amount: 30_001 },
        { locale: 'en' },
      );
      expect(over.statusCode).toBe(400);
      expect(fieldOf(over, 'amount')).toMatchObject({ code: 'award_above_balance' });
      expect(fieldOf(over, 'amount')?.message).toContain('30,000');
      await award(w.as.oia, b, { fundingYearId: year.id, amount: 30_000 });
      const spent = await w.as.oia.post(`/api/v1/mobilities/${a}/funding`, {
        fundingYearId: year.id,
        amount: 0,
        spentAmount: 5,
      });
      expect(fieldOf(spent, 'spentAmount')?.code).toBe('spent_above_award');
      const twice = await w.as.oia.post(`/api/v1/mobilities/${a}/funding`, { fundingYearId: year.id, amount: 0 });
      expect(fieldOf(twice, 'fundingYearId')?.code).toBe('duplicate_award');
    });
  });

  describe('awards and balances', () => {
    it('computes the figures from the records; edit token, delete frees the balance', async () => {
      const { program, year } = await programWithYear(w.as.oia, 'university', { granted: 200_000, matching: 50_000 });
      const personId = await w.person('EE');
      const m1 = await w.mobility({ person_id: personId });
      const m2 = await w.mobility({ person_id: personId, start_date: '2027-02-01', end_date: '2027-06-30' });
      const m3 = await w.mobility({ unitCode: 'IB' });
      const a1 = await award(w.as.oia, m1, { fundingYearId: year.id, amount: 60_000, spentAmount: 60_000 });
      await award(w.as.oia, m2, { fundingYearId: year.id, amount: 40_000, spentAmount: 10_000 });
      await award(w.as.oia, m3, { fundingYearId: year.id, amount: 30_000 });

      const figures = async () =>
        (await w.as.vp.get(`/api/v1/funding/programs/${program.id}`)).json().years.find((y: any) => y.id === year.id);
      expect(await figures()).toMatchObject({
        granted: 200_000,
        matching: 50_000,
        total: 250_000,
        awarded: 130_000,
        spent: 70_000,
        balance: 120_000,
        people: 2, // one person funded for two mobilities counts once
      });
      const list = (await w.as.vp.get('/api/v1/funding/programs?year=2026')).json();
      expect(list.items.find((p: any) => p.id === program.id).figures).toMatchObject({
        awarded: 130_000,
        balance: 120_000,
      });

      const url = `/api/v1/mobilities/${m1}/funding/${a1.id}`;
      const edited = await w.as.oia.put(url, {
        fundingYearId: year.id,
        amount: 65_000,
        spentAmount: 62_000,
        notes: '追加',
        version: a1.version,
      });
      expect(a1.version).toBe(1);
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ amount: 65_000, spentAmount: 62_000, notes: '追加', version: 2 });
      const stale = await w.as.oia.put(url, { fundingYearId: year.id, amount: 1, version: a1.version });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { amount: 65_000, version: 2 } });
      // The old edit token is not accepted any more.
      const old = await w.as.oia.put(url, { fundingYearId: year.id, amount: 1, updatedAt: a1.updatedAt });
      expect(old.statusCode).toBe(400);

      const removed = await w.as.oia.request('DELETE', url);
      expect(removed.statusCode, removed.body).toBe(200);
      expect(await figures()).toMatchObject({ awarded: 70_000, spent: 10_000, balance: 180_000, people: 2 });
      const audit = await w.db
        .selectFrom('audit_log')
        .select(['action', 'parent_type', 'parent_id', 'before_json'])
        .where('entity_type', '=', 'mobility_funding')
        .where('entity_id', '=', a1.id)
        .orderBy('id')
        .execute();
      expect(audit.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
      expect(audit[2]).toMatchObject({ parent_type: 'mobility', parent_id: m1 });
      expect(JSON.parse(audit[2]?.before_json as string)).toMatchObject({ amount: 65_000 });

      const mine = (await w.as.oia.get(`/api/v1/mobilities/${m2}/funding`)).json();
      expect(mine.items).toHaveLength(1);
      expect(mine.total).toEqual({ amount: 40_000, spent: 10_000 });
      expect((await w.as.oia.get('/api/v1/mobilities/999999/funding')).statusCode).toBe(404);
    });

    it('sums a year across programs, counting each person once', async () => {
      const before = (await w.as.vp.get('/api/v1/funding/summary?year=2031')).json();
      const { program: p1, year: y1 } = await programWithYear(w.as.oia, 'university', {
        year: 2031,
        granted: 100_000,
        matching: 0,
      });
      const { year: y2 } = await programWithYear(w.as.oia, 'partner', {
        year: 2031,
        granted: 40_000,
        matching: 10_000,
      });
      const personId = await w.person('ME');
      await award(w.as.oia, await w.mobility({ person_id: personId }), {
        fundingYearId: y1.id,
        amount: 20_000,
        spentAmount: 5_000,
      });
      await award(w.as.oia, await w.mobility({ person_id: personId }), { fundingYearId: y2.id, amount: 15_000 });
      await award(w.as.oia, await w.mobility(), { fundingYearId: y2.id, amount: 1_000 });
      const s = (await w.as.vp.get('/api/v1/funding/summary?year=2031')).json();
      expect(s.year).toBe(2031);
      expect(s.programs.find((r: any) => r.programId === p1.id)).toMatchObject({ awarded: 20_000, people: 1 });
      expect(s.totals).toEqual({
        granted: before.totals.granted + 140_000,
        matching: before.totals.matching + 10_000,
        total: before.totals.total + 150_000,
        awarded: before.totals.awarded + 36_000,
        spent: before.totals.spent + 5_000,
        balance: before.totals.balance + 114_000,
        people: before.totals.people + 2,
      });
      expect((await w.as.student.get('/api/v1/funding/summary?year=2031')).statusCode).toBe(403);
    });
  });

  describe('scoping', () => {
    it("a college coordinator sees awards on their college's mobilities only; nobody but OIA awards", async () => {
      const { program, year } = await programWithYear(w.as.oia, 'university', {
        year: 2032,
        granted: 100_000,
        matching: 0,
      });
      const eng = await w.mobility({ unitCode: 'CSIE' });
      const bus = await w.mobility({ unitCode: 'IB' });
      await award(w.as.oia, eng, { fundingYearId: year.id, amount: 10_000 });
      await award(w.as.oia, bus, { fundingYearId: year.id, amount: 20_000 });

      expect((await w.as.coordEng.get(`/api/v1/mobilities/${eng}/funding`)).json()).toMatchObject({
        permissions: { award: false },
        options: [],
      });
      expect((await w.as.coordEng.get(`/api/v1/mobilities/${bus}/funding`)).statusCode).toBe(403);
      expect((await w.as.coordBus.get(`/api/v1/mobilities/${bus}/funding`)).statusCode).toBe(200);
      expect(
        (await w.as.coordEng.post(`/api/v1/mobilities/${eng}/funding`, { fundingYearId: year.id, amount: 1 }))
          .statusCode,
      ).toBe(403);
      expect((await w.as.vp.get(`/api/v1/mobilities/${bus}/funding`)).statusCode).toBe(200);
      expect((await w.as.student.get(`/api/v1/mobilities/${bus}/funding`)).statusCode).toBe(403);

      const awardsUrl = `/api/v1/funding/programs/${program.id}/years/${year.id}/awards`;
      const engList = (await w.as.coordEng.get(awardsUrl)).json().items;
      expect(engList.map((a: any) => a.mobilityId)).toEqual([eng]);
      const all = (await w.as.oia.get(awardsUrl)).json().items;
      expect(all.map((a: any) => a.mobilityId).sort()).toEqual([eng, bus].sort());
      expect(JSON.stringify(all)).not.toMatch(/passport|P90\d{4}/);
      // The program-year figures stay university-wide for everyone who reads programs.
      const figures = (await w.as.coordEng.get(`/api/v1/funding/programs/${program.id}`)).json().years[0];
      expect(figures.awarded).toBe(30_000);
    });

    it('a student reads the awards of their own mobility', async () => {
      const me = (await w.as.student.get('/api/v1/auth/me')).json();
      const { year } = await programWithYear(w.as.oia, 'university', { year: 2033, granted: 10_000, matching: 0 });
      const userId = me.user?.id ?? me.id;
      // The demo seed may already have the student's person record (their login is unique to one person).
      const existing = await w.db.selectFrom('people').select('id').where('user_id', '=', userId).executeTakeFirst();
      const personId = existing?.id ?? (await w.person('CSIE', { userId }));
      const own = await w.mobility({ person_id: personId });
      await award(w.as.oia, own, { fundingYearId: year.id, amount: 5_000 });
      const res = await w.as.student.get(`/api/v1/mobilities/${own}/funding`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items[0]).toMatchObject({ amount: 5_000, year: 2033 });
    });
  });

  describe('export', () => {
    it("is an xlsx of the program-year's awards in the user's language, without passport numbers", async () => {
      const { program, year } = await programWithYear(w.as.oia, 'xuehai_feiyang', {
        year: 2034,
        granted: 500_000,
        matching: 100_000,
      });
      const personId = await w.person('EE');
      const m = await w.mobility({ person_id: personId, country: 'DE' });
      await award(w.as.oia, m, { fundingYearId: year.id, amount: 123_456, spentAmount: 100_000 });
      await award(w.as.oia, await w.mobility({ unitCode: 'FIN', country: 'FR' }), {
        fundingYearId: year.id,
        amount: 1_000,
      });
      const url = `/api/v1/funding/programs/${program.id}/years/${year.id}/awards/export.xlsx`;

      const read = async (res: { statusCode: number; rawPayload: Buffer; headers: Record<string, unknown> }) => {
        expect(res.statusCode).toBe(200);
        expect(String(res.headers['content-type'])).toContain('spreadsheetml');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.rawPayload as never);
        const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
        const rows: unknown[][] = [];
        sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        return rows;
      };
      const zh = await read(await w.as.oia.get(url, { locale: 'zh-TW' }));
      expect(zh[0]).toEqual([
        '中文姓名',
        '英文姓名',
        '學號',
        '系所',
        '交流類別',
        '國家／地區',
        '開始日期',
        '結束日期',
        '核定金額',
        '已支用金額',
        '備註',
      ]);
      expect(zh).toHaveLength(3);
      const row = zh.find((r) => r[8] === 123_456) as unknown[];
      expect(row[3]).toBe('電機工程系');
      expect(row[5]).toBe('德國');
      expect(row[9]).toBe(100_000);
      expect(JSON.stringify(zh)).not.toMatch(/P9\d{5}/);

      const en = await read(await w.as.oia.get(url, { locale: 'en' }));
      expect(en[0]?.[0]).toBe('Name (Chinese)');
      expect(en.find((r) => r[8] === 123_456)?.[3]).toBe('Department of Electrical Engineering');

      const eng = await read(await w.as.coordEng.get(url));
      expect(eng).toHaveLength(2); // the header and the Engineering student only
    });
  });
  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(w.db, ['funding_program', 'funding_year', 'mobility_funding']);
  });
});
