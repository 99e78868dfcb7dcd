/**
 * Names of countries and areas as the Ministry of Education writes them (domain.md, "Names of countries
 * and areas"): 香港, 澳門, 中國大陸 — never Intl's 中國香港特別行政區, 中國澳門特別行政區 or 中國. These are
 * the seeded defaults of `country_regions.name_zh / name_en` (editable by administrators, with their
 * source); everything else follows Intl's Traditional-Chinese (Taiwan) and English region names.
 */
export const MINISTRY_NAME_SOURCE =
  '教育部大專校院校務資料庫「國家(地區)別」名稱（香港、澳門、中國大陸）；其餘依 Intl 繁體中文（臺灣）地區名稱，可由管理者修正';

export const MINISTRY_COUNTRY_NAMES: Record<string, { zh: string; en: string }> = {
  HK: { zh: '香港', en: 'Hong Kong' },
  MO: { zh: '澳門', en: 'Macau' },
  CN: { zh: '中國大陸', en: 'Mainland China' },
};

const displayNames = new Map<string, Intl.DisplayNames | null>();
function intlName(tag: string, code: string): string {
  if (!displayNames.has(tag)) {
    try {
      displayNames.set(tag, new Intl.DisplayNames([tag], { type: 'region' }));
    } catch {
      displayNames.set(tag, null);
    }
  }
  try {
    return displayNames.get(tag)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The default name of a country or area in a language ('zh-TW' or 'en'). */
export function defaultCountryName(code: string, locale: string): string {
  const upper = code.toUpperCase();
  const own = MINISTRY_COUNTRY_NAMES[upper];
  if (locale === 'en') return own?.en ?? intlName('en', upper);
  return own?.zh ?? intlName('zh-Hant-TW', upper);
}

/** A namer that prefers the stored (edited) names and falls back to the defaults. */
export function countryNamer(
  locale: string,
  stored?: ReadonlyMap<string, { nameZh: string | null; nameEn: string | null }>,
): (code: string | null | undefined) => string {
  return (code) => {
    if (!code) return '';
    const row = stored?.get(code.toUpperCase());
    const name = locale === 'en' ? row?.nameEn : row?.nameZh;
    return name || defaultCountryName(code, locale);
  };
}
