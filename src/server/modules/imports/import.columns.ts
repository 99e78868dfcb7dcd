import { AGREEMENT_KINDS, PARTNER_STATUSES, PARTNER_TYPES } from '#shared/enums.js';
import type { ImportSheet } from '#shared/schemas/imports.js';
import { ACCOUNT_COLUMNS } from './accounts-import.columns.js';
import { MOBILITY_COLUMNS } from './mobility-import.columns.js';
import { UNIT_COLUMNS } from './unit-import.columns.js';

/**
 * The columns of the two data sheets: what each holds, how a cell is read, and its label in the
 * catalogs. Headers are written in both languages and recognised in either (see headerAliases).
 */
export type CellKind = 'text' | 'int' | 'date' | 'bool' | 'enum' | 'enumList' | 'country' | 'unit' | 'partnerRefs';
export type Column = {
  field: string;
  /** Catalog key of the column's name. */
  label: string;
  kind: CellKind;
  required?: boolean;
  width: number;
  /** enum and enumList columns: the catalog prefix of the labels (e.g. 'partnerTypes') and the accepted codes. */
  labels?: string;
  values?: readonly string[];
};

/** An imported agreement is a draft or, once signed, active; the lifecycle takes it from there. */
export const IMPORT_AGREEMENT_STATUSES = ['draft', 'active'] as const;

export const PARTNER_COLUMNS: Column[] = [
  { field: 'code', label: 'partnerFields.code', kind: 'text', width: 14 },
  { field: 'nameEn', label: 'partnerFields.nameEn', kind: 'text', required: true, width: 40 },
  { field: 'nameZh', label: 'partnerFields.nameZh', kind: 'text', width: 28 },
  { field: 'country', label: 'partnerFields.country', kind: 'country', required: true, width: 14 },
  { field: 'city', label: 'partnerFields.city', kind: 'text', width: 16 },
  { field: 'cityZh', label: 'partnerFields.cityZh', kind: 'text', width: 16 },
  { field: 'website', label: 'partnerFields.website', kind: 'text', width: 30 },
  {
    field: 'type',
    label: 'partnerFields.type',
    kind: 'enum',
    required: true,
    width: 22,
    labels: 'partnerTypes',
    values: PARTNER_TYPES,
  },
  {
    field: 'status',
    label: 'partnerFields.status',
    kind: 'enum',
    width: 14,
    labels: 'partnerStatuses',
    values: PARTNER_STATUSES,
  },
  { field: 'owningUnitId', label: 'imports.columns.owningUnitCode', kind: 'unit', width: 16 },
  { field: 'notes', label: 'partnerFields.notes', kind: 'text', width: 30 },
];

export const AGREEMENT_COLUMNS: Column[] = [
  { field: 'code', label: 'agreementFields.code', kind: 'text', width: 16 },
  { field: 'partnerCode', label: 'agreementFields.partnerCode', kind: 'text', width: 16 },
  {
    field: 'kind',
    label: 'agreementFields.kind',
    kind: 'enum',
    required: true,
    width: 20,
    labels: 'agreementKinds',
    values: AGREEMENT_KINDS,
  },
  { field: 'titleZh', label: 'agreementFields.titleZh', kind: 'text', width: 30 },
  { field: 'titleEn', label: 'agreementFields.titleEn', kind: 'text', required: true, width: 40 },
  { field: 'partners', label: 'imports.columns.partnerRefs', kind: 'partnerRefs', required: true, width: 36 },
  { field: 'owningUnitId', label: 'imports.columns.owningUnitCode', kind: 'unit', width: 16 },
  { field: 'startDate', label: 'agreementFields.startDate', kind: 'date', width: 13 },
  { field: 'endDate', label: 'agreementFields.endDate', kind: 'date', width: 13 },
  { field: 'openEnded', label: 'agreementFields.openEnded', kind: 'bool', width: 10 },
  { field: 'autoRenew', label: 'agreementFields.autoRenew', kind: 'bool', width: 10 },
  { field: 'noticeMonths', label: 'agreementFields.noticeMonths', kind: 'int', width: 12 },
  {
    field: 'status',
    label: 'agreementFields.status',
    kind: 'enum',
    width: 12,
    labels: 'agreementStatuses',
    values: IMPORT_AGREEMENT_STATUSES,
  },
  { field: 'notes', label: 'imports.columns.notes', kind: 'text', width: 30 },
];

export const COLUMNS: Record<ImportSheet, Column[]> = {
  partners: PARTNER_COLUMNS,
  agreements: AGREEMENT_COLUMNS,
  mobilities: MOBILITY_COLUMNS,
  units: UNIT_COLUMNS,
  accounts: ACCOUNT_COLUMNS,
};

/** Catalog keys of the sheet names (the template writes "zh en", the reader accepts either). */
export const SHEET_LABELS: Record<ImportSheet, string> = {
  partners: 'imports.sheets.partners',
  agreements: 'imports.sheets.agreements',
  mobilities: 'imports.sheets.mobilities',
  units: 'imports.sheets.units',
  accounts: 'imports.sheets.accounts',
};

/** The template's example row carries this code in this column of its sheet; a row with it is not imported. */
export const EXAMPLE_CODE = 'EXAMPLE';
export const EXAMPLE_FIELD: Record<ImportSheet, string> = {
  partners: 'code',
  agreements: 'code',
  mobilities: 'studentNo',
  units: 'code',
  accounts: 'number',
};

/** Excel's column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Header text compared loosely: width-folded, lower-case, without the required mark and extra spaces. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\*/g, ' ').replace(/\s+/g, ' ').trim();
}
