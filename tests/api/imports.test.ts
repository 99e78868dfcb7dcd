import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { readWorkbook, uploadFile, workbook } from '#tests/setup/xlsx.js';

const URL = '/api/v1/imports';

/** A good file: partners named by English, Chinese and code labels; agreements naming them in three ways. */
const GOOD = [
  {
    name: 'Partners',
    rows: [
      [
        'Code',
        'English name',
        'Chinese name',
        'Country / region',
        'City',
        'Type',
        'Status',
        'Owning unit code',
        'Website',
      ],
      [
        'IMP-001',
        'Universität Importstadt',
        '匯入城大學',
        'DE',
        'Importstadt',
        'University',
        'Active',
        'OIA-IC',
        'https://www.uni-import.de',
      ],
      ['IMP-002', 'Escuela Importación', '匯入學院', '西班牙', 'Madrid', '學院', '洽談中', 'eng', null],
      [
        null,
        'Import Institute of Technology',
        '匯入理工學院',
        'Japan',
        'Tokyo',
        'research_institute',
        null,
        null,
        null,
      ],
    ],
  },
  {
    name: '合作協議',
    rows: [
      [
        '本校協議編號',
        '協議類別',
        '英文名稱',
        '中文名稱',
        '合作學校（代碼或名稱）',
        '生效日',
        '到期日',
        '無期限',
        '自動續約',
        '終止通知期（月）',
        '狀態',
      ],
      [
        'AGR-IMP-1',
        'Student exchange',
        'Student Exchange with Importstadt',
        '匯入城大學學生交換協議',
        'IMP-001',
        new Date(Date.UTC(2026, 1, 1)),
        '2031-01-31',
        'no',
        'yes',
        6,
        'active',
      ],
      [
        'AGR-IMP-2',
        '合作研究',
        'Joint research with three partners',
        '三校合作研究',
        'IMP-002; Import Institute of Technology (JP); Osaka University (JP)',
        '2025-09-01',
        null,
        '是',
        '否',
        null,
        'draft',
      ],
      [
        null,
        'sister_mou',
        'Sister MOU with Tohoku',
        null,
        'Tohoku University',
        '2024/3/1',
        '2029-02-28',
        'N',
        'N',
        3,
        '生效中',
      ],
    ],
  },
];

/** One problem of each kind, next to one good row per sheet. */
const BAD = [
  {
    name: 'Partners',
    rows: [
      ['Code', 'English name', 'Country / region', 'City', 'Type'],
      ['ERR-001', 'Good Partner University', 'FR', 'Paris', 'university'],
      ['ERR-002', 'Bad Country University', 'XX', 'Nowhere', 'university'],
      ['ERR-001', 'Duplicate Code University', 'FR', 'Lyon', 'university'],
      ['ERR-004', 'Good Partner University', 'FR', 'Paris', 'university'],
    ],
  },
  {
    name: 'Agreements',
    rows: [
      [
        'Our agreement code',
        'Kind',
        'English title',
        'Partners (code or name)',
        'Start date',
        'End date',
        'Notice period (months)',
        'Status',
      ],
      ['AGR-ERR-1', 'student_exchange', 'Good agreement', 'ERR-001', '2026-01-01', '2027-01-01', 3, 'active'],
      ['AGR-ERR-2', 'student_exchange', 'Wrong type', 'ERR-001', '2026-01-01', '2027-01-01', 'abc', 'active'],
      ['AGR-ERR-3', 'joint_research', 'End before start', 'ERR-001', '2026-05-01', '2026-01-01', null, 'draft'],
      [
        'AGR-ERR-4',
        'joint_research',
        'Unknown partner',
        'Nowhere University (JP)',
        '2026-01-01',
        '2027-01-01',
        null,
        'draft',
      ],
      ['AGR-ERR-1', 'joint_research', 'Duplicate code', 'ERR-001', '2026-01-01', '2027-01-01', null, 'draft'],
      ['AGR-ERR-6', 'joint_research', 'Names a bad partner row', 'ERR-002', '2026-01-01', '2027-01-01', null, 'draft'],
      ['AGR-ERR-7', 'internship', 'Bad date', 'ERR-001', 'tomorrow', null, null, 'draft'],
    ],
  },
];

describe.each(DIALECTS)('bulk import (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let goodFile: Buffer;
  const upload = (data: Buffer, opts: { fileName?: string; contentType?: string; locale?: string } = {}) =>
    uploadFile(t, oia, URL, data, opts);
  const commit = (id: number, mode: 'all' | 'validOnly') => oia.post(`${URL}/${id}/commit`, { mode });
  const partnerTotal = async () => (await oia.get('/api/v1/partners?pageSize=1&archived=include')).json().total;
  const partnerByCode = (code: string) =>
    t.db.db.selectFrom('partners').selectAll().where('code', '=', code).executeTakeFirst();
  const agreementByCode = (code: string) =>
    t.db.db.selectFrom('agreements').selectAll().where('code', '=', code).executeTakeFirst();
  const linksOf = async (agreementId: number) =>
    (
      await t.db.db
        .selectFrom('agreement_partners')
        .select('partner_id')
        .where('agreement_id', '=', agreementId)
        .orderBy('sort_order')
        .execute()
    ).map((l) => l.partner_id);

  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    goodFile = await workbook(GOOD);
  });
  afterAll(() => t.close());

  describe('template', () => {
    it('downloads as a workbook with headers in both languages, instructions, lists and an example row', async () => {
      const res = await oia.get(`${URL}/template.xlsx`, { locale: 'en' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toContain('.xlsx');
      const wb = await readWorkbook(res.rawPayload);
      const names = wb.worksheets.map((w) => w.name);
      expect(names).toEqual(['合作學校 Partners', '合作協議 Agreements', '說明 Instructions', '選項 Lists']);
      const partners = wb.getWorksheet('合作學校 Partners')!;
      const headers = (partners.getRow(1).values as string[]).filter(Boolean);
      expect(headers).toContain('英文名稱\nEnglish name *');
      expect(headers).toContain('國家／地區\nCountry / region *');
      expect(partners.getCell('A2').value).toBe('EXAMPLE');
      const agreements = wb.getWorksheet('合作協議 Agreements')!;
      const agreementHeaders = (agreements.getRow(1).values as string[]).filter(Boolean);
      expect(agreementHeaders).toContain('生效日\nStart date');
      expect(agreementHeaders).toContain('合作學校（代碼或名稱）\nPartners (code or name) *');
      // Drop-down lists on the coded columns (type is column H, kind is column C).
      const typeList = (partners as any).dataValidations.model.H2;
      expect(typeList?.type).toBe('list');
      expect(typeList?.formulae[0]).toContain("'選項 Lists'!");
      expect((agreements as any).dataValidations.model.C5?.type).toBe('list');
      const instructions = wb.getWorksheet('說明 Instructions');
      expect(String(instructions?.getCell('A1').value)).toBe('批次匯入');
      expect(String(instructions?.getCell('B1').value)).toBe('Bulk import');
    });

    it('uploaded untouched has no data rows: its example rows are skipped', async () => {
      const template = (await oia.get(`${URL}/template.xlsx`)).rawPayload;
      const res = await upload(template, { locale: 'en' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe('The file has no data rows.');
    });
  });

  describe('a good file', () => {
    let batchId: number;

    it('is checked row by row and nothing is written', async () => {
      const before = await partnerTotal();
      const res = await upload(goodFile, { fileName: '合作名單.xlsx' });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      batchId = body.id;
      expect(body).toMatchObject({
        fileName: '合作名單.xlsx',
        status: 'validated',
        totalRows: 6,
        counts: { create: 6, update: 0, unchanged: 0, error: 0 },
        issueTotal: 0,
      });
      expect(body.bySheet).toEqual([
        { sheet: 'partners', create: 3, update: 0, unchanged: 0, error: 0 },
        { sheet: 'agreements', create: 3, update: 0, unchanged: 0, error: 0 },
      ]);
      expect(body.issues.items).toEqual([]);
      expect(await partnerTotal()).toBe(before);
      expect(await agreementByCode('AGR-IMP-1')).toBeUndefined();
      const rows = (await oia.get(`${URL}/${batchId}/rows?sheet=agreements`)).json();
      expect(rows.items.map((r: any) => [r.row, r.action])).toEqual([
        [2, 'create'],
        [3, 'create'],
        [4, 'create'],
      ]);
    });

    it('imports with the right columns, links and audit entries', async () => {
      const before = await partnerTotal();
      const res = await commit(batchId, 'all');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'imported', processedRows: 6, counts: { create: 6, error: 0 } });
      expect(await partnerTotal()).toBe(before + 3);

      const p1 = await partnerByCode('IMP-001');
      expect(p1).toMatchObject({ country: 'DE', type: 'university', status: 'active', name_zh: '匯入城大學' });
      const p2 = await partnerByCode('IMP-002');
      const units = (await oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
      const unitId = (code: string) => units.find((u) => u.code === code)?.id;
      expect(p2).toMatchObject({
        country: 'ES',
        type: 'college',
        status: 'prospective',
        owning_unit_id: unitId('ENG'),
      });
      const p3 = await t.db.db
        .selectFrom('partners')
        .selectAll()
        .where('name_en', '=', 'Import Institute of Technology')
        .executeTakeFirstOrThrow();
      expect(p3).toMatchObject({ code: null, country: 'JP', type: 'research_institute', status: 'active' });

      const a1 = await agreementByCode('AGR-IMP-1');
      expect(a1).toMatchObject({
        kind: 'student_exchange',
        status: 'active',
        start_date: '2026-02-01',
        end_date: '2031-01-31',
        notice_months: 6,
        notice_date: '2030-07-31',
        auto_renew: 1,
        open_ended: 0,
        owning_unit_id: unitId('OIA-IC'),
        version: 1,
      });
      expect(a1?.search_text).toContain('匯入城大學');
      expect(await linksOf(a1?.id as number)).toEqual([p1?.id]);
      const a2 = await agreementByCode('AGR-IMP-2');
      expect(a2).toMatchObject({
        kind: 'joint_research',
        status: 'draft',
        open_ended: 1,
        end_date: null,
        auto_renew: 0,
      });
      const osaka = (await oia.get('/api/v1/partners?q=Osaka%20University&country=JP')).json().items[0];
      expect(await linksOf(a2?.id as number)).toEqual([p2?.id, p3.id, osaka.id]);
      const a3 = await t.db.db
        .selectFrom('agreements')
        .selectAll()
        .where('title_en', '=', 'Sister MOU with Tohoku')
        .executeTakeFirstOrThrow();
      expect(a3).toMatchObject({ code: null, status: 'active', start_date: '2024-03-01', notice_date: '2028-11-28' });

      const audit = await t.db.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'import').execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]?.after_json as string)).toMatchObject({ create: 6, update: 0, unchanged: 0 });
      const createdEntry = (entity: string, id: number) =>
        t.db.db
          .selectFrom('audit_log')
          .select(['actor_id', 'summary'])
          .where('action', '=', 'create')
          .where('entity_type', '=', entity)
          .where('entity_id', '=', id)
          .execute();
      expect(await createdEntry('partner', p1?.id as number)).toEqual([
        { actor_id: audit[0]?.actor_id, summary: 'Universität Importstadt' },
      ]);
      expect(await createdEntry('agreement', a1?.id as number)).toHaveLength(1);
    });

    it('is found by search in Chinese', async () => {
      const found = (await oia.get(`/api/v1/partners?q=${encodeURIComponent('匯入學院')}`)).json();
      expect(found.items.map((p: any) => p.code)).toEqual(['IMP-002']);
    });

    it('reports the progress as done, and cannot be committed twice', async () => {
      const res = (await oia.get(`${URL}/${batchId}`)).json();
      expect(res).toMatchObject({ status: 'imported', processedRows: 6, totalRows: 6 });
      expect(res.finishedAt).toBeTruthy();
      const again = await commit(batchId, 'all');
      expect(again.statusCode).toBe(409);
    });

    it('imported again creates nothing: every row is unchanged', async () => {
      const before = await partnerTotal();
      const checked = (await upload(goodFile)).json();
      expect(checked.counts).toEqual({ create: 0, update: 0, unchanged: 6, error: 0 });
      const done = (await commit(checked.id, 'all')).json();
      expect(done).toMatchObject({ status: 'imported', counts: { create: 0, update: 0, unchanged: 6 } });
      expect(await partnerTotal()).toBe(before);
      expect((await agreementByCode('AGR-IMP-1'))?.version).toBe(1);
    });

    it('imported with one changed cell updates that record only', async () => {
      const changed = structuredClone(GOOD);
      (changed[0]?.rows[1] as unknown[])[4] = 'Neustadt';
      const checked = (await upload(await workbook(changed))).json();
      expect(checked.counts).toEqual({ create: 0, update: 1, unchanged: 5, error: 0 });
      await commit(checked.id, 'all');
      expect(await partnerByCode('IMP-001')).toMatchObject({ city: 'Neustadt', version: 2 });
    });
    it('treats a row with another code as another agreement, even with the same kind, title and partners', async () => {
      const renewal = [
        GOOD[1]?.rows[0] as unknown[],
        [
          'AGR-IMP-1-R',
          'Student exchange',
          'Student Exchange with Importstadt',
          null,
          'IMP-001',
          '2031-02-01',
          '2036-01-31',
          'no',
          'yes',
          6,
          'draft',
        ],
      ];
      const checked = (await upload(await workbook([{ name: 'Agreements', rows: renewal }]))).json();
      expect(checked.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 0 });
    });

    it('reads a filled-in template: bilingual headers, drop-down labels, example rows skipped', async () => {
      const wb = await readWorkbook((await oia.get(`${URL}/template.xlsx`)).rawPayload);
      const partners = wb.getWorksheet('合作學校 Partners')!;
      // code, name en, name zh, country, city, city zh, website, type, status, unit, notes
      partners.addRow([
        'TPL-1',
        'Template University',
        '範本大學',
        'KR',
        'Seoul',
        '首爾',
        null,
        '大學',
        '合作中',
        'OIA-IC',
        null,
      ]);
      const agreements = wb.getWorksheet('合作協議 Agreements')!;
      agreements.addRow([
        'TPL-A1',
        null,
        '學生交換',
        null,
        'Template exchange',
        'TPL-1',
        'ENG',
        new Date(Date.UTC(2026, 0, 1)),
        null,
        '是',
        '否',
        null,
        '草稿',
        null,
      ]);
      const checked = (await upload(Buffer.from(await wb.xlsx.writeBuffer()))).json();
      expect(checked).toMatchObject({ totalRows: 2, counts: { create: 2, error: 0 } });
    });

    it('exported from the partner list and imported back is unchanged', async () => {
      const exported = await oia.get('/api/v1/partners/export.xlsx?q=import&locale=en');
      expect(exported.statusCode).toBe(200);
      const checked = (await upload(exported.rawPayload, { fileName: 'partners.xlsx' })).json();
      expect(checked.counts).toEqual({ create: 0, update: 0, unchanged: 3, error: 0 });
    });
  });

  describe('a file with errors', () => {
    let batchId: number;
    let issues: Record<string, any[]>;
    const issueAt = (locale: string, sheet: string, row: number) =>
      issues[locale]?.filter((i) => i.sheet === sheet && i.row === row) ?? [];

    beforeAll(async () => {
      const res = await upload(await workbook(BAD), { locale: 'en' });
      expect(res.statusCode).toBe(201);
      batchId = res.json().id;
      issues = {};
      for (const locale of ['en', 'zh-TW']) {
        issues[locale] = (await oia.get(`${URL}/${batchId}/issues?pageSize=100`, { locale })).json().items;
      }
    });

    it('counts the good and the bad rows per sheet', async () => {
      const batch = (await oia.get(`${URL}/${batchId}`)).json();
      expect(batch.bySheet).toEqual([
        { sheet: 'partners', create: 1, update: 0, unchanged: 0, error: 3 },
        { sheet: 'agreements', create: 1, update: 0, unchanged: 0, error: 6 },
      ]);
      expect(batch.issueTotal).toBe(9);
    });

    it('names an unknown country', () => {
      expect(issueAt('en', 'partners', 3)).toEqual([
        {
          sheet: 'partners',
          row: 3,
          column: 'Country / region',
          cell: 'C3',
          message: 'Choose a valid country or region.',
        },
      ]);
      expect(issueAt('zh-TW', 'partners', 3)[0]).toMatchObject({
        column: '國家／地區',
        message: '請選擇有效的國家或地區。',
      });
    });

    it('names duplicate rows by code and by name and country', () => {
      expect(issueAt('en', 'partners', 4)).toEqual([
        { sheet: 'partners', row: 4, column: 'Code', cell: 'A4', message: 'Duplicate of row 2.' },
      ]);
      expect(issueAt('en', 'partners', 5)[0]).toMatchObject({ column: 'English name', message: 'Duplicate of row 2.' });
      expect(issueAt('zh-TW', 'partners', 5)[0]).toMatchObject({ column: '英文名稱', message: '與第 2 列重複。' });
      expect(issueAt('en', 'agreements', 6)[0]).toMatchObject({
        column: 'Our agreement code',
        message: 'Duplicate of row 2.',
      });
    });

    it('names a wrong type, a bad date and an end before the start', () => {
      expect(issueAt('en', 'agreements', 3)).toEqual([
        { sheet: 'agreements', row: 3, column: 'Notice period (months)', cell: 'G3', message: 'Invalid value.' },
      ]);
      expect(issueAt('zh-TW', 'agreements', 3)[0]).toMatchObject({
        column: '終止通知期（月）',
        message: '格式不正確。',
      });
      expect(issueAt('en', 'agreements', 8)[0]).toMatchObject({
        column: 'Start date',
        message: 'Enter a valid date (YYYY-MM-DD).',
      });
      expect(issueAt('en', 'agreements', 4)).toEqual([
        {
          sheet: 'agreements',
          row: 4,
          column: 'End date',
          cell: 'F4',
          message: 'The end date cannot be before the start date.',
        },
      ]);
      expect(issueAt('zh-TW', 'agreements', 4)[0]?.message).toBe('結束日期不可早於開始日期。');
    });

    it('names an unknown partner reference and one to a row with errors', () => {
      expect(issueAt('en', 'agreements', 5)[0]).toMatchObject({
        column: 'Partners (code or name)',
        cell: 'D5',
        message:
          'No partner “Nowhere University (JP)” found. Enter its code, or the English name with the country code, e.g. Kyoto University (JP).',
      });
      expect(issueAt('zh-TW', 'agreements', 5)[0]?.message).toBe(
        '找不到合作學校「Nowhere University (JP)」。請填代碼，或英文名稱加國家代碼，例如 Kyoto University (JP)。',
      );
      expect(issueAt('en', 'agreements', 7)[0]?.message).toBe(
        'Partner “ERR-002” (row 3 of the Partners sheet) has errors to fix first.',
      );
    });

    it('filters the report by sheet', async () => {
      const page = (await oia.get(`${URL}/${batchId}/issues?sheet=partners&pageSize=2`)).json();
      expect(page.total).toBe(3);
      expect(page.items).toHaveLength(2);
      expect(page.items.every((i: any) => i.sheet === 'partners')).toBe(true);
    });

    it('is refused as a whole, and nothing is written', async () => {
      const res = await commit(batchId, 'all');
      expect(res.statusCode).toBe(409);
      expect(await partnerByCode('ERR-001')).toBeUndefined();
      expect(await agreementByCode('AGR-ERR-1')).toBeUndefined();
      expect((await oia.get(`${URL}/${batchId}`)).json().status).toBe('validated');
    });

    it('imports its valid rows only when asked to', async () => {
      const res = await commit(batchId, 'validOnly');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'imported', counts: { create: 2, error: 9 } });
      const good = await partnerByCode('ERR-001');
      expect(good?.name_en).toBe('Good Partner University');
      expect(await partnerByCode('ERR-002')).toBeUndefined();
      expect(await partnerByCode('ERR-004')).toBeUndefined();
      const agreement = await agreementByCode('AGR-ERR-1');
      expect(await linksOf(agreement?.id as number)).toEqual([good?.id]);
      for (const code of ['AGR-ERR-2', 'AGR-ERR-3', 'AGR-ERR-4', 'AGR-ERR-6', 'AGR-ERR-7']) {
        expect(await agreementByCode(code)).toBeUndefined();
      }
      const batch = await t.db.db.selectFrom('import_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
      expect(batch).toMatchObject({ created_count: 2, updated_count: 0, skipped_count: 9 });
    });
  });

  describe('refused files', () => {
    it('an empty sheet, or no import sheet at all, is a 400 with a clear message', async () => {
      const empty = await upload(await workbook([{ name: 'Partners', rows: [['Code', 'English name']] }]), {
        locale: 'zh-TW',
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.message).toBe('檔案中沒有任何資料列。');
      const none = await upload(await workbook([{ name: 'Sheet1', rows: [['a'], ['b']] }]), { locale: 'en' });
      expect(none.statusCode).toBe(400);
      expect(none.json().error.message).toBe('No Partners or Agreements sheet found. Please use the import template.');
    });

    it('a sheet without a required column is a 400 naming the column', async () => {
      const res = await upload(
        await workbook([
          {
            name: 'Partners',
            rows: [
              ['English name', 'Country / region'],
              ['Somewhere University', 'FR'],
            ],
          },
        ]),
        { locale: 'en' },
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([
        {
          path: 'file',
          code: 'import_missing_column',
          message: 'The Partners sheet has no column “類型 Type”, which is required.',
        },
      ]);
    });

    it('a PDF or CSV renamed .xlsx, or a damaged zip, is a 415', async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
      const csv = Buffer.from('code,name\nX-1,Somewhere\n');
      const zip = Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(2000)]);
      for (const data of [pdf, csv, zip]) {
        const res = await upload(data, { fileName: 'partners.xlsx', locale: 'en' });
        expect(res.statusCode).toBe(415);
        expect(res.json().error.message).toContain('not an Excel workbook');
      }
    });

    it('a request that is not a file upload is a 415', async () => {
      const res = await oia.post(URL, { file: 'x' });
      expect(res.statusCode).toBe(415);
    });

    it('accepts a 5 MB file, and refuses one over 10 MB with 413', async () => {
      const rows: unknown[][] = [['English name', 'Country / region', 'Type', 'Padding']];
      for (let i = 0; i < 900; i++) {
        rows.push([`Padding University ${i}`, 'SE', 'university', randomBytes(6000).toString('base64')]);
      }
      const big = await workbook([{ name: 'Partners', rows }]);
      expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
      const res = await upload(big);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ totalRows: 900, counts: { create: 900, error: 0 } });

      const huge = Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(10 * 1024 * 1024 + 10)]);
      const refused = await upload(huge, { locale: 'en' });
      expect(refused.statusCode).toBe(413);
      expect(refused.json().error.message).toContain('10 MB');
    });
  });

  describe('permissions', () => {
    it.each([DEMO.oiaIss, DEMO.coordEng, DEMO.student])('refuses %s', async (email) => {
      const someone = await t.login(email);
      expect((await someone.get(`${URL}/template.xlsx`)).statusCode).toBe(403);
      expect((await uploadFile(t, someone, URL, goodFile)).statusCode).toBe(403);
      const batch = (await upload(goodFile)).json();
      expect((await someone.get(`${URL}/${batch.id}`)).statusCode).toBe(403);
      expect((await someone.get(`${URL}/${batch.id}/issues`)).statusCode).toBe(403);
      expect((await someone.post(`${URL}/${batch.id}/commit`, { mode: 'all' })).statusCode).toBe(403);
    });

    it('lets the administrator import', async () => {
      const admin = await t.login(DEMO.admin);
      expect((await admin.get(`${URL}/template.xlsx`)).statusCode).toBe(200);
      expect((await uploadFile(t, admin, URL, goodFile)).statusCode).toBe(201);
    });
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, ['import', 'partner', 'agreement', 'unit']);
  });
});
