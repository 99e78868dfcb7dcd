import type { Locale } from './roles.js';
import type { Me } from './schemas/auth.js';
import type { University } from './schemas/university.js';

/** The id of the JSON island a signed-in page carries (server: http/first-data.ts; web: lib/first-data.ts). */
export const FIRST_DATA_ELEMENT = 'meridian-first-data';
/**
 * `answers`: the page's own first requests (first-requests.ts) by URL, each answered with `x-locale: locale`
 * (the language cookie, else the default: what the app itself would send on a first visit).
 */
export type FirstData = {
  me: Me;
  university?: University;
  answers?: { locale: Locale; byUrl: Record<string, unknown> };
};
