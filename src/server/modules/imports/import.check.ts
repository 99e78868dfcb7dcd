import { z } from 'zod';
import { fieldErrorsFromIssues, type IssueLike } from '#server/http/validation-messages.js';
import { translate } from '#shared/i18n/index.js';
import { LOCALES, type Locale } from '#shared/roles.js';
import { AgreementCreate } from '#shared/schemas/agreements.js';
import type { ImportSheet } from '#shared/schemas/imports.js';
import { PartnerCreate } from '#shared/schemas/partners.js';
import { COLUMNS, type Column, columnLetter, IMPORT_AGREEMENT_STATUSES } from './import.columns.js';
import { booleanOf, countryCode, enumCode } from './import.labels.js';
import { type Cell, type RawRow, type SheetData, textOf } from './import.reader.js';

/**
 * Row by row, without the database: cells → the API's input shape → the API's own zod schema, so a
 * row's problems read exactly like the form's. Problems are kept in both languages: the report is
 * shown in whichever language its reader uses.
 */
export type Messages = Record<Locale, string>;
export type Issue = { sheet: ImportSheet; row: number; field: string | null; cell: string | null; messages: Messages };

export type CheckedRow<T> = {
  sheet: ImportSheet;
  row: number;
  label: string;
  /** The validated input, or null when the row has problems. */
  input: T | null;
  /** Fields the row gives a value for: an update keeps the record's value for the others. */
  given: Set<string>;
  issues: Issue[];
};
export type PartnerRow = CheckedRow<PartnerCreate> & {
  /** How agreements may name this row, read from its cells even when the row has problems. */
  ref: { code: string | null; name: string | null; country: string | null };
};
export type AgreementFields = Omit<AgreementCreate, 'partners' | 'people'>;
export type AgreementRow = CheckedRow<AgreementFields> & {
  /** The partner references as written (codes or names), in order. */
  refs: string[];
  status: (typeof IMPORT_AGREEMENT_STATUSES)[number];
};

const ImportAgreementStatus = z.enum(IMPORT_AGREEMENT_STATUSES).default('active');

export const messagesOf = (key: string, params?: (locale: Locale) => Record<string, unknown>): Messages =>
  Object.fromEntries(LOCALES.map((l) => [l, translate(l, key, params?.(l))])) as Messages;

/** Checks every row of both sheets; `units` maps unit codes (upper-case) to ids. */
export function checkRows(sheets: SheetData[], units: Map<string, number>) {
  const of = (s: ImportSheet) => sheets.find((d) => d.sheet === s);
  const partners = of('partners');
  const agreements = of('agreements');
  return {
    partners: partners?.rows.map((r) => checkPartner(partners, r, units)) ?? [],
    agreements: agreements?.rows.map((r) => checkAgreement(agreements, r, units)) ?? [],
  };
}

function checkPartner(data: SheetData, raw: RawRow, units: Map<string, number>): PartnerRow {
  const row = convertRow(data, raw, units);
  const result = PartnerCreate.safeParse({ ...row.values, status: row.values.status ?? undefined }, REPORT);
  const issues = [...row.issues, ...zodIssues(data, raw.row, result)];
  const text = (f: string) => textOf(raw.cells.get(f) ?? null);
  const country = text('country');
  return {
    sheet: 'partners',
    row: raw.row,
    label: text('nameEn') ?? text('code') ?? '',
    input: result.success && issues.length === 0 ? result.data : null,
    given: row.given,
    issues,
    ref: {
      code: text('code'),
      name: text('nameEn')?.toLowerCase() ?? null,
      country: country ? (countryCode(country) ?? country.toUpperCase()) : null,
    },
  };
}

function checkAgreement(data: SheetData, raw: RawRow, units: Map<string, number>): AgreementRow {
  const row = convertRow(data, raw, units);
  const { status, partners, ...fields } = row.values;
  const refs = (partners as string[] | undefined) ?? [];
  // Partners are resolved against the registry later; here only their number is checked.
  const result = AgreementCreate.safeParse(
    { ...fields, partners: refs.length ? refs.map((_, i) => ({ partnerId: i + 1 })) : undefined },
    REPORT,
  );
  const statusResult = ImportAgreementStatus.safeParse(status ?? undefined, REPORT);
  const issues = [
    ...row.issues,
    ...zodIssues(data, raw.row, result),
    ...zodIssues(data, raw.row, statusResult, 'status'),
  ];
  const text = (f: string) => textOf(raw.cells.get(f) ?? null);
  const valid = result.success && statusResult.success && issues.length === 0;
  let input: AgreementFields | null = null;
  if (valid) {
    const { partners: _placeholders, people: _people, ...rest } = result.data;
    input = rest;
  }
  return {
    sheet: 'agreements',
    row: raw.row,
    label: text('titleEn') ?? text('code') ?? '',
    input,
    given: row.given,
    issues,
    refs,
    status: statusResult.data ?? 'active',
  };
}

/** zod keeps each issue's input, so a blank cell reads "required" rather than "wrong type". */
export const REPORT = { reportInput: true } as const;

/** An issue on one cell (or the whole row when field is null). */
export function issueAt(
  data: Pick<SheetData, 'sheet' | 'columns'>,
  row: number,
  field: string | null,
  messages: Messages,
): Issue {
  const col = field ? data.columns.get(field) : undefined;
  return { sheet: data.sheet, row, field, cell: col ? `${columnLetter(col)}${row}` : null, messages };
}

export function zodIssues(
  data: Pick<SheetData, 'sheet' | 'columns'>,
  row: number,
  result: { success: boolean; error?: { issues: unknown[] } },
  field?: string,
): Issue[] {
  if (result.success || !result.error) return [];
  const issues = result.error.issues as IssueLike[];
  const [zh, en] = LOCALES.map((l) => fieldErrorsFromIssues(l, issues)) as [
    ReturnType<typeof fieldErrorsFromIssues>,
    ReturnType<typeof fieldErrorsFromIssues>,
  ];
  return zh.map((e, i) =>
    issueAt(data, row, field ?? e.path.split('.')[0] ?? null, { 'zh-TW': e.message, en: en[i]?.message ?? e.message }),
  );
}

/** Cells → input values by column kind; a unit code that names no unit is a problem of its own. */
export function convertRow(data: SheetData, raw: RawRow, units: Map<string, number> = new Map()) {
  const values: Record<string, unknown> = {};
  const given = new Set<string>();
  const issues: Issue[] = [];
  for (const c of COLUMNS[data.sheet]) {
    if (!data.columns.has(c.field)) continue;
    const cell = raw.cells.get(c.field) ?? null;
    // A yes/no column that is there but blank says "no"; other blank cells say nothing.
    if (cell !== null || c.kind === 'bool') given.add(c.field);
    if (c.kind === 'unit' && cell !== null) {
      const code = textOf(cell) ?? '';
      const id = units.get(code.toUpperCase());
      if (id === undefined) {
        issues.push(
          issueAt(
            data,
            raw.row,
            c.field,
            messagesOf('imports.rowErrors.unknownUnit', () => ({ value: code })),
          ),
        );
      }
      values[c.field] = id ?? null;
      continue;
    }
    values[c.field] = convert(c, cell);
  }
  return { values, given, issues };
}

/** One cell as the API would receive it; what cannot be converted is passed on for zod to name. */
export function convert(c: Column, cell: Cell): unknown {
  const text = textOf(cell);
  switch (c.kind) {
    case 'text':
      return text;
    case 'int':
      if (typeof cell === 'number' || text === null) return cell;
      return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    case 'date':
      return dateOf(cell);
    case 'bool':
      if (cell === null) return false;
      if (typeof cell === 'boolean') return cell;
      return booleanOf(text ?? '') ?? text;
    case 'enum':
      return text === null ? null : (enumCode(c, text) ?? text);
    case 'enumList':
      // Several values in one cell, separated by commas, 、 or semicolons; zod names what is not a value.
      return (text ?? '')
        .split(/[,，、;；\n]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => enumCode(c, s) ?? s);
    case 'country':
      return text === null ? null : (countryCode(text) ?? text);
    case 'partnerRefs':
      return (text ?? '')
        .split(/[;；\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    case 'unit':
      return text;
  }
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A real Excel date, a date serial number, or text as YYYY-MM-DD (also YYYY/M/D) → 'YYYY-MM-DD'. */
function dateOf(cell: Cell): unknown {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2958466) {
    return new Date(EXCEL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = textOf(cell);
  const m = text?.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  return m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : text;
}
