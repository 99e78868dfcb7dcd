import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_TIME_FORMAT, xlsxCell } from '#server/lib/xlsx.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';

/**
 * Every list export, read back with exceljs (issue 17.9, issue 23.16): dates are real dates (Date values
 * with a date number format), never text that looks like one; each list has an autofilter from its
 * header row and the header row frozen. On the demo university, so every list has rows.
 */
const ISO_TEXT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-][\d:]+)?)?$/;

type Sheet = { headerRow: number; dates: number; textDates: string[] };

function inspect(ws: ExcelJS.Worksheet, headerRow: number): Sheet {
  let dates = 0;
  const textDates: string[] = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    row.eachCell((cell) => {
      if (cell.value instanceof Date) {
        dates += 1;
        expect(cell.numFmt, `${ws.name} ${cell.address}`).toMatch(/yyyy-mm-dd/);
      } else if (typeof cell.value === 'string' && ISO_TEXT.test(cell.value)) textDates.push(cell.address);
    });
  });
  return { headerRow, dates, textDates };
}

function expectList(ws: ExcelJS.Worksheet | undefined, headerRow = 1): Sheet {
  if (!ws) throw new Error('no sheet');
  expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: headerRow });
  const filter = ws.autoFilter as unknown;
  const ref = typeof filter === 'string' ? filter : '';
  expect(ref, `${ws.name}: autofilter`).toMatch(new RegExp(`^A${headerRow}:[A-Z]+\\d+$`));
  const sheet = inspect(ws, headerRow);
  expect(sheet.textDates, `${ws.name}: dates written as text`).toEqual([]);
  return sheet;
}

describe.each(DIALECTS)('xlsx exports: dates, autofilter, frozen header (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let oia: Client;

  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    oia = await t.login(DEMO.oia);
  });
  afterAll(() => t.close());

  const file = async (client: Client, url: string, body?: Record<string, unknown>) => {
    const res = body ? await client.post(url, body) : await client.get(url);
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    return readWorkbook(res.rawPayload);
  };

  it('the module lists: partners, agreements, mobility, people, activities, units — dates as dates', async () => {
    const withDates = [
      '/api/v1/agreements/export.xlsx',
      '/api/v1/mobilities/export.xlsx',
      '/api/v1/people/export.xlsx',
      '/api/v1/activities/export.xlsx',
    ];
    for (const url of withDates) {
      const sheet = expectList((await file(oia, url)).worksheets[0]);
      expect(sheet.dates, `${url}: some dates`).toBeGreaterThan(0);
    }
    for (const url of ['/api/v1/partners/export.xlsx', '/api/v1/units/export.xlsx'])
      expectList((await file(admin, url)).worksheets[0]);
  });

  it('a date is the day itself and a stored moment is Taipei time', async () => {
    const wb = await file(oia, '/api/v1/mobilities/export.xlsx');
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    const start = headers.findIndex((h) => /開始|Start/.test(h));
    expect(start).toBeGreaterThan(0);
    const id = Number(ws.getRow(2).getCell(1).value);
    const record = (await oia.get(`/api/v1/mobilities/${id}`)).json();
    const cell = ws.getRow(2).getCell(start).value as Date;
    expect(cell.toISOString().slice(0, 10)).toBe(record.startDate);
    // 16:30 UTC on 15 October is 00:30 on the 16th in Taipei (UTC+8), the time the office saw
    const moment = xlsxCell('2031-10-15T16:30:00.000Z');
    expect((moment.value as Date).toISOString()).toBe('2031-10-16T00:30:00.000Z');
    expect(moment.numFmt).toBe(DATE_TIME_FORMAT);
    expect(xlsxCell('2031-02-30')).toEqual({ value: '2031-02-30' }); // not a day: left as written
  });

  it('privacy: consents, subject access, access report', async () => {
    expectList((await file(admin, '/api/v1/privacy/consents/export.xlsx')).worksheets[0]);
    const person = await t.db.db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow();
    const subject = expectList(
      (await file(admin, `/api/v1/privacy/people/${person.id}/subject-access.xlsx`)).worksheets[0],
    );
    expect(subject.dates).toBeGreaterThan(0);
    expectList((await file(admin, '/api/v1/privacy/access-report.xlsx?from=2020-01-01&to=2040-12-31')).worksheets[0]);
  });

  it('calls (nominations), funding (awards) and the report builder', async () => {
    const calls = await t.db.db.selectFrom('calls').select('id').orderBy('id').execute();
    let nominations = 0;
    for (const c of calls) {
      const partners = (await oia.get(`/api/v1/calls/${c.id}/nominations`)).json().partners ?? [];
      if (!partners.length) continue;
      expectList(
        (await file(oia, `/api/v1/calls/${c.id}/nominations.xlsx?partnerId=${partners[0].partnerId}`)).worksheets[0],
      );
      nominations += 1;
      break;
    }
    const years = await t.db.db.selectFrom('funding_years').select(['id', 'program_id']).orderBy('id').execute();
    for (const y of years.slice(0, 1)) {
      const url = `/api/v1/funding/programs/${y.program_id}/years/${y.id}/awards/export.xlsx`;
      expectList((await file(oia, url)).worksheets[0]);
    }
    expect(nominations + years.length).toBeGreaterThan(0); // the demo has calls or funding to export
    const rows = await file(oia, '/api/v1/reports/builder/export.xlsx', {
      entity: 'mobilities',
      filters: [],
      columns: ['kind', 'startDate'],
    });
    const built = expectList(rows.worksheets[0]);
    expect(built.dates).toBeGreaterThan(0);
  });

  it('the Ministry sheets: header rows frozen, autofilter on the column names, dates as dates', async () => {
    const wb = await file(oia, '/api/v1/reports/ministry/export.xlsx?from=2026-08-01&to=2027-01-31');
    for (const ws of wb.worksheets.slice(0, 6)) expectList(ws, 4);
    expectList(wb.getWorksheet('計數設定與依據'), 1);
  });
});
