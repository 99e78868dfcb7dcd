import { academicYearShortLabelParams } from '#shared/calendar.js';
import { defaultCountryName } from '#shared/country-names.js';
import { translate } from '#shared/i18n/index.js';
import { localName } from '#shared/i18n/names.js';
import type { Locale } from '#shared/roles.js';

/** The small wording helpers every portal page uses, bound to the page's language. */
export function textFor(locale: Locale) {
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  return {
    t: (key: string, params?: Record<string, unknown>) => translate(locale, key, params),
    pick: (zh: string | null | undefined, en: string | null | undefined) => localName(locale, zh, en),
    country: (code: string, zh?: string | null, en?: string | null) =>
      localName(locale, zh, en) || defaultCountryName(code, locale),
    language: (code: string) => languages.of(code) ?? code,
    /** 116學年度 in Chinese, 2027–28 in English. */
    academicYear: (year: number) => translate(locale, 'portal.academicYear', academicYearShortLabelParams(year)),
  };
}
export type PortalText = ReturnType<typeof textFor>;
