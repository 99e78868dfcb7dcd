import ExcelJS from 'exceljs';
import { finishList, listRow } from '#server/lib/xlsx.js';
import { translate } from '#shared/i18n/index.js';
import type { StatusReportData } from './status-report.data.js';
import { reportTables } from './status-report.tables.js';

/**
 * The xlsx: the PDF's tables, one sheet each (named in Chinese, then English), with
 * a Chinese header row and an English one below it. Small (a few hundred rows), so built in memory.
 */
export async function statusReportXlsx(d: StatusReportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0);
  const { nameZh, nameEn } = d.letterhead;
  workbook.company = nameEn || nameZh;
  // The university's names print at the top of every page; the sheets' rows stay as the tables are.
  const printHeader = `&C&"-,Bold"${`${nameZh} ${nameEn}`.trim().replaceAll('&', '&&')}`;
  for (const t of reportTables(d)) {
    const name = (['zh-TW', 'en'] as const).map((l) => translate(l, `executive.report.sheets.${t.key}`)).join(' ');
    const sheet = workbook.addWorksheet(name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 2 }],
    });
    sheet.headerFooter.oddHeader = printHeader;
    sheet.addRow(t.columns.map((key) => translate('zh-TW', key))).font = { bold: true };
    sheet.addRow(t.columns.map((key) => translate('en', key))).font = { italic: true };
    for (const row of t.rows) listRow(sheet, row);
    finishList(sheet, { headerRow: 2, columns: t.columns.length });
    sheet.columns.forEach((col, i) => {
      const longest = Math.max(0, ...t.rows.map((r) => String(r[i] ?? '').length + 2));
      col.width = Math.min(40, Math.max(12, longest));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
