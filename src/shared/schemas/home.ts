import { z } from 'zod';
import { STAFF_TODO_KINDS } from '#shared/home.js';
import { CHECKLIST_KINDS, CHECKLIST_STATUSES } from '#shared/mobility.js';

/** One record a to-do points at: its name in both languages, a date when it has one, its page. */
const TodoEntry = z.object({
  id: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  due: z.string().nullable(),
  path: z.string(),
});

export const StaffTodo = z.object({
  kind: z.enum(STAFF_TODO_KINDS),
  count: z.number().int(),
  /** The list page showing all of them. */
  path: z.string(),
  entries: z.array(TodoEntry),
});

const StudentDocument = z.object({
  id: z.number().int(),
  mobilityId: z.number().int(),
  kind: z.enum(CHECKLIST_KINDS),
  status: z.enum(CHECKLIST_STATUSES),
  /** Upload by: the exchange's start (arrival) while it lies ahead. */
  due: z.string().nullable(),
  expiresOn: z.string().nullable(),
  rejectionReason: z.string().nullable(),
});

const NextStep = z.object({
  mobilityId: z.number().int(),
  direction: z.enum(['inbound', 'outbound']),
  status: z.string(),
  step: z.string(),
});

export const HomeTodos = z.object({
  staff: z.array(StaffTodo),
  documents: z.array(StudentDocument),
  nextSteps: z.array(NextStep),
});
export type HomeTodos = z.infer<typeof HomeTodos>;
export type StaffTodo = z.infer<typeof StaffTodo>;
