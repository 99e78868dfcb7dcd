/**
 * Dataset sizes. S is one university (the demo office's real order of magnitude), L a national consortium
 * of about 150 universities. Each data module reads its own counts from here; a module that lands later
 * (mobility, people) adds its counts as new fields.
 */
export type ScaleSpec = {
  /** How many countries partners come from: the first N of the weighted country list, or all of them. */
  countries: number | 'all';
  partners: number;
  agreements: number;
  /** Students, staff and scholars, and their mobility records (about 5 per person). */
  people: number;
  mobilities: number;
};

export const SCALES = {
  /** For the smoke test only: seconds to build. */
  XS: { countries: 12, partners: 40, agreements: 90, people: 200, mobilities: 1_000 },
  S: { countries: 31, partners: 250, agreements: 600, people: 6_000, mobilities: 30_000 },
  M: { countries: 74, partners: 2_500, agreements: 6_000, people: 30_000, mobilities: 150_000 },
  L: { countries: 'all', partners: 40_000, agreements: 40_000, people: 300_000, mobilities: 1_000_000 },
} as const satisfies Record<string, ScaleSpec>;

export type Scale = keyof typeof SCALES;

export function isScale(value: string): value is Scale {
  return value in SCALES;
}
