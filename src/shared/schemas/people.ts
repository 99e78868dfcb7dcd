import { z } from 'zod';
import {
  ARC_OLD_FORMAT_UNTIL,
  arcFormat,
  DEGREE_LEVELS,
  GENDERS,
  PERSON_KINDS,
  PROGRAM_TYPES,
  STUDY_TIMES,
} from '#shared/mobility.js';
import { DEFAULT_COUNTRY_REGIONS } from '#shared/regions.data.js';
import {
  RecordPermissions as BasePermissions,
  emptyAsNull,
  KeysetPageQuery,
  keysetPageOf,
  optionalText,
  Timestamp,
  Version,
} from './common.js';

export const PEOPLE_SORTS = ['name', 'number', 'updated', 'created'] as const;
export const PII_FIELDS = ['passportNo', 'arcNo'] as const;
export type PiiField = (typeof PII_FIELDS)[number];
export const PII_ACTIONS = ['reveal', 'export', 'download'] as const;

const DateOnly = z.iso.date();
const OptionalDate = emptyAsNull(DateOnly);

/** Nationality: a country of the MoE region table, or Taiwan (home, deliberately absent from that table). */
export const Nationality = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => c === 'TW' || c in DEFAULT_COUNTRY_REGIONS, { params: { i18n: 'country' } });

/**
 * A personal-data number as typed: undefined keeps the stored value (update), null or '' clears it.
 * Letters are upper-cased and spaces dropped.
 */
const piiNumber = (check?: { test: (v: string) => boolean; i18n: string }) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() || null : v),
      z
        .string()
        .max(20)
        .refine((v) => !check || check.test(v), { params: { i18n: check?.i18n ?? 'invalid_format' } })
        .nullable(),
    )
    .optional();
/** Keeps an omitted date undefined (update: keep), '' → null (clear). */
const piiDate = z.preprocess((v) => (v === '' ? null : v), DateOnly.nullable()).optional();

const PASSPORT = /^[A-Z0-9]{5,20}$/;

const personFields = {
  kind: z.enum(PERSON_KINDS),
  nameZh: optionalText(120),
  nameEn: optionalText(120),
  studentNo: optionalText(30),
  staffNo: optionalText(30),
  unitId: z.number().int().positive().nullish(),
  degreeLevel: emptyAsNull(z.enum(DEGREE_LEVELS)),
  programType: emptyAsNull(z.enum(PROGRAM_TYPES)),
  studyTime: emptyAsNull(z.enum(STUDY_TIMES)),
  nationality: emptyAsNull(Nationality),
  gender: emptyAsNull(z.enum(GENDERS)),
  birthDate: OptionalDate,
  email: emptyAsNull(z.email().max(200)),
  phone: optionalText(60),
  gpa: z.number().min(0).max(4.3).nullish(),
  notes: optionalText(4000),
  passportNo: piiNumber({ test: (v) => PASSPORT.test(v), i18n: 'passport_format' }),
  passportExpiry: piiDate,
  // Either format here (so its message comes with the others); the service refuses the old one once retired.
  arcNo: piiNumber({ test: (v) => arcFormat(v, ARC_OLD_FORMAT_UNTIL) !== null, i18n: 'arc_format' }),
  arcExpiry: piiDate,
  workPermitExpiry: piiDate,
};

/** At least one of the two names. */
const named = (p: { nameZh: string | null; nameEn: string | null }, ctx: z.RefinementCtx) => {
  if (!p.nameZh && !p.nameEn)
    for (const path of ['nameZh', 'nameEn'])
      ctx.addIssue({ code: 'custom', path: [path], params: { i18n: 'person_name' } });
};

export const PersonCreate = z.object(personFields).strict().superRefine(named);
export const PersonUpdate = z
  .object({ ...personFields, version: Version })
  .strict()
  .superRefine(named);
export type PersonCreate = z.infer<typeof PersonCreate>;
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const PeopleListQuery = KeysetPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(PERSON_KINDS).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  nationality: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** local: Taiwanese nationals; international: everyone else with a nationality. */
  origin: z.enum(['local', 'international']).optional(),
  degreeLevel: z.enum(DEGREE_LEVELS).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  sort: z.enum(PEOPLE_SORTS).default('name'),
});
export type PeopleListQuery = z.infer<typeof PeopleListQuery>;

export const PeopleExportQuery = PeopleListQuery.extend({
  /** Numbers in clear (one access-log row per person exported): only for those who may reveal them all. */
  includePersonalData: z.stringbool().default(false),
});
export type PeopleExportQuery = z.infer<typeof PeopleExportQuery>;

export const PersonSummary = z.object({
  id: z.number().int(),
  kind: z.enum(PERSON_KINDS),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  studentNo: z.string().nullable(),
  staffNo: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitNameZh: z.string().nullable(),
  unitNameEn: z.string().nullable(),
  degreeLevel: z.enum(DEGREE_LEVELS).nullable(),
  programType: z.enum(PROGRAM_TYPES).nullable(),
  studyTime: z.enum(STUDY_TIMES).nullable(),
  nationality: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  archivedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const PersonPermissions = BasePermissions.extend({ revealPii: z.boolean() });

export const Person = PersonSummary.extend({
  version: Version,
  userId: z.number().int().nullable(),
  birthDate: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  gpa: z.number().nullable(),
  notes: z.string().nullable(),
  /** Personal data: only ever the mask (bullets and the last characters), never the number. */
  passportNo: z.string().nullable(),
  passportExpiry: z.string().nullable(),
  arcNo: z.string().nullable(),
  arcExpiry: z.string().nullable(),
  workPermitExpiry: z.string().nullable(),
  createdAt: Timestamp,
  permissions: PersonPermissions,
});
export type Person = z.infer<typeof Person>;

export const PeoplePage = keysetPageOf(PersonSummary);

export const PersonArchiveBody = z.object({ version: Version }).strict();
export const RevealBody = z.object({ field: z.enum(PII_FIELDS) }).strict();
export const RevealResult = z.object({ field: z.enum(PII_FIELDS), value: z.string(), loggedAt: Timestamp });
export type RevealResult = z.infer<typeof RevealResult>;

export const AccessLogQuery = KeysetPageQuery.extend({ order: z.enum(['asc', 'desc']).default('desc') });
export type AccessLogQuery = z.infer<typeof AccessLogQuery>;
export const AccessLogEntry = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  userEmail: z.string().nullable(),
  userNameZh: z.string().nullable(),
  userNameEn: z.string().nullable(),
  field: z.string(),
  action: z.enum(PII_ACTIONS),
  detail: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: Timestamp,
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;
export const AccessLogPage = keysetPageOf(AccessLogEntry);
