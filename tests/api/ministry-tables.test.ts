import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinistryRow, MinistryTableResult } from '#shared/schemas/ministry.js';
import { DIALECTS } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';
import { ministryWorld } from './ministry-fixtures.js';

/**
 * The Ministry's tables on hand-made records of a college of the test's own (MX: departments MXA, MXB)
 * in 2031/32, with the expected figures written here: the edge cases of the issue (a student on leave on
 * the reference date and one who went on leave after it, a dual-degree student, a trip to Hong Kong,
 * a mobility spanning two semesters, missing gender), drill-downs, settings, xlsx and permissions.
 */
describe.each(DIALECTS)('Ministry tables (%s)', (dialect) => {
  let w: Awaited<ReturnType<typeof ministryWorld>>;
  const id: Record<string, number> = {};
  let q: string;

  beforeAll(async () => {
    w = await ministryWorld(dialect);
    q = `periodId=${w.period}`;
    const degree = { direction: 'inbound', kind: 'degree', startDate: '2030-09-01' };
    id.p1 = (await w.mobility(w.mxa, 'female', { ...degree, moeCategory: 'foreign' })).id;
    id.p2 = (await w.mobility(w.mxa, 'male', { ...degree, moeCategory: 'foreign', dualDegree: true }, 'master')).id;
    id.p3 = (await w.mobility(w.mxb, 'female', { ...degree, moeCategory: 'hk_macau' })).id;
    const p4 = await w.mobility(w.mxa, 'female', { ...degree, moeCategory: 'foreign' });
    await w.act(p4, 'leave', '2031-09-20'); // on leave on the reference date: not counted
    const p5 = await w.mobility(w.mxa, 'male', { ...degree, moeCategory: 'mainland' });
    await w.act(p5, 'leave', '2031-11-01'); // went on leave after it: studying on the date
    id.p5 = p5.id;
    id.p6 = (await w.mobility(w.mxa, null, { ...degree, moeCategory: 'overseas_chinese' })).id;
    let p7 = await w.mobility(w.mxb, 'female', {
      direction: 'inbound',
      kind: 'exchange_in',
      startDate: '2031-09-01',
      endDate: '2032-01-31',
    });
    for (const action of ['apply', 'accept', 'arrive']) p7 = await w.act(p7, action, '2031-09-01');
    id.p7 = p7.id;

    const out = { direction: 'outbound', kind: 'exchange', creditBearing: true, country: 'JP' };
    id.o1 = (await w.mobility(w.mxa, 'female', { ...out, startDate: '2031-09-01', endDate: '2032-01-31' })).id;
    id.o2 = (
      await w.mobility(w.mxa, 'male', {
        ...out,
        kind: 'short_term',
        country: 'HK',
        startDate: '2031-10-01',
        endDate: '2031-10-20',
      })
    ).id;
    id.o3 = (await w.mobility(w.mxb, null, { ...out, startDate: '2031-09-10', endDate: '2032-06-30' })).id; // two semesters
    await w.mobility(w.mxa, 'male', { ...out, kind: 'competition', startDate: '2031-09-01', endDate: '2031-09-05' });
    const o5 = await w.mobility(w.mxa, 'male', { ...out, startDate: '2031-09-01', endDate: '2032-01-31' });
    await w.act(o5, 'cancel');

    id.c1 = await w.activity(w.mxa, 'conference_held');
    id.c2 = await w.activity(w.mxb, 'conference_held');
    id.i1 = await w.activity(w.mxa, 'industry_project', {
      amount_government: 100_000,
      amount_industry: 50_000,
      amount_university: 20_000,
      commissioning: 'foreign',
    });
    id.i2 = await w.activity(w.mxb, 'industry_project', { amount_government: 10_000, commissioning: 'domestic' });
    await w.activity(w.mxa, 'paper_abroad', { archived_at: new Date().toISOString() });
  });
  afterAll(() => w.t.close());

  const get = async (table: string, query = q): Promise<MinistryTableResult> => {
    const res = await w.as.oia.get(`/api/v1/reports/ministry/${table}?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const row = (r: MinistryTableResult, match: Partial<MinistryRow>) => {
    const found = r.rows.filter((x) => Object.entries(match).every(([k, v]) => x[k as keyof MinistryRow] === v));
    expect(found, JSON.stringify(match)).toHaveLength(1);
    return found[0] as MinistryRow;
  };
  const figures = (x: MinistryRow) => Object.fromEntries(x.cells.map((c) => [c.column, c.value]));
  const cell = (x: MinistryRow, column: string) => x.cells.find((c) => c.column === column)?.cell as string;
  const drill = async (table: string, key: string, query = q) => {
    const res = await w.as.oia.get(
      `/api/v1/reports/ministry/${table}/cells?${query}&cell=${encodeURIComponent(key)}&pageSize=200`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { id: number }[]).map((i) => i.id).sort((a, b) => a - b);
  };
  const ids = (...names: string[]) => names.map((n) => id[n] as number).sort((a, b) => a - b);

  it('table 4-2-3: formal enrolment studying on the reference date, by department, level and gender', async () => {
    const r = await get('international_students', `${q}&grouping=tvc_4_2_3`);
    expect(r.referenceDate).toBe('2031-10-15');
    expect(r.columns.map((c) => c.key)).toEqual([
      'foreign',
      'foreign_dual',
      'overseas_chinese',
      'hk_macau',
      'mainland',
      'total',
    ]);
    const mx = row(r, { kind: 'subtotal', collegeId: w.college });
    // p4 (on leave on the date) and p7 (exchange, not formal enrolment) are out; p5 left after the date
    expect(figures(mx)).toEqual({
      foreign: 1,
      foreign_dual: 1,
      overseas_chinese: 1,
      hk_macau: 1,
      mainland: 1,
      total: 5,
    });
    expect(figures(row(r, { unitId: w.mxa, level: 'master', sex: 'male' })).foreign_dual).toBe(1);
    expect(figures(row(r, { unitId: w.mxa, level: 'bachelor', sex: 'male' })).mainland).toBe(1);
    expect(figures(row(r, { unitId: w.mxa, level: 'bachelor', sex: 'unrecorded' })).overseas_chinese).toBe(1);
    expect(figures(row(r, { unitId: w.mxb, level: 'bachelor', sex: 'female' })).hk_macau).toBe(1);
    expect(await drill('international_students', cell(mx, 'total'), `${q}&grouping=tvc_4_2_3`)).toEqual(
      ids('p1', 'p2', 'p3', 'p5', 'p6'),
    );
    expect(await drill('international_students', cell(mx, 'foreign_dual'), `${q}&grouping=tvc_4_2_3`)).toEqual(
      ids('p2'),
    );
  });

  it('statistics grouping: 僑生 includes Hong Kong / Macau; exchange students are non-degree', async () => {
    const r = await get('international_students', `${q}&grouping=moe_stats`);
    const mx = figures(row(r, { kind: 'subtotal', collegeId: w.college }));
    expect(mx).toMatchObject({
      degree_foreign: 2,
      degree_overseas_chinese: 2,
      degree_mainland: 1,
      degree_total: 5,
      exchange: 1,
      non_degree_total: 1,
      offshore: 0,
    });
    const sub = row(r, { kind: 'subtotal', collegeId: w.college });
    expect(await drill('international_students', cell(sub, 'exchange'), `${q}&grouping=moe_stats`)).toEqual(ids('p7'));
  });

  it('table 學5: by semester, department, program type, country and region; 合計 = 男 + 女, no gender in no cell', async () => {
    const r = await get('outbound_students');
    expect(r.dimensions).toEqual(['academicYear', 'semester', 'college', 'unit', 'program', 'country', 'region']);
    // every record here starts in 2031/09–10: academic year 2031 = ROC 120, first semester
    const hk = row(r, { unitId: w.mxa, country: 'HK' });
    expect([hk.academicYear, hk.semester]).toEqual([120, 1]);
    expect(hk.region).toBe('hk_macau');
    expect(hk.program).toBe('bachelor');
    expect(figures(hk)).toEqual({
      semester_total: 0,
      semester_male: 0,
      semester_female: 0,
      short_total: 1,
      short_male: 1,
      short_female: 0,
    });
    expect(figures(row(r, { unitId: w.mxa, country: 'JP' }))).toMatchObject({ semester_total: 1, semester_female: 1 });
    // o3 has no gender: 合計 = 男 + 女 = 0 (the pre-filing check lists it), no footnote
    expect(figures(row(r, { unitId: w.mxb, country: 'JP' }))).toEqual({
      semester_total: 0,
      semester_male: 0,
      semester_female: 0,
      short_total: 0,
      short_male: 0,
      short_female: 0,
    });
    for (const x of r.rows) {
      const f = figures(x);
      expect(f.semester_total).toBe((f.semester_male ?? 0) + (f.semester_female ?? 0));
      expect(f.short_total).toBe((f.short_male ?? 0) + (f.short_female ?? 0));
    }
    const mx = row(r, { kind: 'subtotal', collegeId: w.college });
    expect([mx.academicYear, mx.semester]).toEqual([120, 1]);
    expect(await drill('outbound_students', cell(mx, 'semester_total'))).toEqual(ids('o1'));
  });

  it('college exchange: counts and the industry projects’ funding split by college', async () => {
    const r = await get('college_exchange');
    const mx = row(r, { kind: 'row', collegeId: w.college });
    expect(figures(mx)).toEqual({
      conference_held: 2,
      scholar_invited: 0,
      paper_abroad: 0,
      transnational_contract: 0,
      industry_project: 2,
      amount_government: 110_000,
      amount_industry: 50_000,
      amount_other: 0,
      amount_university: 20_000,
      commissioning_domestic: 1,
      commissioning_foreign: 1,
    });
    expect(await drill('college_exchange', cell(mx, 'amount_government'))).toEqual(ids('i1', 'i2'));
    expect(await drill('college_exchange', cell(mx, 'commissioning_foreign'))).toEqual(ids('i1'));
  });

  it('settings change the figures: threshold and attribution of a trip spanning two semesters', async () => {
    const spring = 'from=2032-02-01&to=2032-07-31';
    const mxRow = async (query: string) => {
      const r = await get('outbound_students', query);
      return r.rows.find((x) => x.kind === 'subtotal' && x.collegeId === w.college);
    };
    expect(await mxRow(spring)).toBeUndefined();
    const current = (await w.as.admin.get('/api/v1/reports/settings')).json().items as {
      key: string;
      version: number;
    }[];
    const v = (key: string) => current.find((s) => s.key === key)?.version as number;
    let res = await w.as.admin.put('/api/v1/reports/settings', {
      settings: [
        { key: 'attribution', value: 'overlap', version: v('attribution') },
        { key: 'semester_days', value: 200, version: v('semester_days') },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const used = (await get('outbound_students', spring)).settings.find((s) => s.key === 'attribution');
    expect(used?.value).toBe('overlap');
    expect(used?.sourceZh).toBeTruthy();
    // o3 (2031-09-10 to 2032-06-30, 294 days) now counts in spring too, but has no gender: in no cell
    // (合計 = 男 + 女); o1 (153 days) is under 200 days, a short stay with o2
    const springRow = (await mxRow(spring)) as MinistryRow;
    expect(figures(springRow)).toMatchObject({ semester_total: 0, short_total: 0 });
    expect(await drill('outbound_students', '*', spring)).toContain(id.o3); // counted, in no gender cell
    // a spring range labels its rows 120 / 2 (the semester counted in), not the trip's start semester
    expect([springRow.academicYear, springRow.semester]).toEqual([120, 2]);
    expect(figures((await mxRow(q)) as MinistryRow)).toMatchObject({ semester_total: 0, short_total: 2 });
    const after = (await w.as.admin.get('/api/v1/reports/settings')).json().items as { key: string; version: number }[];
    const now = (key: string) => after.find((s) => s.key === key)?.version as number;
    res = await w.as.admin.put('/api/v1/reports/settings', {
      settings: [
        { key: 'attribution', value: 'start', version: now('attribution') },
        { key: 'semester_days', value: 90, version: now('semester_days') },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(figures((await mxRow(q)) as MinistryRow)).toMatchObject({ semester_total: 1, short_total: 1 });
  });

  it('xlsx: one sheet per table with the templates’ Chinese headers, and the settings with their sources', async () => {
    const res = await w.as.vp.get(`/api/v1/reports/ministry/export.xlsx?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      '表4-2-3',
      '境外學生統計',
      '境外學位生數(國家別)',
      '境外學位生數(區域別)',
      '學5出國進修交流',
      '學院國際交流',
      '計數設定與依據',
      '填報前檢核',
    ]);
    const values = (sheet: string, n: number) =>
      ((wb.getWorksheet(sheet)?.getRow(n).values as unknown[]) ?? []).slice(1).map((v) => v ?? null);
    expect(values('表4-2-3', 4)).toEqual([
      '學院',
      '系所',
      '學制',
      '性別',
      '外國學生',
      '外國學生(雙聯學制)',
      '僑生',
      '港澳生',
      '陸生',
      '合計',
    ]);
    expect(values('學5出國進修交流', 3)).toContain('至少1學期(修讀學分)以上');
    expect(values('學5出國進修交流', 4).slice(0, 7)).toEqual([
      '學年度',
      '學期',
      '學院',
      '系所',
      '學制班別(日間)',
      '國別',
      '地區',
    ]);
    const outbound = wb.getWorksheet('學5出國進修交流');
    const hkRow = outbound
      ?.getRows(5, outbound.rowCount - 4)
      ?.find((r) => r.getCell(4).value === '測MXA' && r.getCell(7).value === '港澳');
    expect(hkRow?.getCell(1).value).toBe(120); // academic year 120 (2031/32)
    expect(hkRow?.getCell(6).value).toBe('香港'); // the Ministry's name, not 中國香港特別行政區
    expect(hkRow?.getCell(11).value).toBe(1); // 未滿1學期 合計
    const exchange = wb.getWorksheet('學院國際交流');
    const mx = exchange?.getRows(5, exchange.rowCount - 4)?.find((r) => r.getCell(1).value === '測MX');
    expect(mx?.getCell(2).value).toBe(2); // conferences held
    expect(mx?.getCell(7).value).toBe(110_000); // government funding
    const settings = wb.getWorksheet('計數設定與依據');
    expect(settings?.getRow(1).getCell(3).value).toBe('依據');
    expect(settings?.getRow(4).getCell(1).value).toBe('「一學期」的天數門檻');
    expect(settings?.getRow(4).getCell(2).value).toBe('90 天');
  });

  it('permissions: the coordinator may not read the tables, the vice president and unit staff may; only admins edit settings', async () => {
    expect((await w.as.coordEng.get(`/api/v1/reports/ministry/outbound_students?${q}`)).statusCode).toBe(403);
    expect((await w.as.coordEng.get(`/api/v1/reports/ministry/export.xlsx?${q}`)).statusCode).toBe(403);
    expect((await w.as.vp.get(`/api/v1/reports/ministry/outbound_students?${q}`)).statusCode).toBe(200);
    expect((await w.as.unitStaff.get(`/api/v1/reports/ministry/college_exchange?${q}`)).statusCode).toBe(200);
    const read = await w.as.vp.get('/api/v1/reports/settings');
    expect(read.statusCode).toBe(200);
    expect(read.json().canEdit).toBe(false);
    const body = { settings: [{ key: 'semester_days', value: 120, version: 0 }] };
    expect((await w.as.oia.put('/api/v1/reports/settings', body)).statusCode).toBe(403);
  });

  it('settings: field errors in the user’s language, 409 on a stale version, an audit entry per change', async () => {
    let res = await w.as.admin.put(
      '/api/v1/reports/settings',
      { settings: [{ key: 'semester_days', value: 0, version: 1 }] },
      { locale: 'zh-TW' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({
      path: 'settings.0.value',
      message: '天數須為 1 至 366 的整數。',
    });
    res = await w.as.admin.put(
      '/api/v1/reports/settings',
      { settings: [{ key: 'outbound_kinds', value: [], version: 0 }] },
      { locale: 'en' },
    );
    expect(res.json().error.fields[0].message).toBe('Choose at least one outbound kind.');
    const items = (await w.as.admin.get('/api/v1/reports/settings')).json().items as { key: string; version: number }[];
    const version = items.find((s) => s.key === 'include_evening')?.version as number;
    res = await w.as.admin.put('/api/v1/reports/settings', {
      settings: [{ key: 'include_evening', value: true, sourceZh: '測試依據', version }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json().items.find((s: { key: string }) => s.key === 'include_evening');
    expect(saved).toMatchObject({ value: true, sourceZh: '測試依據', version: version + 1 });
    res = await w.as.admin.put('/api/v1/reports/settings', {
      settings: [{ key: 'include_evening', value: false, version }],
    });
    expect(res.statusCode).toBe(409);
    const audit = await w.db
      .selectFrom('audit_log')
      .select(['summary', 'action'])
      .where('entity_type', '=', 'report_setting')
      .where('summary', '=', 'Setting include_evening')
      .execute();
    expect(audit).toEqual([{ summary: 'Setting include_evening', action: 'update' }]);
  });

  it('refuses a query without dates and an unknown cell', async () => {
    expect((await w.as.oia.get('/api/v1/reports/ministry/outbound_students')).statusCode).toBe(400);
    const res = await w.as.oia.get(`/api/v1/reports/ministry/outbound_students/cells?${q}&cell=nope%3D1`);
    expect(res.statusCode).toBe(400);
  });
});
