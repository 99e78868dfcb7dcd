import ExcelJS from 'exceljs';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import type { ImportSheet } from '#shared/schemas/imports.js';
import { COLUMNS, type Column, columnLetter, EXAMPLE_CODE, SHEET_LABELS } from './import.columns.js';
import { bilingual, COUNTRY_CODES, countryName, headerText } from './import.labels.js';

/**
 * An import template: its data sheets with headers in both languages, an example row each (skipped
 * on import), drop-down lists for coded columns, the instructions in both languages and a Lists sheet
 * with the codes. Drop-downs offer labels in the downloader's language; the reader takes codes and
 * labels in either language alike. Each import kind says which sheets and instructions it has.
 */
const LISTS = 'imports.sheets.lists';
/** Rows of each data sheet that get the drop-down lists and formats. */
const TEMPLATE_ROWS = 5000;

type Units = { code: string; name_zh: string; name_en: string }[];
type ListRange = string;
export type TemplateSpec = {
  sheets: readonly ImportSheet[];
  /** Catalog key of the Instructions sheet's title, and of each instruction (in order). */
  title: string;
  instructions: readonly string[];
  /** The unit codes, for sheets with a unit column. */
  units: Units;
};

export async function templateWorkbook(locale: Locale, spec: TemplateSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Meridian';
  const data = spec.sheets.map((s) => [s, wb.addWorksheet(bilingual(SHEET_LABELS[s]))] as const);
  addInstructions(wb.addWorksheet(bilingual('imports.sheets.instructions')), spec);
  const lists = addLists(wb.addWorksheet(bilingual(LISTS)), locale, spec);
  for (const [sheet, ws] of data) fillDataSheet(ws, sheet, locale, lists);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function fillDataSheet(ws: ExcelJS.Worksheet, sheet: ImportSheet, locale: Locale, lists: Map<string, ListRange>) {
  const columns = COLUMNS[sheet];
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns = columns.map((c) => ({ key: c.field, width: c.width }));
  const header = ws.getRow(1);
  header.values = columns.map(headerText);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 32;
  const example = ws.addRow(columns.map((c) => exampleValue(sheet, c, locale)));
  example.font = { italic: true, color: { argb: 'FF666666' } };
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${TEMPLATE_ROWS + 1}`;
    if (c.kind === 'date') ws.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    if (TEXT_FIELDS.has(c.field)) ws.getColumn(i + 1).numFmt = '@'; // keep leading zeros
    const list = lists.get(listName(c));
    // A cell of several values (enumList) cannot be a drop-down; the Lists sheet shows its values.
    if (!list || c.kind === 'enumList') return;
    validations(ws).add(range, {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      // A warning, not a stop: codes and labels in the other language are welcome too.
      errorStyle: 'warning',
      errorTitle: translate(locale, 'imports.template.pickTitle'),
      error: translate(locale, 'imports.template.pickMessage'),
    });
  });
}

/** exceljs keeps a sheet's drop-downs by range here; its type declarations leave it out. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

/** Codes and numbers that are text: a spreadsheet must not drop their leading zeros. */
const TEXT_FIELDS = new Set(['code', 'partnerCode', 'studentNo', 'number']);

const listName = (c: Column) => (c.kind === 'enum' || c.kind === 'enumList' ? `${c.labels}.${c.field}` : c.kind);

function addInstructions(ws: ExcelJS.Worksheet, spec: TemplateSpec) {
  ws.columns = [{ width: 70 }, { width: 70 }];
  const title = ws.addRow([translate('zh-TW', spec.title), translate('en', spec.title)]);
  title.font = { bold: true, size: 14 };
  for (const k of spec.instructions) {
    const row = ws.addRow([translate('zh-TW', k), translate('en', k)]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}

/** Writes each list in its own column of the Lists sheet; returns the range each drop-down refers to. */
function addLists(ws: ExcelJS.Worksheet, locale: Locale, spec: TemplateSpec): Map<string, ListRange> {
  const ranges = new Map<string, ListRange>();
  const sheetRef = `'${ws.name.replace(/'/g, "''")}'`;
  let col = 1;
  const put = (name: string | null, headers: string[], rows: string[][]) => {
    headers.forEach((h, i) => {
      const cell = ws.getCell(1, col + i);
      cell.value = h;
      cell.font = { bold: true };
      ws.getColumn(col + i).width = Math.max(12, Math.min(40, h.length + 4));
    });
    rows.forEach((r, y) => {
      r.forEach((v, i) => {
        ws.getCell(y + 2, col + i).value = v;
      });
    });
    const letter = columnLetter(col);
    if (name) ranges.set(name, `${sheetRef}!$${letter}$2:$${letter}$${rows.length + 1}`);
    col += headers.length + 1;
  };
  put(
    'country',
    ['imports.lists.countryCode', 'imports.lists.nameZh', 'imports.lists.nameEn'].map((k) => bilingual(k)),
    COUNTRY_CODES.map((c) => [c, countryName('zh-TW', c), countryName('en', c)]),
  );
  const columns = spec.sheets.flatMap((s) => COLUMNS[s]);
  if (columns.some((c) => c.kind === 'unit'))
    put(
      'unit',
      ['imports.lists.unitCode', 'imports.lists.nameZh', 'imports.lists.nameEn'].map((k) => bilingual(k)),
      spec.units.map((u) => [u.code, u.name_zh, u.name_en]),
    );
  for (const sheet of spec.sheets) {
    for (const c of COLUMNS[sheet].filter((x) => x.kind === 'enum' || x.kind === 'enumList')) {
      put(
        listName(c),
        [bilingual(c.label, ' ')],
        (c.values ?? []).map((v) => [translate(locale, `${c.labels}.${v}`)]),
      );
    }
  }
  put(
    'bool',
    [bilingual('imports.lists.yesNo')],
    ['imports.yes', 'imports.no'].map((k) => [translate(locale, k)]),
  );
  return ranges;
}

/** The example row: a real-looking record, code (or student number) EXAMPLE so import skips it. */
function exampleValue(sheet: ImportSheet, c: Column, locale: Locale): string | number | Date | null {
  const label = (v: string) => translate(locale, `${c.labels}.${v}`);
  const yesNo = (v: boolean) => translate(locale, v ? 'imports.yes' : 'imports.no');
  const examples: Record<ImportSheet, Record<string, string | number | Date | null>> = {
    partners: {
      code: EXAMPLE_CODE,
      nameEn: 'Kyoto University',
      nameZh: '京都大學',
      country: 'JP',
      city: 'Kyoto',
      cityZh: '京都',
      website: 'https://www.kyoto-u.ac.jp',
      type: label('university'),
      status: label('active'),
      owningUnitId: 'OIA-IC',
      notes: null,
    },
    agreements: {
      code: EXAMPLE_CODE,
      partnerCode: 'KU-2026-001',
      kind: label('student_exchange'),
      titleZh: '京都大學學生交換協議',
      titleEn: 'Student Exchange Agreement with Kyoto University',
      partners: 'Kyoto University (JP)',
      owningUnitId: 'OIA-IC',
      startDate: new Date(Date.UTC(2026, 7, 1)),
      endDate: new Date(Date.UTC(2031, 6, 31)),
      openEnded: yesNo(false),
      autoRenew: yesNo(true),
      noticeMonths: 6,
      status: label('active'),
      notes: null,
    },
    mobilities: {
      studentNo: EXAMPLE_CODE,
      kind: label('short_term'),
      partner: 'Kyoto University (JP)',
      hostNameZh: null,
      hostNameEn: null,
      country: 'JP',
      city: 'Kyoto',
      startDate: new Date(Date.UTC(2026, 6, 1)),
      endDate: new Date(Date.UTC(2026, 6, 28)),
      creditBearing: yesNo(true),
      credits: 2,
      status: null,
      purpose: translate(locale, 'imports.template.examplePurpose'),
      notes: null,
    },
    units: {
      code: EXAMPLE_CODE,
      nameZh: '資訊工程學系',
      nameEn: 'Department of Computer Science and Information Engineering',
      kind: label('department'),
      parentCode: 'ENG',
      moeCode: '520101',
      programTypes: ['bachelor', 'master', 'doctoral'].map(label).join(locale === 'en' ? ', ' : '、'),
    },
    accounts: {
      kind: label('student'),
      number: EXAMPLE_CODE,
      nameZh: '劉凱文',
      nameEn: 'Kevin Liu',
      email: 'kevin.liu@example.edu',
      unitId: 'CSIE',
      degreeLevel: label('bachelor'),
      programType: null,
      role: label('student'),
    },
  };
  return examples[sheet][c.field] ?? null;
}
