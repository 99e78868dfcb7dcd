import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from './http-files.js';

export type XlsxColumn<R> = { header: string; width?: number; value: (row: R) => string | number | null };

/**
 * Streams an xlsx to the client: rows are written page by page as they are read, so memory stays flat
 * however long the list. Shared strings off: each cell carries its own text (Chinese stays intact).
 */
export async function streamXlsx<R>(
  reply: FastifyReply,
  opts: { fileName: string; sheetName: string; columns: XlsxColumn<R>[]; pages: AsyncIterable<R[]> },
) {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(opts.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = opts.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', contentDisposition(opts.fileName));
  const writing = (async () => {
    for await (const rows of opts.pages) {
      for (const row of rows) sheet.addRow(opts.columns.map((c) => c.value(row))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })();
  writing.catch((err) => stream.destroy(err));
  return reply.send(stream);
}

/** Reads a list in pages of `size` until it runs out. */
export async function* pagesOf<R>(
  fetch: (limit: number, offset: number) => Promise<R[]>,
  size = 1000,
): AsyncIterable<R[]> {
  for (let offset = 0; ; offset += size) {
    const rows = await fetch(size, offset);
    if (rows.length) yield rows;
    if (rows.length < size) return;
  }
}
