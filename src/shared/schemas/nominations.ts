import { z } from 'zod';
import { NOMINATION_LEVELS, NOMINATION_STATUSES, NOMINATION_TERMS } from '#shared/recruitment.js';
import { LOCALES } from '#shared/roles.js';
import { Factsheet, FactsheetUpdate } from './agreements.js';
import { optionalText, requiredText, Timestamp, Version } from './common.js';
import { Contact, ContactInput } from './partners.js';

/** Partners nominate by link (issue 21, item 4): windows, links, nominations, the coordinator's pages. */
const Id = z.number().int().positive().max(2_147_483_647);
const DateOnly = z.iso.date();
const Email = z.string().trim().max(254).pipe(z.email());

export const TokenParams = z.object({ token: z.string().min(20).max(100) });

export const WindowInput = z
  .object({
    academicYear: z.number().int().min(2000).max(2100),
    term: z.enum(NOMINATION_TERMS),
    /** Left out: the dates for that term (src/shared/recruitment.ts defaultWindow). */
    opensOn: DateOnly.optional(),
    closesOn: DateOnly.optional(),
    applicationsCloseOn: DateOnly.optional(),
  })
  .strict()
  .refine((w) => !w.opensOn || !w.closesOn || w.closesOn >= w.opensOn, {
    path: ['closesOn'],
    params: { i18n: 'end_before_start' },
  });
export type WindowInput = z.infer<typeof WindowInput>;
export const WindowUpdate = z
  .object({ opensOn: DateOnly, closesOn: DateOnly, applicationsCloseOn: DateOnly, version: Version })
  .strict()
  .refine((w) => w.closesOn >= w.opensOn, { path: ['closesOn'], params: { i18n: 'end_before_start' } });
export type WindowUpdate = z.infer<typeof WindowUpdate>;
export const NominationWindow = z.object({
  id: z.number().int(),
  academicYear: z.number().int(),
  term: z.enum(NOMINATION_TERMS),
  opensOn: z.string(),
  closesOn: z.string(),
  applicationsCloseOn: z.string(),
  /** Open today (Asia/Taipei). */
  open: z.boolean(),
  version: z.number().int(),
});
export type NominationWindow = z.infer<typeof NominationWindow>;

export const LinkCreate = z
  .object({
    contactName: requiredText(200),
    contactEmail: Email,
    locale: z.enum(LOCALES).default('en'),
    expiresOn: DateOnly.optional(),
  })
  .strict();
export type LinkCreate = z.infer<typeof LinkCreate>;
export const NominationLink = z.object({
  id: z.number().int(),
  partnerId: z.number().int(),
  contactName: z.string(),
  contactEmail: z.string(),
  locale: z.enum(LOCALES),
  expiresAt: Timestamp,
  revokedAt: Timestamp.nullable(),
  lastUsedAt: Timestamp.nullable(),
  sentAt: Timestamp.nullable(),
  createdAt: Timestamp,
  /** live | expired | revoked */
  state: z.enum(['live', 'expired', 'revoked']),
});
export type NominationLink = z.infer<typeof NominationLink>;
/** A link as made or resent: the address with its secret, shown this once (it is also mailed). */
export const NominationLinkIssued = NominationLink.extend({ url: z.string() });

export const NomineeInput = z
  .object({
    windowId: Id,
    givenName: requiredText(120),
    familyName: requiredText(120),
    email: Email,
    level: z.enum(NOMINATION_LEVELS),
    fieldOfStudy: optionalText(200),
    /** The honeypot: people leave it empty; a filled one is answered as accepted and nothing is kept. */
    website: z.string().max(200).optional(),
  })
  .strict();
export type NomineeInput = z.infer<typeof NomineeInput>;

export const Nominee = z.object({
  id: z.number().int(),
  windowId: z.number().int(),
  academicYear: z.number().int(),
  term: z.enum(NOMINATION_TERMS),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  level: z.string(),
  fieldOfStudy: z.string().nullable(),
  status: z.enum(NOMINATION_STATUSES),
  createdAt: Timestamp,
  decidedAt: Timestamp.nullable(),
});
export type Nominee = z.infer<typeof Nominee>;

/** Inbound places per academic year over the partner's agreements, with how many are used. */
export const PlacesUse = z.object({ academicYear: z.number().int(), places: z.number().int(), used: z.number().int() });
export type PlacesUse = z.infer<typeof PlacesUse>;

/** The partner factsheet (agreements module) without what only staff keep: deadlines, links, permissions. */
export const PublicFactsheet = Factsheet.omit({
  partnerId: true,
  deadlines: true,
  links: true,
  updatedAt: true,
  permissions: true,
});
export type PublicFactsheet = z.infer<typeof PublicFactsheet>;

/** What the coordinator's page shows: their partner, the windows, places, their nominees, contacts, factsheet. */
export const CoordinatorView = z.object({
  partner: z.object({ nameZh: z.string().nullable(), nameEn: z.string() }),
  contactName: z.string(),
  locale: z.enum(LOCALES),
  expiresAt: Timestamp,
  windows: z.array(NominationWindow),
  places: z.array(PlacesUse),
  nominees: z.array(Nominee),
  contacts: z.array(Contact),
  factsheet: PublicFactsheet,
});
export type CoordinatorView = z.infer<typeof CoordinatorView>;

export const ContactsUpdate = z.object({ contacts: z.array(ContactInput).min(1).max(10) }).strict();
export type ContactsUpdate = z.infer<typeof ContactsUpdate>;
/** The coordinator edits the texts of the factsheet; its deadlines and links stay as staff keep them. */
export const PublicFactsheetUpdate = FactsheetUpdate.omit({ deadlines: true, links: true });
export type PublicFactsheetUpdate = z.infer<typeof PublicFactsheetUpdate>;

/** Staff: a nomination with what deciding it needs. */
export const StaffNomination = Nominee.extend({
  partnerId: z.number().int(),
  linkId: z.number().int(),
  reason: z.string().nullable(),
  mobilityId: z.number().int().nullable(),
  version: z.number().int(),
});
export type StaffNomination = z.infer<typeof StaffNomination>;
export const InboundPlace = z.object({
  id: z.number().int(),
  agreementId: z.number().int(),
  agreementTitle: z.string(),
  academicYear: z.number().int(),
  level: z.string(),
  places: z.number().int(),
  used: z.number().int(),
});
export const PartnerNominations = z.object({
  links: z.array(NominationLink),
  nominations: z.array(StaffNomination),
  places: z.array(PlacesUse),
  inboundPlaces: z.array(InboundPlace),
  windows: z.array(NominationWindow),
});
export type PartnerNominations = z.infer<typeof PartnerNominations>;

export const NominationAccept = z
  .object({ version: Version, placeId: Id, startDate: DateOnly, endDate: DateOnly })
  .strict()
  .refine((a) => a.endDate >= a.startDate, { path: ['endDate'], params: { i18n: 'end_before_start' } });
export type NominationAccept = z.infer<typeof NominationAccept>;
export const NominationReject = z.object({ version: Version, reason: requiredText(1000) }).strict();
export type NominationReject = z.infer<typeof NominationReject>;
export const LinkParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
