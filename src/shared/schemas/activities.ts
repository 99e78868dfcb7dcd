import { z } from 'zod';
import { ACTIVITY_KIND_SHAPE } from '#shared/activities.js';
import { ACTIVITY_KINDS, COMMISSIONING } from '#shared/reporting.js';
import { emptyAsNull, KeysetPageQuery, keysetPageOf, optionalText, Timestamp, Version } from './common.js';

/**
 * College exchange records entered by hand (the `activities` table): the lists behind the hand-entered
 * indicators of a college submission and the Ministry's college exchange table. Money is whole NT$,
 * split by who paid (government / industry / other / the university).
 */
const Id = z.number().int().positive();
const DateOnly = z.iso.date();
const Money = z.number().int().min(0).max(2_000_000_000);
const Count = z.number().int().min(0).max(1_000_000);
const Country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{2}$/.test(v), { params: { i18n: 'country' } });
const optional = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

const activityFields = {
  /** The owning college or department. */
  unitId: Id,
  kind: z.enum(ACTIVITY_KINDS),
  titleZh: optionalText(300),
  titleEn: optionalText(300),
  /** The conference, institution, company or scholar's institution. */
  counterpartZh: optionalText(300),
  counterpartEn: optionalText(300),
  /** Presenter, invited scholar, teacher or principal investigator, as written. */
  personName: optionalText(200),
  personId: optional(Id),
  partnerId: optional(Id),
  country: emptyAsNull(Country),
  city: optionalText(120),
  startDate: DateOnly,
  endDate: emptyAsNull(DateOnly),
  participants: optional(Count),
  foreignParticipants: optional(Count),
  credits: optional(z.number().min(0).max(50)),
  amountGovernment: optional(Money),
  amountIndustry: optional(Money),
  amountOther: optional(Money),
  amountUniversity: optional(Money),
  commissioning: emptyAsNull(z.enum(COMMISSIONING)),
  notes: optionalText(4000),
};
const ActivityFieldsSchema = z.object(activityFields);
export type ActivityFields = z.infer<typeof ActivityFieldsSchema>;

/** Every rule of the record's kind and the dates; each problem on its field, all at once. */
function checkActivity(a: ActivityFields, ctx: z.RefinementCtx) {
  for (const rule of ACTIVITY_KIND_SHAPE[a.kind].requires)
    if (!rule.test(a)) ctx.addIssue({ code: 'custom', path: [rule.field], params: { i18n: rule.key } });
  if (a.endDate && a.endDate < a.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], params: { i18n: 'end_before_start' } });
  if (a.participants !== null && a.foreignParticipants !== null && a.foreignParticipants > a.participants)
    ctx.addIssue({ code: 'custom', path: ['foreignParticipants'], params: { i18n: 'activity_foreign_participants' } });
}

export const ActivityCreate = ActivityFieldsSchema.strict().superRefine(checkActivity);
export const ActivityUpdate = z
  .object({ ...activityFields, version: Version })
  .strict()
  .superRefine(checkActivity);
export type ActivityCreate = z.infer<typeof ActivityCreate>;
export type ActivityUpdate = z.infer<typeof ActivityUpdate>;

export const ACTIVITY_SORTS = ['start_date', 'title', 'kind', 'updated'] as const;

export const ActivityListQuery = KeysetPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  /** The unit and its subunits (a college with its departments). */
  unitId: z.coerce.number().int().positive().optional(),
  /** Start date from / to (inclusive). */
  from: DateOnly.optional(),
  to: DateOnly.optional(),
  country: Country.optional(),
  partnerId: z.coerce.number().int().positive().optional(),
  personId: z.coerce.number().int().positive().optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  sort: z.enum(ACTIVITY_SORTS).default('start_date'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

export const ActivitySummary = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  kind: z.enum(ACTIVITY_KINDS),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  counterpartZh: z.string().nullable(),
  counterpartEn: z.string().nullable(),
  personName: z.string().nullable(),
  personId: z.number().int().nullable(),
  partnerId: z.number().int().nullable(),
  partnerNameZh: z.string().nullable(),
  partnerNameEn: z.string().nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  participants: z.number().int().nullable(),
  foreignParticipants: z.number().int().nullable(),
  credits: z.number().nullable(),
  amountGovernment: z.number().int().nullable(),
  amountIndustry: z.number().int().nullable(),
  amountOther: z.number().int().nullable(),
  amountUniversity: z.number().int().nullable(),
  /** The four shares added up (0 when none). */
  amountTotal: z.number().int(),
  commissioning: z.enum(COMMISSIONING).nullable(),
  archivedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type ActivitySummary = z.infer<typeof ActivitySummary>;
export const ActivityPage = keysetPageOf(ActivitySummary);

export const Activity = ActivitySummary.extend({
  notes: z.string().nullable(),
  personNameZh: z.string().nullable(),
  personNameEn: z.string().nullable(),
  version: Version,
  createdAt: Timestamp,
  permissions: z.object({ update: z.boolean(), archive: z.boolean() }),
});
export type Activity = z.infer<typeof Activity>;

export const ActivityArchiveBody = z.object({ version: Version }).strict();
