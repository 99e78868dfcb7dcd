import { type PassThrough, Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { describe, expect, it } from 'vitest';
import { streamXlsx } from '#server/lib/xlsx.js';

/** streamXlsx into a fake reply: the bytes received, and how many had arrived when each page was asked for. */
async function exportOf(pages: number, pageSize: number) {
  const chunks: Buffer[] = [];
  let received = 0;
  const seenAtPage: number[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      received += chunk.length;
      done();
    },
  });
  const finished = new Promise<void>((resolve, reject) => sink.on('finish', resolve).on('error', reject));
  const reply = {
    header: () => reply,
    send: (stream: PassThrough) => {
      stream.on('error', (err) => sink.destroy(err)).pipe(sink);
      return reply;
    },
  };
  async function* rows() {
    for (let p = 0; p < pages; p++) {
      seenAtPage.push(received);
      await null; // a database read (better-sqlite3 answers synchronously)
      yield Array.from({ length: pageSize }, (_, i) => p * pageSize + i);
    }
  }
  await streamXlsx(reply as unknown as FastifyReply, {
    fileName: 'test.xlsx',
    sheetName: '夥伴',
    columns: [
      { header: 'n', value: (n: number) => n },
      { header: '名稱', value: (n: number) => `國立測試大學 ${n} National Test University with a long name` },
      { header: 'code', value: (n: number) => `P-${String(n).padStart(6, '0')}` },
    ],
    pages: rows(),
  });
  await finished;
  return { file: Buffer.concat(chunks), seenAtPage };
}

describe('streamXlsx', () => {
  it('writes a large list as a valid workbook, sending each page before reading the next', async () => {
    const { file, seenAtPage } = await exportOf(40, 1000);

    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), { worksheets: 'emit' });
    const values: unknown[][] = [];
    for await (const sheet of reader) {
      for await (const row of sheet) values.push((row.values as unknown[]).slice(1));
    }
    expect(values).toHaveLength(40_001);
    expect(values[0]).toEqual(['n', '名稱', 'code']);
    expect(values[1]).toEqual([0, '國立測試大學 0 National Test University with a long name', 'P-000000']);
    expect(values[40_000]).toEqual([
      39_999,
      '國立測試大學 39999 National Test University with a long name',
      'P-039999',
    ]);

    // Streamed, not held: by the time the last page is read, most of the file has been sent.
    // (exceljs left alone held the sheet in its buffer and sent it at the end.)
    expect(seenAtPage.at(-1)).toBeGreaterThan(file.length * 0.8);
  });
});
