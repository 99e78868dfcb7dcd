/**
 * An enrolled student's enrolment history as dated events (docs/decisions/0021), free of zod so the
 * browser can import it. The status on a day is the status the last event on or before that day led to;
 * a history is valid when, read in date order, every event is allowed after the one before it.
 */
export const ENROLMENT_EVENTS = ['enrolled', 'on_leave', 'returned', 'withdrawn', 'graduated', 'deferred'] as const;
export type EnrolmentEvent = (typeof ENROLMENT_EVENTS)[number];

/** The status each event leads to. */
export const STATUS_AFTER: Record<EnrolmentEvent, string> = {
  enrolled: 'enrolled',
  on_leave: 'on_leave',
  returned: 'enrolled',
  withdrawn: 'withdrawn',
  graduated: 'graduated',
  deferred: 'deferred',
};

/** Which events may follow a status ('' = nothing yet). Withdrawn and graduated end the history. */
const ALLOWED_AFTER: Record<string, readonly EnrolmentEvent[]> = {
  '': ['enrolled', 'deferred'],
  enrolled: ['on_leave', 'withdrawn', 'graduated', 'deferred'],
  on_leave: ['returned', 'withdrawn'],
  deferred: ['enrolled', 'returned', 'withdrawn'],
  withdrawn: [],
  graduated: [],
};

/** The status-change actions of an enrolled record and the event each one writes. */
export const EVENT_OF_ACTION: Record<string, EnrolmentEvent> = {
  enrol: 'returned',
  leave: 'on_leave',
  withdraw: 'withdrawn',
  graduate: 'graduated',
  defer: 'deferred',
};

export type DatedEvent = { event: EnrolmentEvent; effectiveOn: string; id?: number };

/** Date order; on the same day, the order they were entered in (ids, then new ones last). */
export function inDateOrder<T extends DatedEvent>(events: T[]): T[] {
  return [...events].sort(
    (a, b) =>
      a.effectiveOn.localeCompare(b.effectiveOn) ||
      (a.id ?? Number.MAX_SAFE_INTEGER) - (b.id ?? Number.MAX_SAFE_INTEGER),
  );
}

/**
 * The first event that may not follow the one before it (in date order), or null when the history holds:
 * e.g. a return dated after a withdrawal contradicts it.
 */
export function contradiction<T extends DatedEvent>(events: T[]): { at: T; after: string } | null {
  let status = '';
  for (const e of inDateOrder(events)) {
    if (!ALLOWED_AFTER[status]?.includes(e.event)) return { at: e, after: status };
    status = STATUS_AFTER[e.event];
  }
  return null;
}

/** The status in force on `day` ('' before the first event). */
export function statusOn<T extends DatedEvent>(events: T[], day: string): string {
  let status = '';
  for (const e of inDateOrder(events)) if (e.effectiveOn <= day) status = STATUS_AFTER[e.event];
  return status;
}
