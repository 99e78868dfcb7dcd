/**
 * The vocabulary of events, visits and delegations (issue 19), zod-free so the browser's forms and the
 * server's schemas read the same lists. Labels live in the catalogs (`engagements.*`).
 */
export const EVENT_KINDS = [
  'international_conference',
  'seminar',
  'education_fair',
  'cultural_activity',
  'ceremony',
  'workshop',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** inbound: foreign visitors received here; outbound: our delegation abroad. */
export const VISIT_DIRECTIONS = ['inbound', 'outbound'] as const;
export type VisitDirection = (typeof VISIT_DIRECTIONS)[number];

export const VISIT_STATUSES = ['requested', 'confirmed', 'completed', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Which side a person is on: ours (the university) or theirs (the partner, visitor, guest). */
export const SIDES = ['ours', 'theirs'] as const;
export const PERSON_ROLES = [
  'speaker',
  'guest',
  'staff_on_duty',
  'assistant_on_duty',
  'host',
  'member',
  'leader',
  'counterpart',
  'attendee',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const FOLLOWUP_KINDS = ['draft_agreement', 'add_contact', 'send_materials', 'other'] as const;

/**
 * The checklist templates. The visitor SOP is the office's 「外賓接待 SOP」; a new record starts with its
 * template's items, unticked, and the list can then be edited per record.
 */
export const CHECKLIST_TEMPLATES = {
  visit_inbound: [
    'invitation_letter',
    'itinerary',
    'rooms',
    'interpreter',
    'gifts',
    'flags',
    'name_cards',
    'meals_dietary',
    'photos',
    'news',
  ],
  visit_outbound: ['travel_approval', 'itinerary', 'briefing_pack', 'gifts', 'insurance', 'report'],
  event: ['venue', 'programme', 'invitations', 'registration', 'staff_on_duty', 'photos', 'news'],
} as const satisfies Record<string, readonly string[]>;
export type ChecklistTemplate = keyof typeof CHECKLIST_TEMPLATES;

/** The template a visit of this direction starts from. */
export const visitTemplate = (d: VisitDirection): ChecklistTemplate =>
  d === 'inbound' ? 'visit_inbound' : 'visit_outbound';

/** A checklist row: a template key (label from the catalog) or a free label typed on the record. */
export type ChecklistEntry = { key: string; label: string | null; done: boolean };

export const checklistFrom = (template: ChecklistTemplate): ChecklistEntry[] =>
  CHECKLIST_TEMPLATES[template].map((key) => ({ key, label: null, done: false }));
