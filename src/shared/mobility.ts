/**
 * The vocabulary of people and mobility (see shared/domain.md, "Taiwanese reporting rules"), kept
 * free of zod so the browser can import it. Labels live in the catalogs under the same names
 * (`personKinds.student`, `mobilityKinds.exchange`, …).
 */
export const PERSON_KINDS = ['student', 'staff', 'scholar'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const DEGREE_LEVELS = ['associate', 'bachelor', 'master', 'doctoral'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

/** 學制班別: 二專, 五專, 學士班 (incl. 四技/二技), 碩士班, 博士班 — the Ministry's program types. */
export const PROGRAM_TYPES = [
  'two_year_associate',
  'five_year_associate',
  'bachelor',
  'bachelor_four_year',
  'bachelor_two_year',
  'master',
  'doctoral',
] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

export const STUDY_TIMES = ['day', 'evening'] as const;
export const GENDERS = ['male', 'female', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const DIRECTIONS = ['outbound', 'inbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Outbound student kinds (with a call: exchange; without: the rest, recorded directly or imported). */
export const OUTBOUND_STUDENT_KINDS = [
  'exchange',
  'dual_degree',
  'short_term',
  'ipbl',
  'camp',
  'internship',
  'competition',
] as const;
/** Inbound student kinds: degree-seeking, and the non-degree ones of the Ministry's columns. */
export const INBOUND_STUDENT_KINDS = [
  'degree',
  'exchange_in',
  'short_term_in',
  'chinese_language',
  'mainland_visiting',
  'teep',
  'iipp',
  'foundation',
  'overseas_youth',
  'offshore',
] as const;
/** Staff going abroad and scholars coming in. */
export const STAFF_KINDS = ['research', 'teaching', 'conference', 'visit'] as const;
export const SCHOLAR_KINDS = ['guest_lecture', 'research_stay', 'seminar'] as const;

export const MOBILITY_KINDS = [
  ...OUTBOUND_STUDENT_KINDS,
  ...INBOUND_STUDENT_KINDS,
  ...STAFF_KINDS,
  ...SCHOLAR_KINDS,
] as const;
export type MobilityKind = (typeof MOBILITY_KINDS)[number];

/** The Ministry's categories of international students (table 4-2-3 and the statistics table). */
export const INBOUND_CATEGORIES = ['foreign', 'overseas_chinese', 'hk_macau', 'mainland'] as const;
export type InboundCategory = (typeof INBOUND_CATEGORIES)[number];

/** Statuses of an outbound mobility, in order. */
export const OUTBOUND_STATUSES = [
  'planned',
  'nominated',
  'accepted',
  'abroad',
  'returned',
  'closed',
  'cancelled',
] as const;
/** Statuses of an inbound exchange: nomination received → application → acceptance → arrival. */
export const INBOUND_EXCHANGE_STATUSES = [
  'nominated',
  'applied',
  'accepted',
  'arrived',
  'completed',
  'cancelled',
] as const;
/** Statuses of an enrolled (degree-seeking or long-stay) international student. */
export const ENROLMENT_STATUSES = ['enrolled', 'on_leave', 'withdrawn', 'graduated', 'deferred'] as const;
export const MOBILITY_STATUSES = [
  ...new Set([...OUTBOUND_STATUSES, ...INBOUND_EXCHANGE_STATUSES, ...ENROLMENT_STATUSES]),
] as readonly string[];

export const LEARNING_AGREEMENT_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;

/**
 * "At least one semester": the default threshold in days for the derived flag a mobility stores
 * (the reporting issue keeps the rule as a setting; this is its seeded default).
 */
export const MOBILITY_SEMESTER_DAYS = 90;
/** Return formalities are due within this many days of return (the university's outbound rules). */
export const CLOSE_WITHIN_DAYS = 15;

export const CALL_TERMS = ['fall', 'spring', 'full_year'] as const;
export const CALL_STATUSES = ['draft', 'open', 'closed', 'allocated', 'published'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'withdrawn',
  'ineligible',
  'selected',
  'waitlisted',
  'not_selected',
  'nominated',
  'accepted',
  'rejected_by_partner',
  'declined',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The inbound document checklist; each kind has an owning office by default (unit codes). */
export const CHECKLIST_KINDS = ['visa', 'residence_permit', 'insurance', 'health_check', 'financial_proof'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];
export const CHECKLIST_OWNERS: Record<ChecklistKind, string> = {
  visa: 'OIA-ISS',
  residence_permit: 'OIA-ISS',
  insurance: 'OIA-ISS',
  health_check: 'SA', // special-category data: only the owning office sees it
  financial_proof: 'OIA-ISS',
};
export const CHECKLIST_STATUSES = ['pending', 'under_review', 'approved', 'rejected'] as const;

export const FUNDING_KINDS = [
  'xuehai_feiyang',
  'xuehai_xizhu',
  'xuehai_zhumeng',
  'nsb_zhumeng',
  'teep',
  'sprout',
  'university',
  'partner',
  'government',
  'other',
] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

/** Residence permit (ARC/UI) numbers: the 2021 format (letter + 8|9 + 8 digits) and the old one. */
const ARC_2021 = /^[A-Z][89]\d{8}$/;
const ARC_OLD = /^[A-Z][A-D]\d{8}$/;
/** The old two-letter format is accepted until it is retired (end of 2030). */
export const ARC_OLD_FORMAT_UNTIL = '2030-12-31';

export function arcFormat(value: string, today: string): 'new' | 'old' | null {
  const v = value.trim().toUpperCase();
  if (ARC_2021.test(v)) return 'new';
  if (ARC_OLD.test(v) && today <= ARC_OLD_FORMAT_UNTIL) return 'old';
  return null;
}

/** Kinds each person kind may have in each direction (staff go out, scholars come in). */
export function kindsFor(personKind: string, direction: string): readonly string[] {
  if (personKind === 'student') return direction === 'outbound' ? OUTBOUND_STUDENT_KINDS : INBOUND_STUDENT_KINDS;
  if (personKind === 'staff') return direction === 'outbound' ? STAFF_KINDS : [];
  if (personKind === 'scholar') return direction === 'inbound' ? SCHOLAR_KINDS : [];
  return [];
}
