/**
 * The vocabulary of international admissions (issue 21, docs/decisions/0031), zod-free so the browser
 * uses it too. A round (one intake, e.g. 116學年度秋季) opens programs with places; an applicant's
 * application moves draft → submitted → under_review → admitted / waitlisted / rejected; an admitted
 * applicant accepts or declines; an accepted one becomes a person and an inbound mobility (enrolled).
 */
export const ROUND_KINDS = ['degree', 'exchange'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** The contract the recruitment helper reads (admission_applications.status). */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'admitted',
  'waitlisted',
  'rejected',
  'accepted',
  'declined',
  'withdrawn',
  'enrolled',
] as const;
export type AdmissionStatus = (typeof APPLICATION_STATUSES)[number];

/** The office's decisions, and the statuses a decision may be taken from (a waitlisted one may still be admitted). */
export const DECISIONS = ['admitted', 'waitlisted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECIDABLE: readonly AdmissionStatus[] = ['submitted', 'under_review', 'waitlisted'];
/** The statuses an applicant may withdraw from (not after a refusal or their own answer). */
export const WITHDRAWABLE: readonly AdmissionStatus[] = [
  'draft',
  'submitted',
  'under_review',
  'waitlisted',
  'admitted',
];

export const FEE_STATUSES = ['unpaid', 'paid', 'waived'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];

/** Where the applicant heard of us (the recruitment funnel's channel). */
export const CHANNELS = ['web', 'fair', 'agent', 'partner', 'alumni', 'other'] as const;

/** Language requirement frameworks: CEFR for English, TOCFL for Mandarin. */
export const LANGUAGE_FRAMEWORKS = ['CEFR', 'TOCFL'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** TOCFL bands by level name (入門, 基礎, 進階, 高階, 流利, 精通) map onto A1–C2. */
export const TOCFL_LEVELS = CEFR_LEVELS;

/** The Ministry identity the applicant declares (身分別); checked against nationality (src/shared/identity.ts). */
export const IDENTITIES = ['foreign', 'overseas_chinese', 'hk_macau', 'mainland'] as const;

export const ADMISSION_DEGREE_LEVELS = ['bachelor', 'master', 'doctoral'] as const;

/** A document the round asks for, and a review criterion with its weight. */
export type RoundDocument = { code: string; labelZh: string; labelEn: string; required: boolean };
export type RoundCriterion = { code: string; labelZh: string; labelEn: string; weight: number; max: number };

/** The form fields an application must have before it can be submitted (the portal's checklist). */
export const REQUIRED_FIELDS = [
  'givenName',
  'familyName',
  'nationality',
  'identity',
  'birthDate',
  'gender',
  'programId',
  'previousSchool',
  'languageFramework',
  'languageLevel',
] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** The levels in order, so "at least B2" is a comparison. */
export const levelRank = (level: string | null | undefined) =>
  level ? (CEFR_LEVELS as readonly string[]).indexOf(level) : -1;

/** The applicant's session header (no cookie: the portal is not the staff app, and a header needs no CSRF token). */
export const APPLICANT_TOKEN_HEADER = 'x-applicant-token';
/** Sign-in codes: six digits, valid 30 minutes, five tries. */
export const CODE_TTL_MINUTES = 30;
export const CODE_MAX_ATTEMPTS = 5;
export const APPLICANT_SESSION_DAYS = 14;
