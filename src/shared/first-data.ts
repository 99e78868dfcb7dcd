import type { Me } from './schemas/auth.js';
import type { University } from './schemas/university.js';

/** The id of the JSON island a signed-in page carries (server: http/first-data.ts; web: lib/first-data.ts). */
export const FIRST_DATA_ELEMENT = 'meridian-first-data';
export type FirstData = { me: Me; university?: University };
