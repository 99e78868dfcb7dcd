import { z } from 'zod';
import { FUNNEL_GROUPS, LEAD_CHANNELS, LEAD_LEVELS, TRIP_KINDS } from '#shared/recruitment.js';
import { LOCALES } from '#shared/roles.js';
import { KeysetPageQuery, keysetPageOf, optionalText, requiredText, Timestamp, Version } from './common.js';
import { CountryCode } from './partners.js';

/** Recruitment (issue 21, item 3): fairs and trips, leads with consent, follow-up mails, the funnel. */
const Id = z.number().int().positive().max(2_147_483_647);
const DateOnly = z.iso.date();
const Email = z.string().trim().max(254).pipe(z.email());
const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/);
const Year = z.coerce.number().int().min(2000).max(2100);

export const TripInput = z
  .object({
    kind: z.enum(TRIP_KINDS),
    nameZh: optionalText(300),
    nameEn: optionalText(300),
    country: CountryCode,
    city: optionalText(120),
    startDate: DateOnly,
    endDate: DateOnly,
    organiser: optionalText(300),
    staff: z.array(requiredText(120)).max(30).default([]),
    /** In the currency's minor units (cents): 1234.50 USD is 123450. */
    costMinor: z
      .number()
      .int()
      .min(0)
      .max(2_000_000_000)
      .nullish()
      .transform((v) => v ?? null),
    currency: Currency.nullish().transform((v) => v ?? null),
    notes: optionalText(4000),
  })
  .strict()
  .refine((t) => t.nameZh || t.nameEn, { path: ['nameEn'], params: { i18n: 'name_one_language' } })
  .refine((t) => t.endDate >= t.startDate, { path: ['endDate'], params: { i18n: 'end_before_start' } })
  .refine((t) => t.costMinor === null || t.currency, { path: ['currency'], params: { i18n: 'currency_required' } });
export type TripInput = z.infer<typeof TripInput>;
export const TripUpdate = z.intersection(TripInput, z.object({ version: Version }));
export type TripUpdate = z.infer<typeof TripUpdate>;

export const TripListQuery = KeysetPageQuery.extend({
  kind: z.enum(TRIP_KINDS).optional(),
  country: z.string().trim().toUpperCase().length(2).optional(),
  year: Year.optional(),
});
export type TripListQuery = z.infer<typeof TripListQuery>;

export const TripSummary = z.object({
  id: z.number().int(),
  kind: z.enum(TRIP_KINDS),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  country: z.string(),
  city: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  costMinor: z.number().nullable(),
  currency: z.string().nullable(),
  leads: z.number().int(),
});
export type TripSummary = z.infer<typeof TripSummary>;
export const TripPage = keysetPageOf(TripSummary);

export const Trip = TripSummary.extend({
  organiser: z.string().nullable(),
  staff: z.array(z.string()),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  permissions: z.object({ update: z.boolean(), readLeads: z.boolean() }),
});
export type Trip = z.infer<typeof Trip>;

export const LeadInput = z
  .object({
    tripId: Id.nullish().transform((v) => v ?? null),
    channel: z.enum(LEAD_CHANNELS),
    name: requiredText(200),
    email: Email,
    country: CountryCode,
    programInterest: optionalText(300),
    level: z
      .enum(LEAD_LEVELS)
      .nullish()
      .transform((v) => v ?? null),
    locale: z.enum(LOCALES).default('en'),
    collectedOn: DateOnly,
    /** The version of the consent text shown (e.g. "fair-2026-v2"); null when no consent was given. */
    consentVersion: optionalText(40),
    consentAt: z.iso
      .datetime({ offset: true })
      .nullish()
      .transform((v) => v ?? null),
    notes: optionalText(2000),
  })
  .strict()
  .refine((l) => !l.consentVersion === !l.consentAt, { path: ['consentAt'], params: { i18n: 'lead_consent_pair' } });
export type LeadInput = z.infer<typeof LeadInput>;
export const LeadUpdate = z.intersection(LeadInput, z.object({ version: Version }));
export type LeadUpdate = z.infer<typeof LeadUpdate>;

export const LeadListQuery = KeysetPageQuery.omit({ order: true }).extend({
  tripId: z.coerce.number().int().positive().optional(),
  country: z.string().trim().toUpperCase().length(2).optional(),
  channel: z.enum(LEAD_CHANNELS).optional(),
  year: Year.optional(),
  q: z.string().trim().max(100).optional(),
});
export type LeadListQuery = z.infer<typeof LeadListQuery>;

export const Lead = z.object({
  id: z.number().int(),
  tripId: z.number().int().nullable(),
  channel: z.enum(LEAD_CHANNELS),
  name: z.string(),
  email: z.string(),
  country: z.string(),
  programInterest: z.string().nullable(),
  level: z.enum(LEAD_LEVELS).nullable(),
  locale: z.enum(LOCALES),
  collectedOn: z.string(),
  academicYear: z.number().int(),
  consentVersion: z.string().nullable(),
  consentAt: z.string().nullable(),
  consentWithdrawnAt: z.string().nullable(),
  /** May follow-up mails go to them: consent given and not withdrawn. */
  mailable: z.boolean(),
  followups: z.number().int(),
  notes: z.string().nullable(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type Lead = z.infer<typeof Lead>;
export const LeadPage = keysetPageOf(Lead);
export const VersionBody = z.object({ version: Version }).strict();

export const TemplateInput = z
  .object({
    name: requiredText(120),
    subjectZh: requiredText(300),
    subjectEn: requiredText(300),
    bodyZh: requiredText(8000),
    bodyEn: requiredText(8000),
  })
  .strict();
export type TemplateInput = z.infer<typeof TemplateInput>;
export const TemplateUpdate = TemplateInput.extend({ version: Version });
export type TemplateUpdate = z.infer<typeof TemplateUpdate>;
export const Template = z.object({
  id: z.number().int(),
  name: z.string(),
  subjectZh: z.string(),
  subjectEn: z.string(),
  bodyZh: z.string(),
  bodyEn: z.string(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type Template = z.infer<typeof Template>;

export const FollowupSend = z.object({ templateId: Id, leadIds: z.array(Id).min(1).max(500) }).strict();
export type FollowupSend = z.infer<typeof FollowupSend>;
export const FollowupResult = z.object({
  queued: z.number().int(),
  skipped: z.array(z.object({ leadId: z.number().int(), reason: z.enum(['no_consent', 'withdrawn', 'unknown']) })),
});
export type FollowupResult = z.infer<typeof FollowupResult>;

export const FunnelQuery = z
  .object({ fromYear: Year, toYear: Year, groupBy: z.enum(FUNNEL_GROUPS).default('country') })
  .refine((q) => q.toYear >= q.fromYear && q.toYear - q.fromYear <= 10, {
    path: ['toYear'],
    params: { i18n: 'funnel_years' },
  });
export type FunnelQuery = z.infer<typeof FunnelQuery>;
export const FunnelRow = z.object({
  academicYear: z.number().int(),
  key: z.string(),
  leads: z.number().int(),
  applicants: z.number().int().nullable(),
  admitted: z.number().int().nullable(),
  enrolled: z.number().int(),
});
export type FunnelRow = z.infer<typeof FunnelRow>;
export const Funnel = z.object({
  groupBy: z.enum(FUNNEL_GROUPS),
  /** False until the admissions module's applications exist here: applicants and admitted are then null. */
  applicantsAvailable: z.boolean(),
  rows: z.array(FunnelRow),
});
export type Funnel = z.infer<typeof Funnel>;
