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
