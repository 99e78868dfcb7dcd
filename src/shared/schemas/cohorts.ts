import { z } from 'zod';
import { COHORT_ORG_ROLES, COHORT_SESSION_KINDS, COHORT_SOURCES, COHORT_STAGES } from '#shared/cohorts.js';
import {
  CountryCode as Country,
  PositiveId as Id,
  INT_MAX,
  orNull as optional,
  optionalText,
  requiredText,
  Timestamp,
  Version,
} from './common.js';

/** Cohort programs (issue 18): the program, its schedule, the applicant funnel and the participants. */
const DateOnly = z.iso.date();

export const CohortOrganisationInput = z
  .object({
    role: z.enum(COHORT_ORG_ROLES),
    /** The partner institution's record when it has one; the names are kept as printed either way. */
    partnerId: optional(Id),
    nameZh: requiredText(300),
    nameEn: requiredText(300),
    fundingNtd: optional(z.number().int().min(0).max(INT_MAX)),
  })
  .strict();

const programFields = {
  unitId: Id,
  nameZh: requiredText(300),
  nameEn: requiredText(300),
  startDate: DateOnly,
  endDate: DateOnly,
  places: z.number().int().min(1).max(10_000),
  applicationsOpen: z.boolean(),
  minAttendance: z.number().int().min(0).max(100),
  descriptionZh: optionalText(4000),
  descriptionEn: optionalText(4000),
  organisations: z.array(CohortOrganisationInput).max(20),
};
function checkDates(p: { startDate: string; endDate: string }, ctx: z.RefinementCtx) {
  if (p.endDate < p.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], params: { i18n: 'end_before_start' } });
}
export const CohortProgramCreate = z.object(programFields).strict().superRefine(checkDates);
export const CohortProgramUpdate = z
  .object({ ...programFields, version: Version })
  .strict()
  .superRefine(checkDates);
export type CohortProgramCreate = z.infer<typeof CohortProgramCreate>;
export type CohortProgramUpdate = z.infer<typeof CohortProgramUpdate>;

export const CohortOrganisation = z.object({
  id: z.number().int(),
  role: z.enum(COHORT_ORG_ROLES),
  partnerId: z.number().int().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
  fundingNtd: z.number().int().nullable(),
});

export const CohortFunnel = z.object({
  /** Applications per stage they are at now. */
  byStage: z.record(z.string(), z.number().int()),
  total: z.number().int(),
  participants: z.number().int(),
  completed: z.number().int(),
  withdrawn: z.number().int(),
  certificates: z.number().int(),
  /** Places filled per place offered, in per cent. */
  selectivityPct: z.number().nullable(),
});

export const CohortProgramSummary = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  places: z.number().int(),
  applicationsOpen: z.boolean(),
  applications: z.number().int(),
  participants: z.number().int(),
});
export type CohortProgramSummary = z.infer<typeof CohortProgramSummary>;

export const CohortProgram = CohortProgramSummary.extend({
  minAttendance: z.number().int(),
  descriptionZh: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  organisations: z.array(CohortOrganisation),
  fundingTotalNtd: z.number().int(),
  funnel: CohortFunnel,
  version: z.number().int(),
  updatedAt: Timestamp,
  permissions: z.object({ update: z.boolean(), counsel: z.boolean() }),
});
export type CohortProgram = z.infer<typeof CohortProgram>;
export const CohortProgramList = z.object({ items: z.array(CohortProgramSummary) });

export const CohortSessionCreate = z
  .object({
    kind: z.enum(COHORT_SESSION_KINDS),
    titleZh: requiredText(300),
    titleEn: requiredText(300),
    heldOn: DateOnly,
    hours: z.number().min(0.5).max(24),
    required: z.boolean().default(false),
  })
  .strict();
export type CohortSessionCreate = z.infer<typeof CohortSessionCreate>;
export const CohortSessionUpdate = z.object({ ...CohortSessionCreate.shape, version: Version }).strict();
export type CohortSessionUpdate = z.infer<typeof CohortSessionUpdate>;
export const CohortSession = z.object({
  id: z.number().int(),
  kind: z.enum(COHORT_SESSION_KINDS),
  titleZh: z.string(),
  titleEn: z.string(),
  heldOn: z.string(),
  hours: z.number(),
  required: z.boolean(),
  /** Participants recorded present. */
  present: z.number().int(),
  version: z.number().int(),
});
export type CohortSession = z.infer<typeof CohortSession>;
export const CohortSchedule = z.object({
  items: z.array(CohortSession),
  /** Hours per kind (the curriculum's Chinese-language hours among them). */
  hoursByKind: z.record(z.string(), z.number()),
});

const applicantFields = {
  name: requiredText(200),
  email: z.string().trim().max(254).pipe(z.email()),
  nationality: z.preprocess((v) => (v === '' ? null : v), Country.nullish()).transform((v) => v ?? null),
  institution: optionalText(300),
  fieldOfStudy: optionalText(200),
  motivation: optionalText(4000),
};
export const CohortApplicationCreate = z.object(applicantFields).strict();
export type CohortApplicationCreate = z.infer<typeof CohortApplicationCreate>;
/** The public form: the same fields plus a honeypot that people leave empty (bots fill every field). */
export const CohortPublicApplication = z
  .object({ ...applicantFields, website: z.string().max(200).optional() })
  .strict();
export type CohortPublicApplication = z.infer<typeof CohortPublicApplication>;

export const CohortApplicationListQuery = z.object({
  stage: z.enum(COHORT_STAGES).optional(),
  source: z.enum(COHORT_SOURCES).optional(),
  q: z.string().trim().max(100).optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  /** Keyset paging: the last id of the previous page (the list is in id order, newest first). */
  after: z.coerce.number().int().positive().max(INT_MAX).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CohortApplicationListQuery = z.infer<typeof CohortApplicationListQuery>;

export const CohortApplication = z.object({
  id: z.number().int(),
  programId: z.number().int(),
  name: z.string(),
  email: z.string(),
  nationality: z.string().nullable(),
  institution: z.string().nullable(),
  fieldOfStudy: z.string().nullable(),
  source: z.enum(COHORT_SOURCES),
  stage: z.enum(COHORT_STAGES),
  score: z.number().nullable(),
  reason: z.string().nullable(),
  interviewOn: z.string().nullable(),
  /** The interview (migration 042): time HH:MM (Taipei), place or video link, panel, score 0–100, result. */
  interviewTime: z.string().nullable(),
  interviewPlace: z.string().nullable(),
  interviewPanel: z.string().nullable(),
  interviewScore: z.number().nullable(),
  interviewResult: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
});
export type CohortApplication = z.infer<typeof CohortApplication>;
export const CohortApplicationPage = z.object({
  items: z.array(CohortApplication),
  /** Matching applications (the filter's count, from the same indexed query). */
  total: z.number().int(),
  /** Pass as `after` for the next page; null on the last page. */
  nextAfter: z.number().int().nullable(),
});

export const CohortStageChange = z
  .object({
    stage: z.enum(COHORT_STAGES),
    score: optional(z.number().min(0).max(100)),
    reason: optionalText(1000),
    interviewOn: z.preprocess((v) => (v === '' ? null : v), DateOnly.nullish()).transform((v) => v ?? null),
    version: Version,
  })
  .strict();
export type CohortStageChange = z.infer<typeof CohortStageChange>;

/**
 * Scheduling an interview and recording how it went: the date is required, the rest may come later
 * (the score and the result once the interview has been held).
 */
export const CohortInterviewUpdate = z
  .object({
    interviewOn: DateOnly,
    interviewTime: optional(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
    interviewPlace: optionalText(500),
    interviewPanel: optionalText(500),
    interviewScore: optional(z.number().min(0).max(100)),
    interviewResult: optionalText(1000),
    version: Version,
  })
  .strict();
export type CohortInterviewUpdate = z.infer<typeof CohortInterviewUpdate>;

export const CohortImportResult = z.object({
  created: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});

export const CohortParticipant = z.object({
  id: z.number().int(),
  applicationId: z.number().int(),
  name: z.string(),
  mentorId: z.number().int().nullable(),
  mentorName: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  attendancePct: z.number(),
  missedRequired: z.number().int(),
  completed: z.boolean(),
  certificateCode: z.string().nullable(),
  version: z.number().int(),
});
export type CohortParticipant = z.infer<typeof CohortParticipant>;
export const CohortParticipantList = z.object({ items: z.array(CohortParticipant) });
export const CohortParticipantUpdate = z
  .object({
    mentorId: optional(Id),
    withdrawnOn: z.preprocess((v) => (v === '' ? null : v), DateOnly.nullish()).transform((v) => v ?? null),
    version: Version,
  })
  .strict();
export type CohortParticipantUpdate = z.infer<typeof CohortParticipantUpdate>;

export const CohortAttendanceBody = z
  .object({ marks: z.array(z.object({ participantId: Id, present: z.boolean() }).strict()).max(500) })
  .strict();
export const CohortAttendance = z.object({
  items: z.array(z.object({ participantId: z.number().int(), name: z.string(), present: z.boolean().nullable() })),
});

export const CohortNoteCreate = z.object({ metOn: DateOnly, note: requiredText(4000) }).strict();
export type CohortNoteCreate = z.infer<typeof CohortNoteCreate>;
export const CohortNote = z.object({
  id: z.number().int(),
  metOn: z.string(),
  note: z.string(),
  authorName: z.string().nullable(),
  createdAt: Timestamp,
});
export const CohortNoteList = z.object({ items: z.array(CohortNote) });

export const CohortVerification = z.object({
  name: z.string(),
  programZh: z.string(),
  programEn: z.string(),
  issuedOn: z.string(),
});
export const CohortCodeParams = z.object({ code: z.string().trim().min(6).max(40) });
export const CohortProgramParams = z.object({ id: z.coerce.number().int().positive().max(INT_MAX) });
export const CohortChildParams = CohortProgramParams.extend({
  childId: z.coerce.number().int().positive().max(INT_MAX),
});
/** What the public form shows of an open program. */
export const CohortPublicProgram = z.object({
  id: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});
