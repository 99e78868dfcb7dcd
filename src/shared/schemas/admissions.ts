import { z } from 'zod';
import {
  ADMISSION_DEGREE_LEVELS,
  APPLICATION_STATUSES,
  CEFR_LEVELS,
  CHANNELS,
  DECISIONS,
  FEE_STATUSES,
  IDENTITIES,
  LANGUAGE_FRAMEWORKS,
  ROUND_KINDS,
} from '#shared/admissions.js';
import { GENDERS } from '#shared/mobility.js';
import {
  CountryCode as Country,
  PositiveId as Id,
  INT_MAX,
  orNull as optional,
  optionalText,
  requiredText,
  Version,
} from './common.js';

/** International admissions (issue 21): rounds, programs, the applicant's portal, review and decisions. */
const Code = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,40}$/);

export const RoundDocumentSchema = z
  .object({ code: Code, labelZh: requiredText(200), labelEn: requiredText(200), required: z.boolean() })
  .strict();
export const RoundCriterionSchema = z
  .object({
    code: Code,
    labelZh: requiredText(200),
    labelEn: requiredText(200),
    weight: z.number().min(0).max(100),
    max: z.number().int().min(1).max(1000),
  })
  .strict();

const roundFields = {
  kind: z.enum(ROUND_KINDS),
  academicYear: z.number().int().min(2000).max(2100),
  semester: z.union([z.literal(1), z.literal(2)]),
  nameZh: requiredText(300),
  nameEn: requiredText(300),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  decisionsBy: optional(z.iso.date()),
  feeNtd: optional(z.number().int().min(0).max(1_000_000)),
  documents: z.array(RoundDocumentSchema).max(20),
  criteria: z.array(RoundCriterionSchema).min(1).max(10),
  notesZh: optionalText(4000),
  notesEn: optionalText(4000),
};
function checkRound(r: { opensAt: string; closesAt: string }, ctx: z.RefinementCtx) {
  if (new Date(r.closesAt) <= new Date(r.opensAt))
    ctx.addIssue({ code: 'custom', path: ['closesAt'], params: { i18n: 'end_before_start' } });
}
export const RoundCreate = z.object(roundFields).strict().superRefine(checkRound);
export const RoundUpdate = z
  .object({ ...roundFields, version: Version })
  .strict()
  .superRefine(checkRound);
export type RoundCreate = z.infer<typeof RoundCreate>;
export type RoundUpdate = z.infer<typeof RoundUpdate>;

const programFields = {
  unitId: Id,
  degreeLevel: z.enum(ADMISSION_DEGREE_LEVELS),
  nameZh: requiredText(300),
  nameEn: requiredText(300),
  places: z.number().int().min(1).max(10_000),
  languageFramework: z.enum(LANGUAGE_FRAMEWORKS),
  languageLevel: z.enum(CEFR_LEVELS),
  minGpa: optional(z.number().min(0).max(4.3)),
  requirementsZh: optionalText(4000),
  requirementsEn: optionalText(4000),
  reviewerIds: z.array(Id).max(30),
};
export const ProgramCreate = z.object(programFields).strict();
export const ProgramUpdate = z.object({ ...programFields, version: Version }).strict();
export type ProgramCreate = z.infer<typeof ProgramCreate>;
export type ProgramUpdate = z.infer<typeof ProgramUpdate>;

export const AdmissionProgram = z.object({
  id: z.number(),
  roundId: z.number(),
  unitId: z.number(),
  unitNameZh: z.string().nullable(),
  unitNameEn: z.string().nullable(),
  degreeLevel: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  places: z.number(),
  languageFramework: z.string(),
  languageLevel: z.string(),
  minGpa: z.number().nullable(),
  requirementsZh: z.string().nullable(),
  requirementsEn: z.string().nullable(),
  reviewerIds: z.array(z.number()),
  admitted: z.number(),
  version: z.number(),
});
export type AdmissionProgram = z.infer<typeof AdmissionProgram>;

export const AdmissionRound = z.object({
  id: z.number(),
  kind: z.enum(ROUND_KINDS),
  academicYear: z.number(),
  semester: z.number(),
  nameZh: z.string(),
  nameEn: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  decisionsBy: z.string().nullable(),
  feeNtd: z.number().nullable(),
  documents: z.array(RoundDocumentSchema),
  criteria: z.array(RoundCriterionSchema),
  notesZh: z.string().nullable(),
  notesEn: z.string().nullable(),
  open: z.boolean(),
  programs: z.array(AdmissionProgram),
  applications: z.number(),
  version: z.number(),
});
export type AdmissionRound = z.infer<typeof AdmissionRound>;
export const RoundList = z.object({ items: z.array(AdmissionRound) });

/** The applicant's own form: everything optional while a draft; completeness is the checklist's job. */
export const ApplicationForm = z
  .object({
    programId: optional(Id),
    givenName: optionalText(100),
    familyName: optionalText(100),
    nameZh: optionalText(100),
    nationality: optional(Country),
    identity: optional(z.enum(IDENTITIES)),
    birthDate: optional(z.iso.date()),
    gender: optional(z.enum(GENDERS)),
    phone: optionalText(40),
    previousSchool: optionalText(300),
    gpa: optional(z.number().min(0).max(4.3)),
    languageFramework: optional(z.enum(LANGUAGE_FRAMEWORKS)),
    languageLevel: optional(z.enum(CEFR_LEVELS)),
    statement: optionalText(8000),
    channel: optional(z.enum(CHANNELS)),
    version: Version,
  })
  .strict();
export type ApplicationForm = z.infer<typeof ApplicationForm>;

export const ApplicationStart = z.object({ roundId: Id, programId: optional(Id) }).strict();

export const AdmissionDocument = z.object({
  id: z.number(),
  code: z.string(),
  fileName: z.string(),
  uploadedAt: z.string(),
});
export const MissingItem = z.object({ kind: z.enum(['field', 'document', 'requirement']), code: z.string() });
export type MissingItem = z.infer<typeof MissingItem>;

export const ReviewScore = z.object({
  reviewerId: z.number(),
  reviewerName: z.string().nullable(),
  scores: z.record(z.string(), z.number()),
  total: z.number(),
  comment: z.string().nullable(),
  scoredAt: z.string(),
});

export const AdmissionApplication = z.object({
  id: z.number(),
  roundId: z.number(),
  programId: z.number().nullable(),
  email: z.string(),
  locale: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  nameZh: z.string().nullable(),
  nationality: z.string().nullable(),
  identity: z.string().nullable(),
  birthDate: z.string().nullable(),
  gender: z.string().nullable(),
  phone: z.string().nullable(),
  previousSchool: z.string().nullable(),
  gpa: z.number().nullable(),
  languageFramework: z.string().nullable(),
  languageLevel: z.string().nullable(),
  statement: z.string().nullable(),
  channel: z.string().nullable(),
  partnerId: z.number().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  feeStatus: z.enum(FEE_STATUSES),
  score: z.number().nullable(),
  decisionReason: z.string().nullable(),
  personId: z.number().nullable(),
  mobilityId: z.number().nullable(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number(),
  documents: z.array(AdmissionDocument),
  missing: z.array(MissingItem),
  /** Staff only (empty for the applicant). */
  reviews: z.array(ReviewScore),
  mayScore: z.boolean(),
  mayDecide: z.boolean(),
});
export type AdmissionApplication = z.infer<typeof AdmissionApplication>;
export const ApplicantApplications = z.object({ items: z.array(AdmissionApplication) });

export const ApplicationListQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  programId: z.coerce.number().int().positive().max(INT_MAX).optional(),
  country: Country.optional(),
  feeStatus: z.enum(FEE_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  after: z.coerce.number().int().positive().max(INT_MAX).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;
/** The xlsx export takes the list's filters (every page). */
export const ApplicationExportQuery = ApplicationListQuery.omit({ after: true, pageSize: true });
export type ApplicationExportQuery = z.infer<typeof ApplicationExportQuery>;
export const ApplicationListItem = z.object({
  id: z.number(),
  programId: z.number().nullable(),
  email: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  nationality: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  feeStatus: z.enum(FEE_STATUSES),
  score: z.number().nullable(),
  channel: z.string().nullable(),
  submittedAt: z.string().nullable(),
});
export const ApplicationPage = z.object({
  items: z.array(ApplicationListItem),
  total: z.number(),
  next: z.number().nullable(),
});
export type ApplicationPage = z.infer<typeof ApplicationPage>;

export const FeeUpdate = z.object({ feeStatus: z.enum(FEE_STATUSES), version: Version }).strict();
export const ScoreInput = z
  .object({ scores: z.record(z.string(), z.number().min(0).max(1000)), comment: optionalText(2000) })
  .strict();
export const DecisionInput = z
  .object({ decision: z.enum(DECISIONS), reason: requiredText(2000), version: Version })
  .strict();
export const ResponseInput = z.object({ accept: z.boolean(), version: Version }).strict();

/** Public: ask for a sign-in code (creates the applicant account on first use). `website` is the honeypot. */
export const ApplicantCodeRequest = z
  .object({
    email: z.email().max(254),
    locale: z.enum(['zh-TW', 'en']),
    website: z.string().max(200).optional(),
  })
  .strict();
export const ApplicantVerify = z
  .object({
    email: z.email().max(254),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/),
  })
  .strict();
export const ApplicantSession = z.object({ token: z.string(), email: z.string(), expiresAt: z.string() });

export const RoundParams = z.object({ id: z.coerce.number().int().positive().max(INT_MAX) });
export const DocParams = z.object({
  id: z.coerce.number().int().positive().max(INT_MAX),
  docId: z.coerce.number().int().positive().max(INT_MAX),
});
