import { z } from 'zod';
import { EVENT_KINDS } from '#shared/engagements.js';
import { KeysetPageQuery, keysetPageOf, optionalText, requiredText, Timestamp, Version } from './common.js';
import {
  ChecklistEntry,
  ChecklistEntryOut,
  checkDates,
  DateOnly,
  EngagementPerson,
  EngagementPersonOut,
  Money,
  ProgrammeSlot,
  ProgrammeSlotOut,
} from './visits.js';

/**
 * Events and conferences (issue 19). An international conference is also the college exchange record the
 * Ministry's table counts: the event keeps that `activities` row in step (`activityId`, ADR 0025).
 */
const Id = z.number().int().positive().max(2_147_483_647);
const Count = z.number().int().min(0).max(1_000_000);
const optional = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

const eventFields = {
  kind: z.enum(EVENT_KINDS),
  /** The organising unit (a college, or the OIA). */
  unitId: Id,
  titleZh: optionalText(300),
  titleEn: optionalText(300),
  startDate: DateOnly,
  endDate: DateOnly,
  venue: optionalText(300),
  language: optionalText(20),
  budget: optional(Money),
  /** A public event is in the public calendar feed and takes registrations from the public form. */
  isPublic: z.boolean().default(false),
  participants: optional(Count),
  foreignParticipants: optional(Count),
  programme: z.array(ProgrammeSlot).max(300).default([]),
  /** Speakers, guests (linked to partners), staff and student assistants on duty. */
  people: z.array(EngagementPerson).max(300).default([]),
  checklist: z.array(ChecklistEntry).max(60).optional(),
  photosUrl: optionalText(500),
  newsZh: optionalText(8000),
  newsEn: optionalText(8000),
};
const EventFields = z.object(eventFields).strict();
type EventFields = z.infer<typeof EventFields>;
function checkEvent(v: EventFields, ctx: z.RefinementCtx) {
  checkDates({ ...v, slots: v.programme }, ctx, 'programme');
  if (!v.titleZh && !v.titleEn) ctx.addIssue({ code: 'custom', path: ['titleZh'], params: { i18n: 'activity_title' } });
  if (v.participants !== null && v.foreignParticipants !== null && v.foreignParticipants > v.participants)
    ctx.addIssue({ code: 'custom', path: ['foreignParticipants'], params: { i18n: 'activity_foreign_participants' } });
}
export const EventCreate = EventFields.superRefine(checkEvent);
export type EventCreate = z.infer<typeof EventCreate>;
export const EventUpdate = z
  .object({ ...eventFields, version: Version })
  .strict()
  .superRefine(checkEvent);
export type EventUpdate = z.infer<typeof EventUpdate>;

export const EventListQuery = KeysetPageQuery.extend({
  kind: z.enum(EVENT_KINDS).optional(),
  from: DateOnly.optional(),
  q: z.string().trim().max(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type EventListQuery = z.infer<typeof EventListQuery>;

export const EventSummary = z.object({
  id: z.number().int(),
  kind: z.enum(EVENT_KINDS),
  unitId: z.number().int(),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  venue: z.string().nullable(),
  isPublic: z.boolean(),
  activityId: z.number().int().nullable(),
  archivedAt: Timestamp.nullable(),
});
export type EventSummary = z.infer<typeof EventSummary>;
export const EventPage = keysetPageOf(EventSummary);

export const Registration = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  affiliation: z.string().nullable(),
  source: z.enum(['internal', 'public']),
  createdAt: Timestamp,
});
export type Registration = z.infer<typeof Registration>;
export const RegistrationCreate = z
  .object({ name: requiredText(200), email: z.email().max(254), affiliation: optionalText(300) })
  .strict();
export type RegistrationCreate = z.infer<typeof RegistrationCreate>;

/** The public form: the same fields plus `website`, a honeypot people never see (bots fill every field). */
export const PublicRegistrationCreate = RegistrationCreate.extend({ website: z.string().max(200).optional() }).strict();
export type PublicRegistrationCreate = z.infer<typeof PublicRegistrationCreate>;

export const Event = EventSummary.extend({
  language: z.string().nullable(),
  budget: z.number().int().nullable(),
  participants: z.number().int().nullable(),
  foreignParticipants: z.number().int().nullable(),
  programme: z.array(ProgrammeSlotOut),
  people: z.array(EngagementPersonOut),
  checklist: z.array(ChecklistEntryOut),
  photosUrl: z.string().nullable(),
  newsZh: z.string().nullable(),
  newsEn: z.string().nullable(),
  registrations: z.array(Registration),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  permissions: z.object({ update: z.boolean(), archive: z.boolean() }),
});
export type Event = z.infer<typeof Event>;
export const EventArchiveBody = z.object({ version: Version }).strict();

/** What the public sees of a public event (no budget, no people's details, no registrations). */
export const PublicEvent = z.object({
  id: z.number().int(),
  kind: z.enum(EVENT_KINDS),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  venue: z.string().nullable(),
  programme: z.array(ProgrammeSlotOut),
});
export type PublicEvent = z.infer<typeof PublicEvent>;
