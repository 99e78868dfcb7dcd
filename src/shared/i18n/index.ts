import type { Locale } from '../roles.js';
import { agreementsEn } from './agreements.en.js';
import { agreementsZhTW } from './agreements.zh-TW.js';
import { callsEn } from './calls.en.js';
import { callsZhTW } from './calls.zh-TW.js';
import { checklistEn } from './checklist.en.js';
import { checklistZhTW } from './checklist.zh-TW.js';
import { en } from './en.js';
import { fundingEn } from './funding.en.js';
import { fundingZhTW } from './funding.zh-TW.js';
import { importsEn } from './imports.en.js';
import { importsZhTW } from './imports.zh-TW.js';
import { type DeepStrings, mergeCatalogs } from './merge.js';
import { mobilityEn } from './mobility.en.js';
import { mobilityZhTW } from './mobility.zh-TW.js';
import { notificationsEn } from './notifications.en.js';
import { notificationsZhTW } from './notifications.zh-TW.js';
import { peopleEn } from './people.en.js';
import { peopleZhTW } from './people.zh-TW.js';
import { uiEn } from './ui.en.js';
import { uiZhTW } from './ui.zh-TW.js';
import { zhTW } from './zh-TW.js';

export type { DeepStrings };
/** The shape every catalog must have: exactly the keys of the zh-TW catalog. */
export type Catalog = DeepStrings<typeof zhTW>;
export type UiCatalog = DeepStrings<typeof uiZhTW>;

/**
 * The catalogs every page and the server need, per language, merged from parts: the shared part
 * (errors, validation, enum labels, field names — server and web), one shared part per module
 * (agreements.*), and the web shell's own strings (ui.*). A web feature's page strings live beside
 * it in `ui.<feature>.*` and are loaded with its lazy chunk (see all.ts and web/lib/i18n.ts).
 */
export const catalogs = {
  'zh-TW': mergeCatalogs(
    zhTW,
    agreementsZhTW,
    notificationsZhTW,
    importsZhTW,
    peopleZhTW,
    mobilityZhTW,
    callsZhTW,
    checklistZhTW,
    fundingZhTW,
    uiZhTW,
  ),
  en: mergeCatalogs(
    en,
    agreementsEn,
    notificationsEn,
    importsEn,
    peopleEn,
    mobilityEn,
    callsEn,
    checklistEn,
    fundingEn,
    uiEn,
  ),
} satisfies Record<Locale, Catalog & UiCatalog>;

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
