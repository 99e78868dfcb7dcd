import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from './http-files.js';

/**
 * A text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, or a tab / carriage return
 * before one) gets a leading apostrophe, so that editing, re-saving or converting the file never runs
 * it (CSV / formula injection, issue 16); plain numbers written as text ("-3", "+886 2 1234") stay.
 */
export function safeCell<V>(value: V): V | string {
  if (typeof value !== 'string' || !/^[=+\-@\t\r]/.test(value)) return value;
  if (/^[+-]?[\d\s().-]*$/.test(value)) return value;
  return `'${value}`;
}

/** Every cell of a row through `safeCell`. */
export const safeRow = (values: readonly unknown[]) => values.map(safeCell);

/** A column; a Date value is written as a real date cell (with `numFmt`, default yyyy-mm-dd). */
export type XlsxColumn<R> = {
  header: string;
  width?: number;
  numFmt?: string;
  value: (row: R) => string | number | Date | null;
};

/** The number formats a date and a moment are shown with (ISO order, read alike in zh-TW and en). */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** Taipei is UTC+8 all year (no daylight saving): a stored moment is shown at the university's time. */
const TAIPEI_OFFSET_MS = 8 * 3600 * 1000;

/**
 * A cell's value as a spreadsheet should hold it (issue 17.9, issue 23.16): a date (`2031-10-15`) or a
 * stored moment (`2031-10-15T02:00:00.000Z`) becomes a real date — a serial number with a date format,
 * so it sorts, filters and computes as a date — instead of text; other values through `safeCell`.
 * Excel dates carry no time zone, so a moment is written as the wall-clock time in Taipei. Every export
 * goes through here (streamXlsx and listRow), so no export writes a date as text.
 */
export function xlsxCell(value: unknown): { value: unknown; numFmt?: string } {
  if (typeof value === 'string') {
    const d = ISO_DATE.exec(value);
    if (d) {
      const date = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
      if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value))
        return { value: date, numFmt: DATE_FORMAT };
    }
    if (ISO_MOMENT.test(value)) {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) return { value: new Date(at + TAIPEI_OFFSET_MS), numFmt: DATE_TIME_FORMAT };
    }
  }
  return { value: safeCell(value) };
}

type AnyRow = { getCell: (n: number) => { value: unknown; numFmt: string } };

/** Writes values into a row's cells through `xlsxCell` (dates as dates with their format). */
export function fillRow(row: AnyRow, values: readonly unknown[]) {
  values.forEach((v, i) => {
    const c = xlsxCell(v);
    const cell = row.getCell(i + 1);
    cell.value = c.value as never;
    if (c.numFmt) cell.numFmt = c.numFmt;
  });
}

/** Appends a data row to an in-memory sheet, dates as dates (the in-memory twin of streamXlsx's rows). */
export function listRow(sheet: ExcelJS.Worksheet, values: readonly unknown[]): ExcelJS.Row {
  const row = sheet.addRow([]);
  fillRow(row, values);
  return row;
}

/**
 * A list's header row made usable: frozen (it stays in view while scrolling) and with an autofilter over
 * the header and the rows below it. `headerRow` is the row of column names (1 unless a title is above).
 */
export function finishList(sheet: ExcelJS.Worksheet, opts: { headerRow: number; columns: number; lastRow?: number }) {
  const last = Math.max(opts.headerRow, opts.lastRow ?? sheet.rowCount);
  sheet.autoFilter = { from: { row: opts.headerRow, column: 1 }, to: { row: last, column: Math.max(1, opts.columns) } };
  const view = sheet.views?.[0];
  sheet.views = [{ ...(view?.state === 'frozen' ? view : {}), state: 'frozen', ySplit: opts.headerRow }];
}

/**
 * Streams an xlsx to the client: rows are read page by page and each page is written, compressed and
 * sent before the next is read, so the first bytes leave at once and memory stays flat however long
 * the list. Shared strings off: each cell carries its own text (Chinese stays intact).
 *
 * exceljs' streaming writer ignores backpressure: a committed row goes into a buffer in front of the
 * zip, whose deflate runs on the thread pool one chunk per turn of the event loop. Left alone, the
 * rows of a 100,000-row list (read back to back) pile up there and only go out at the end: the first
 * byte then came after 7.0 of 7.8 s, with the whole sheet in memory. So after each page we wait until
 * that buffer has drained (`sheetDrained`) before reading the next page.
 */
export async function streamXlsx<R>(
  reply: FastifyReply,
  opts: { fileName: string; sheetName: string; columns: XlsxColumn<R>[]; pages: AsyncIterable<R[]> },
) {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(opts.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = opts.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width ?? 18,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', contentDisposition(opts.fileName));
  const writing = (async () => {
    let last = 1;
    for await (const rows of opts.pages) {
      if (stream.destroyed) return; // the client went away: stop reading the database
      for (const row of rows) {
        last += 1;
        const line = sheet.getRow(last);
        fillRow(
          line,
          opts.columns.map((c) => c.value(row)),
        );
        line.commit();
      }
      await sheetDrained(sheet, stream);
    }
    // the streaming writer writes the autofilter when the sheet is committed, so the last row is known
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: Math.max(1, opts.columns.length) } };
    sheet.commit();
    await workbook.commit();
  })();
  writing.catch((err) => stream.destroy(err));
  return reply.send(stream);
}

type Sink = Writable & { _writableState?: { needDrain?: boolean } };

/**
 * Resolves once the rows committed so far have left exceljs' buffer for the zip. exceljs pipes the
 * sheet's buffer (`_stream`, a StreamBuf) into a PassThrough (of the readable-stream package, whose
 * state is `_writableState`) that archiver reads; `needDrain` is set while it holds more than its
 * high-water mark. Internal names of exceljs 4.x / archiver 5: if they are not there, we only yield
 * to the event loop (the export still works, only less evenly).
 */
async function sheetDrained(sheet: object, out: PassThrough): Promise<void> {
  const sink = (sheet as { _stream?: { pipes?: Sink[] } })._stream?.pipes?.[0];
  const needDrain = sink ? (sink.writableNeedDrain ?? sink._writableState?.needDrain) : false;
  if (sink && needDrain && !sink.destroyed && !out.destroyed) {
    // Also stop waiting when the response is gone: the zip then no longer drains.
    const ac = new AbortController();
    const { signal } = ac;
    await Promise.race([
      once(sink, 'drain', { signal }),
      once(sink, 'close', { signal }),
      once(out, 'close', { signal }),
    ]).finally(() => ac.abort());
  } else {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Reads a long list for an export: the matching ids in the list's order in one query (no joins, no
 * columns), then the rows `size` ids at a time, in that order. OFFSET pages made the database join and
 * sort every match again for each page: a mobility export of 147,824 records took 186 s (issue 6).
 * A record removed between the two reads is left out; one added is not in the file.
 */
export async function* pagesById<R extends { id: number }>(
  ids: () => Promise<number[]>,
  rows: (ids: number[]) => Promise<R[]>,
  size = 1000,
): AsyncIterable<R[]> {
  const all = await ids();
  for (let i = 0; i < all.length; i += size) {
    const chunk = all.slice(i, i + size);
    const byId = new Map((await rows(chunk)).map((r) => [r.id, r]));
    const page = chunk.flatMap((id) => byId.get(id) ?? []);
    if (page.length) yield page;
  }
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
