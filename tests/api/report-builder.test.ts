import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDER_FIELDS } from '#shared/report-builder.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';

/** The cells of one row of a sheet (exceljs' row values start at index 1). */
const cells = (sheet: { getRow: (n: number) => { values: unknown } } | undefined, n: number) =>
  ((sheet?.getRow(n).values ?? []) as unknown[]).slice(1);

const RUN = '/api/v1/reports/builder/run';
const SAVED = '/api/v1/reports/saved';
const fieldOf = (res: { json: () => any }, path: string) =>
  (res.json().error?.fields as { path: string; code: string; message: string }[] | undefined)?.find(
    (f) => f.path === path,
  );

describe.each(DIALECTS)('report builder (%s)', (dialect) => {
  let t: TestApp;
  let as: Record<'oia' | 'admin' | 'vp' | 'coordEng' | 'unitStaff', Client>;
  let unit: Record<string, number>;
  /** Only the records this file creates: activities starting in 2031. */
  const in2031 = { field: 'startDate', op: 'between', from: '2031-01-01', to: '2031-12-31' };

  beforeAll(async () => {
    t = await setupApp(dialect);
    as = {
      oia: await t.login(DEMO.oia),
      admin: await t.login(DEMO.admin),
      vp: await t.login(DEMO.executive),
      coordEng: await t.login(DEMO.coordEng),
      unitStaff: await t.login(DEMO.unitStaff),
    };
    const units = (await as.oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
    // Five 2031 records: ENG (CSIE, EE) and BUS (IB); two industry projects with their funding.
    const base = { titleEn: 'T', startDate: '2031-03-01' };
    const records = [
      { ...base, unitId: unit.CSIE, kind: 'conference_held', country: 'TW', participants: 100 },
      { ...base, unitId: unit.EE, kind: 'conference_held', country: 'TW', participants: 50 },
      { ...base, unitId: unit.IB, kind: 'conference_held', country: 'JP', participants: 20 },
      {
        ...base,
        unitId: unit.CSIE,
        kind: 'industry_project',
        commissioning: 'foreign',
        amountGovernment: 1000,
        amountIndustry: 500,
        country: 'JP',
      },
      {
        ...base,
        unitId: unit.IB,
        kind: 'industry_project',
        commissioning: 'domestic',
        amountIndustry: 300,
        startDate: '2031-11-30',
      },
    ];
    for (const r of records) {
      const res = await as.oia.post('/api/v1/activities', r);
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('counts and sums per group what the records hold', async () => {
    const res = await as.oia.post(
      RUN,
      { entity: 'activities', filters: [in2031], groupBy: ['kind', 'country'], columns: ['kind', 'unit', 'country'] },
      { locale: 'en' },
    );
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.total).toBe(5);
    const groups = r.groups.map((g: any) => [
      g.keys.map((k: any) => k.label).join('/'),
      g.count,
      g.sums.participants,
      g.sums.amountIndustry,
    ]);
    expect(groups).toEqual([
      ['International conference held/Taiwan', 2, 150, 0],
      ['International conference held/Japan', 1, 20, 0],
      ['Transnational industry–academia project/Japan', 1, 0, 500],
      ['Transnational industry–academia project/(none)', 1, 0, 300],
    ]);
    expect(r.columns.map((c: any) => c.label)).toEqual(['Kind', 'College / department', 'Country / region']);
    expect(r.rows.items).toHaveLength(5);
    expect(r.rows.items[0]).toMatchObject({ kind: 'International conference held', country: 'Taiwan' });

    // A unit filter takes the unit's subtree: the College of Engineering holds CSIE and EE.
    const eng = await as.oia.post(RUN, {
      entity: 'activities',
      filters: [in2031, { field: 'unit', op: 'eq', value: unit.ENG }],
      groupBy: ['commissioning'],
    });
    expect(eng.json().total).toBe(3);
    expect(eng.json().groups.map((g: any) => [g.keys[0].value, g.count, g.sums.amountGovernment])).toEqual([
      [null, 2, 0],
      ['foreign', 1, 1000],
    ]);

    const zh = await as.oia.post(
      RUN,
      {
        entity: 'activities',
        filters: [in2031, { field: 'region', op: 'eq', value: 'other_asia' }],
        groupBy: ['startDate'],
      },
      { locale: 'zh-TW' },
    );
    expect(zh.json().total).toBe(2);
    expect(zh.json().groups.map((g: any) => [g.keys[0].label, g.count])).toEqual([['2031', 2]]);

    const texts = await as.oia.post(RUN, {
      entity: 'activities',
      filters: [in2031, { field: 'country', op: 'empty' }, { field: 'amountIndustry', op: 'between', from: 100 }],
    });
    expect(texts.json().total).toBe(1);
    const paged = await as.oia.post(RUN, { entity: 'activities', filters: [in2031], page: 2, pageSize: 2 });
    expect(paged.json().rows.items).toHaveLength(2);
  });

  it('refuses fields that are not registered and conditions that do not fit', async () => {
    const res = await as.oia.post(
      RUN,
      {
        entity: 'people',
        columns: ['nameEn', 'passport_no_enc'],
        groupBy: ['birthDate'],
        filters: [
          { field: 'kind', op: 'contains', value: 'stu' },
          { field: 'unit', op: 'eq', value: 'ENG' },
        ],
      },
      { locale: 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res, 'columns.1')).toMatchObject({
      code: 'builder_unknown_field',
      message: 'The report has no such field.',
    });
    expect(fieldOf(res, 'groupBy.0')?.code).toBe('builder_unknown_field');
    expect(fieldOf(res, 'filters.0.op')?.code).toBe('builder_op');
    expect(fieldOf(res, 'filters.1.value')?.code).toBe('builder_value');
    const zh = await as.oia.post(
      RUN,
      { entity: 'activities', columns: ['1; drop table activities'] },
      { locale: 'zh-TW' },
    );
    expect(fieldOf(zh, 'columns.0')?.message).toBe('報表沒有這個欄位。');
  });

  it('offers no personal-data field on people, and every registered field runs', async () => {
    const keys = BUILDER_FIELDS.people.map((f) => f.key.toLowerCase());
    for (const banned of ['passport', 'arc', 'birth', 'email', 'phone', 'gpa', 'hint'])
      expect(keys.filter((k) => k.includes(banned))).toEqual([]);
    for (const entity of Object.keys(BUILDER_FIELDS) as (keyof typeof BUILDER_FIELDS)[]) {
      const columns = BUILDER_FIELDS[entity].map((f) => f.key);
      const res = await as.oia.post(RUN, { entity, columns, groupBy: columns.slice(0, 2), pageSize: 5 });
      expect(res.statusCode, `${entity}: ${res.body}`).toBe(200);
      expect(res.json().total).toBeGreaterThan(0);
    }
    const people = (
      await as.oia.post(RUN, { entity: 'people', columns: BUILDER_FIELDS.people.map((f) => f.key), pageSize: 200 })
    ).json();
    const cells = JSON.stringify(people.rows.items);
    expect(cells).not.toMatch(/passport|arc_no|birth/i);
    expect(Object.keys(people.rows.items[0]).sort()).toEqual(['id', ...BUILDER_FIELDS.people.map((f) => f.key)].sort());
  });

  it('is for staff who build reports only', async () => {
    const body = { entity: 'activities', filters: [in2031] };
    expect((await as.coordEng.post(RUN, body)).statusCode).toBe(403);
    expect((await as.unitStaff.post(RUN, body)).statusCode).toBe(403);
    expect((await as.coordEng.get(SAVED)).statusCode).toBe(403);
    expect((await as.vp.post(RUN, body)).statusCode).toBe(200);
    expect((await as.admin.post(RUN, body)).statusCode).toBe(200);
  });

  it('exports rows and counts with localized headers', async () => {
    const rows = await as.oia.post(
      '/api/v1/reports/builder/export.xlsx',
      { entity: 'activities', filters: [in2031], columns: ['kind', 'amountIndustry', 'commissioning'] },
      { locale: 'zh-TW' },
    );
    expect(rows.statusCode).toBe(200);
    const sheet = (await readWorkbook(rows.rawPayload)).worksheets[0];
    expect(sheet?.name).toBe('資料列');
    expect(cells(sheet, 1)).toEqual(['類別', '企業經費', '委託方']);
    expect(sheet?.rowCount).toBe(6);
    expect(cells(sheet, 5)).toEqual(['跨國產學合作計畫', 500, '國外']);

    const groups = await as.oia.post(
      '/api/v1/reports/builder/export.xlsx',
      { entity: 'activities', filters: [in2031], groupBy: ['unit'], part: 'groups' },
      { locale: 'en' },
    );
    const gs = (await readWorkbook(groups.rawPayload)).worksheets[0];
    expect(gs?.name).toBe('Counts');
    expect(cells(gs, 1).slice(0, 3)).toEqual(['College / department', 'Count', 'Participants']);
    expect(cells(gs, 2).slice(0, 2)).toEqual(['Department of Computer Science and Information Engineering', 2]);
    expect(gs?.rowCount).toBe(4);
  });

  it("keeps saved definitions: one's own and shared ones, changed only by the owner", async () => {
    const definition = { entity: 'activities', filters: [in2031], columns: ['kind'], groupBy: ['unit'] };
    const mine = await as.oia.post(SAVED, { name: 'Mine', definition });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ name: 'Mine', entity: 'activities', shared: false, mine: true, version: 1 });
    const shared = (await as.oia.post(SAVED, { name: 'Shared', shared: true, definition })).json();

    const vpList = (await as.vp.get(SAVED)).json().items.map((s: any) => s.name);
    expect(vpList).toContain('Shared');
    expect(vpList).not.toContain('Mine');
    expect((await as.vp.get(`${SAVED}/${mine.json().id}`)).statusCode).toBe(404);
    expect((await as.vp.get(`${SAVED}/${shared.id}`)).json()).toMatchObject({ mine: false, definition });
    expect((await as.vp.put(`${SAVED}/${shared.id}`, { name: 'Taken', definition, version: 1 })).statusCode).toBe(403);
    expect((await as.vp.request('DELETE', `${SAVED}/${shared.id}?version=1`)).statusCode).toBe(403);

    const upd = await as.oia.put(`${SAVED}/${shared.id}`, { name: 'Shared v2', shared: true, definition, version: 1 });
    expect(upd.json()).toMatchObject({ name: 'Shared v2', version: 2 });
    const stale = await as.oia.put(`${SAVED}/${shared.id}`, { name: 'x', definition, version: 1 });
    expect(stale.statusCode).toBe(409);

    const bad = await as.oia.post(
      SAVED,
      { name: 'Bad', definition: { ...definition, columns: ['secret'] } },
      { locale: 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad, 'definition.columns.0')?.code).toBe('builder_unknown_field');

    expect((await as.oia.request('DELETE', `${SAVED}/${shared.id}?version=1`)).statusCode).toBe(409);
    expect((await as.oia.request('DELETE', `${SAVED}/${shared.id}?version=2`)).statusCode).toBe(200);
    expect((await as.vp.get(`${SAVED}/${shared.id}`)).statusCode).toBe(404);
    // The demo's shared definition is there for everyone who builds reports.
    expect((await as.admin.get(SAVED)).json().items.some((s: any) => s.entity === 'activities' && s.shared)).toBe(true);
  });
});
