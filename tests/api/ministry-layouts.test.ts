import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinistryRow, MinistryTableResult } from '#shared/schemas/ministry.js';
import { DIALECTS } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';
import { ministryWorld } from './ministry-fixtures.js';

/**
 * Issue 17, items 5–7: the udb layouts of degree students from abroad (per 學制班別, by 國家(地區)別 and by
 * 國家(地區)區域別, 男 / 女, day and evening apart), 學5 rows labelled by the semester counted in, and units
 * outside the colleges as themselves. The expected figures are worked out here from the udb definitions:
 * one row per program type × region (× country); a record in no program's day row is in its own row;
 * 境外學位生總人數 = the sum of 男 and 女; a record without a gender is in no cell; offshore classes are out.
 * Reference date 2031-10-15 (academic year 2031 = ROC 120). The udb layouts are by the whole university
 * and demo degree students are still enrolled on that date, so the expectations are what these records
 * ADD to each row (the table before them is read first), and the drill-downs are read among them.
 */
describe.each(DIALECTS)('Ministry layouts (%s)', (dialect) => {
  let w: Awaited<ReturnType<typeof ministryWorld>>;
  const id: Record<string, number> = {};
  let q: string;
  let lang: number;
  const before: Record<string, MinistryTableResult> = {};

  beforeAll(async () => {
    w = await ministryWorld(dialect);
    q = `periodId=${w.period}`;
    for (const g of ['udb_region', 'udb_country'])
      before[g] = await get('international_students', `${q}&grouping=${g}`);
    const degree = { direction: 'inbound', kind: 'degree', startDate: '2030-09-01' };
    const foreign = { ...degree, moeCategory: 'foreign' };
    const assoc = (program: string) => ({ degree_level: 'associate', program_type: program });
    id.d1 = (await w.mobility(w.mxa, 'female', foreign, 'bachelor', 'VN', assoc('two_year_associate'))).id;
    id.d2 = (await w.mobility(w.mxa, 'male', foreign, 'bachelor', 'VN', assoc('five_year_associate'))).id;
    id.d3 = (await w.mobility(w.mxa, 'female', foreign, 'bachelor', 'VN', { program_type: 'bachelor_two_year' })).id;
    id.d4 = (await w.mobility(w.mxa, 'male', { ...foreign, dualDegree: true }, 'bachelor', 'ID')).id;
    id.d5 = (await w.mobility(w.mxb, 'male', { ...degree, moeCategory: 'overseas_chinese' }, 'bachelor', 'MY')).id;
    id.d6 = (await w.mobility(w.mxb, 'female', { ...degree, moeCategory: 'hk_macau' }, 'master', 'HK')).id;
    id.d7 = (await w.mobility(w.mxa, 'male', { ...degree, moeCategory: 'mainland' }, 'doctoral', 'CN')).id;
    id.d8 = (await w.mobility(w.mxa, 'male', foreign, 'bachelor', 'VN', { study_time: 'evening' })).id;
    id.d9 = (await w.mobility(w.mxb, 'female', foreign, 'master', 'JP')).id;
    id.d10 = (await w.mobility(w.mxa, null, foreign, 'bachelor', 'VN')).id; // no gender: in no cell
    await w.mobility(w.mxa, 'male', { ...degree, kind: 'offshore', moeCategory: 'foreign' }, 'bachelor', 'VN');

    // 華語中心: a centre under the university, in no college; a Chinese-language student there
    lang = await w.addUnit('MXL', 'center', w.unit.UNIV ?? null);
    const c = await w.mobility(
      lang,
      'female',
      { direction: 'inbound', kind: 'chinese_language', startDate: '2031-09-01', endDate: '2031-12-31' },
      'bachelor',
      'JP',
      { degree_level: null, program_type: null },
    );
    expect(c.status).toBe('enrolled'); // a non-exchange student is recorded as enrolled
    id.lang = c.id;

    const out = { direction: 'outbound', kind: 'exchange', creditBearing: true };
    id.autumn = (
      await w.mobility(w.mxa, 'female', { ...out, country: 'JP', startDate: '2031-09-01', endDate: '2032-01-31' })
    ).id;
    id.spring = (
      await w.mobility(w.mxb, 'male', { ...out, country: 'KR', startDate: '2032-03-01', endDate: '2032-06-30' })
    ).id;
  });
  afterAll(() => w.t.close());

  const get = async (table: string, query: string): Promise<MinistryTableResult> => {
    const res = await w.as.oia.get(`/api/v1/reports/ministry/${table}?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const figures = (x: MinistryRow) => Object.fromEntries(x.cells.map((c) => [c.column, c.value]));
  const drill = async (table: string, key: string, query: string) => {
    const res = await w.as.oia.get(
      `/api/v1/reports/ministry/${table}/cells?${query}&cell=${encodeURIComponent(key)}&pageSize=200`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { id: number }[]).map((i) => i.id).sort((a, b) => a - b);
  };
  const ids = (...names: string[]) => names.map((n) => id[n] as number).sort((a, b) => a - b);
  const mine = (found: number[]) => found.filter((x) => Object.values(id).includes(x));
  /** Each row's figures minus the same row's before the test's records (rows they changed only). */
  const added = (g: string, r: MinistryTableResult) => {
    const keyOf = (x: MinistryRow) => `${x.kind}/${x.program}/${x.region}/${x.country}`;
    const old = new Map(before[g]?.rows.map((x) => [keyOf(x), figures(x)]));
    return r.rows.flatMap((x) => {
      const was = old.get(keyOf(x)) ?? {};
      const diff = Object.fromEntries(x.cells.map((c) => [c.column, c.value - (was[c.column] ?? 0)]));
      return Object.values(diff).some(Boolean)
        ? [[x.kind === 'total' ? 'total' : `${x.program}/${x.region}`, diff]]
        : [];
    });
  };
  const zero = {
    udb_total: 0,
    udb_foreign_male: 0,
    udb_foreign_female: 0,
    udb_overseas_chinese_male: 0,
    udb_overseas_chinese_female: 0,
    udb_hk_macau_male: 0,
    udb_hk_macau_female: 0,
    udb_mainland_male: 0,
    udb_mainland_female: 0,
  };

  it('5. udb by region: one row per 學制班別 (day, never 專科) × region, evening apart, 合計 = 男 + 女', async () => {
    const r = await get('international_students', `${q}&grouping=udb_region`);
    expect(r.dimensions).toEqual(['academicYear', 'programType', 'udbRegion']);
    expect(r.columns.map((c) => c.key)).toEqual(Object.keys(zero));
    // rows in the Ministry's order: day program types, then evening ones; regions in the Ministry's order
    const order = r.rows.filter((x) => x.kind === 'row').map((x) => x.program);
    const rank = ['two_year', 'five_year', 'bachelor', 'master', 'doctoral', 'two_year_evening', 'bachelor_evening'];
    expect(order).toEqual([...order].sort((a, b) => rank.indexOf(a ?? '') - rank.indexOf(b ?? '')));
    expect(r.rows.some((x) => x.program === 'associate' || x.program === 'unknown')).toBe(false);
    expect(added('udb_region', r)).toEqual([
      ['two_year/asean', { ...zero, udb_total: 1, udb_foreign_female: 1 }], // d1
      ['five_year/asean', { ...zero, udb_total: 1, udb_foreign_male: 1 }], // d2
      // d3 (二技), d4 (四技, dual degree: 外國學生), d5 (僑生); d10 has no gender: in no cell
      [
        'bachelor/asean',
        { ...zero, udb_total: 3, udb_foreign_male: 1, udb_foreign_female: 1, udb_overseas_chinese_male: 1 },
      ],
      ['master/hk_macau', { ...zero, udb_total: 1, udb_hk_macau_female: 1 }], // d6
      ['master/other_asia', { ...zero, udb_total: 1, udb_foreign_female: 1 }], // d9
      ['doctoral/mainland_china', { ...zero, udb_total: 1, udb_mainland_male: 1 }], // d7
      ['bachelor_evening/asean', { ...zero, udb_total: 1, udb_foreign_male: 1 }], // d8, evening: its own row
      [
        'total',
        {
          udb_total: 9,
          udb_foreign_male: 3,
          udb_foreign_female: 3,
          udb_overseas_chinese_male: 1,
          udb_overseas_chinese_female: 0,
          udb_hk_macau_male: 0,
          udb_hk_macau_female: 1,
          udb_mainland_male: 1,
          udb_mainland_female: 0,
        },
      ],
    ]);
    expect(r.rows.filter((x) => x.kind === 'row').every((x) => x.academicYear === 120)).toBe(true);
    for (const x of r.rows) {
      const f = figures(x);
      const sexes = Object.entries(f).filter(([k]) => k !== 'udb_total');
      expect(f.udb_total).toBe(sexes.reduce((n, [, v]) => n + (v ?? 0), 0));
    }
    const total = r.rows.at(-1) as MinistryRow;
    expect(total.kind).toBe('total');
    const cellOf = (x: MinistryRow, col: string) => x.cells.find((c) => c.column === col)?.cell as string;
    const q2 = `${q}&grouping=udb_region`;
    expect(mine(await drill('international_students', cellOf(total, 'udb_total'), q2))).toEqual(
      ids('d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9'),
    );
    expect(mine(await drill('international_students', cellOf(total, 'udb_foreign_male'), q2))).toEqual(
      ids('d2', 'd4', 'd8'),
    );
  });

  it('5. udb by country: the nationality’s Ministry name, each country its own row', async () => {
    const r = await get('international_students', `${q}&grouping=udb_country`);
    expect(r.dimensions).toEqual(['academicYear', 'programType', 'udbRegion', 'udbCountry']);
    const old = new Map(before.udb_country?.rows.map((x) => [`${x.program}/${x.region}/${x.country}`, figures(x)]));
    const lines = r.rows
      .filter((x) => x.kind === 'row')
      .map((x) => {
        const key = `${x.program}/${x.region}/${x.country}`;
        return `${key}:${(figures(x).udb_total ?? 0) - (old.get(key)?.udb_total ?? 0)}`;
      })
      .filter((l) => !l.endsWith(':0'));
    expect(lines).toEqual([
      'two_year/asean/VN:1',
      'five_year/asean/VN:1',
      'bachelor/asean/ID:1',
      'bachelor/asean/MY:1',
      'bachelor/asean/VN:1', // d3; d10 (no gender) counts in no cell
      'master/hk_macau/HK:1',
      'master/other_asia/JP:1',
      'doctoral/mainland_china/CN:1',
      'bachelor_evening/asean/VN:1',
    ]);
    expect(r.countries.find((c) => c.code === 'HK')?.nameZh).toBe('香港');
    expect(r.countries.find((c) => c.code === 'CN')?.nameZh).toBe('中國大陸');
  });

  it('7. a unit outside the colleges is a row of its own (no subtotal); a Chinese-language student’s level is its own', async () => {
    const r = await get('international_students', `${q}&grouping=moe_stats`);
    const mine = r.rows.filter((x) => x.unitId === lang || x.collegeId === lang);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'row', collegeId: null, unitId: lang, level: 'chinese_language' });
    expect(figures(mine[0] as MinistryRow).chinese_language).toBe(1);
    expect(r.rows.some((x) => x.kind === 'subtotal' && x.collegeId === lang)).toBe(false);
    const key = mine[0]?.cells.find((c) => c.column === 'chinese_language')?.cell as string;
    expect(await drill('international_students', key, `${q}&grouping=moe_stats`)).toEqual(ids('lang'));
  });

  it('6. 學5 over a whole year: each row is labelled by the semester it is counted in', async () => {
    const year = 'from=2031-08-01&to=2032-07-31';
    const r = await get('outbound_students', year);
    const autumn = r.rows.find((x) => x.kind === 'row' && x.unitId === w.mxa && x.country === 'JP') as MinistryRow;
    const spring = r.rows.find((x) => x.kind === 'row' && x.unitId === w.mxb && x.country === 'KR') as MinistryRow;
    expect([autumn.academicYear, autumn.semester]).toEqual([120, 1]);
    expect([spring.academicYear, spring.semester]).toEqual([120, 2]); // not 「120 / 1」
    expect(figures(spring)).toMatchObject({ semester_total: 1, semester_male: 1, semester_female: 0 });
    // the college's subtotal is per semester, listed after its semester's rows
    const subtotals = r.rows.filter((x) => x.kind === 'subtotal' && x.collegeId === w.college);
    expect(subtotals.map((x) => [x.semester, figures(x).semester_total])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it('xlsx: the udb sheets with the Ministry’s headers in order, and 學5’s 學年度 / 學期 per row', async () => {
    const res = await w.as.oia.get(`/api/v1/reports/ministry/export.xlsx?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name).slice(0, 5)).toEqual([
      '表4-2-3',
      '境外學生統計',
      '境外學位生數(國家別)',
      '境外學位生數(區域別)',
      '學5出國進修交流',
    ]);
    const ws = wb.getWorksheet('境外學位生數(國家別)');
    if (!ws) throw new Error('no udb sheet');
    const values = (n: number) => ((ws.getRow(n).values as unknown[]) ?? []).slice(1).map((v) => v ?? null);
    expect(values(4)).toEqual([
      '學年度',
      '學制班別',
      '國家(地區)區域別',
      '國家(地區)別',
      '境外學位生總人數',
      ...Array(4).fill(['男', '女']).flat(),
    ]);
    expect([6, 8, 10, 12].map((c) => ws.getRow(3).getCell(c).value)).toEqual([
      '外國學生(不含境外專班)',
      '僑生',
      '港澳生',
      '大陸地區來臺學位生',
    ]);
    // the sheet's figures are the screen's: the master's row of 香港 and the doctoral row of 中國大陸
    const screen = await get('international_students', `${q}&grouping=udb_country`);
    const on = (program: string, country: string) =>
      figures(screen.rows.find((x) => x.program === program && x.country === country) as MinistryRow);
    const hk = ws
      .getRows(5, ws.rowCount - 4)
      ?.find((r) => r.getCell(4).value === '香港' && r.getCell(2).value === '碩士班(日間)');
    expect([1, 3, 5, 11].map((c) => hk?.getCell(c).value)).toEqual([
      120,
      '港澳',
      on('master', 'HK').udb_total,
      on('master', 'HK').udb_hk_macau_female,
    ]);
    const cn = ws
      .getRows(5, ws.rowCount - 4)
      ?.find((r) => r.getCell(4).value === '中國大陸' && r.getCell(2).value === '博士班');
    expect([3, 12].map((c) => cn?.getCell(c).value)).toEqual(['大陸地區', on('doctoral', 'CN').udb_mainland_male]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.autoFilter).toBeTruthy();
  });
});
