/** The buddy program (issue 18): what server and browser share. */
export const BUDDY_SIDES = ['international', 'local'] as const;
export type BuddySide = (typeof BUDDY_SIDES)[number];

export const GENDER_PREFERENCES = ['any', 'same'] as const;
export type GenderPreference = (typeof GENDER_PREFERENCES)[number];

/** open: profiles are filled and pairs proposed or adjusted; published: both sides were told; closed: the term ended. */
export const BUDDY_ROUND_STATUSES = ['open', 'published', 'closed'] as const;
export type BuddyRoundStatus = (typeof BUDDY_ROUND_STATUSES)[number];

export const PAIR_ORIGINS = ['proposed', 'manual'] as const;
export type PairOrigin = (typeof PAIR_ORIGINS)[number];

/** How many buddies one person takes: an international student 1–2 local buddies, a volunteer 1–3 students. */
export const CAPACITY_LIMITS: Record<BuddySide, { min: number; max: number }> = {
  international: { min: 1, max: 2 },
  local: { min: 1, max: 3 },
};

/**
 * The documented default weights of a buddy pair's score (docs/decisions/0024); a round may set its own
 * (buddy_rounds.weights_json, ADR 0042). Whole numbers so the matching's optimum is exact.
 */
export const BUDDY_WEIGHTS = {
  /** They share at least one language (without one the pair is not allowed at all). */
  sharedLanguage: 40,
  /** Each further language in common, up to `extraLanguagesMax`. */
  extraLanguage: 5,
  extraLanguagesMax: 10,
  /** Each interest in common, up to `sharedInterestsMax`. */
  sharedInterest: 8,
  sharedInterestsMax: 24,
  /** Same college: the volunteer knows the buildings, teachers and courses. */
  sameCollege: 15,
  /** Arriving in the round's first week; one point less per week later, never below 0. */
  earlyArrivalMax: 10,
} as const;
export type BuddyWeights = { [K in keyof typeof BUDDY_WEIGHTS]: number };
export const BUDDY_WEIGHT_KEYS = Object.keys(BUDDY_WEIGHTS) as (keyof BuddyWeights)[];
/** The weights that give points (the others cap them): at least one must be above 0. */
export const BUDDY_WEIGHT_CRITERIA = [
  'sharedLanguage',
  'extraLanguage',
  'sharedInterest',
  'sameCollege',
  'earlyArrivalMax',
] as const satisfies readonly (keyof BuddyWeights)[];
