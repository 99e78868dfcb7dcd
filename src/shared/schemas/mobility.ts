import { z } from 'zod';
import { ENROLMENT_EVENTS } from '#shared/enrolment.js';
import {
  DIRECTIONS,
  INBOUND_CATEGORIES,
  LEARNING_AGREEMENT_STATUSES,
  MOBILITY_KINDS,
  MOBILITY_STATUSES,
  PERSON_KINDS,
} from '#shared/mobility.js';
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

/** A calendar date 'YYYY-MM-DD'. */
const DateOnly = z.iso.date();
const OptionalDate = emptyAsNull(DateOnly);
const Id = z.number().int().positive();
const Country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{2}$/.test(v), { params: { i18n: 'country' } });

/** Kinds that lead to a degree (the only ones that may carry the dual-degree flag). */
export const DEGREE_KINDS = new Set<string>(['degree', 'dual_degree', 'offshore']);

export const MOBILITY_SORTS = ['start_date', 'end_date', 'name', 'status', 'updated'] as const;

/**
 * Lifecycle actions. Outbound: nominate → accept → depart → return → close, or cancel. Inbound exchange:
 * apply → accept → arrive → complete, or cancel. Enrolled students: enrol / leave / withdraw / graduate /
 * defer (set directly, with the date). Staff and scholars: complete or cancel.
 */
export const MOBILITY_ACTIONS = [
  'nominate',
  'accept',
  'depart',
  'return',
  'close',
  'apply',
  'arrive',
  'complete',
  'cancel',
  'enrol',
  'leave',
  'withdraw',
  'graduate',
  'defer',
] as const;
export type MobilityAction = (typeof MOBILITY_ACTIONS)[number];

export const LA_ACTIONS = ['submit', 'approve', 'reject'] as const;

const mobilityFields = {
  personId: Id,
  direction: z.enum(DIRECTIONS),
  kind: z.enum(MOBILITY_KINDS),
  moeCategory: emptyAsNull(z.enum(INBOUND_CATEGORIES)),
  /** Why a category that disagrees with the person's nationality is right (a dual national, …). */
  categoryOverrideReason: optionalText(500),
  dualDegree: z.boolean().default(false),
  partnerId: Id.nullish().transform((v) => v ?? null),
  placeId: Id.nullish().transform((v) => v ?? null),
  hostNameZh: optionalText(300),
  hostNameEn: optionalText(300),
  country: emptyAsNull(Country),
  city: optionalText(120),
  startDate: OptionalDate,
  endDate: OptionalDate,
  creditBearing: z.boolean().default(false),
  credits: z
    .number()
    .min(0)
    .max(200)
    .nullish()
    .transform((v) => v ?? null),
  purpose: optionalText(2000),
  outputs: optionalText(4000),
  notes: optionalText(4000),
};

function checkFields(
  v: { startDate: string | null; endDate: string | null; creditBearing: boolean; credits: number | null },
  ctx: z.RefinementCtx,
) {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], params: { i18n: 'end_before_start' } });
  if (!v.creditBearing && v.credits !== null)
    ctx.addIssue({ code: 'custom', path: ['credits'], params: { i18n: 'mobility_credits_not_bearing' } });
}

/** A new record; `status` may name where it starts (e.g. a past short trip recorded as returned). */
export const MobilityCreate = z
  .object({ ...mobilityFields, status: z.enum(MOBILITY_STATUSES as [string, ...string[]]).optional() })
  .strict()
  .superRefine(checkFields);
export const MobilityUpdate = z
  .object({ ...mobilityFields, version: Version })
  .strict()
  .superRefine(checkFields);
export type MobilityCreate = z.infer<typeof MobilityCreate>;
export type MobilityUpdate = z.infer<typeof MobilityUpdate>;

const flag = z.enum(['true', 'false']).optional();

export const MobilityListQuery = KeysetPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  direction: z.enum(DIRECTIONS).optional(),
  kind: z.enum(MOBILITY_KINDS).optional(),
  personCategory: z.enum(PERSON_KINDS).optional(),
  moeCategory: z.enum(INBOUND_CATEGORIES).optional(),
  status: z.enum(MOBILITY_STATUSES as [string, ...string[]]).optional(),
  country: Country.optional(),
  region: z.enum(MOE_REGIONS).optional(),
  partnerId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  personId: z.coerce.number().int().positive().optional(),
  /** Academic year (from 1 August), named by its first calendar year: 2025 = 2025/26. */
  academicYear: z.coerce.number().int().min(1990).max(2100).optional(),
  startFrom: DateOnly.optional(),
  startTo: DateOnly.optional(),
  atLeastSemester: flag,
  closingOverdue: flag,
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  sort: z.enum(MOBILITY_SORTS).default('start_date'),
});
export type MobilityListQuery = z.infer<typeof MobilityListQuery>;

export const MobilitySummary = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personNameZh: z.string().nullable(),
  personNameEn: z.string().nullable(),
  /** Student or staff number (an institutional number, not personal data like a passport number). */
  personNo: z.string().nullable(),
  direction: z.enum(DIRECTIONS),
  kind: z.enum(MOBILITY_KINDS),
  personCategory: z.enum(PERSON_KINDS),
  moeCategory: z.enum(INBOUND_CATEGORIES).nullable(),
  categoryOverrideReason: z.string().nullable(),
  dualDegree: z.boolean(),
  status: z.string(),
  partnerId: z.number().int().nullable(),
  partnerNameZh: z.string().nullable(),
  partnerNameEn: z.string().nullable(),
  hostNameZh: z.string().nullable(),
  hostNameEn: z.string().nullable(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  creditBearing: z.boolean(),
  credits: z.number().nullable(),
  atLeastSemester: z.boolean(),
  unitId: z.number().int().nullable(),
  /** Returned more than CLOSE_WITHIN_DAYS ago and not closed yet. */
  closingOverdue: z.boolean(),
  archivedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type MobilitySummary = z.infer<typeof MobilitySummary>;
export const MobilityPage = keysetPageOf(MobilitySummary);

export const LearningAgreementCourse = z.object({
  id: z.number().int(),
  abroadCode: z.string().nullable(),
  abroadTitle: z.string(),
  abroadCredits: z.number(),
  homeCode: z.string().nullable(),
  homeTitle: z.string().nullable(),
  homeCredits: z.number().nullable(),
  grade: z.string().nullable(),
  recognizedCredits: z.number().nullable(),
});

export const LearningAgreement = z.object({
  status: z.enum(LEARNING_AGREEMENT_STATUSES).nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: Timestamp.nullable(),
  /** The department's comment when it last rejected the agreement; cleared when it is submitted again. */
  rejectionReason: z.string().nullable(),
  courses: z.array(LearningAgreementCourse),
  /** Sum of recognised credits, once any line is recognised. */
  recognizedCredits: z.number().nullable(),
});

export const Mobility = MobilitySummary.extend({
  version: Version,
  agreementId: z.number().int().nullable(),
  placeId: z.number().int().nullable(),
  place: z
    .object({ academicYear: z.number().int(), level: z.string(), mobilityKind: z.string(), places: z.number().int() })
    .nullable(),
  applicationId: z.number().int().nullable(),
  departedOn: z.string().nullable(),
  returnedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** The date of the last status action (lifecycle step, enrolment status change); null before any. */
  statusChangedOn: z.string().nullable(),
  degreeLevel: z.string().nullable(),
  programType: z.string().nullable(),
  studyTime: z.string().nullable(),
  gender: z.string().nullable(),
  purpose: z.string().nullable(),
  outputs: z.string().nullable(),
  notes: z.string().nullable(),
  /** Whether this record takes a learning agreement (outbound, student, credit-bearing). */
  hasLearningAgreement: z.boolean(),
  learningAgreement: LearningAgreement,
  createdAt: Timestamp,
  /** Lifecycle actions this user may take now. */
  transitions: z.array(z.enum(MOBILITY_ACTIONS)),
  permissions: z.object({
    update: z.boolean(),
    archive: z.boolean(),
    editLearningAgreement: z.boolean(),
    learningAgreementActions: z.array(z.enum(LA_ACTIONS)),
    recognizeCredits: z.boolean(),
  }),
});
export type Mobility = z.infer<typeof Mobility>;

export const MobilityTransitionBody = z
  .object({
    action: z.enum(MOBILITY_ACTIONS),
    /** When it happened (departure, return, closing, enrolment change); defaults to today. */
    date: OptionalDate,
    comment: optionalText(2000),
    /** The version the client read: a stale one is refused with 409 (required since issue 16). */
    version: Version,
  })
  .strict();
export type MobilityTransitionBody = z.infer<typeof MobilityTransitionBody>;

/** An enrolled record's dated enrolment history, in date order (docs/decisions/0021). */
export const EnrolmentHistory = z.object({
  items: z.array(
    z.object({
      event: z.enum(ENROLMENT_EVENTS),
      status: z.string(),
      effectiveOn: z.string(),
      note: z.string().nullable(),
      /** false: implied by the record's status (written before the history was kept) */
      stored: z.boolean(),
    }),
  ),
});
export type EnrolmentHistory = z.infer<typeof EnrolmentHistory>;

export const MobilityArchiveBody = z.object({ version: Version }).strict();

export const LearningAgreementCourseInput = z
  .object({
    abroadCode: optionalText(40),
    abroadTitle: requiredText(300),
    abroadCredits: z.number().min(0).max(60),
    homeCode: optionalText(40),
    homeTitle: optionalText(300),
    homeCredits: z
      .number()
      .min(0)
      .max(60)
      .nullish()
      .transform((v) => v ?? null),
  })
  .strict();
export const LearningAgreementUpdate = z
  .object({ version: Version, courses: z.array(LearningAgreementCourseInput).max(40) })
  .strict();
export type LearningAgreementUpdate = z.infer<typeof LearningAgreementUpdate>;

export const LearningAgreementActionBody = z
  .object({ action: z.enum(LA_ACTIONS), version: Version, comment: optionalText(2000) })
  .strict();
export type LearningAgreementActionBody = z.infer<typeof LearningAgreementActionBody>;

export const CreditRecognitionBody = z
  .object({
    version: Version,
    lines: z
      .array(
        z
          .object({
            id: Id,
            recognizedCredits: z
              .number()
              .min(0)
              .max(60)
              .nullish()
              .transform((v) => v ?? null),
            grade: optionalText(20),
          })
          .strict(),
      )
      .max(40),
  })
  .strict();
export type CreditRecognitionBody = z.infer<typeof CreditRecognitionBody>;
