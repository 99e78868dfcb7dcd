import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';

/** The cells of one row of a sheet (exceljs' row values start at index 1). */
const cells = (sheet: { getRow: (n: number) => { values: unknown } } | undefined, n: number) =>
  ((sheet?.getRow(n).values ?? []) as unknown[]).slice(1);

type Field = { path: string; code: string; message: string };
const fieldsOf = (res: { json: () => any }): Field[] => res.json().error?.fields ?? [];
const fieldOf = (res: { json: () => any }, path: string) => fieldsOf(res).find((f) => f.path === path);

describe.each(DIALECTS)('college exchange activities (%s)', (dialect) => {
  let t: TestApp;
  let as: Record<'oia' | 'coordEng' | 'coordBus' | 'vp' | 'student' | 'unitStaff', Client>;
  let unit: Record<string, number>;

  beforeAll(async () => {
    t = await setupApp(dialect);
    as = {
      oia: await t.login(DEMO.oia),
      coordEng: await t.login(DEMO.coordEng),
      coordBus: await t.login(DEMO.coordBus),
      vp: await t.login(DEMO.executive),
      student: await t.login(DEMO.student),
      unitStaff: await t.login(DEMO.unitStaff),
    };
    const units = (await as.oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
    unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
  });
  afterAll(() => t.close());

  const paper = (overrides: Record<string, unknown> = {}) => ({
    unitId: unit.CSIE,
    kind: 'paper_abroad',
    titleEn: 'Edge inference on microcontrollers',
    counterpartEn: 'IEEE ISCAS 2031',
    personName: 'Prof. Lin',
    country: 'jp',
    city: 'Kyoto',
    startDate: '2031-05-20',
    endDate: '2031-05-23',
    ...overrides,
  });

  async function create(client: Client, body: Record<string, unknown>) {
    const res = await client.post('/api/v1/activities', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  it('creates, reads, lists with filters, updates with history, and refuses a stale version', async () => {
    const a = await create(as.coordEng, paper());
    expect(a).toMatchObject({ kind: 'paper_abroad', country: 'JP', version: 1, amountTotal: 0 });
    expect(a.permissions).toEqual({ update: true, archive: true });

    const list = (
      await as.oia.get(`/api/v1/activities?kind=paper_abroad&from=2031-01-01&to=2031-12-31&unitId=${unit.ENG}`)
    ).json();
    expect(list.items.map((x: any) => x.id)).toEqual([a.id]);
    const none = (await as.oia.get(`/api/v1/activities?from=2031-01-01&unitId=${unit.BUS}`)).json();
    expect(none.total).toBe(0);
    const found = (await as.oia.get('/api/v1/activities?q=microcontroller')).json();
    expect(found.items.map((x: any) => x.id)).toEqual([a.id]);
    expect((await as.oia.get('/api/v1/activities?country=KR&from=2031-01-01')).json().total).toBe(0);

    const { id, version: _v, permissions: _p, ...rest } = a;
    const body = { ...paper(), city: 'Osaka', version: 1 };
    const upd = await as.coordEng.put(`/api/v1/activities/${id}`, body);
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json()).toMatchObject({ city: 'Osaka', version: 2 });
    expect(rest.city).toBe('Kyoto');

    const stale = await as.coordEng.put(`/api/v1/activities/${id}`, { ...body, city: 'Nara' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: 2, city: 'Osaka' } });

    const archived = await as.coordEng.post(`/api/v1/activities/${id}/archive`, { version: 2 });
    expect(archived.json()).toMatchObject({ version: 3, permissions: { update: false, archive: true } });
    expect((await as.oia.get('/api/v1/activities?from=2031-01-01&kind=paper_abroad')).json().total).toBe(0);
    expect((await as.oia.get('/api/v1/activities?from=2031-01-01&archived=only')).json().total).toBe(1);
    expect((await as.coordEng.post(`/api/v1/activities/${id}/restore`, { version: 3 })).json().archivedAt).toBeNull();

    const history = (await as.coordEng.get(`/api/v1/activities/${id}/history`)).json();
    expect(history.items.map((e: any) => `${e.entityType}:${e.action}`)).toEqual([
      'activity:restore',
      'activity:archive',
      'activity:update',
      'activity:create',
    ]);
  });

  it('checks each kind, in the language of the request', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [
        { kind: 'paper_abroad', titleEn: null, counterpartEn: null, country: null, city: null },
        ['titleZh', 'counterpartZh', 'country', 'city'],
      ],
      [
        { kind: 'scholar_invited', personName: null, counterpartEn: null, country: null },
        ['personName', 'counterpartZh', 'country'],
      ],
      [{ kind: 'industry_project', commissioning: null }, ['commissioning', 'amountGovernment']],
      [{ kind: 'english_course', titleEn: null, credits: null }, ['titleZh', 'credits']],
      [{ kind: 'transnational_contract', counterpartEn: null }, ['counterpartZh']],
    ];
    for (const [overrides, paths] of cases) {
      const res = await as.oia.post('/api/v1/activities', paper(overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(
        fieldsOf(res)
          .map((f) => f.path)
          .sort(),
      ).toEqual([...paths].sort());
    }
    const zh = await as.oia.post('/api/v1/activities', paper({ counterpartEn: null, city: '' }), { locale: 'zh-TW' });
    expect(fieldOf(zh, 'counterpartZh')).toMatchObject({
      code: 'activity_conference',
      message: '請填寫發表論文的研討會名稱。',
    });
    expect(fieldOf(zh, 'city')?.message).toBe('請填寫城市。');
    const en = await as.oia.post('/api/v1/activities', paper({ counterpartEn: null }), { locale: 'en' });
    expect(fieldOf(en, 'counterpartZh')?.message).toBe('Enter the conference where the paper was presented.');

    const project = { kind: 'industry_project', commissioning: 'foreign', amountIndustry: 300_000 };
    const ok = await create(as.oia, paper({ ...project, amountGovernment: 100_000 }));
    expect(ok.amountTotal).toBe(400_000);

    const dates = await as.oia.post('/api/v1/activities', paper({ endDate: '2031-05-01', country: 'Japan' }), {
      locale: 'en',
    });
    expect(fieldOf(dates, 'endDate')?.code).toBe('end_before_start');
    expect(fieldOf(dates, 'country')?.code).toBe('country');
    const refs = await as.oia.post('/api/v1/activities', paper({ personId: 999_999, partnerId: 999_999 }), {
      locale: 'en',
    });
    expect(fieldOf(refs, 'personId')?.message).toBe('This person was not found.');
    expect(fieldOf(refs, 'partnerId')?.code).toBe('activity_partner');
    const unitless = await as.oia.post('/api/v1/activities', paper({ unitId: 999_999 }));
    expect(fieldOf(unitless, 'unitId')?.code).toBe('unit');
  });

  it("keeps a coordinator to their college's subtree", async () => {
    const bus = await create(as.coordBus, paper({ unitId: unit.IB, titleEn: 'Trade finance in ASEAN' }));
    expect((await as.coordEng.get(`/api/v1/activities/${bus.id}`)).statusCode).toBe(403);
    expect((await as.coordEng.get(`/api/v1/activities/${bus.id}/history`)).statusCode).toBe(403);
    const put = await as.coordEng.put(`/api/v1/activities/${bus.id}`, { ...paper({ unitId: unit.IB }), version: 1 });
    expect(put.statusCode).toBe(403);
    expect((await as.coordEng.post(`/api/v1/activities/${bus.id}/archive`, { version: 1 })).statusCode).toBe(403);
    expect((await as.coordEng.post('/api/v1/activities', paper({ unitId: unit.BUS }))).statusCode).toBe(403);
    // Moving their own record to another college is a write for that college too.
    const own = await create(as.coordEng, paper());
    const move = await as.coordEng.put(`/api/v1/activities/${own.id}`, { ...paper({ unitId: unit.IB }), version: 1 });
    expect(move.statusCode).toBe(403);

    const engList = (await as.coordEng.get('/api/v1/activities?pageSize=200&from=2031-01-01')).json();
    expect(engList.items.some((x: any) => x.id === bus.id)).toBe(false);
    expect(engList.items.some((x: any) => x.id === own.id)).toBe(true);
    const seen = (await as.vp.get(`/api/v1/activities/${bus.id}`)).json();
    expect(seen.permissions).toEqual({ update: false, archive: false });
    expect((await as.vp.post('/api/v1/activities', paper())).statusCode).toBe(403);
    expect((await as.student.get('/api/v1/activities')).statusCode).toBe(403);
  });

  it('exports the current filter as xlsx in the language asked for', async () => {
    await create(
      as.oia,
      paper({
        unitId: unit.HSS,
        kind: 'scholar_invited',
        personName: 'Dr. Export',
        startDate: '2032-02-02',
        endDate: null,
        country: 'DE',
      }),
    );
    const res = await as.oia.get(`/api/v1/activities/export.xlsx?from=2032-01-01&to=2032-12-31&locale=en`, {
      locale: 'en',
    });
    expect(res.statusCode).toBe(200);
    const wb = await readWorkbook(res.rawPayload);
    const sheet = wb.worksheets[0];
    expect(sheet?.name).toBe('Activities');
    const header = cells(sheet, 1);
    expect(header.slice(0, 3)).toEqual(['ID', 'Kind', 'College / department']);
    expect(sheet?.rowCount).toBe(2);
    const row = cells(sheet, 2);
    expect(row[1]).toBe('Foreign scholar invited');
    expect(row).toContain('Germany');
    expect(row).toContain('Dr. Export');

    const zh = await as.oia.get('/api/v1/activities/export.xlsx?from=2032-01-01', { locale: 'zh-TW' });
    const zhSheet = (await readWorkbook(zh.rawPayload)).worksheets[0];
    expect(zhSheet?.name).toBe('交流活動');
    expect(cells(zhSheet, 2)[1]).toBe('邀請外籍學者');
    expect(cells(zhSheet, 2).includes('德國')).toBe(true);
  });
});
