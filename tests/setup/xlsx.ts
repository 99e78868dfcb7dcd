import ExcelJS from 'exceljs';
import type { Client, TestApp } from './app.js';

/** Workbooks for import tests, built with exceljs like a spreadsheet program would save them. */
export type SheetSpec = { name: string; rows: unknown[][] };

export async function workbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readWorkbook(data: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** The first column of an export's first sheet below its header: the records' ids, in the file's order. */
export async function exportedIds(data: Buffer | Uint8Array): Promise<number[]> {
  const ids: number[] = [];
  (await readWorkbook(data)).worksheets[0]?.eachRow((row, n) => {
    if (n > 1) ids.push(Number(row.getCell(1).value));
  });
  return ids;
}

/** A multipart/form-data body with one file part, as a browser's FormData would send it. */
export function multipartBody(fileName: string, data: Buffer, contentType: string) {
  const boundary = `----meridian${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, data, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** POSTs a file to a multipart endpoint as the signed-in client (session cookie and CSRF header). */
export function uploadFile(
  t: TestApp,
  client: Client,
  url: string,
  data: Buffer,
  opts: { fileName?: string; contentType?: string; locale?: string } = {},
) {
  const body = multipartBody(opts.fileName ?? 'import.xlsx', data, opts.contentType ?? XLSX);
  const headers: Record<string, string> = { 'content-type': body.contentType };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  if (opts.locale) headers['x-locale'] = opts.locale;
  return t.app.inject({ method: 'POST', url, headers, payload: body.payload });
}
