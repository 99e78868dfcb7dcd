/**
 * Outbound calls for applications: the API contract (validation, types and OpenAPI in one place).
 *
 * Routes (base /api/v1; "manage" etc. are the actions of src/server/policies/calls.policy.ts):
 *
 *  Calls
 *   GET  /calls                          CallListQuery → CallPage                       read (students: open/published only)
 *   GET  /calls/offerable-places         OfferablePlacesQuery → OfferablePlaceList      manage
 *                                        (outbound exchange places of active agreements, one row per place × partner)
 *   POST /calls                          CallCreate → 201 Call                          manage
 *   GET  /calls/:id                      → Call                                         read (students: open/published only)
 *   PUT  /calls/:id                      CallUpdate → Call                              manage (draft or open; offers only while draft)
 *   POST /calls/:id/transitions          CallTransitionBody → Call                      manage (open: draft→open, close: open→closed,
 *                                                                                        reopen: closed→open)
 *   GET  /calls/:id/ranking              → Ranking                                      score or allocate (reviewers: their scope)
 *   POST /calls/:id/allocate             CallVersionBody → AllocationResult             allocate (closed|allocated → allocated)
 *   POST /calls/:id/publish              CallVersionBody → Call                         publish (allocated → published; notifies)
 *   GET  /calls/:id/nominations          → NominationPartners                           nominate
 *   GET  /calls/:id/nominations.xlsx     NominationExportQuery → xlsx file              nominate (no passport numbers)
 *   POST /calls/:id/nominate             NominateBody → NominateResult                  nominate (published; selected → nominated,
 *                                                                                        creates the outbound mobility)
 *   GET  /calls/:id/applications         CallApplicationsQuery → ApplicationPage        readApplications (coordinator: own college)
 *
 *  Applications
 *   GET  /applications                   MyApplicationsQuery → ApplicationPage          students: their own; staff: readApplications scope
 *   POST /calls/:id/applications         ApplicationCreate → 201 Application            apply (call open, before the deadline;
 *                                                                                        409 DUPLICATE if the student already has one)
 *   GET  /applications/:id               → Application                                  owner, readApplications scope
 *   PUT  /applications/:id               ApplicationUpdate → Application                owner while draft
 *   POST /applications/:id/documents     multipart: field `code`, one file → 201 ApplicationDocument
 *                                        owner while draft; PDF/JPG/PNG by content (415), ≤ 5 MB (413), empty → 400,
 *                                        `code` must be one of the call's documents (400 field `code`)
 *   GET  /applications/:id/documents/:docId          → the file (owner, reviewers, staff)
 *   POST /applications/:id/documents/:docId/remove   → OkResponse (owner while draft)
 *   POST /applications/:id/submit        ApplicationVersionBody → Application           owner; draft → submitted | ineligible.
 *                                        After the deadline (server clock): 409 INVALID_TRANSITION, message errors.deadline_passed.
 *                                        Fixable gaps are refused with 400 field errors: no preference (`preferences`),
 *                                        a required document missing (`documents.<code>`), language certificate required but
 *                                        empty (`languageCert`), GPA missing while a minimum is set (`gpa`).
 *                                        Criteria the student cannot fix (degree level not eligible, GPA below the minimum)
 *                                        submit the application as `ineligible` with `ineligibleReasons`.
 *   POST /applications/:id/withdraw      ApplicationVersionBody → Application           owner, draft|submitted|ineligible, before the deadline
 *   PUT  /applications/:id/scores        ScoresBody → Application                       score (submitted applications; call open or closed)
 *   POST /applications/:id/adjust        AdjustBody → Application                       allocate (call allocated|published; reason required;
 *                                                                                        never exceeds the offer's places)
 *   POST /applications/:id/partner-decision  PartnerDecisionBody → Application          nominate (nominated → accepted | rejected_by_partner)
 *
 * Ranking: total = Σ(weight × mean score of the criterion across reviewers) / Σ weights, over eligible submitted
 * applications; ties: higher total, then higher GPA, then earlier submitted_at, then lower application id
 * (docs/decisions/0012-outbound-selection.md).
 */
import { z } from 'zod';
import {
  ADJUSTABLE_STATUSES,
  APPLICATION_STEPS,
  CALL_TRANSITIONS,
  INELIGIBLE_REASONS,
  PARTNER_DECISIONS,
  STEP_STATES,
} from '#shared/calls.js';
import { STUDY_LEVELS } from '#shared/enums.js';
import { APPLICATION_STATUSES, CALL_STATUSES, CALL_TERMS, DEGREE_LEVELS } from '#shared/mobility.js';
import {
  emptyAsNull,
  KeysetPageQuery,
  keysetPageOf,
  optionalText,
  requiredText,
  Timestamp,
  Version,
} from './common.js';

const Id = z.number().int().positive();
/** A short machine code of a document or criterion: lower-case letters, digits, underscores. */
const Code = z
  .string()
  .trim()
  .refine((v) => /^[a-z][a-z0-9_]{0,39}$/.test(v), { params: { i18n: 'call_code' } });

// ── Call definition parts ────────────────────────────────────────────────────

export const Eligibility = z
  .object({
    /** Degree levels of the applicant (people.degree_level); empty = any. */
    levels: z.array(z.enum(DEGREE_LEVELS)).max(4).default([]),
    minGpa: z
      .number()
      .min(0)
      .max(4.3)
      .nullish()
      .transform((v) => v ?? null),
    languageCertRequired: z.boolean().default(false),
    languageTextZh: optionalText(1000),
    languageTextEn: optionalText(1000),
  })
  .strict();
export type Eligibility = z.infer<typeof Eligibility>;

export const RequiredDocument = z
  .object({ code: Code, labelZh: requiredText(200), labelEn: requiredText(200), required: z.boolean().default(true) })
  .strict();
export type RequiredDocument = z.infer<typeof RequiredDocument>;

export const ScoringCriterion = z
  .object({
    code: Code,
    labelZh: requiredText(200),
    labelEn: requiredText(200),
    /** Weight > 0. */
    weight: z.number().positive().max(1000),
    /** Scores run 0..max. */
    max: z.number().positive().max(1000),
  })
  .strict();
export type ScoringCriterion = z.infer<typeof ScoringCriterion>;

/** One offer: places of an exchange place (outbound, the call's academic year) for one partner of its agreement. */
export const OfferInput = z.object({ placeId: Id, partnerId: Id, places: z.number().int().min(1).max(999) }).strict();
export type OfferInput = z.infer<typeof OfferInput>;

function uniqueCodes(list: { code: string }[], path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.code))
      ctx.addIssue({ code: 'custom', path: [path, i, 'code'], params: { i18n: 'call_duplicate_code' } });
    seen.add(x.code);
  });
}

const callFields = {
  titleZh: optionalText(300),
  titleEn: requiredText(300),
  descriptionZh: optionalText(10_000),
  descriptionEn: optionalText(10_000),
  academicYear: z.number().int().min(2000).max(2100),
  term: z.enum(CALL_TERMS),
  /** ISO timestamps (UTC). */
  opensAt: z.iso.datetime({ offset: true }),
  deadline: z.iso.datetime({ offset: true }),
  maxPreferences: z.number().int().min(1).max(10).default(3),
  eligibility: Eligibility.prefault({}),
  documents: z.array(RequiredDocument).max(20).default([]),
  criteria: z.array(ScoringCriterion).max(20).default([]),
  offers: z.array(OfferInput).max(300).default([]),
};

function checkCall(
  v: { opensAt: string; deadline: string; documents: { code: string }[]; criteria: { code: string }[] },
  ctx: z.RefinementCtx,
) {
  if (Date.parse(v.deadline) <= Date.parse(v.opensAt))
    ctx.addIssue({ code: 'custom', path: ['deadline'], params: { i18n: 'deadline_before_opens' } });
  uniqueCodes(v.documents, 'documents', ctx);
  uniqueCodes(v.criteria, 'criteria', ctx);
}

export const CallCreate = z.object(callFields).strict().superRefine(checkCall);
export const CallUpdate = z
  .object({ ...callFields, version: Version })
  .strict()
  .superRefine(checkCall);
export type CallCreate = z.infer<typeof CallCreate>;
export type CallUpdate = z.infer<typeof CallUpdate>;

export const CallTransitionBody = z.object({ action: z.enum(CALL_TRANSITIONS), version: Version }).strict();
export type CallTransitionBody = z.infer<typeof CallTransitionBody>;
export const CallVersionBody = z.object({ version: Version }).strict();

export const CallListQuery = KeysetPageQuery.omit({ count: true }).extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(CALL_STATUSES).optional(),
  academicYear: z.coerce.number().int().min(2000).max(2100).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CallListQuery = z.infer<typeof CallListQuery>;

export const OfferablePlacesQuery = z.object({
  academicYear: z.coerce.number().int().min(2000).max(2100),
  level: z.enum(STUDY_LEVELS).optional(),
  /** Leave out this call's own offers from "already offered" (editing). */
  callId: z.coerce.number().int().positive().optional(),
});

const PartnerRef = {
  partnerId: z.number().int(),
  partnerNameEn: z.string(),
  partnerNameZh: z.string().nullable(),
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
};

export const OfferablePlace = z.object({
  placeId: z.number().int(),
  agreementId: z.number().int(),
  agreementTitleEn: z.string(),
  agreementTitleZh: z.string().nullable(),
  ...PartnerRef,
  academicYear: z.number().int(),
  level: z.enum(STUDY_LEVELS),
  places: z.number().int(),
  used: z.number().int(),
  /** Places left in the agreements' ledger (places − used). An offer cannot exceed this. */
  remaining: z.number().int(),
});
export type OfferablePlace = z.infer<typeof OfferablePlace>;
export const OfferablePlaceList = z.object({ items: z.array(OfferablePlace) });

export const CallOffer = z.object({
  id: z.number().int(),
  placeId: z.number().int(),
  agreementId: z.number().int(),
  ...PartnerRef,
  level: z.enum(STUDY_LEVELS),
  places: z.number().int(),
  /** Applications allocated to this offer (staff only; 0 for students). */
  allocated: z.number().int(),
  /** The exchange place's remaining in the ledger now. */
  placeRemaining: z.number().int(),
});
export type CallOffer = z.infer<typeof CallOffer>;

export const CallSummary = z.object({
  id: z.number().int(),
  titleEn: z.string(),
  titleZh: z.string().nullable(),
  academicYear: z.number().int(),
  term: z.enum(CALL_TERMS),
  status: z.enum(CALL_STATUSES),
  opensAt: Timestamp,
  deadline: Timestamp,
  /** Server-clock: open and before the deadline. */
  acceptingApplications: z.boolean(),
  offerCount: z.number().int(),
  placeCount: z.number().int(),
  /** Staff: all applications except drafts; students: 0. */
  applicationCount: z.number().int(),
  /** The current student's application to this call, if any. */
  myApplicationId: z.number().int().nullable(),
  updatedAt: Timestamp,
});
export type CallSummary = z.infer<typeof CallSummary>;
export const CallPage = keysetPageOf(CallSummary);

export const Call = CallSummary.extend({
  version: Version,
  descriptionZh: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  maxPreferences: z.number().int(),
  eligibility: z.object({
    levels: z.array(z.enum(DEGREE_LEVELS)),
    minGpa: z.number().nullable(),
    languageCertRequired: z.boolean(),
    languageTextZh: z.string().nullable(),
    languageTextEn: z.string().nullable(),
  }),
  documents: z.array(z.object({ code: z.string(), labelZh: z.string(), labelEn: z.string(), required: z.boolean() })),
  criteria: z.array(
    z.object({ code: z.string(), labelZh: z.string(), labelEn: z.string(), weight: z.number(), max: z.number() }),
  ),
  offers: z.array(CallOffer),
  allocatedAt: Timestamp.nullable(),
  publishedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  transitions: z.array(z.enum(CALL_TRANSITIONS)),
  permissions: z.object({
    update: z.boolean(),
    apply: z.boolean(),
    readApplications: z.boolean(),
    score: z.boolean(),
    allocate: z.boolean(),
    publish: z.boolean(),
    nominate: z.boolean(),
  }),
});
export type Call = z.infer<typeof Call>;

// ── Applications ─────────────────────────────────────────────────────────────

/** Free-form answers of the application form (motivation, study plan, …). */
export const FormAnswers = z
  .object({
    motivation: optionalText(5000),
    studyPlan: optionalText(5000),
    phone: optionalText(60),
    emergencyContact: optionalText(300),
    notes: optionalText(2000),
  })
  .strict();
export type FormAnswers = z.infer<typeof FormAnswers>;

export const ApplicationCreate = z.object({}).strict();
export const ApplicationUpdate = z
  .object({
    version: Version,
    /** Offer ids in preference order (1st first); distinct offers of this call, at most maxPreferences. */
    preferences: z.array(Id).max(10).default([]),
    gpa: emptyAsNull(z.number().min(0).max(4.3)),
    languageCert: optionalText(200),
    form: FormAnswers.prefault({}),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (new Set(v.preferences).size !== v.preferences.length)
      ctx.addIssue({ code: 'custom', path: ['preferences'], params: { i18n: 'duplicate_preference' } });
  });
export type ApplicationUpdate = z.infer<typeof ApplicationUpdate>;
export const ApplicationVersionBody = z.object({ version: Version }).strict();

export const ScoresBody = z
  .object({
    scores: z
      .array(z.object({ criterion: Code, score: z.number().min(0).max(1000), comment: optionalText(2000) }).strict())
      .min(1)
      .max(20),
  })
  .strict();
export type ScoresBody = z.infer<typeof ScoresBody>;

export const AdjustBody = z
  .object({
    version: Version,
    status: z.enum(ADJUSTABLE_STATUSES),
    /** Required when status is selected: an offer of this call with a free place. */
    allocatedOfferId: Id.nullish(),
    /** Waitlisted: position (default: last). */
    waitlistPosition: z.number().int().min(1).max(9999).nullish(),
    reason: requiredText(2000),
  })
  .strict();
export type AdjustBody = z.infer<typeof AdjustBody>;

export const PartnerDecisionBody = z
  .object({ version: Version, decision: z.enum(PARTNER_DECISIONS), note: optionalText(2000) })
  .strict();
export type PartnerDecisionBody = z.infer<typeof PartnerDecisionBody>;

export const CallApplicationsQuery = KeysetPageQuery.extend({
  status: z.enum(APPLICATION_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  /** rank: by computed rank (unranked last), then id. */
  sort: z.enum(['id', 'rank', 'name', 'submitted_at']).default('id'),
});
export type CallApplicationsQuery = z.infer<typeof CallApplicationsQuery>;
export const MyApplicationsQuery = KeysetPageQuery.extend({
  callId: z.coerce.number().int().positive().optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
});
export type MyApplicationsQuery = z.infer<typeof MyApplicationsQuery>;

export const ApplicantRef = z.object({
  personId: z.number().int(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  studentNo: z.string().nullable(),
  unitId: z.number().int().nullable(),
  degreeLevel: z.enum(DEGREE_LEVELS).nullable(),
  email: z.string().nullable(),
});

export const ApplicationPreference = z.object({
  rank: z.number().int(),
  offerId: z.number().int(),
  ...PartnerRef,
});

export const ApplicationSummary = z.object({
  id: z.number().int(),
  callId: z.number().int(),
  callTitleEn: z.string(),
  callTitleZh: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  applicant: ApplicantRef,
  gpa: z.number().nullable(),
  submittedAt: Timestamp.nullable(),
  /** Weighted total (null until scored); applicants see it only once results are published. */
  totalScore: z.number().nullable(),
  rank: z.number().int().nullable(),
  allocatedOfferId: z.number().int().nullable(),
  /** Partner of the allocated offer. */
  allocatedPartnerNameEn: z.string().nullable(),
  allocatedPartnerNameZh: z.string().nullable(),
  waitlistPosition: z.number().int().nullable(),
  /** Reviewers who scored it (staff only). */
  reviewerCount: z.number().int(),
  /** The current user has scored every criterion. */
  scoredByMe: z.boolean(),
  updatedAt: Timestamp,
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;
export const ApplicationPage = keysetPageOf(ApplicationSummary);

export const ApplicationDocument = z.object({
  id: z.number().int(),
  code: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: Timestamp,
});
export type ApplicationDocument = z.infer<typeof ApplicationDocument>;

export const ApplicationScore = z.object({
  reviewerId: z.number().int(),
  reviewerName: z.string().nullable(),
  criterion: z.string(),
  score: z.number(),
  comment: z.string().nullable(),
  updatedAt: Timestamp,
});

export const TimelineStep = z.object({
  step: z.enum(APPLICATION_STEPS),
  state: z.enum(STEP_STATES),
  /** When it was done (or the deadline for submit), if known. */
  at: Timestamp.nullable(),
});
export type TimelineStep = z.infer<typeof TimelineStep>;

export const Application = ApplicationSummary.extend({
  version: Version,
  languageCert: z.string().nullable(),
  form: z.object({
    motivation: z.string().nullable(),
    studyPlan: z.string().nullable(),
    phone: z.string().nullable(),
    emergencyContact: z.string().nullable(),
    notes: z.string().nullable(),
  }),
  preferences: z.array(ApplicationPreference),
  documents: z.array(ApplicationDocument),
  /** Required document codes not uploaded yet. */
  missingDocuments: z.array(z.string()),
  ineligibleReasons: z.array(z.enum(INELIGIBLE_REASONS)),
  /** Staff only (empty for the applicant). */
  scores: z.array(ApplicationScore),
  /** Per criterion: mean across reviewers (staff only). */
  criterionMeans: z.array(z.object({ criterion: z.string(), mean: z.number().nullable() })),
  adjustmentReason: z.string().nullable(),
  partnerDecision: z.enum(PARTNER_DECISIONS).nullable(),
  mobilityId: z.number().int().nullable(),
  deadline: Timestamp,
  timeline: z.array(TimelineStep),
  createdAt: Timestamp,
  permissions: z.object({
    update: z.boolean(),
    submit: z.boolean(),
    withdraw: z.boolean(),
    score: z.boolean(),
    adjust: z.boolean(),
    decide: z.boolean(),
  }),
});
export type Application = z.infer<typeof Application>;

// ── Ranking, allocation, nomination ──────────────────────────────────────────

export const RankingEntry = z.object({
  applicationId: z.number().int(),
  rank: z.number().int(),
  applicant: ApplicantRef,
  totalScore: z.number(),
  gpa: z.number().nullable(),
  submittedAt: Timestamp,
  /** Criterion code → mean score (null when nobody scored it). */
  means: z.record(z.string(), z.number().nullable()),
  reviewerCount: z.number().int(),
  /** Tied on total with the previous entry; the tie was broken by this key. */
  tieBrokenBy: z.enum(['gpa', 'submitted_at', 'id']).nullable(),
  status: z.enum(APPLICATION_STATUSES),
});
export type RankingEntry = z.infer<typeof RankingEntry>;
export const Ranking = z.object({ callId: z.number().int(), items: z.array(RankingEntry) });
export type Ranking = z.infer<typeof Ranking>;

export const AllocationResult = z.object({
  call: Call,
  selected: z.number().int(),
  waitlisted: z.number().int(),
  notSelected: z.number().int(),
  items: z.array(
    z.object({
      applicationId: z.number().int(),
      rank: z.number().int(),
      status: z.enum(APPLICATION_STATUSES),
      allocatedOfferId: z.number().int().nullable(),
      /** Which preference (1 = first) got the place. */
      preferenceRank: z.number().int().nullable(),
      waitlistPosition: z.number().int().nullable(),
    }),
  ),
});
export type AllocationResult = z.infer<typeof AllocationResult>;

export const NominationPartners = z.object({
  partners: z.array(
    z.object({
      ...PartnerRef,
      selected: z.number().int(),
      nominated: z.number().int(),
      accepted: z.number().int(),
      rejected: z.number().int(),
    }),
  ),
});
export type NominationPartners = z.infer<typeof NominationPartners>;

export const NominationExportQuery = z.object({ partnerId: z.coerce.number().int().positive() });
export const NominateBody = z
  .object({
    /** Only this partner's selected applicants (default: all partners). */
    partnerId: Id.nullish(),
    /** Only these applications (default: all selected). */
    applicationIds: z.array(Id).max(500).nullish(),
  })
  .strict();
export type NominateBody = z.infer<typeof NominateBody>;
export const NominateResult = z.object({
  nominated: z.number().int(),
  items: z.array(z.object({ applicationId: z.number().int(), mobilityId: z.number().int() })),
});
export type NominateResult = z.infer<typeof NominateResult>;

export const DocParams = z.object({
  id: z.coerce.number().int().positive(),
  docId: z.coerce.number().int().positive(),
});
// CONTRACT READY
