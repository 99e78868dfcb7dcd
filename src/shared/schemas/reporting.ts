import { z } from 'zod';
import {
  INDICATOR_UNITS,
  PERIOD_KINDS,
  PERIOD_STATES,
  type PeriodKind,
  SUBMISSION_STATUSES,
} from '#shared/reporting.js';
import { emptyAsNull, optionalText, requiredText, Timestamp, Version } from './common.js';
import { definitionOut } from './indicators.js';

/**
 * Reporting periods (college quarterly reports, the Ministry's March/October windows, semester-end
 * collections) and the colleges' submissions: figures pre-filled from records, explanations, review,
 * and the locked snapshot of an approved submission.
 */
const Id = z.number().int().positive();
const DateOnly = z.iso.date();

const periodFields = {
  kind: z.enum(PERIOD_KINDS),
  year: z.number().int().min(2000).max(2100),
  quarter: z
    .number()
    .int()
    .min(1)
    .max(4)
    .nullish()
    .transform((v) => v ?? null),
  nameZh: requiredText(200),
  nameEn: requiredText(200),
  coversFrom: DateOnly,
  coversTo: DateOnly,
  referenceDate: emptyAsNull(DateOnly),
  opensOn: DateOnly,
  closesOn: DateOnly,
};

/** Cross-field rules, each reported on the field to fix. */
function checkPeriod(
  v: {
    kind: PeriodKind;
    quarter: number | null;
    coversFrom: string;
    coversTo: string;
    referenceDate: string | null;
    opensOn: string;
    closesOn: string;
  },
  ctx: z.RefinementCtx,
): void {
  const issue = (path: string, i18n: string) => ctx.addIssue({ code: 'custom', path: [path], params: { i18n } });
  if (v.coversTo < v.coversFrom) issue('coversTo', 'covers_to_before_from');
  if (v.closesOn < v.opensOn) issue('closesOn', 'closes_before_opens');
  if (v.kind === 'college_quarterly' && v.quarter === null) issue('quarter', 'quarter_required');
  if (v.kind !== 'college_quarterly' && v.quarter !== null) issue('quarter', 'quarter_only_quarterly');
  if ((v.kind === 'moe_march' || v.kind === 'moe_october') && !v.referenceDate)
    issue('referenceDate', 'reference_date_required');
}

export const PeriodCreate = z.object(periodFields).strict().superRefine(checkPeriod);
export const PeriodUpdate = z
  .object({ ...periodFields, version: Version })
  .strict()
  .superRefine(checkPeriod);
export type PeriodCreate = z.infer<typeof PeriodCreate>;
export type PeriodUpdate = z.infer<typeof PeriodUpdate>;

const periodOut = {
  id: Id,
  kind: z.enum(PERIOD_KINDS),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
  coversFrom: z.string(),
  coversTo: z.string(),
  referenceDate: z.string().nullable(),
  opensOn: z.string(),
  closesOn: z.string(),
  state: z.enum(PERIOD_STATES),
  version: z.number().int(),
  archivedAt: z.string().nullable(),
};

const SubmissionState = z.enum(SUBMISSION_STATUSES).nullable();
const Who = z.object({ id: Id, nameZh: z.string().nullable(), nameEn: z.string().nullable(), email: z.string() });

/** One college's line in a period's overview (status null: no submission yet, the period has not opened). */
export const CollegeStatus = z.object({
  unitId: Id,
  unitCode: z.string(),
  unitNameZh: z.string(),
  unitNameEn: z.string(),
  submissionId: Id.nullable(),
  status: SubmissionState,
  submittedAt: z.string().nullable(),
  submittedBy: Who.nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: Who.nullable(),
});
export type CollegeStatus = z.infer<typeof CollegeStatus>;

export const PeriodSummary = z.object({
  ...periodOut,
  /** How many colleges: in total, submitted (awaiting review), approved. */
  counts: z.object({ colleges: z.number().int(), submitted: z.number().int(), approved: z.number().int() }),
  /** The submissions of the colleges the user reads (a coordinator's own college); empty for university-wide readers. */
  own: z.array(z.object({ submissionId: Id, unitId: Id, status: z.enum(SUBMISSION_STATUSES) })),
});
export type PeriodSummary = z.infer<typeof PeriodSummary>;
export const PeriodList = z.object({ today: z.string(), items: z.array(PeriodSummary) });

export const Period = z.object({
  ...periodOut,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  colleges: z.array(CollegeStatus),
  /** Colleges that have not submitted (no submission, draft or returned). */
  notSubmitted: z.array(CollegeStatus),
  permissions: z.object({ manage: z.boolean() }),
});
export type Period = z.infer<typeof Period>;

/** One figure as the approved snapshot keeps it. */
export const SnapshotFigure = z.object({
  indicatorId: Id,
  versionId: Id,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  value: z.number(),
  target: z.number().nullable(),
  explanation: z.string().nullable(),
  records: z.object({ entity: z.string(), ids: z.array(z.number().int()) }),
});
export type SnapshotFigure = z.infer<typeof SnapshotFigure>;
export const Snapshot = z.object({
  approvedAt: z.string(),
  approvedBy: z.number().int(),
  items: z.array(SnapshotFigure),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** One indicator in a submission: today's figure from records, the target, the explanation, and the snapshot's. */
export const SubmissionFigure = z.object({
  indicatorId: Id,
  versionId: Id,
  code: z.string(),
  ...definitionOut,
  /** Counted from today's records. */
  value: z.number(),
  target: z.number().nullable(),
  explanation: z.string().nullable(),
  /** The approved figure (approved submissions only), and today's minus it. */
  snapshotValue: z.number().nullable(),
  difference: z.number().nullable(),
});
export type SubmissionFigure = z.infer<typeof SubmissionFigure>;

export const Submission = z.object({
  id: Id,
  period: z.object(periodOut),
  unitId: Id,
  unitCode: z.string(),
  unitNameZh: z.string(),
  unitNameEn: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  submittedAt: z.string().nullable(),
  submittedBy: Who.nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: Who.nullable(),
  reviewComment: z.string().nullable(),
  approvedAt: z.string().nullable(),
  figures: z.array(SubmissionFigure),
  version: z.number().int(),
  updatedAt: Timestamp,
  permissions: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type Submission = z.infer<typeof Submission>;

export const NotesSave = z
  .object({
    version: Version,
    notes: z
      .array(z.object({ indicatorId: Id, explanation: optionalText(4000) }).strict())
      .min(1)
      .max(100),
  })
  .strict();
export type NotesSave = z.infer<typeof NotesSave>;
export const SubmissionAction = z.object({ version: Version }).strict();
export const ReturnBody = z.object({ version: Version, comment: requiredText(4000) }).strict();

export const SubmissionParams = z.object({ id: z.coerce.number().int().positive() });
export const FigureParams = z.object({
  id: z.coerce.number().int().positive(),
  indicatorId: z.coerce.number().int().positive(),
});
export const DrillQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  /** 'snapshot': the records the approved figure counted; otherwise today's. */
  at: z.enum(['today', 'snapshot']).default('today'),
});
