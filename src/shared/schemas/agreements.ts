import { z } from 'zod';
import {
  AGREEMENT_KINDS,
  AGREEMENT_SIDES,
  AGREEMENT_SORTS,
  AGREEMENT_STATUSES,
  AGREEMENT_TRANSITIONS,
  CEFR_LEVELS,
  DIRECTIONS,
  DURATION_UNITS,
  MOBILITY_KINDS,
  STUDY_LEVELS,
  TERMS,
} from '#shared/enums.js';
import { MOE_REGIONS } from '#shared/regions.data.js';
import {
  emptyAsNull,
  KeysetPageQuery,
  keysetPageOf,
  optionalText,
  requiredText,
  Timestamp,
  Version,
} from './common.js';

/** A calendar date 'YYYY-MM-DD' (no time zone: agreements run from day to day). */
export const DateOnly = z.iso.date();
const OptionalDate = emptyAsNull(DateOnly);
const Id = z.number().int().positive();

export const AgreementPartnerInput = z
  .object({ partnerId: Id, facultyEn: optionalText(200), facultyZh: optionalText(200) })
  .strict();

export const AgreementPersonInput = z
  .object({
    role: z.enum(['signatory', 'contact']),
    side: z.enum(AGREEMENT_SIDES),
    name: requiredText(120),
    title: optionalText(200),
    email: emptyAsNull(z.email().max(200)),
    phone: optionalText(60),
    signedOn: OptionalDate,
  })
  .strict();

const agreementFields = {
  kind: z.enum(AGREEMENT_KINDS),
  titleEn: requiredText(300),
  titleZh: optionalText(300),
  code: optionalText(60),
  partnerCode: optionalText(60),
  owningUnitId: Id.nullish(),
  partners: z.array(AgreementPartnerInput).min(1).max(20),
  startDate: OptionalDate,
  endDate: OptionalDate,
  openEnded: z.boolean().default(false),
  autoRenew: z.boolean().default(false),
  renewalTerms: optionalText(2000),
  noticeMonths: z.number().int().min(0).max(60).nullish(),
  people: z.array(AgreementPersonInput).max(40).default([]),
  notes: optionalText(4000),
};

/** Field rules that span fields: an end after the start; open-ended means no end date. */
function checkDates(v: { startDate: string | null; endDate: string | null; openEnded: boolean }, ctx: z.RefinementCtx) {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], params: { i18n: 'end_before_start' } });
  if (v.openEnded && v.endDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], params: { i18n: 'open_ended_with_end' } });
}

export const AgreementCreate = z.object(agreementFields).strict().superRefine(checkDates);
export const AgreementUpdate = z
  .object({ ...agreementFields, version: Version })
  .strict()
  .superRefine(checkDates);
export type AgreementCreate = z.infer<typeof AgreementCreate>;
export type AgreementUpdate = z.infer<typeof AgreementUpdate>;

export const AgreementListQuery = KeysetPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  status: z.enum(AGREEMENT_STATUSES).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: z.enum(MOE_REGIONS).optional(),
  owningUnitId: z.coerce.number().int().positive().optional(),
  partnerId: z.coerce.number().int().positive().optional(),
  /** Active agreements whose end date falls within the next N days. */
  expiringWithinDays: z.coerce.number().int().min(1).max(3650).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  sort: z.enum(AGREEMENT_SORTS).default('end_date'),
});
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;

export const AgreementPartnerRef = z.object({
  id: z.number().int(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  country: z.string(),
  facultyEn: z.string().nullable(),
  facultyZh: z.string().nullable(),
});

export const AgreementSummary = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  partnerCode: z.string().nullable(),
  kind: z.enum(AGREEMENT_KINDS),
  titleEn: z.string(),
  titleZh: z.string().nullable(),
  /** Effective status: active agreements read as expiring/expired by their dates. */
  status: z.enum(AGREEMENT_STATUSES),
  owningUnitId: z.number().int().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  openEnded: z.boolean(),
  noticeDate: z.string().nullable(),
  generation: z.number().int(),
  partners: z.array(AgreementPartnerRef),
  hasSignedFile: z.boolean(),
  archivedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type AgreementSummary = z.infer<typeof AgreementSummary>;
export const AgreementPage = keysetPageOf(AgreementSummary);

export const AgreementPerson = z.object({
  id: z.number().int(),
  role: z.enum(['signatory', 'contact']),
  side: z.enum(AGREEMENT_SIDES),
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  signedOn: z.string().nullable(),
});

export const AgreementFile = z.object({
  id: z.number().int(),
  kind: z.enum(['signed', 'draft', 'other']),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: Timestamp,
  uploadedBy: z.string().nullable(),
  uploadedByNameZh: z.string().nullable(),
  uploadedByNameEn: z.string().nullable(),
});
export type AgreementFile = z.infer<typeof AgreementFile>;

export const Agreement = AgreementSummary.extend({
  version: Version,
  autoRenew: z.boolean(),
  renewalTerms: z.string().nullable(),
  noticeMonths: z.number().int().nullable(),
  renewalOfId: z.number().int().nullable(),
  /** The newer version made by renewing this one, if any. */
  renewedById: z.number().int().nullable(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  notes: z.string().nullable(),
  people: z.array(AgreementPerson),
  files: z.array(AgreementFile),
  statusChangedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  /** Lifecycle actions this user may take now. */
  transitions: z.array(z.enum(AGREEMENT_TRANSITIONS)),
  permissions: z.object({
    update: z.boolean(),
    archive: z.boolean(),
    upload: z.boolean(),
    managePlaces: z.boolean(),
  }),
});
export type Agreement = z.infer<typeof Agreement>;

export const TransitionBody = z
  .object({
    action: z.enum(AGREEMENT_TRANSITIONS),
    version: Version,
    comment: optionalText(2000),
    /** terminate: the day it ends (defaults to today). */
    date: OptionalDate,
    /** activate without the signed file uploaded: the user says it will follow (the reminder then asks for it). */
    signedCopyToFollow: z.boolean().optional(),
  })
  .strict();
export type TransitionBody = z.infer<typeof TransitionBody>;

// ── Exchange places ──────────────────────────────────────────────────────────

export const LanguageRequirement = z
  .object({
    /** ISO 639-1 code, e.g. 'en', 'ja'. */
    language: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2,3}$/),
    cefr: z.enum(CEFR_LEVELS),
  })
  .strict();

/** ISCED-F 2013 detailed field: four digits. */
export const IscedCode = z.string().regex(/^\d{4}$/);

const placeFields = {
  academicYear: z.number().int().min(2000).max(2100),
  direction: z.enum(DIRECTIONS),
  level: z.enum(STUDY_LEVELS),
  mobilityKind: z.enum(MOBILITY_KINDS),
  places: z.number().int().min(0).max(999),
  duration: z.number().int().min(1).max(3650).nullish(),
  durationUnit: z.enum(DURATION_UNITS).default('months'),
  languages: z.array(LanguageRequirement).max(10).default([]),
  isced: z.array(IscedCode).max(20).default([]),
  notes: optionalText(2000),
};
export const PlaceCreate = z.object(placeFields).strict();
export const PlaceUpdate = z.object({ ...placeFields, version: Version }).strict();
export type PlaceCreate = z.infer<typeof PlaceCreate>;
export type PlaceUpdate = z.infer<typeof PlaceUpdate>;

export const Place = z.object({
  id: z.number().int(),
  agreementId: z.number().int(),
  version: Version,
  academicYear: z.number().int(),
  direction: z.enum(DIRECTIONS),
  level: z.enum(STUDY_LEVELS),
  eqfLevel: z.number().int(),
  mobilityKind: z.enum(MOBILITY_KINDS),
  places: z.number().int(),
  used: z.number().int(),
  remaining: z.number().int(),
  duration: z.number().int().nullable(),
  durationUnit: z.enum(DURATION_UNITS),
  languages: z.array(z.object({ language: z.string(), cefr: z.enum(CEFR_LEVELS) })),
  isced: z.array(z.string()),
  notes: z.string().nullable(),
});
export type Place = z.infer<typeof Place>;
export const PlaceList = z.object({ items: z.array(Place) });

export const PlaceUsageCreate = z
  .object({ count: z.number().int().min(1).max(99).default(1), label: optionalText(200) })
  .strict();
export const PlaceIdParams = z.object({
  id: z.coerce.number().int().positive(),
  placeId: z.coerce.number().int().positive(),
});
export const FileIdParams = z.object({
  id: z.coerce.number().int().positive(),
  fileId: z.coerce.number().int().positive(),
});

/** A partner's agreements with their places per year (partner page). */
export const PartnerAgreements = z.object({
  agreements: z.array(AgreementSummary),
  places: z.array(
    z.object({
      academicYear: z.number().int(),
      direction: z.enum(DIRECTIONS),
      places: z.number().int(),
      used: z.number().int(),
    }),
  ),
  /**
   * Exchange history: what used this partner's places, newest first — nominations recorded against a
   * place now, mobility records once the mobility module writes its usages.
   */
  exchanges: z.array(
    z.object({
      agreementId: z.number().int(),
      academicYear: z.number().int(),
      direction: z.enum(DIRECTIONS),
      level: z.enum(STUDY_LEVELS),
      mobilityKind: z.enum(MOBILITY_KINDS),
      count: z.number().int(),
      label: z.string().nullable(),
      sourceType: z.string(),
      at: Timestamp,
    }),
  ),
});
export type PartnerAgreements = z.infer<typeof PartnerAgreements>;

// ── Partner factsheet ────────────────────────────────────────────────────────

const MonthDay = z
  .string()
  .refine((v) => /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v), { params: { i18n: 'month_day' } });
export const Deadline = z
  .object({ term: z.enum(TERMS), nomination: emptyAsNull(MonthDay), application: emptyAsNull(MonthDay) })
  .strict();
export const FactsheetLink = z
  .object({ label: requiredText(200), url: z.url({ protocol: /^https?$/ }).max(500) })
  .strict();

const factsheetFields = {
  deadlines: z.array(Deadline).max(4).default([]),
  instructionLanguages: optionalText(200),
  requirementsZh: optionalText(4000),
  requirementsEn: optionalText(4000),
  housingZh: optionalText(4000),
  housingEn: optionalText(4000),
  visaZh: optionalText(4000),
  visaEn: optionalText(4000),
  insuranceZh: optionalText(4000),
  insuranceEn: optionalText(4000),
  notesZh: optionalText(4000),
  notesEn: optionalText(4000),
  links: z.array(FactsheetLink).max(20).default([]),
};
/** version 0 creates the factsheet; afterwards send the version you read. */
export const FactsheetUpdate = z.object({ ...factsheetFields, version: z.number().int().min(0) }).strict();
export type FactsheetUpdate = z.infer<typeof FactsheetUpdate>;
export const Factsheet = z.object({
  partnerId: z.number().int(),
  version: z.number().int(),
  deadlines: z.array(
    z.object({ term: z.enum(TERMS), nomination: z.string().nullable(), application: z.string().nullable() }),
  ),
  instructionLanguages: z.string().nullable(),
  requirementsZh: z.string().nullable(),
  requirementsEn: z.string().nullable(),
  housingZh: z.string().nullable(),
  housingEn: z.string().nullable(),
  visaZh: z.string().nullable(),
  visaEn: z.string().nullable(),
  insuranceZh: z.string().nullable(),
  insuranceEn: z.string().nullable(),
  notesZh: z.string().nullable(),
  notesEn: z.string().nullable(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  updatedAt: Timestamp.nullable(),
  permissions: z.object({ update: z.boolean() }),
});
export type Factsheet = z.infer<typeof Factsheet>;
