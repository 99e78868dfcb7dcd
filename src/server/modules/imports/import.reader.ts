import ExcelJS from 'exceljs';
import { AppError } from '#server/lib/errors.js';
import type { ImportSheet } from '#shared/schemas/imports.js';
import { COLUMNS, type Column, EXAMPLE_CODE, EXAMPLE_FIELD } from './import.columns.js';
import { columnOf, sheetOf } from './import.labels.js';
import { inflatedWithin, orderedXlsxStream } from './import.zip.js';

/** A cell as read: text, number, boolean, date, or nothing. */
export type Cell = string | number | boolean | Date | null;
export type RawRow = { row: number; cells: Map<string, Cell> };
export type SheetData = {
  sheet: ImportSheet;
  /** The column number (1-based) of each field the header row names. */
  columns: Map<string, number>;
  /** Required columns the header row lacks. */
  missing: Column[];
  rows: RawRow[];
};

/** More rows than this in one file are refused (a 10 MB workbook can unpack to millions of cells). */
export const MAX_ROWS = 50_000;
/**
 * What the workbook may unpack to: 50,000 rows of 30 columns of inline text come to about 100 MB of
 * sheet XML; more is a zip bomb (a few hundred KB inflating to hundreds of MB), refused before parsing.
 */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;
export const MAX_CELLS = 1_500_000;

/** An xlsx is a zip file: anything else (a PDF or CSV renamed .xlsx) is refused before parsing. */
export const looksLikeXlsx = (data: Buffer) =>
  data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

const notXlsx = () => new AppError('UNSUPPORTED_MEDIA_TYPE', { messageKey: 'importNotXlsx' });

/**
 * Reads the data sheets (Partners, Agreements, Mobilities) with exceljs' streaming reader (one pass over the zip, no
 * cell objects kept). Other sheets (instructions, lists) are passed over. The header is the first
 * non-empty row; blank rows and the template's example row are left out.
 */
export async function readWorkbook(data: Buffer): Promise<SheetData[]> {
  if (!looksLikeXlsx(data)) throw notXlsx();
  let read: { name: string; rows: { number: number; values: unknown[] }[] }[];
  try {
    const verdict = await inflatedWithin(data, { maxBytes: MAX_INFLATED_BYTES, maxCells: MAX_CELLS });
    if (verdict === 'tooLarge') throw new AppError('PAYLOAD_TOO_LARGE', { messageKey: 'importInflatedTooLarge' });
    if (verdict === 'tooManyCells') throw new AppError('PAYLOAD_TOO_LARGE', { messageKey: 'importTooManyCells' });
    read = await readRows(data);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notXlsx(); // a zip that is not a workbook, or a damaged one
  }
  const sheets: SheetData[] = [];
  for (const { name, rows } of read) {
    const sheet = sheetOf(name);
    if (!sheet || sheets.some((s) => s.sheet === sheet)) continue;
    const found: SheetData = { sheet, columns: new Map(), missing: [], rows: [] };
    let header = false;
    for (const { number, values } of rows) {
      if (!header) header = readHeader(found, values);
      else {
        const raw = readRow(found, number, values);
        if (raw) found.rows.push(raw);
      }
    }
    sheets.push(found);
  }
  return sheets;
}

type StreamedSheet = { id: string; name: string };
type Reader = {
  sharedStrings?: unknown[];
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
};

/** Every sheet's rows as value arrays, with the sheet's name. */
async function readRows(data: Buffer) {
  const input = orderedXlsxStream(data);
  if (!input) throw notXlsx();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format: the styles tell them apart
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const book = reader as unknown as Reader;
  // A workbook with only inline strings has no shared strings part; without this the reader would park
  // every sheet in a temp file waiting for one.
  book.sharedStrings = [];
  const sheets: { sheet: StreamedSheet; rows: { number: number; values: unknown[] }[] }[] = [];
  let count = 0;
  for await (const worksheet of reader) {
    const rows: { number: number; values: unknown[] }[] = [];
    for await (const row of worksheet) {
      if (++count > MAX_ROWS) throw new AppError('PAYLOAD_TOO_LARGE', { messageKey: 'importTooManyRows' });
      rows.push({ number: row.number, values: row.values as unknown[] });
    }
    sheets.push({ sheet: worksheet as unknown as StreamedSheet, rows });
  }
  return sheets.map(({ sheet, rows }) => ({ name: nameOf(book, sheet), rows }));
}

/** A sheet's name from workbook.xml, through the relationship that points at its part. */
function nameOf(book: Reader, sheet: StreamedSheet): string {
  const byName = book.model?.sheets?.find((s) => s.name === sheet.name);
  if (byName) return byName.name;
  const rel = book.workbookRels?.find((r) => r.Target.replace(/^\/?xl\//, '') === `worksheets/sheet${sheet.id}.xml`);
  return book.model?.sheets?.find((s) => s.rId === rel?.Id)?.name ?? sheet.name;
}

/** Maps header cells to fields; false while the row is empty (the header is the first non-empty row). */
function readHeader(data: SheetData, values: unknown[]): boolean {
  values.forEach((v, col) => {
    const text = textOf(cellValue(v));
    const column = text ? columnOf(data.sheet, text) : undefined;
    if (column && !data.columns.has(column.field)) data.columns.set(column.field, col);
  });
  if (!values.some((v) => textOf(cellValue(v)))) return false;
  data.missing = COLUMNS[data.sheet].filter((c) => c.required && !data.columns.has(c.field));
  return true;
}

function readRow(data: SheetData, row: number, values: unknown[]): RawRow | undefined {
  const cells = new Map<string, Cell>();
  for (const [field, col] of data.columns) {
    const value = cellValue(values[col]);
    if (value !== null) cells.set(field, value);
  }
  if (cells.size === 0) return undefined;
  if (textOf(cells.get(EXAMPLE_FIELD[data.sheet]) ?? null) === EXAMPLE_CODE) return undefined;
  return { row, cells };
}

/**
 * A cell's plain value: rich text joined, blank text as nothing, errors as their text. A formula is read
 * as its text ("=HYPERLINK(…)"), not its cached result: what was imported is what the file said, and
 * an export neutralises it (lib/xlsx.ts safeCell) — issue 16.
 */
export function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as {
      richText?: { text: string }[];
      text?: unknown;
      formula?: string;
      sharedFormula?: string;
      error?: string;
    };
    if (o.richText) return cellValue(o.richText.map((r) => r.text).join(''));
    if (typeof o.formula === 'string') return `=${o.formula}`;
    if (typeof o.sharedFormula === 'string') return `=${o.sharedFormula}`;
    if (o.text !== undefined) return cellValue(o.text);
    if (o.error) return o.error;
  }
  return null;
}

/** A cell as text (numbers as typed, dates as YYYY-MM-DD). */
export function textOf(v: Cell): string | null {
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim() || null;
}
