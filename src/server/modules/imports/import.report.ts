import { IMPORT_MAX_ISSUES } from '#shared/enums.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import {
  IMPORT_ACTIONS,
  IMPORT_SHEETS,
  type ImportAction,
  type ImportBatch,
  type ImportCounts,
  type ImportIssue,
  type ImportIssueQuery,
  type ImportRow,
  type ImportRowQuery,
} from '#shared/schemas/imports.js';
import { COLUMNS } from './import.columns.js';
import type { KindPlan } from './import.kinds.js';
import type { BatchRow } from './import.repository.js';

/**
 * The report kept in import_batches.report_json: every row with its action and every problem in both
 * languages, as compact tuples (10,000 rows stay well under a megabyte). Nothing else of the file is
 * kept in the batch.
 */
type StoredRow = [sheet: number, row: number, action: number, label: string, recordId: number | null];
type StoredIssue = [sheet: number, row: number, field: string | null, cell: string | null, zh: string, en: string];
export type Report = { rows: StoredRow[]; issues: StoredIssue[]; issueTotal: number };

export function reportOf(plan: Pick<KindPlan, 'rows' | 'issues'>): Report {
  return {
    rows: plan.rows.map((r) => [
      IMPORT_SHEETS.indexOf(r.sheet),
      r.row,
      IMPORT_ACTIONS.indexOf(r.action),
      r.label.slice(0, 200),
      r.op?.id ?? null,
    ]),
    issues: plan.issues
      .slice(0, IMPORT_MAX_ISSUES)
      .map((i) => [IMPORT_SHEETS.indexOf(i.sheet), i.row, i.field, i.cell, i.messages['zh-TW'], i.messages.en]),
    issueTotal: plan.issues.length,
  };
}

export const parseReport = (json: string | null): Report =>
  json ? (JSON.parse(json) as Report) : { rows: [], issues: [], issueTotal: 0 };

const zero = (): ImportCounts => ({ create: 0, update: 0, unchanged: 0, error: 0 });

export function countsOf(report: Report) {
  const counts = zero();
  const bySheet = IMPORT_SHEETS.map((sheet) => ({ sheet, ...zero() }));
  for (const [sheet, , action] of report.rows) {
    const a = IMPORT_ACTIONS[action] as ImportAction;
    counts[a]++;
    const s = bySheet[sheet];
    if (s) s[a]++;
  }
  return { counts, bySheet: bySheet.filter((s) => s.create + s.update + s.unchanged + s.error > 0) };
}

export function presentBatch(row: BatchRow, report: Report, running?: number): ImportBatch {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    status: row.status,
    totalRows: row.total_rows,
    processedRows: Math.max(row.processed_rows, running ?? 0),
    ...countsOf(report),
    issueTotal: report.issueTotal,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

function page<T>(items: T[], q: { page: number; pageSize: number }) {
  return { items: items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: items.length, ...q };
}

export function issuePage(report: Report, q: ImportIssueQuery, locale: Locale) {
  const sheet = q.sheet ? IMPORT_SHEETS.indexOf(q.sheet) : undefined;
  const picked = sheet === undefined ? report.issues : report.issues.filter((i) => i[0] === sheet);
  const { items, ...rest } = page(picked, { page: q.page, pageSize: q.pageSize });
  return { ...rest, items: items.map((i) => presentIssue(i, locale)) };
}

function presentIssue([sheet, row, field, cell, zh, en]: StoredIssue, locale: Locale): ImportIssue {
  const name = IMPORT_SHEETS[sheet] ?? 'partners';
  const column = field ? COLUMNS[name].find((c) => c.field === field) : undefined;
  return {
    sheet: name,
    row,
    column: column ? translate(locale, column.label) : field,
    cell,
    message: locale === 'en' ? en : zh,
  };
}

export function rowPage(report: Report, q: ImportRowQuery) {
  const sheet = q.sheet ? IMPORT_SHEETS.indexOf(q.sheet) : undefined;
  const action = q.action ? IMPORT_ACTIONS.indexOf(q.action) : undefined;
  const picked = report.rows.filter(
    (r) => (sheet === undefined || r[0] === sheet) && (action === undefined || r[2] === action),
  );
  const { items, ...rest } = page(picked, { page: q.page, pageSize: q.pageSize });
  return {
    ...rest,
    items: items.map(
      ([s, row, a, label, recordId]): ImportRow => ({
        sheet: IMPORT_SHEETS[s] ?? 'partners',
        row,
        action: IMPORT_ACTIONS[a] ?? 'error',
        label,
        recordId,
      }),
    ),
  };
}
