import type { Locale } from '#shared/roles.js';

/** Shows a bilingual name in the current language, with the other as fallback. */
export function localName(locale: Locale, zh: string | null | undefined, en: string | null | undefined): string {
  return (locale === 'en' ? en || zh : zh || en) ?? '';
}
