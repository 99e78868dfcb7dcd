import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '#tests/setup/app.js';

/** A valid new international student (the factories' person body); numbers vary per call. */
export { personBody as newStudent } from '#tests/factories.js';

/** The rows of pii_access_log for one person (or all), oldest first. */
export function accessRows(t: TestApp, personId?: number) {
  let q = t.db.db.selectFrom('pii_access_log').selectAll().orderBy('id');
  if (personId !== undefined) q = q.where('person_id', '=', personId);
  return q.execute();
}

export async function countAccessRows(t: TestApp) {
  const row = await t.db.db
    .selectFrom('pii_access_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The first sheet of an xlsx response as header → value records. */
export async function readSheet(res: LightMyRequestResponse) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    headers[col] = String(cell.value);
  });
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const rec: Record<string, unknown> = {};
    row.eachCell((cell, col) => {
      rec[headers[col] as string] = cell.value;
    });
    rows.push(rec);
  });
  return { name: sheet.name, headers: headers.filter(Boolean), rows };
}

/** The unit ids by code, from the API. */
export async function unitIdsOf(t: TestApp, client: { get: (url: string) => Promise<LightMyRequestResponse> }) {
  const units = (await client.get('/api/v1/units')).json().items as { id: number; code: string }[];
  void t;
  return Object.fromEntries(units.map((u) => [u.code, u.id])) as Record<string, number>;
}
