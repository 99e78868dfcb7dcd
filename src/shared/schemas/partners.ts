import { z } from 'zod';
import { PARTNER_SORTS, PARTNER_STATUSES, PARTNER_TYPES } from '#shared/enums.js';
import { DEFAULT_COUNTRY_REGIONS, MOE_REGIONS } from '#shared/regions.data.js';
import {
  emptyAsNull,
  IdParams,
  KeysetPageQuery,
  keysetPageOf,
  optionalText,
  RecordPermissions,
  requiredText,
  Timestamp,
  Version,
} from './common.js';

export { PARTNER_SORTS, PARTNER_STATUSES, PARTNER_TYPES };

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => c in DEFAULT_COUNTRY_REGIONS, { params: { i18n: 'country' } });

export const ContactInput = z.object({
  name: requiredText(120),
  title: optionalText(120),
  email: emptyAsNull(z.email().max(200)),
  phone: optionalText(60),
});

const Website = emptyAsNull(z.url({ protocol: /^https?$/ }).max(300));

/**
 * SCHAC code: the institution's internet domain in lower case ("uw.edu.pl"), its hei-id in Erasmus Without
 * Paper files. Left out of an update it stays as it is; empty clears it.
 */
export const SchacCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v.length <= 253 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(v), {
    params: { i18n: 'schac' },
  });
const OptionalSchac = z.preprocess((v) => (v === '' ? null : v), SchacCode.nullish());

const partnerFields = {
  code: optionalText(40),
  nameEn: requiredText(200),
  nameZh: optionalText(200),
  /** Other names it goes by (short forms such as "TU Delft", former names), found by the search. */
  aliases: z.array(requiredText(200)).max(20).default([]),
  country: CountryCode,
  city: optionalText(120),
  cityZh: optionalText(120),
  website: Website,
  schac: OptionalSchac,
  type: z.enum(PARTNER_TYPES),
  status: z.enum(PARTNER_STATUSES).default('active'),
  owningUnitId: z.number().int().positive().nullish(),
  notes: optionalText(4000),
  contacts: z.array(ContactInput).max(30).default([]),
};

export const PartnerCreate = z.object(partnerFields).strict();
export const PartnerUpdate = z.object({ ...partnerFields, version: Version }).strict();
export type PartnerCreate = z.infer<typeof PartnerCreate>;
export type PartnerUpdate = z.infer<typeof PartnerUpdate>;

export const PartnerListQuery = KeysetPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: z.enum(MOE_REGIONS).optional(),
  type: z.enum(PARTNER_TYPES).optional(),
  status: z.enum(PARTNER_STATUSES).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  sort: z.enum(PARTNER_SORTS).default('name'),
});
export type PartnerListQuery = z.infer<typeof PartnerListQuery>;

export const Contact = z.object({
  id: z.number().int(),
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const PartnerSummary = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  country: z.string(),
  region: z.enum(MOE_REGIONS).nullable(),
  city: z.string().nullable(),
  cityZh: z.string().nullable(),
  type: z.enum(PARTNER_TYPES),
  status: z.enum(PARTNER_STATUSES),
  archivedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type PartnerSummary = z.infer<typeof PartnerSummary>;

export const Partner = PartnerSummary.extend({
  version: Version,
  website: z.string().nullable(),
  schac: z.string().nullable(),
  owningUnitId: z.number().int().nullable(),
  aliases: z.array(z.string()),
  notes: z.string().nullable(),
  contacts: z.array(Contact),
  createdAt: Timestamp,
  permissions: RecordPermissions,
});
export type Partner = z.infer<typeof Partner>;

export const PartnerPage = keysetPageOf(PartnerSummary).extend({
  /** Nothing contained the search: these are the closest names instead (typos, "Kyushu Institue"). */
  approximate: z.boolean().optional(),
});
export type PartnerPage = z.infer<typeof PartnerPage>;
export const PartnerIdParams = IdParams;
export const ArchiveBody = z.object({ version: Version }).strict();

/** Registry totals for dashboards: partners not archived, by country and by MoE region. */
export const PartnerStats = z.object({
  total: z.number().int(),
  countries: z.number().int(),
  byCountry: z.array(z.object({ country: z.string(), count: z.number().int() })),
  byRegion: z.array(z.object({ region: z.enum(MOE_REGIONS).nullable(), count: z.number().int() })),
});
export type PartnerStats = z.infer<typeof PartnerStats>;
