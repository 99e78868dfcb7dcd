/**
 * The student-assistant corps (國際化行政支援學生, issue 18): the vocabulary the server and the browser
 * share. Task kinds are the ones the office's documents list.
 */
export const ASSISTANT_TASK_KINDS = [
  'buddy',
  'conference_support',
  'translation',
  'chinese_tutoring',
  'publicity_design',
  'other',
] as const;
export type AssistantTaskKind = (typeof ASSISTANT_TASK_KINDS)[number];

export const TASK_STATUSES = ['assigned', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Recruitment: applied → interview → selected | rejected; the applicant may withdraw before a decision. */
export const APPLICATION_STAGES = ['applied', 'interview', 'selected', 'rejected', 'withdrawn'] as const;
export type AssistantApplicationStage = (typeof APPLICATION_STAGES)[number];
export const STAGE_MOVES: Record<AssistantApplicationStage, readonly AssistantApplicationStage[]> = {
  applied: ['interview', 'rejected', 'withdrawn'],
  interview: ['selected', 'rejected', 'withdrawn'],
  selected: [],
  rejected: [],
  withdrawn: [],
};

export const HOURS_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type HoursStatus = (typeof HOURS_STATUSES)[number];

export const FEEDBACK_AUTHORS = ['assistant', 'staff'] as const;
export type FeedbackAuthor = (typeof FEEDBACK_AUTHORS)[number];

/** One entry is at most a working day; hours in quarter-hour steps. */
export const MAX_MINUTES_PER_ENTRY = 12 * 60;
