import { z } from 'zod';
import { FOLLOWUP_KINDS, PERSON_ROLES, SIDES, VISIT_DIRECTIONS, VISIT_STATUSES } from '#shared/engagements.js';
import {
  emptyAsNull,
  IdParams,
  KeysetPageQuery,
  keysetPageOf,
  optionalText,
  requiredText,
  Timestamp,
  Version,
} from './common.js';

/**
 * Visits both ways (issue 19): a foreign visit received (inbound) and a delegation sent abroad
 * (outbound), with the parts events share (people on both sides, a day-by-day programme, a checklist,
 * follow-ups). People, programme, checklist and partners are sent whole with the record.
 */
const Id = z.number().int().positive().max(2_147_483_647);
export const DateOnly = z.iso.date();
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const Money = z.number().int().min(0).max(2_000_000_000);
const optional = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

export const EngagementPerson = z
  .object({
    side: z.enum(SIDES),
    role: z.enum(PERSON_ROLES),
    name: requiredText(200),
    /** Their title as it is printed on name cards (e.g. Vice President, 副校長). */
    title: optionalText(300),
    partnerId: optional(Id),
    personId: optional(Id),
    /** A colleague with an account: the event or visit appears in their calendar feed. */
    userId: optional(Id),
  })
  .strict();
export type EngagementPerson = z.infer<typeof EngagementPerson>;
/** The same as answered (response schemas carry no transforms). */
export const EngagementPersonOut = z.object({
  side: z.enum(SIDES),
  role: z.enum(PERSON_ROLES),
  name: z.string(),
  title: z.string().nullable(),
  partnerId: z.number().int().nullable(),
  personId: z.number().int().nullable(),
  userId: z.number().int().nullable(),
});

/** The people of an event or a visit, replaced whole at the version the page read (add, edit, remove). */
export const PeopleUpdate = z.object({ people: z.array(EngagementPerson).max(300), version: Version }).strict();
export type PeopleUpdate = z.infer<typeof PeopleUpdate>;

/** One slot of a programme or itinerary, with its host(s). */
export const ProgrammeSlot = z
  .object({
    date: DateOnly,
    start: emptyAsNull(Time),
    end: emptyAsNull(Time),
    activity: requiredText(300),
    place: optionalText(300),
    host: optionalText(300),
    partnerId: optional(Id),
  })
  .strict();
export type ProgrammeSlot = z.infer<typeof ProgrammeSlot>;
export const ProgrammeSlotOut = z.object({
  date: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  activity: z.string(),
  place: z.string().nullable(),
  host: z.string().nullable(),
  partnerId: z.number().int().nullable(),
});

export const ChecklistEntry = z
  .object({ key: z.string().trim().min(1).max(60), label: optionalText(200), done: z.boolean() })
  .strict();
export const ChecklistEntryOut = z.object({ key: z.string(), label: z.string().nullable(), done: z.boolean() });

/** The dates must be in order and the programme within them (a day either side for travel). */
export function checkDates(
  v: { startDate: string; endDate: string; slots: ProgrammeSlot[] },
  ctx: z.RefinementCtx,
  slotsPath: string,
) {
  if (v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], params: { i18n: 'end_before_start' } });
  v.slots.forEach((s, i) => {
    if (s.date < v.startDate || s.date > v.endDate)
      ctx.addIssue({ code: 'custom', path: [slotsPath, i, 'date'], params: { i18n: 'engagement_slot_date' } });
    if (s.start && s.end && s.end < s.start)
      ctx.addIssue({ code: 'custom', path: [slotsPath, i, 'end'], params: { i18n: 'end_before_start' } });
  });
}

const visitFields = {
  direction: z.enum(VISIT_DIRECTIONS),
  unitId: Id,
  titleZh: optionalText(300),
  titleEn: optionalText(300),
  purpose: optionalText(4000),
  startDate: DateOnly,
  endDate: DateOnly,
  size: optional(z.number().int().min(1).max(1000)),
  status: z.enum(VISIT_STATUSES).default('requested'),
  topics: optionalText(2000),
  budget: optional(Money),
  fundingSource: optionalText(300),
  /** The visiting partner(s) (inbound) or the destinations in order (outbound). */
  partnerIds: z.array(Id).max(20).default([]),
  people: z.array(EngagementPerson).max(200).default([]),
  itinerary: z.array(ProgrammeSlot).max(300).default([]),
  /** Absent on create: the direction's template. */
  checklist: z.array(ChecklistEntry).max(60).optional(),
};
const VisitFields = z.object(visitFields).strict();
type VisitFields = z.infer<typeof VisitFields>;
const checkVisit = (v: VisitFields, ctx: z.RefinementCtx) => {
  checkDates({ ...v, slots: v.itinerary }, ctx, 'itinerary');
  if (!v.titleZh && !v.titleEn) ctx.addIssue({ code: 'custom', path: ['titleZh'], params: { i18n: 'activity_title' } });
};
export const VisitCreate = VisitFields.superRefine(checkVisit);
export type VisitCreate = z.infer<typeof VisitCreate>;
export const VisitUpdate = z
  .object({ ...visitFields, version: Version })
  .strict()
  .superRefine(checkVisit);
export type VisitUpdate = z.infer<typeof VisitUpdate>;

export const VisitListQuery = KeysetPageQuery.extend({
  direction: z.enum(VISIT_DIRECTIONS).optional(),
  partnerId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type VisitListQuery = z.infer<typeof VisitListQuery>;

const PartnerRef = z.object({ id: z.number().int(), nameZh: z.string().nullable(), nameEn: z.string() });

export const VisitSummary = z.object({
  id: z.number().int(),
  direction: z.enum(VISIT_DIRECTIONS),
  unitId: z.number().int(),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(VISIT_STATUSES),
  size: z.number().int().nullable(),
  partners: z.array(PartnerRef),
  archivedAt: Timestamp.nullable(),
});
export type VisitSummary = z.infer<typeof VisitSummary>;
export const VisitPage = keysetPageOf(VisitSummary);

export const Followup = z.object({
  id: z.number().int(),
  partnerId: z.number().int().nullable(),
  kind: z.enum(FOLLOWUP_KINDS),
  title: z.string(),
  assigneeId: z.number().int(),
  assigneeName: z.string().nullable(),
  dueOn: z.string(),
  doneAt: Timestamp.nullable(),
});
export type Followup = z.infer<typeof Followup>;
export const FollowupCreate = z
  .object({
    partnerId: optional(Id),
    kind: z.enum(FOLLOWUP_KINDS),
    title: requiredText(300),
    assigneeId: Id,
    dueOn: DateOnly,
  })
  .strict();
export type FollowupCreate = z.infer<typeof FollowupCreate>;
/** Who a follow-up may be given to: accounts that may read the record, searched by name or e-mail. */
export const AssigneeQuery = z.object({ q: z.string().trim().max(100).optional() });
export const Assignees = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string() })) });
export type Assignees = z.infer<typeof Assignees>;
export const FollowupDone = z.object({ done: z.boolean() }).strict();
export const FollowupParams = IdParams.extend({ followupId: z.coerce.number().int().positive().max(2_147_483_647) });

export const Gift = z.object({
  id: z.number().int(),
  visitId: z.number().int(),
  partnerId: z.number().int().nullable(),
  recipient: z.string(),
  gift: z.string(),
  givenOn: z.string(),
});
export type Gift = z.infer<typeof Gift>;
export const GiftCreate = z
  .object({ partnerId: optional(Id), recipient: requiredText(200), gift: requiredText(300), givenOn: DateOnly })
  .strict();
export type GiftCreate = z.infer<typeof GiftCreate>;
/** A gift given before to the same partner or person: the register warns, it does not refuse. */
export const GiftAnswer = z.object({ gift: Gift, repeats: z.array(Gift) });
export const GiftCheckQuery = z.object({
  partnerId: z.coerce.number().int().positive().optional(),
  recipient: z.string().trim().max(200).optional(),
  gift: z.string().trim().max(300).optional(),
});

export const Visit = VisitSummary.extend({
  purpose: z.string().nullable(),
  topics: z.string().nullable(),
  budget: z.number().int().nullable(),
  fundingSource: z.string().nullable(),
  people: z.array(EngagementPersonOut),
  itinerary: z.array(ProgrammeSlotOut),
  checklist: z.array(ChecklistEntryOut),
  gifts: z.array(Gift),
  followups: z.array(Followup),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  permissions: z.object({ update: z.boolean(), archive: z.boolean() }),
});
export type Visit = z.infer<typeof Visit>;
export const VisitArchiveBody = z.object({ version: Version }).strict();

/** A partner's visits both ways, newest first (the partner page). */
export const PartnerVisits = z.object({ items: z.array(VisitSummary) });

/** Photos of an event or a visit (uploaded; the news item uses the one marked). */
export const PhotoList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      fileName: z.string(),
      contentType: z.string(),
      isNews: z.boolean(),
      uploadedAt: Timestamp,
    }),
  ),
});
export type PhotoList = z.infer<typeof PhotoList>;
export const PhotoParams = IdParams.extend({ photoId: z.coerce.number().int().positive().max(2_147_483_647) });
