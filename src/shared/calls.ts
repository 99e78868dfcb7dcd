/** The vocabulary of calls and applications, kept free of zod so the browser can import it. */

/** Max size of one application document. */
export const APPLICATION_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const APPLICATION_DOCUMENT_TYPES = ['pdf', 'jpg', 'png'] as const;

export const CALL_TRANSITIONS = ['open', 'close', 'reopen'] as const;
export type CallTransition = (typeof CALL_TRANSITIONS)[number];

/** Steps of an applicant's timeline, in order. */
export const APPLICATION_STEPS = ['draft', 'submit', 'review', 'result', 'nomination', 'partner_decision'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];
export const STEP_STATES = ['done', 'current', 'upcoming', 'skipped'] as const;

/** Why a submitted application is ineligible (labels: `callIneligible.<reason>`). */
export const INELIGIBLE_REASONS = ['level', 'gpa'] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

/** Statuses staff may set by an adjustment. */
export const ADJUSTABLE_STATUSES = ['selected', 'waitlisted', 'not_selected', 'ineligible'] as const;
export const PARTNER_DECISIONS = ['accepted', 'rejected'] as const;
