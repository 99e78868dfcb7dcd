import { z } from 'zod';

/** A mentor's own page (issue 18): the participants they mentor, per program, with attendance. */
export const CohortMentee = z.object({
  participantId: z.number().int(),
  name: z.string(),
  withdrawnOn: z.string().nullable(),
  /** Share of the sessions held so far that the participant attended. */
  attendancePct: z.number(),
  missedRequired: z.number().int(),
  completed: z.boolean(),
});
export type CohortMentee = z.infer<typeof CohortMentee>;
export const CohortMenteeList = z.object({
  programs: z.array(
    z.object({
      programId: z.number().int(),
      programName: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      minAttendance: z.number(),
      mentees: z.array(CohortMentee),
    }),
  ),
});
export type CohortMenteeList = z.infer<typeof CohortMenteeList>;
