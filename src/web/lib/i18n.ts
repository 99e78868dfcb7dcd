import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { shellCatalogs } from '#shared/i18n/shell';
import { DEFAULT_LOCALE, isLocale, LANGUAGE_NAMES, LANGUAGE_TAGS, LOCALE_COOKIE, type Locale } from '#shared/roles';

const STORAGE_KEY = 'meridian.locale';

export { isLocale };

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** BCP 47 tag for `<html lang>` and Intl formatting. */
export const languageTag = (locale: Locale) => LANGUAGE_TAGS[locale];

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    'zh-TW': { translation: shellCatalogs['zh-TW'] },
    en: { translation: shellCatalogs.en },
  },
  lng: storedLocale(),
  fallbackLng: false,
  supportedLngs: ['zh-TW', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/**
 * A language's name in that language: the same whatever the UI language is. Written out rather than asked of
 * Intl.DisplayNames (which gives the same two words): building one on each render of the language switch cost
 * more than any other function of the first page in a profile.
 */
export const languageName = (locale: Locale): string => LANGUAGE_NAMES[locale];

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE);

function applyDocumentLanguage(locale: Locale) {
  document.documentElement.lang = languageTag(locale);
}
applyDocumentLanguage(currentLocale());
i18n.on('languageChanged', (lng) => {
  const locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
  applyDocumentLanguage(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice just isn't remembered
  }
  // The server's sign-in page (src/server/modules/auth/sign-in) is written in the language this cookie names.
  // biome-ignore lint/suspicious/noDocumentCookie: one plain preference cookie; the Cookie Store API is not in every supported browser
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
});

/**
 * Adds a feature's page strings (src/shared/i18n/ui.<feature>.*) when its chunk loads, so the
 * first page a user opens does not carry every feature's text. Call at the top of the feature's
 * i18n.ts; merging is deep and leaves the shared catalogs untouched.
 */
export function addCatalogs(parts: Record<Locale, object>) {
  for (const locale of ['zh-TW', 'en'] as const)
    i18n.addResourceBundle(locale, 'translation', parts[locale], true, false);
}
