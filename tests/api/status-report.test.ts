import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusBuild } from '#shared/schemas/executive.js';
import { DIALECTS } from '#tests/setup/app.js';
import { readWorkbook } from '#tests/setup/xlsx.js';
import { type FundingWorld, fundingWorld } from './funding-fixtures.js';

const BASE = '/api/v1/reports/status-builds';
const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPoppler && process.env.REQUIRE_POPPLER === '1')
  throw new Error('pdftoppm/pdftotext (poppler-utils) are required');
if (!hasPoppler) console.warn('status-report.test: poppler-utils missing — the PDF text and PNG checks are skipped');

describe.each(DIALECTS)('status report builds (%s)', (dialect) => {
  let w: FundingWorld;
  let periodId: number;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'status-report-'));

  beforeAll(async () => {
    w = await fundingWorld(dialect);
    const stamp = w.t.clock.now().toISOString();
    // 2041 Q3 (07-01 … 09-30): one outbound exchange of a semester, one short study of 19 days.
    await w.mobility({ kind: 'exchange', start_date: '2041-09-01', end_date: '2042-01-31' });
    await w.mobility({ kind: 'short_term', start_date: '2041-07-01', end_date: '2041-07-19', credits: 2 });
    const { id } = await w.db
      .insertInto('reporting_periods')
      .values({
        kind: 'college_quarterly',
        year: 2041,
        quarter: 3,
        name_zh: '2041 年第三季',
        name_en: '2041 Q3',
        covers_from: '2041-07-01',
        covers_to: '2041-09-30',
        opens_on: '2041-10-01',
        closes_on: '2041-10-31',
        created_at: stamp,
        updated_at: stamp,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    periodId = id;
  });
  afterAll(async () => {
    await w.t.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Starts a build and polls it (at most 60 s) until it is no longer running. */
  async function build(format: 'pdf' | 'xlsx'): Promise<StatusBuild> {
    const res = await w.as.vp.post(BASE, { periodId, format });
    expect(res.statusCode, res.body).toBe(202);
    const { id } = res.json();
    const seen = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const b: StatusBuild = (await w.as.vp.get(`${BASE}/${id}`)).json();
      seen.add(b.progress);
      if (b.status !== 'running') {
        expect([...seen].every((p) => p >= 0 && p <= 100)).toBe(true);
        return b;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the build did not finish within 60 s');
  }

  async function download(b: StatusBuild) {
    const res = await w.as.vp.get(`${BASE}/${b.id}/file`);
    expect(res.statusCode).toBe(200);
    return res;
  }

  it('refuses a coordinator (403) and an unknown period (400 on periodId, in the user’s language)', async () => {
    expect((await w.as.coordEng.post(BASE, { periodId, format: 'pdf' })).statusCode).toBe(403);
    expect((await w.as.coordEng.get(BASE)).statusCode).toBe(403);
    const res = await w.as.vp.post(BASE, { periodId: 999999, format: 'pdf' }, { locale: 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({
      path: 'periodId',
      message: 'This reporting period does not exist.',
    });
    expect((await w.as.vp.post(BASE, { periodId, format: 'docx' })).statusCode).toBe(400);
  });

  it('builds the xlsx: one sheet per table, Chinese and English headers, the period’s figures', async () => {
    const b = await build('xlsx');
    expect(b).toMatchObject({ status: 'done', progress: 100, error: null, fileName: '國際化現況報告-2041Q3.xlsx' });
    const res = await download(b);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('國際化現況報告-2041Q3.xlsx'));
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      '重點數據 Key figures',
      '區域 Regions',
      '出國與來校 Outbound and inbound',
      '趨勢 Trends',
      '指標達成 Indicators',
      '填報狀態 Submissions',
    ]);
    const mobility = wb.getWorksheet('出國與來校 Outbound and inbound');
    expect(mobility?.getRow(1).values).toEqual([undefined, '項目', '項目（英文）', '數值']);
    expect(mobility?.getRow(2).values).toEqual([undefined, 'Item (Chinese)', 'Item', 'Value']);
    expect(mobility?.headerFooter.oddHeader).toContain('南方子午科技大學');
    expect(wb.company).toBe('Southern Meridian University of Science and Technology');
    const figure = (label: string) =>
      mobility
        ?.getRows(3, mobility.rowCount)
        ?.find((r) => r.getCell(2).value === label)
        ?.getCell(3).value;
    expect(figure('Outbound students (1 semester or more, for credit)')).toBe(1);
    expect(figure('Outbound students (under 1 semester)')).toBe(1);

    const trends = wb.getWorksheet('趨勢 Trends');
    expect(trends?.getCell('A2').value).toBe('Academic year');
    expect(trends?.getCell('B1').value).toBe('出國學生');
    // Five academic years ending with 2041 (AY 130): the exchange (Sept 2041) in 2041, the July study in 2040.
    expect(trends?.getRow(7).values).toEqual([undefined, 'AY 130 (2041–42)', 1, 0, 0, 0, 0]);
    expect(trends?.getRow(6).values).toEqual([undefined, 'AY 129 (2040–41)', 1, 0, 0, 0, 0]);

    const partners = (await w.as.vp.get('/api/v1/dashboard/summary')).json().partners.total;
    const key = wb.getWorksheet('重點數據 Key figures');
    expect(key?.getRow(3).values).toEqual([undefined, '合作學校數', 'Partners', partners]);
  });

  it('builds the PDF: bilingual headings and figures in its text, a first page that renders', async () => {
    const b = await build('pdf');
    expect(b).toMatchObject({ status: 'done', progress: 100, fileName: '國際化現況報告-2041Q3.pdf' });
    const res = await download(b);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const list = (await w.as.oia.get(BASE)).json().items as StatusBuild[];
    expect(list.map((x) => x.id)).toContain(b.id);
    if (!hasPoppler) return;
    const file = path.join(tmp, 'report.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('國際化現況報告');
    expect(text).toContain('Internationalization status report');
    // The letterhead: the university's details (administration → university, the demo's here).
    expect(text).toContain('南方子午科技大學');
    expect(text).toContain('oia@demo.meridian.tw');
    expect(text).toContain('各學院指標達成情形');
    expect(text).toContain('Indicator progress by college');
    expect(text).toMatch(/AY 130 \(2041–42\)\s+1\s+0\s+0\s+0\s+0/);

    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, path.join(tmp, 'page')]);
    const png = fs.readdirSync(tmp).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(png).toBeDefined();
    expect(fs.statSync(path.join(tmp, png as string)).size).toBeGreaterThan(3000);
    // The same page in grey levels (PGM: a header, then one byte per pixel): not one uniform colour.
    const pgm = execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', file]);
    const pixels = pgm.subarray(pgm.length - 413 * 585);
    const dark = pixels.filter((v) => v < 128).length;
    expect(dark).toBeGreaterThan(500);
    expect(dark).toBeLessThan(pixels.length / 2);
  });

  it('shows a build cut off by a restart (still running after 15 minutes) as failed, in the reader’s language', async () => {
    const vp = await w.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'vp@demo.meridian.tw')
      .executeTakeFirstOrThrow();
    const { id } = await w.db
      .insertInto('report_builds')
      .values({
        kind: 'status_report',
        format: 'pdf',
        period_id: periodId,
        locale: 'zh-TW',
        status: 'running',
        progress: 40,
        step: 'executive.steps.indicators',
        requested_by: vp.id,
        created_at: new Date(w.t.clock.now().getTime() - 16 * 60_000).toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const en: StatusBuild = (await w.as.vp.get(`${BASE}/${id}`, { locale: 'en' })).json();
    expect(en).toMatchObject({ status: 'failed', step: null, error: expect.stringContaining('interrupted') });
    const zh: StatusBuild = (await w.as.vp.get(`${BASE}/${id}`, { locale: 'zh-TW' })).json();
    expect(zh.error).toContain('中斷');
    expect((await w.as.vp.get(`${BASE}/${id}/file`)).statusCode).toBe(404);
  });
});
