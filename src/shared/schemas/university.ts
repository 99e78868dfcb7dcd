import { z } from 'zod';
import { UNIVERSITY_LIMITS as L, PHONE_PATTERN } from '#shared/university.js';
import { Timestamp, Version } from './common.js';

/** Optional text that may be left empty (stored as ''). */
const blankable = (schema: z.ZodString) => z.union([z.literal(''), schema]).default('');

const universityFields = {
  nameZh: z.string().trim().min(1).max(L.name),
  nameEn: z.string().trim().min(1).max(L.name),
  addressZh: blankable(z.string().trim().max(L.address)),
  addressEn: blankable(z.string().trim().max(L.address)),
  phone: blankable(z.string().trim().max(L.phone).regex(PHONE_PATTERN)),
  email: z.union([z.literal(''), z.email().max(L.email)]).default(''),
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(L.website)]).default(''),
};

/** PUT /api/v1/university (administrators). */
export const UniversityUpdate = z.object({ ...universityFields, version: Version }).strict();
export type UniversityUpdate = z.infer<typeof UniversityUpdate>;

/** GET /api/v1/university: public (the sign-in page shows the name and logo; letters print the rest). */
export const University = z.object({
  nameZh: z.string(),
  nameEn: z.string(),
  addressZh: z.string(),
  addressEn: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  /** Address of the logo image (changes with each upload), or null without one. */
  logoUrl: z.string().nullable(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type University = z.infer<typeof University>;
