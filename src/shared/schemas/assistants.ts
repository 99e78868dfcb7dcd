import { z } from 'zod';
import {
  APPLICATION_STAGES,
  ASSISTANT_TASK_KINDS,
  FEEDBACK_AUTHORS,
  HOURS_STATUSES,
  MAX_MINUTES_PER_ENTRY,
  TASK_STATUSES,
} from '#shared/assistants.js';
import { INT_MAX, optionalText, requiredText, Timestamp, Version } from './common.js';

/** The student-assistant corps (issue 18): recruitment rounds, assistants, tasks, hours, feedback. */
const Id = z.number().int().positive().max(INT_MAX);
const DateOnly = z.iso.date();
const Semester = z.union([z.literal(1), z.literal(2)]);
const AcademicYear = z.number().int().min(2000).max(2100);
/** Skills and languages as short tags ('zh', 'en', 'photoshop'); the list is free because the office's is. */
const Tags = z.array(z.string().trim().min(1).max(40)).max(20).default([]);

const roundFields = {
  academicYear: AcademicYear,
  semester: Semester,
  titleZh: requiredText(200),
  titleEn: requiredText(200),
  /** The colleges whose students may apply. */
  collegeIds: z.array(Id).min(1).max(30),
  opensOn: DateOnly,
  closesOn: DateOnly,
  places: z.number().int().min(1).max(500),
};
const checkRoundDates = (r: { opensOn: string; closesOn: string }, ctx: z.RefinementCtx) => {
  if (r.closesOn < r.opensOn)
    ctx.addIssue({ code: 'custom', path: ['closesOn'], params: { i18n: 'end_before_start' } });
};
export const RoundCreate = z.object(roundFields).strict().superRefine(checkRoundDates);
export type RoundCreate = z.infer<typeof RoundCreate>;
/** A round edited with its version (issue 18): places never below those already selected. */
export const RoundUpdate = z
  .object({ ...roundFields, version: Version })
  .strict()
  .superRefine(checkRoundDates);
export type RoundUpdate = z.infer<typeof RoundUpdate>;

export const ApplicationSummary = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  personId: z.number().int(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  studentNo: z.string().nullable(),
  unitId: z.number().int().nullable(),
  stage: z.enum(APPLICATION_STAGES),
  motivation: z.string().nullable(),
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  interviewOn: z.string().nullable(),
  interviewScore: z.number().int().nullable(),
  decisionReason: z.string().nullable(),
  assistantId: z.number().int().nullable(),
  version: Version,
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const Round = z.object({
  id: z.number().int(),
  academicYear: z.number().int(),
  semester: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  collegeIds: z.array(z.number().int()),
  opensOn: z.string(),
  closesOn: z.string(),
  places: z.number().int(),
  applicants: z.number().int(),
  selected: z.number().int(),
  version: Version,
  createdAt: Timestamp,
});
export type Round = z.infer<typeof Round>;
export const RoundList = z.object({ items: z.array(Round) });
export const RoundDetail = Round.extend({ applications: z.array(ApplicationSummary) });
export type RoundDetail = z.infer<typeof RoundDetail>;

/** A student applies for themselves; staff may enter a paper application with `personId`. */
export const ApplicationCreate = z
  .object({
    personId: Id.optional(),
    motivation: optionalText(2000),
    skills: Tags,
    languages: Tags,
  })
  .strict();
export type ApplicationCreate = z.infer<typeof ApplicationCreate>;

export const StageChange = z
  .object({
    stage: z.enum(APPLICATION_STAGES),
    interviewOn: DateOnly.nullish().transform((v) => v ?? null),
    interviewScore: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullish()
      .transform((v) => v ?? null),
    reason: optionalText(1000),
    version: Version,
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.stage === 'rejected' && !s.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], params: { i18n: 'assistant_reason_required' } });
  });
export type StageChange = z.infer<typeof StageChange>;

export const TaskCreate = z
  .object({
    kind: z.enum(ASSISTANT_TASK_KINDS),
    titleZh: optionalText(200),
    titleEn: optionalText(200),
    dueOn: DateOnly,
    notes: optionalText(2000),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (!t.titleZh && !t.titleEn)
      ctx.addIssue({ code: 'custom', path: ['titleZh'], params: { i18n: 'assistant_task_title' } });
  });
export type TaskCreate = z.infer<typeof TaskCreate>;
export const TaskStatusChange = z.object({ status: z.enum(TASK_STATUSES), version: Version }).strict();

export const Task = z.object({
  id: z.number().int(),
  assistantId: z.number().int(),
  kind: z.enum(ASSISTANT_TASK_KINDS),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(TASK_STATUSES),
  notes: z.string().nullable(),
  version: Version,
});
export type Task = z.infer<typeof Task>;

export const HoursCreate = z
  .object({
    workedOn: DateOnly,
    /** Quarter hours: 15, 30, … up to a working day. */
    minutes: z
      .number()
      .int()
      .min(15)
      .max(MAX_MINUTES_PER_ENTRY)
      .refine((m) => m % 15 === 0, { params: { i18n: 'assistant_quarter_hours' } }),
    taskId: Id.nullish().transform((v) => v ?? null),
    description: requiredText(500),
  })
  .strict();
export type HoursCreate = z.infer<typeof HoursCreate>;

export const HoursReview = z
  .object({ decision: z.enum(['approved', 'rejected']), note: optionalText(500), version: Version })
  .strict()
  .superRefine((r, ctx) => {
    if (r.decision === 'rejected' && !r.note)
      ctx.addIssue({ code: 'custom', path: ['note'], params: { i18n: 'assistant_reason_required' } });
  });
export type HoursReview = z.infer<typeof HoursReview>;

export const HoursEntry = z.object({
  id: z.number().int(),
  assistantId: z.number().int(),
  taskId: z.number().int().nullable(),
  workedOn: z.string(),
  minutes: z.number().int(),
  description: z.string(),
  status: z.enum(HOURS_STATUSES),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: Version,
});
export type HoursEntry = z.infer<typeof HoursEntry>;

export const FeedbackWrite = z
  .object({
    text: requiredText(4000),
    /** Staff rate the term 1–5; an assistant's own feedback has no rating. */
    rating: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullish()
      .transform((v) => v ?? null),
  })
  .strict();
export type FeedbackWrite = z.infer<typeof FeedbackWrite>;
export const Feedback = z.object({
  author: z.enum(FEEDBACK_AUTHORS),
  text: z.string(),
  rating: z.number().int().nullable(),
  updatedAt: Timestamp,
});
export const FeedbackParams = z.object({
  id: z.coerce.number().int().positive().max(INT_MAX),
  author: z.enum(FEEDBACK_AUTHORS),
});

export const AssistantSummary = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  studentNo: z.string().nullable(),
  unitId: z.number().int().nullable(),
  academicYear: z.number().int(),
  semester: z.number().int(),
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  approvedMinutes: z.number().int(),
  pendingMinutes: z.number().int(),
  openTasks: z.number().int(),
});
export type AssistantSummary = z.infer<typeof AssistantSummary>;
export const AssistantList = z.object({ items: z.array(AssistantSummary) });
export const AssistantListQuery = z.object({
  academicYear: z.coerce.number().int().min(2000).max(2100).optional(),
  semester: z.coerce.number().int().min(1).max(2).optional(),
});

export const Assistant = AssistantSummary.extend({
  tasks: z.array(Task),
  hours: z.array(HoursEntry),
  feedback: z.array(Feedback),
  version: Version,
  permissions: z.object({ manage: z.boolean(), logHours: z.boolean(), certificate: z.boolean() }),
});
export type Assistant = z.infer<typeof Assistant>;
export const MyAssistantTerms = z.object({ items: z.array(Assistant) });

export const AssistantEnd = z.object({ endedOn: DateOnly, version: Version }).strict();
export const MonthQuery = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
