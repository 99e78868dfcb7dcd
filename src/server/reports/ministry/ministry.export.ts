import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Db } from '#server/db/client.js';
import { AppError } from '#server/lib/errors.js';
import { sendDownload } from '#server/lib/http-files.js';
import { safeRow } from '#server/lib/xlsx.js';
import { loadAcademicTerms } from '#server/modules/academic-calendar/academic-terms.loader.js';
import { loadCountingSettings } from '#server/modules/counting/settings.js';
import { type AcademicTerms, rocSemesterOf } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import { describeSetting } from '#shared/ministry.js';
import type { MinistryQuery, MinistryRow, MinistryTableResult } from '#shared/schemas/ministry.js';
import type { FilingProblem } from '#shared/schemas/ministry-filing.js';
import { currentFiling, filingProblems } from './filing.service.js';
import { ministryTable } from './ministry-tables.js';

/**
 * The Ministry's tables as one workbook laid out like the templates, in Chinese whatever the user's
 * language (the Ministry's forms are Chinese): a title, the period, a row of column groups, a row of
 * headers, then the figures; one sheet per table (table 1 in both groupings) and one of the settings
 * used with their sources.
 */
const t = (key: string, params?: Record<string, unknown>) => translate('zh-TW', key, params);

function dimensionValue(r: MinistryTableResult, row: MinistryRow, dim: string): string | number | null {
  const unit = (id: number | null) =>
    id === null ? t('ministry.noUnit') : (r.units.find((u) => u.id === id)?.nameZh ?? String(id));
  if (row.kind === 'total') return dim === 'college' ? t('ministry.rowKinds.total') : null;
  if (row.kind === 'subtotal')
    return dim === 'college' ? unit(row.collegeId) : dim === 'unit' ? t('ministry.rowKinds.subtotal') : null;
  switch (dim) {
    case 'college':
      return unit(row.collegeId);
    case 'unit':
      return unit(row.unitId);
    case 'level':
      return row.level ? t(`degreeLevels.${row.level}`) : t('ministry.programGroups.unknown');
    case 'sex':
      return row.sex ? t(`ministry.sexes.${row.sex}`) : null;
    case 'program':
      return row.program ? t(`ministry.programGroups.${row.program}`) : null;
    case 'country':
      return row.country
        ? (r.countries.find((c) => c.code === row.country)?.nameZh ?? row.country)
        : t('ministry.programGroups.unknown');
    case 'region':
      return row.region ? t(`regions.${row.region}`) : null;
    default:
      return null;
  }
}

function addTableSheet(wb: ExcelJS.Workbook, sheetKey: string, r: MinistryTableResult, terms: AcademicTerms) {
  const ws = wb.addWorksheet(t(`ministry.sheets.${sheetKey}`));
  const term = rocSemesterOf(r.from, terms);
  const lead = r.table === 'outbound_students' ? ['academicYear', 'semester'] : [];
  const dims = [...lead, ...r.dimensions];
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
    const lead = r.table === 'outbound_students' ? [term.year, term.semester] : [];
    const line = ws.addRow(
      safeRow([...lead, ...r.dimensions.map((d) => dimensionValue(r, row, d)), ...row.cells.map((c) => c.value)]),
    );
    if (row.kind !== 'row') line.font = { bold: true };
  }
  for (const note of r.notes) ws.addRow(safeRow([t(`ministry.notes.${note.column}`), note.value]));
  ws.columns.forEach((col, i) => {
    col.width = i < dims.length ? 16 : 12;
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
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
    ws.addRow(
      safeRow([t(`ministry.settings.labels.${s.key}`), describeSetting(s.key, s.value, t), s.sourceZh, s.sourceEn]),
    );
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
  ws.addRow(['record', 'person', 'table', 'field', 'problem'].map((k) => t(`ministry.filing.columns.${k}`))).font = {
    bold: true,
  };
  for (const p of problems)
    ws.addRow([p.recordId, p.personNameZh ?? p.personNameEn, t(`ministry.tables.${p.table}`), p.field, p.messageZh]);
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
  const terms = await loadAcademicTerms(db);
  const tvc = await ministryTable(db, 'international_students', { ...query, grouping: 'tvc_4_2_3' }, opts);
  const moe = await ministryTable(db, 'international_students', { ...query, grouping: 'moe_stats' }, opts);
  const outbound = await ministryTable(db, 'outbound_students', query, opts);
  const exchange = await ministryTable(db, 'college_exchange', query, opts);
  const wb = new ExcelJS.Workbook();
  addTableSheet(wb, 'tvc_4_2_3', tvc, terms);
  addTableSheet(wb, 'moe_stats', moe, terms);
  addTableSheet(wb, 'outbound_students', outbound, terms);
  addTableSheet(wb, 'college_exchange', exchange, terms);
  addSettingsSheet(wb, tvc);
  if (check) addCheckSheet(wb, check.problems, check.filing);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  return sendDownload(reply, {
    fileName: `${t('ministry.file')}-${tvc.from}-${tvc.to}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data,
  });
}
