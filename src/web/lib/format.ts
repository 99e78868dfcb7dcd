import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryNamer } from '#shared/country-names';
import { localName } from '#shared/i18n/names';
import type { Locale } from '#shared/roles';
import { isLocale, languageTag } from './i18n';

/** Country names as stored in the reference list (administrators may edit them), set when it loads. */
const storedCountryNames = new Map<string, { nameZh: string | null; nameEn: string | null }>();
export function setCountryNames(rows: { country: string; nameZh?: string | null; nameEn?: string | null }[]) {
  for (const r of rows) storedCountryNames.set(r.country, { nameZh: r.nameZh ?? null, nameEn: r.nameEn ?? null });
}

/** Formatting for one language: dates, numbers, country names and bilingual names. */
export function formatterFor(locale: Locale) {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = createFormatter(locale);
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * One formatter per language for the whole app: Intl's constructors are slow (they load locale data), and
 * each component that formats would otherwise build its own four on mount.
 */
const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();

function createFormatter(locale: Locale) {
  const tag = languageTag(locale);
  // Built on first use: each constructor loads locale data (~20 ms on a phone), and most pages use one or two.
  const dateTime = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }));
  const date = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }));
  const number = lazy(() => new Intl.NumberFormat(tag));
  const parse = (iso: string | null | undefined) => {
    if (!iso) return null;
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  };
  return {
    locale,
    dateTime: (iso: string | null | undefined) => {
      const d = parse(iso);
      return d ? dateTime().format(d) : '';
    },
    date: (iso: string | null | undefined) => {
      const d = parse(iso);
      return d ? date().format(d) : '';
    },
    number: (n: number) => number().format(n),
    /** The Ministry's name of a country or area (香港, 澳門, 中國大陸; edited names once the reference list loads). */
    country: (code: string | null | undefined) => countryNamer(locale, storedCountryNames)(code),
    name: (zh: string | null | undefined, en: string | null | undefined) => localName(locale, zh, en),
    /** The name in the other language, when it differs (shown smaller underneath). */
    otherName: (zh: string | null | undefined, en: string | null | undefined) => {
      const main = localName(locale, zh, en);
      const other = locale === 'en' ? zh : en;
      return other && other !== main ? other : '';
    },
    compare: (a: string, b: string) => a.localeCompare(b, tag),
  };
}
export type Formatter = ReturnType<typeof formatterFor>;

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** The formatter for the current UI language (re-created when the language changes). */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'zh-TW';
  return useMemo(() => formatterFor(locale), [locale]);
}
