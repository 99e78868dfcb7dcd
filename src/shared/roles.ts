/** Roles a user can hold; each assignment ties a role to a unit of the unit tree. */
export const ROLES = [
  'admin',
  'oia_staff',
  'college_coordinator',
  'unit_staff',
  'executive',
  'student_assistant',
  'student',
] as const;
export type Role = (typeof ROLES)[number];

/** A degree program (學位學程) sits in a college beside its departments; centers include the Chinese Language Center. */
export const UNIT_KINDS = ['university', 'college', 'department', 'program', 'office', 'division', 'center'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const LOCALES = ['zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-TW';
export const isLocale = (value: unknown): value is Locale => value === 'zh-TW' || value === 'en';
/** BCP 47 tag for `<html lang>` and Intl formatting. */
export const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = { 'zh-TW': 'zh-Hant-TW', en: 'en' };
/** A language's name in that language: the same whatever the UI language is. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { 'zh-TW': '繁體中文', en: 'English' };
/**
 * The cookie the language switch writes (web app and sign-in page), so the server's sign-in page is written in
 * the language last chosen. The sign-in page's own script (plain JS) spells the name out too.
 */
export const LOCALE_COOKIE = 'meridian_locale';

/** Picks the supported locale from an Accept-Language-like value. */
export function pickLocale(value: string | undefined | null): Locale {
  if (!value) return DEFAULT_LOCALE;
  for (const part of value.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('zh')) return 'zh-TW';
  }
  return DEFAULT_LOCALE;
}
