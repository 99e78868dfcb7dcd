import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { readWorkbook, uploadFile, workbook } from '#tests/setup/xlsx.js';

/** A zip of these entries, deflated by zlib (a bomb is a few hundred KB however large its parts). */
function zipOf(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const packed = deflateRawSync(f.data, { level: 9 });
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(f.data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(f.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(f.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A real workbook whose first sheet is replaced by `sheetXml` (its other parts kept). */
async function withSheet(base: Buffer, sheetXml: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  const files: { name: string; data: Buffer }[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    files.push({ name, data: name === 'xl/worksheets/sheet1.xml' ? sheetXml : await entry.async('nodebuffer') });
  }
  return zipOf(files);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

describe.each(DIALECTS)('xlsx imports and exports (%s)', (dialect) => {
  let t: TestApp;
  let oia: Client;
  let base: Buffer;
  beforeAll(async () => {
    t = await setupApp(dialect);
    oia = await t.login(DEMO.oia);
    base = await workbook([{ name: '合作學校 Partners', rows: [['英文名稱 English name *'], ['Bomb U']] }]);
  });
  afterAll(() => t.close());

  const importCount = async () =>
    Number(
      (
        await t.db.db
          .selectFrom('import_batches')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses a zip bomb (a small file whose sheet unpacks to 130 MB) with 413 before parsing it', async () => {
    const filler = Buffer.alloc(130 * 1024 * 1024, 0x20);
    const bomb = await withSheet(base, Buffer.concat([Buffer.from(SHEET_HEAD), filler, Buffer.from(SHEET_TAIL)]));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await importCount();
    const started = Date.now();
    const res = await uploadFile(t, oia, '/api/v1/imports?kind=partners_agreements', bomb, { locale: 'en' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(413);
    expect(res.json().error.message).toContain('128 MB');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await importCount()).toBe(before);
    const zh = await uploadFile(t, oia, '/api/v1/imports?kind=partners_agreements', bomb, { locale: 'zh-TW' });
    expect(zh.json().error.message).toContain('解壓縮');
  });

  it('refuses a sheet of more than 1,500,000 cells with 413', async () => {
    const row = `<row r="2">${'<c><v>1</v></c>'.repeat(1_600_000)}</row>`;
    const bomb = await withSheet(base, Buffer.from(SHEET_HEAD + row + SHEET_TAIL));
    const res = await uploadFile(t, oia, '/api/v1/imports?kind=partners_agreements', bomb, { locale: 'en' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(413);
    expect(res.json().error.message).toContain('1,500,000 cells');
  });

  it('imports a formula cell as its text and exports text a spreadsheet would run with an apostrophe', async () => {
    const file = await workbook([
      {
        name: 'Partners',
        rows: [
          ['Code', 'English name', 'Chinese name', 'Country / region', 'City', 'Type', 'Status'],
          [
            'FX-001',
            { formula: 'HYPERLINK("http://evil.example","Formula U")', result: 'Formula U' },
            '公式大學',
            'DE',
            '@SUM(1+1)',
            'University',
            'Active',
          ],
        ],
      },
    ]);
    const up = await uploadFile(t, oia, '/api/v1/imports?kind=partners_agreements', file, { locale: 'en' });
    expect(up.statusCode, up.body.slice(0, 400)).toBe(201);
    const committed = await oia.post(`/api/v1/imports/${up.json().id}/commit`, { mode: 'all' });
    expect(committed.statusCode, committed.body.slice(0, 400)).toBe(200);
    const row = await t.db.db
      .selectFrom('partners')
      .select(['name_en', 'city'])
      .where('code', '=', 'FX-001')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name_en: '=HYPERLINK("http://evil.example","Formula U")', city: '@SUM(1+1)' });

    const exported = await oia.get('/api/v1/partners/export.xlsx?q=FX-001');
    expect(exported.statusCode).toBe(200);
    const sheet = (await readWorkbook(exported.rawPayload)).worksheets[0]!;
    const cells = (sheet.getRow(2).values as unknown[]).filter((v) => typeof v === 'string') as string[];
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","Formula U")');
    expect(cells).toContain("'@SUM(1+1)");
    expect(cells.some((c) => /^[=+@]/.test(c))).toBe(false);
  });
});
