import { defaultCountryName } from '#shared/country-names.js';
import { translate } from '#shared/i18n/index.js';
import { DEFAULT_COUNTRY_REGIONS } from '#shared/regions.data.js';
import { LOCALES, type Locale } from '#shared/roles.js';
import { IMPORT_SHEETS, type ImportSheet } from '#shared/schemas/imports.js';
import { COLUMNS, type Column, normalizeLabel, SHEET_LABELS } from './import.columns.js';

/**
 * What a workbook may say, in either language: sheet names, column headers, enum labels, country
 * names and yes/no. Built once from the catalogs, so the template and the reader never disagree.
 */

/** "合作學校 Partners": the Chinese and English text of a catalog key, as the template writes it. */
export const bilingual = (key: string, sep = ' ') => LOCALES.map((l) => translate(l, key)).join(sep);

/** A header cell: both languages on two lines, with * on required columns. */
export const headerText = (c: Column) => `${bilingual(c.label, '\n')}${c.required ? ' *' : ''}`;

/** The spellings that stand for one value: its code and its label in each language, alone or together. */
function spellings(code: string, labelKey: string | null): string[] {
  if (!labelKey) return [code];
  const labels = LOCALES.map((l) => translate(l, labelKey));
  return [code, ...labels, labels.join(' ')];
}

function lookup<V>(entries: [string[], V][], what: string): Map<string, V> {
  const map = new Map<string, V>();
  for (const [texts, value] of entries) {
    for (const text of texts) {
      const key = normalizeLabel(text);
      const seen = map.get(key);
      // Two values spelled alike would make a cell ambiguous: a catalog mistake, caught at start-up.
      if (seen !== undefined && seen !== value) throw new Error(`import ${what}: "${text}" is ambiguous`);
      map.set(key, value);
    }
  }
  return map;
}

const sheetNames = lookup(
  IMPORT_SHEETS.map((s): [string[], ImportSheet] => [spellings(s, SHEET_LABELS[s]), s]),
  'sheet names',
);

export const sheetOf = (name: string): ImportSheet | undefined => sheetNames.get(normalizeLabel(name));

const headers = Object.fromEntries(
  IMPORT_SHEETS.map((s) => [
    s,
    lookup(
      COLUMNS[s].map((c): [string[], Column] => [[...spellings(c.field, c.label), headerText(c)], c]),
      `${s} headers`,
    ),
  ]),
) as Record<ImportSheet, Map<string, Column>>;

export const columnOf = (sheet: ImportSheet, header: string) => headers[sheet].get(normalizeLabel(header));

const enums = new Map<string, Map<string, string>>();
/** An enum cell's code from its code or label in either language; undefined when it is neither. */
export function enumCode(c: Column, text: string): string | undefined {
  let map = enums.get(`${c.labels}:${c.field}`);
  if (!map) {
    map = lookup(
      (c.values ?? []).map((v): [string[], string] => [spellings(v, `${c.labels}.${v}`), v]),
      `${c.labels} labels`,
    );
    enums.set(`${c.labels}:${c.field}`, map);
  }
  return map.get(normalizeLabel(text));
}

export const COUNTRY_CODES = Object.keys(DEFAULT_COUNTRY_REGIONS).sort();

/** A country's name in one language (Intl's region names), or the code when the runtime has none. */
export function countryName(locale: Locale, code: string): string {
  return defaultCountryName(code, locale);
}

let countries: Map<string, string> | undefined;
/** An ISO code from a code or a country name in either language. */
export function countryCode(text: string): string | undefined {
  countries ??= lookup(
    COUNTRY_CODES.map((code): [string[], string] => [[code, ...LOCALES.map((l) => countryName(l, code))], code]),
    'countries',
  );
  return countries.get(normalizeLabel(text));
}

let booleans: Map<string, boolean> | undefined;
export function booleanOf(text: string): boolean | undefined {
  booleans ??= lookup(
    [
      [['yes', 'y', 'true', '1', 'v', '✓', ...LOCALES.map((l) => translate(l, 'imports.yes'))], true],
      [['no', 'n', 'false', '0', ...LOCALES.map((l) => translate(l, 'imports.no'))], false],
    ],
    'yes/no',
  );
  return booleans.get(normalizeLabel(text));
}
