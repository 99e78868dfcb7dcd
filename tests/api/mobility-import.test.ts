import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '#shared/i18n/index.js';
import { type Client, DEMO, DIALECTS } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { readWorkbook, uploadFile, workbook } from '#tests/setup/xlsx.js';
import { type MobilityWorld, mobilityWorld } from './mobility-fixtures.js';

/**
 * xlsx import of outbound mobility without a call (issue 4): the 'mobilities' kind of the bulk import.
 * People are inserted by the mobility fixtures; partners come from the demo registry.
 */
const URL = '/api/v1/imports';
const KIND = '?kind=mobilities';

const HEADERS = [
  'Student number',
  'Kind',
  'Partner (code or English name)',
  'Host (English name)',
  '接待機構中文名稱',
  'Country / region',
  'City',
  'Start date',
  'End date',
  'Credit-bearing',
  'Credits',
  'Status',
  'Purpose',
];

describe.each(DIALECTS)('mobility import (%s)', (dialect) => {
  let w: MobilityWorld;
  let oia: Client;
  let eng: string;
  let bus: string;
  let partner: { id: number; code: string; country: string };
  let goodRows: unknown[][];

  const sheet = (rows: unknown[][], name = 'Outbound mobility') => workbook([{ name, rows: [HEADERS, ...rows] }]);
  const upload = (data: Buffer, opts: { locale?: string; client?: Client } = {}) =>
    uploadFile(w.t, opts.client ?? oia, `${URL}${KIND}`, data, { locale: opts.locale });
  const commit = (id: number, mode: 'all' | 'validOnly') => oia.post(`${URL}/${id}/commit`, { mode });
  const mobilitiesOf = (personId: number) =>
    w.db.selectFrom('mobilities').selectAll().where('person_id', '=', personId).orderBy('id').execute();
  const studentNo = async (id: number) =>
    (await w.db.selectFrom('people').select('student_no').where('id', '=', id).executeTakeFirstOrThrow())
      .student_no as string;

  beforeAll(async () => {
    w = await mobilityWorld(dialect);
    oia = w.as.oia;
    eng = await studentNo(w.people.engStudent);
    bus = await studentNo(w.people.busStudent);
    const p = await w.db
      .selectFrom('partners')
      .select(['id', 'code', 'country'])
      .where('code', 'is not', null)
      .where('archived_at', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    partner = { id: p.id, code: p.code as string, country: p.country };
    goodRows = [
      // A semester of credit-bearing study at a partner, in the future: planned, at least one semester.
      [
        eng,
        'Short-term study',
        partner.code,
        null,
        null,
        null,
        null,
        '2035-02-20',
        '2035-06-30',
        'yes',
        12,
        null,
        null,
      ],
      // A two-week iPBL at a host that is no partner, in the past: returned, less than a semester.
      [
        bus,
        'iPBL 國際專題實作',
        null,
        'Osaka Design Lab',
        '大阪設計實驗室',
        '日本',
        'Osaka',
        '2020-07-01',
        '2020-07-14',
        '否',
        null,
        null,
        'Joint design project',
      ],
      // A camp given as closed, country by English name.
      [
        eng,
        'camp',
        null,
        'Seoul Summer Camp',
        null,
        'South Korea',
        'Seoul',
        '2021-08-01',
        '2021-08-10',
        'N',
        null,
        '已結案',
        null,
      ],
    ];
  });
  afterAll(() => w.t.close());

  describe('template', () => {
    it('downloads with bilingual headers, drop-downs, instructions and an example row that is skipped', async () => {
      const res = await oia.get(`${URL}/template.xlsx${KIND}`, { locale: 'en' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain('outbound-mobility-import-template.xlsx');
      const wb = await readWorkbook(res.rawPayload);
      expect(wb.worksheets.map((s) => s.name)).toEqual([
        '出國交流 Outbound mobility',
        '說明 Instructions',
        '選項 Lists',
      ]);
      const ws = wb.getWorksheet('出國交流 Outbound mobility')!;
      const headers = (ws.getRow(1).values as string[]).filter(Boolean);
      expect(headers).toContain('學號\nStudent number *');
      expect(headers).toContain('類別\nKind *');
      expect(headers).toContain('修讀學分\nCredit-bearing');
      expect(ws.getCell('A2').value).toBe('EXAMPLE');
      expect(ws.getCell('B2').value).toBe('Short-term study');
      const kindList = (ws as any).dataValidations.model.B2;
      expect(kindList?.type).toBe('list');
      expect(kindList?.formulae[0]).toContain("'選項 Lists'!");
      const instructions = wb.getWorksheet('說明 Instructions')!;
      expect(String(instructions.getCell('A1').value)).toBe('出國交流批次匯入');
      expect(String(instructions.getCell('B1').value)).toBe('Outbound mobility import');
      // The Lists sheet offers the direct kinds only: exchange goes through a call.
      const lists = wb.getWorksheet('選項 Lists')!;
      const texts = lists.getSheetValues().flat().map(String);
      expect(texts).toContain('iPBL project');
      expect(texts).not.toContain('Exchange');

      const untouched = await upload(res.rawPayload, { locale: 'en' });
      expect(untouched.statusCode).toBe(400);
      expect(untouched.json().error.message).toBe('The file has no data rows.');
    });

    it('the partners template is still the default', async () => {
      const res = await oia.get(`${URL}/template.xlsx`);
      const wb = await readWorkbook(res.rawPayload);
      expect(wb.worksheets.map((s) => s.name)).toContain('合作學校 Partners');
    });
  });

  describe('a good file', () => {
    let batchId: number;

    it('is checked and nothing is written', async () => {
      const res = await upload(await sheet(goodRows));
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      batchId = body.id;
      expect(body).toMatchObject({
        kind: 'mobilities',
        status: 'validated',
        totalRows: 3,
        counts: { create: 3, update: 0, unchanged: 0, error: 0 },
        bySheet: [{ sheet: 'mobilities', create: 3, update: 0, unchanged: 0, error: 0 }],
        issueTotal: 0,
      });
      expect(await mobilitiesOf(w.people.engStudent)).toEqual([]);
      expect(await mobilitiesOf(w.people.busStudent)).toEqual([]);
    });

    it('imports the rows with their derived flag, statuses and audit entries', async () => {
      const res = await commit(batchId, 'all');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'imported', processedRows: 3, counts: { create: 3 } });

      const [study, camp] = await mobilitiesOf(w.people.engStudent);
      expect(study).toMatchObject({
        direction: 'outbound',
        kind: 'short_term',
        person_category: 'student',
        partner_id: partner.id,
        country: partner.country, // from the partner
        start_date: '2035-02-20',
        end_date: '2035-06-30',
        credit_bearing: 1,
        credits: 12,
        at_least_semester: 1,
        status: 'planned',
        departed_on: null,
        la_status: 'draft',
        degree_level: 'bachelor',
        program_type: 'bachelor_four_year',
        version: 1,
      });
      expect(camp).toMatchObject({
        kind: 'camp',
        host_name_en: 'Seoul Summer Camp',
        country: 'KR',
        status: 'closed',
        departed_on: '2021-08-01',
        returned_on: '2021-08-10',
        closed_on: '2021-08-10',
        credit_bearing: 0,
        at_least_semester: 0,
      });
      const [ipbl] = await mobilitiesOf(w.people.busStudent);
      expect(ipbl).toMatchObject({
        kind: 'ipbl',
        partner_id: null,
        host_name_zh: '大阪設計實驗室',
        country: 'JP',
        city: 'Osaka',
        status: 'returned',
        returned_on: '2020-07-14',
        credits: null,
        at_least_semester: 0,
        purpose: 'Joint design project',
        la_status: null,
      });

      const created = await w.db
        .selectFrom('audit_log')
        .select(['entity_id', 'after_json'])
        .where('entity_type', '=', 'mobility')
        .where('action', '=', 'create')
        .where('entity_id', 'in', [study?.id as number, camp?.id as number, ipbl?.id as number])
        .execute();
      expect(created).toHaveLength(3);
      const studyEntry = created.find((e) => e.entity_id === study?.id);
      expect(JSON.parse(studyEntry?.after_json as string)).toMatchObject({ kind: 'short_term', atLeastSemester: true });
      const batchAudit = await w.db
        .selectFrom('audit_log')
        .select('after_json')
        .where('entity_type', '=', 'import')
        .where('entity_id', '=', batchId)
        .execute();
      expect(batchAudit).toHaveLength(1);
      expect(JSON.parse(batchAudit[0]?.after_json as string)).toMatchObject({ kind: 'mobilities', create: 3 });

      // The records are what the mobility API shows.
      const api = (await oia.get(`/api/v1/mobilities/${study?.id}`)).json();
      expect(api).toMatchObject({ kind: 'short_term', atLeastSemester: true, creditBearing: true, credits: 12 });
      const rows = (await oia.get(`${URL}/${batchId}/rows`)).json();
      expect(rows.items.map((r: any) => r.recordId)).toEqual([study?.id, ipbl?.id, camp?.id]);
    });

    it('imported again is all unchanged and creates nothing', async () => {
      const res = await upload(await sheet(goodRows));
      expect(res.json()).toMatchObject({ counts: { create: 0, update: 0, unchanged: 3, error: 0 } });
      const done = await commit(res.json().id, 'all');
      expect(done.json()).toMatchObject({ status: 'imported', counts: { unchanged: 3 } });
      expect(await mobilitiesOf(w.people.engStudent)).toHaveLength(2);
      expect(await mobilitiesOf(w.people.busStudent)).toHaveLength(1);
    });

    it('one changed cell is one update (the flag re-derived), a status only moves forward', async () => {
      const changed = goodRows.map((r) => [...r]);
      // Fewer days: no longer a semester. And the host's Chinese name alone still finds the iPBL record.
      (changed[0] as unknown[])[8] = '2035-03-31';
      (changed[1] as unknown[])[3] = null;
      (changed[1] as unknown[])[11] = 'Planned'; // backwards from returned: kept
      const res = await upload(await sheet(changed));
      expect(res.json()).toMatchObject({ counts: { create: 0, update: 1, unchanged: 2, error: 0 } });
      const done = await commit(res.json().id, 'all');
      expect(done.statusCode).toBe(200);
      const [study] = await mobilitiesOf(w.people.engStudent);
      expect(study).toMatchObject({ end_date: '2035-03-31', at_least_semester: 0, version: 2 });
      // New dates are no status change: the date of the last status change stays unset.
      expect(study?.status_changed_on).toBeNull();
      const [ipbl] = await mobilitiesOf(w.people.busStudent);
      expect(ipbl).toMatchObject({ status: 'returned', host_name_en: 'Osaka Design Lab' });
      const updates = await w.db
        .selectFrom('audit_log')
        .select(['before_json', 'after_json'])
        .where('entity_type', '=', 'mobility')
        .where('entity_id', '=', study?.id as number)
        .where('action', '=', 'update')
        .execute();
      expect(updates).toHaveLength(1);
      expect(JSON.parse(updates[0]?.before_json as string)).toMatchObject({ endDate: '2035-06-30' });
      expect(JSON.parse(updates[0]?.after_json as string)).toMatchObject({ endDate: '2035-03-31' });
    });
  });

  describe('a file with problems', () => {
    const bad = () => [
      [
        'NO-SUCH-STUDENT',
        'short_term',
        null,
        'Somewhere',
        null,
        'FR',
        null,
        '2030-01-01',
        null,
        'no',
        null,
        null,
        null,
      ],
      [eng, 'Exchange', partner.code, null, null, null, null, '2030-02-01', '2030-06-30', 'yes', 15, null, null],
      [eng, 'internship', null, 'Backwards GmbH', null, 'DE', null, '2030-05-01', '2030-04-01', 'no', null, null, null],
      [eng, 'competition', null, 'Robot Cup', null, 'US', null, '2030-07-01', '2030-07-05', 'no', 3, null, null],
      [eng, 'camp', null, 'Atlantis Camp', null, 'Atlantis', null, '2030-08-01', '2030-08-05', 'no', null, null, null],
      [bus, 'competition', null, 'Valid Cup', null, 'DE', 'Berlin', '2030-09-01', '2030-09-03', 'no', null, null, null],
    ];
    let batchId: number;

    it('reports row, column, cell and message in English and Chinese', async () => {
      const res = await upload(await sheet(bad()), { locale: 'en' });
      expect(res.statusCode).toBe(201);
      batchId = res.json().id;
      expect(res.json()).toMatchObject({ counts: { create: 1, error: 5 }, issueTotal: 5 });
      const issues = (lang: string) =>
        oia.get(`${URL}/${batchId}/issues?pageSize=50`, { locale: lang }).then((r) => r.json().items);
      const en = await issues('en');
      expect(en.map((i: any) => [i.row, i.column, i.cell])).toEqual([
        [2, 'Student number', 'A2'],
        [3, 'Kind', 'B3'],
        [4, 'End date', 'I4'],
        [5, 'Credits', 'K5'],
        [6, 'Country / region', 'F6'],
      ]);
      expect(en[0].message).toBe('No student has the student number “NO-SUCH-STUDENT”.');
      expect(en[1].message).toContain('The kind “Exchange” cannot be imported');
      expect(en[1].message).toContain('iPBL project');
      expect(en[2].message).toMatch(/before/i);
      expect(en[3].message).toBe('Credits can only be given for credit-bearing mobility.');
      expect(en[4].message).toContain('No country or region “Atlantis”');
      const zh = await issues('zh-TW');
      expect(zh.map((i: any) => i.column)).toEqual(['學號', '類別', '結束日期', '學分數', '國家／地區']);
      expect(zh[0].message).toBe('找不到學號為「NO-SUCH-STUDENT」的學生。');
      expect(zh[1].message).toContain('類別「Exchange」不能匯入');
      expect(zh[3].message).toBe(translate('zh-TW', 'validation.mobility_credits_not_bearing'));
    });

    it('writes nothing while errors exist, and only the valid rows when asked', async () => {
      const before = await w.db.selectFrom('mobilities').select('id').execute();
      const refused = await commit(batchId, 'all');
      expect(refused.statusCode).toBe(409);
      expect((await w.db.selectFrom('mobilities').select('id').execute()).length).toBe(before.length);
      expect((await oia.get(`${URL}/${batchId}`)).json().status).toBe('validated');

      const res = await commit(batchId, 'validOnly');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'imported', counts: { create: 1, error: 5 } });
      const all = await mobilitiesOf(w.people.busStudent);
      expect(all.map((m) => m.host_name_en)).toContain('Valid Cup');
      expect((await w.db.selectFrom('mobilities').select('id').execute()).length).toBe(before.length + 1);
    });

    it('a row repeated in the file is reported, not imported twice', async () => {
      const row = [bus, 'camp', null, 'Twice Camp', null, 'FR', null, '2031-01-01', null, 'no', null, null, null];
      const res = await upload(await sheet([row, row]), { locale: 'en' });
      expect(res.json()).toMatchObject({ counts: { create: 1, error: 1 } });
      expect(res.json().issues.items[0]).toMatchObject({ row: 3, message: 'Duplicate of row 2.' });
    });
  });

  describe('refused files and roles', () => {
    it('an empty file, a file that is no workbook, or a partners workbook is refused', async () => {
      const empty = await upload(await sheet([]), { locale: 'en' });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.message).toBe('The file has no data rows.');
      const pdf = await upload(Buffer.from('%PDF-1.4\n%%EOF'), { locale: 'en' });
      expect(pdf.statusCode).toBe(415);
      const partners = await upload(await workbook([{ name: 'Partners', rows: [['Code'], ['X']] }]), {
        locale: 'en',
      });
      expect(partners.statusCode).toBe(400);
      expect(partners.json().error.message).toContain('No Outbound mobility sheet found');
      // Without ?kind= an upload is a partners import, which finds no sheet of its own here.
      const noKind = await uploadFile(w.t, oia, URL, await sheet([goodRows[0] as unknown[]]), { locale: 'en' });
      expect(noKind.statusCode).toBe(400);
      expect(noKind.json().error.message).toContain('No Partners or Agreements sheet found');
      const wrongKind = await oia.get(`${URL}/template.xlsx?kind=people`);
      expect(wrongKind.statusCode).toBe(400);
    });

    it.each([DEMO.coordEng, DEMO.student])('refuses %s', async (email) => {
      const someone = await w.t.login(email);
      expect((await someone.get(`${URL}/template.xlsx${KIND}`)).statusCode).toBe(403);
      const file = await sheet([goodRows[0] as unknown[]]);
      expect((await upload(file, { client: someone })).statusCode).toBe(403);
      const batch = (await upload(file)).json();
      expect((await someone.get(`${URL}/${batch.id}`)).statusCode).toBe(403);
      expect((await someone.get(`${URL}/${batch.id}/rows`)).statusCode).toBe(403);
      expect((await someone.post(`${URL}/${batch.id}/commit`, { mode: 'all' })).statusCode).toBe(403);
    });

    it('lets OIA staff of another division import mobility, but not partners', async () => {
      const iss = w.as.oiaIss;
      expect((await iss.get(`${URL}/template.xlsx${KIND}`)).statusCode).toBe(200);
      expect((await iss.get(`${URL}/template.xlsx`)).statusCode).toBe(403);
      const batch = (await upload(await sheet([goodRows[0] as unknown[]]), { client: iss })).json();
      expect(batch).toMatchObject({ kind: 'mobilities', counts: { error: 0 } });
      expect((await iss.get(`${URL}/${batch.id}`)).statusCode).toBe(200);
    });
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(w.t.db.db, ['import', 'mobility']);
  });
});
