/**
 * The vocabulary of cohort programs (issue 18), zod-free so the browser uses it too.
 * An application moves through the funnel: submitted → screening → interview → offered → accepted;
 * rejected and withdrawn end it from any open stage. An accepted application becomes a participant.
 */
export const COHORT_STAGES = [
  'submitted',
  'screening',
  'interview',
  'offered',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export type CohortStage = (typeof COHORT_STAGES)[number];

/** The stages an application may move to from each stage (staff actions). */
export const COHORT_NEXT: Record<CohortStage, readonly CohortStage[]> = {
  submitted: ['screening', 'rejected', 'withdrawn'],
  screening: ['interview', 'rejected', 'withdrawn'],
  interview: ['offered', 'rejected', 'withdrawn'],
  offered: ['accepted', 'withdrawn'],
  accepted: ['withdrawn'],
  rejected: [],
  withdrawn: [],
};

/** Who an organisation is to the program. */
export const COHORT_ORG_ROLES = ['government', 'research', 'sponsor', 'other'] as const;
export type CohortOrgRole = (typeof COHORT_ORG_ROLES)[number];

/** The curriculum's kinds of session. */
export const COHORT_SESSION_KINDS = ['course', 'chinese', 'cultural', 'company_visit', 'ceremony'] as const;
export type CohortSessionKind = (typeof COHORT_SESSION_KINDS)[number];

export const COHORT_SOURCES = ['form', 'import', 'staff'] as const;

/**
 * The completion rule, evaluated per participant: not withdrawn, attendance of at least the program's
 * minimum share of the sessions held so far, and present at every required session held so far.
 * Attendance not recorded for a held session counts as absent.
 */
export function evaluateCompletion(input: {
  minAttendance: number;
  withdrawn: boolean;
  sessions: { id: number; required: boolean }[];
  presentAt: ReadonlySet<number>;
}): { attendancePct: number; missedRequired: number; completed: boolean } {
  const held = input.sessions.length;
  const attended = input.sessions.filter((s) => input.presentAt.has(s.id)).length;
  const attendancePct = held === 0 ? 0 : Math.round((attended / held) * 1000) / 10;
  const missedRequired = input.sessions.filter((s) => s.required && !input.presentAt.has(s.id)).length;
  const completed = !input.withdrawn && held > 0 && attendancePct >= input.minAttendance && missedRequired === 0;
  return { attendancePct, missedRequired, completed };
}
