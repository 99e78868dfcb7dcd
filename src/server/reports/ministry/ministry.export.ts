import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Db } from '#server/db/client.js';
import { AppError } from '#server/lib/errors.js';
import { sendDownload } from '#server/lib/http-files.js';
import { finishList, listRow } from '#server/lib/xlsx.js';
import { loadCountingSettings } from '#server/modules/counting/settings.js';
import { translate } from '#shared/i18n/index.js';
import { describeSetting, dimensionText, GROUPINGS } from '#shared/ministry.js';
import type { MinistryQuery, MinistryRow, MinistryTableResult } from '#shared/schemas/ministry.js';
import type { FilingProblem } from '#shared/schemas/ministry-filing.js';
import { currentFiling, filingProblems } from './filing.service.js';
import { ministryTable } from './ministry-tables.js';

/**
 * The Ministry's tables as one workbook laid out like the templates, in Chinese whatever the user's
 * language (the Ministry's forms are Chinese): a title, the period, a row of column groups, a row of
 * headers, then the figures; one sheet per table (table 1 in each grouping: 4-2-3, the statistics table
 * and the udb layouts by country and by region) and one of the settings used with their sources. Each
 * sheet's header rows are frozen with an autofilter; dates are real dates (lib/xlsx listRow).
 */
const t = (key: string, params?: Record<string, unknown>) => translate('zh-TW', key, params);

function dimensionValue(r: MinistryTableResult, row: MinistryRow, dim: string): string | number | null {
  const i = r.dimensions.indexOf(dim);
  return dimensionText(row, dim, { first: i === 0, afterCollege: r.dimensions[i - 1] === 'college' }, t, {
    unit: (id) => (id === null ? t('ministry.noUnit') : (r.units.find((u) => u.id === id)?.nameZh ?? String(id))),
    country: (code) => r.countries.find((c) => c.code === code)?.nameZh ?? code,
  });
}

function addTableSheet(wb: ExcelJS.Workbook, sheetKey: string, r: MinistryTableResult) {
  const ws = wb.addWorksheet(t(`ministry.sheets.${sheetKey}`));
  const dims = r.dimensions;
  const width = dims.length + r.columns.length;
  ws.addRow([t(`ministry.sheetTitles.${sheetKey}`)]).font = { bold: true, size: 13 };
  ws.addRow([t('ministry.period', { from: r.from, to: r.to, reference: r.referenceDate })]);
  ws.mergeCells(1, 1, 1, width);
  ws.mergeCells(2, 1, 2, width);
  // column groups over their columns (merged), then the headers
  const groups = ws.addRow([
    ...dims.map(() => null),
    ...r.columns.map((c) => (c.group ? t(`ministry.groups.${c.group}`) : null)),
  ]);
  let start = 0;
  r.columns.forEach((c, i) => {
    const next = r.columns[i + 1];
    if (next && next.group === c.group) return;
    if (c.group && i > start) ws.mergeCells(3, dims.length + start + 1, 3, dims.length + i + 1);
    start = i + 1;
  });
  const header = ws.addRow([
    ...dims.map((d) => t(`ministry.dimensions.${d}`)),
    ...r.columns.map((c) => t(`ministry.columns.${c.key}`)),
  ]);
  for (const row of [groups, header]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  for (const row of r.rows) {
    const line = listRow(ws, [...dims.map((d) => dimensionValue(r, row, d)), ...row.cells.map((c) => c.value)]);
    if (row.kind !== 'row') line.font = { bold: true };
  }
  const lastRow = ws.rowCount;
  ws.columns.forEach((col, i) => {
    col.width = i < dims.length ? 16 : 12;
  });
  finishList(ws, { headerRow: 4, columns: width, lastRow });
  // printed as the Ministry's sheets: landscape, one page wide, the header rows on every page
  ws.pageSetup = {
    orientation: 'landscape',
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:4',
  };
}

function addSettingsSheet(wb: ExcelJS.Workbook, r: MinistryTableResult) {
  const ws = wb.addWorksheet(t('ministry.sheets.settings'));
  ws.addRow([t('ministry.settings.key'), t('ministry.settings.value'), t('ministry.settings.source'), 'Source']).font =
    {
      bold: true,
    };
  for (const s of r.settings)
    listRow(ws, [t(`ministry.settings.labels.${s.key}`), describeSetting(s.key, s.value, t), s.sourceZh, s.sourceEn]);
  finishList(ws, { headerRow: 1, columns: 4 });
  ws.columns.forEach((col, i) => {
    col.width = [30, 36, 60, 60][i] ?? 20;
  });
}

/**
 * The pre-filing check's list on its own sheet: for filing, the acknowledged filing (who, when); otherwise
 * marked as a draft not yet acknowledged. Each line names the record (its id, the person) and the field.
 */
function addCheckSheet(
  wb: ExcelJS.Workbook,
  problems: FilingProblem[],
  filing: { filed_at: string; filed_by_zh: string | null; note: string | null } | null,
) {
  const ws = wb.addWorksheet(t('ministry.sheets.filing_check'));
  ws.addRow([
    filing
      ? t('ministry.filing.filedBy', { at: filing.filed_at.slice(0, 10), name: filing.filed_by_zh ?? '' })
      : t('ministry.filing.draft'),
  ]).font = { bold: true };
  if (filing?.note) ws.addRow([filing.note]);
  const header = ws.addRow(
    ['record', 'person', 'table', 'field', 'problem'].map((k) => t(`ministry.filing.columns.${k}`)),
  );
  header.font = { bold: true };
  for (const p of problems)
    listRow(ws, [p.recordId, p.personNameZh ?? p.personNameEn, t(`ministry.tables.${p.table}`), p.field, p.messageZh]);
  finishList(ws, { headerRow: header.number, columns: 5 });
  if (!problems.length) ws.addRow([t('ministry.filing.none')]);
  ws.columns.forEach((col, i) => {
    col.width = [10, 20, 24, 16, 70][i] ?? 16;
  });
}

export async function exportMinistryTables(db: Db, reply: FastifyReply, query: MinistryQuery) {
  if (query.filingId && !query.periodId) throw AppError.field('filingId', 'ministry_filing_unknown');
  const check = query.periodId
    ? query.filingId
      ? await currentFiling(db, query.periodId, query.filingId)
      : { filing: null, problems: (await filingProblems(db, query.periodId)).problems }
    : null;
  const settings = await loadCountingSettings(db);
  const opts = { settings };
  const groupings: MinistryTableResult[] = [];
  for (const grouping of GROUPINGS)
    groupings.push(await ministryTable(db, 'international_students', { ...query, grouping }, opts));
  const tvc = groupings[0] as MinistryTableResult;
  const outbound = await ministryTable(db, 'outbound_students', query, opts);
  const exchange = await ministryTable(db, 'college_exchange', query, opts);
  const wb = new ExcelJS.Workbook();
  for (const [i, g] of GROUPINGS.entries()) addTableSheet(wb, g, groupings[i] as MinistryTableResult);
  addTableSheet(wb, 'outbound_students', outbound);
  addTableSheet(wb, 'college_exchange', exchange);
  addSettingsSheet(wb, tvc);
  if (check) addCheckSheet(wb, check.problems, check.filing);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  return sendDownload(reply, {
    fileName: `${t('ministry.file')}-${tvc.from}-${tvc.to}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data,
  });
}
