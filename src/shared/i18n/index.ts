import type { Locale } from '../roles.js';
import { en } from './en.js';
import { uiEn } from './ui.en.js';
import { uiZhTW } from './ui.zh-TW.js';
import { zhTW } from './zh-TW.js';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
/** The shape every catalog must have: exactly the keys of the zh-TW catalog. */
export type Catalog = DeepStrings<typeof zhTW>;
export type UiCatalog = DeepStrings<typeof uiZhTW>;

/**
 * One catalog per language, in two files each: the shared part (errors, validation, enum labels,
 * field names — used by server and web) and the web UI's own strings.
 */
export const catalogs = { 'zh-TW': { ...zhTW, ...uiZhTW }, en: { ...en, ...uiEn } } satisfies Record<
  Locale,
  Catalog & UiCatalog
>;

/** Looks up a dotted key and fills {{params}}; falls back to the other language, then to the key. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const found = lookup(catalogs[locale], key) ?? lookup(catalogs[locale === 'en' ? 'zh-TW' : 'en'], key) ?? key;
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

function lookup(catalog: unknown, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Shows a bilingual name in the current language, with the other as fallback. */
export function localName(locale: Locale, zh: string | null | undefined, en: string | null | undefined): string {
  return (locale === 'en' ? en || zh : zh || en) ?? '';
}
