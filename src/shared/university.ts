/**
 * The university's own details as printed on letters, reports and mails (zod-free: the browser
 * imports these values; the schemas in schemas/university.ts build on them).
 */
export type UniversityDetails = {
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
  phone: string;
  email: string;
  website: string;
};

/** The logo: PNG or SVG, at most this size. */
export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_TYPES = ['png', 'svg'] as const;

/** Phone numbers as written on a letterhead: digits, spaces, + ( ) - and an extension ("#123", "ext. 12"). */
export const PHONE_PATTERN = /^\+?[0-9 ()\-#.,]*(?:ext\.? ?[0-9]+)?$/i;

export const UNIVERSITY_LIMITS = { name: 200, address: 300, phone: 40, email: 200, website: 300 } as const;

/** The contact line under the letterhead: address, phone, e-mail and website, those that are set. */
export function contactLine(u: UniversityDetails, locale: 'zh-TW' | 'en'): string {
  const address = locale === 'en' ? u.addressEn || u.addressZh : u.addressZh || u.addressEn;
  return [address, u.phone, u.email, u.website].filter(Boolean).join(' · ');
}
