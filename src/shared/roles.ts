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
