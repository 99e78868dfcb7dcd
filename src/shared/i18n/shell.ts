import type { Locale } from '#shared/roles.js';
import { agreementsEn } from './agreements.en.js';
import { agreementsZhTW } from './agreements.zh-TW.js';
import { en } from './en.js';
import { type DeepStrings, mergeCatalogs } from './merge.js';
import { notificationsEn } from './notifications.en.js';
import { notificationsZhTW } from './notifications.zh-TW.js';
import { resourcesEn } from './resources.en.js';
import { resourcesZhTW } from './resources.zh-TW.js';
import { uiEn } from './ui.en.js';
import { uiZhTW } from './ui.zh-TW.js';
import { zhTW } from './zh-TW.js';

/** The shape every catalog must have: exactly the keys of the zh-TW catalog. */
export type Catalog = DeepStrings<typeof zhTW>;
export type UiCatalog = DeepStrings<typeof uiZhTW>;

/**
 * What the web app loads at start: the shared part (errors, validation, enum labels, field names),
 * the agreements and notifications parts, and the shell's own strings (ui.*). The imports part, the
 * people and mobility modules' parts (people-parts.ts) and the reporting parts (reporting-parts.ts)
 * come with those features' lazy chunks.
 */
export const shellCatalogs = {
  'zh-TW': mergeCatalogs(zhTW, agreementsZhTW, notificationsZhTW, resourcesZhTW, uiZhTW),
  en: mergeCatalogs(en, agreementsEn, notificationsEn, resourcesEn, uiEn),
} satisfies Record<Locale, Catalog & UiCatalog>;
