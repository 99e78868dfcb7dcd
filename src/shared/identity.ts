/**
 * Does the Ministry category of an inbound student agree with the person's nationality (the udb
 * definitions in domain.md, "Identities behind the categories")? Kept free of zod for the browser.
 * - 港澳生: residents of Hong Kong or Macau;
 * - 陸生 / 大陸研修生: mainland residents;
 * - 外國學生: not Taiwanese and not from Hong Kong, Macau or the mainland;
 * - 僑生: an admission channel to degree study (degree or foundation program), not from Hong Kong, Macau
 *   or the mainland (an overseas Chinese student may hold an ROC passport, so TW is allowed).
 * An unknown nationality is a missing field (the pre-filing check lists it), not a disagreement.
 */
export const CHINESE_AREAS = ['HK', 'MO', 'CN'] as const;
const DEGREE_LIKE = new Set(['degree', 'foundation']);

export type IdentityProblem =
  | 'identity_hk_macau'
  | 'identity_mainland'
  | 'identity_foreign'
  | 'identity_overseas_chinese';

export function identityProblem(
  category: string | null | undefined,
  kind: string,
  nationality: string | null | undefined,
): IdentityProblem | null {
  if (!category || !nationality) return null;
  const n = nationality.toUpperCase();
  switch (category) {
    case 'hk_macau':
      return n === 'HK' || n === 'MO' ? null : 'identity_hk_macau';
    case 'mainland':
      return n === 'CN' ? null : 'identity_mainland';
    case 'foreign':
      return n === 'TW' || (CHINESE_AREAS as readonly string[]).includes(n) ? 'identity_foreign' : null;
    case 'overseas_chinese':
      return (CHINESE_AREAS as readonly string[]).includes(n) || !DEGREE_LIKE.has(kind)
        ? 'identity_overseas_chinese'
        : null;
    default:
      return null;
  }
}
