import type { Locale } from '#shared/roles.js';
import { accountsEn } from './accounts.en.js';
import { accountsZhTW } from './accounts.zh-TW.js';
import { admissionsEn } from './admissions.en.js';
import { admissionsZhTW } from './admissions.zh-TW.js';
import { assistantsEn } from './assistants.en.js';
import { assistantsZhTW } from './assistants.zh-TW.js';
import { buddyEn } from './buddy.en.js';
import { buddyZhTW } from './buddy.zh-TW.js';
import { cohortsEn } from './cohorts.en.js';
import { cohortsZhTW } from './cohorts.zh-TW.js';
import { deskEn } from './desk.en.js';
import { deskZhTW } from './desk.zh-TW.js';
import { engagementsEn } from './engagements.en.js';
import { engagementsZhTW } from './engagements.zh-TW.js';
import { ewpEn } from './ewp.en.js';
import { ewpZhTW } from './ewp.zh-TW.js';
import { importsEn } from './imports.en.js';
import { importsZhTW } from './imports.zh-TW.js';
import { integrationsEn } from './integrations.en.js';
import { integrationsZhTW } from './integrations.zh-TW.js';
import { type DeepStrings, mergeCatalogs } from './merge.js';
import { peopleParts } from './people-parts.js';
import { portalEn } from './portal.en.js';
import { portalZhTW } from './portal.zh-TW.js';
import { privacyEn } from './privacy.en.js';
import { privacyZhTW } from './privacy.zh-TW.js';
import { recruitmentEn } from './recruitment.en.js';
import { recruitmentZhTW } from './recruitment.zh-TW.js';
import { reportingParts } from './reporting-parts.js';
import { serverEn } from './server.en.js';
import { serverZhTW } from './server.zh-TW.js';
import { type Catalog, shellCatalogs, type UiCatalog } from './shell.js';
import { ssoEn } from './sso.en.js';
import { ssoZhTW } from './sso.zh-TW.js';

export type { Catalog, DeepStrings, UiCatalog };

/**
 * Every always-available string, per language, merged from parts: the web shell's (shell.ts: shared
 * errors, validation, enum labels, agreements, notifications, imports, ui.*) and the people and
 * mobility modules' (people-parts.ts, which the browser loads with those features). A web feature's
 * page strings live beside it in `ui.<feature>.*` and load with its lazy chunk (all.ts lists them all).
 */
export const catalogs = {
  'zh-TW': mergeCatalogs(
    shellCatalogs['zh-TW'],
    serverZhTW,
    accountsZhTW,
    ssoZhTW,
    importsZhTW,
    peopleParts['zh-TW'],
    reportingParts['zh-TW'],
    privacyZhTW,
    deskZhTW,
    engagementsZhTW,
    cohortsZhTW,
    assistantsZhTW,
    buddyZhTW,
    portalZhTW,
    ewpZhTW,
    integrationsZhTW,
    admissionsZhTW,
    recruitmentZhTW,
  ),
  en: mergeCatalogs(
    shellCatalogs.en,
    serverEn,
    accountsEn,
    ssoEn,
    importsEn,
    peopleParts.en,
    reportingParts.en,
    privacyEn,
    deskEn,
    engagementsEn,
    cohortsEn,
    assistantsEn,
    buddyEn,
    portalEn,
    ewpEn,
    integrationsEn,
    admissionsEn,
    recruitmentEn,
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

export { localName } from './names.js';
