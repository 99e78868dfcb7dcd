import { daysBetween } from '#shared/calendar.js';

/**
 * The documented weights of a buddy pair's score (docs/decisions/0024). Kept as data so the office can
 * read what the proposal optimises; all integers so the optimum is exact.
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

export type BuddyProfileForScore = {
  languages: readonly string[];
  interests: readonly string[];
  gender: string | null;
  genderPreference: 'any' | 'same';
  unitId: number | null;
  arrivalOn: string | null;
};

const shared = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a.map((x) => x.toLowerCase()));
  return new Set(b.map((x) => x.toLowerCase()).filter((x) => set.has(x))).size;
};

/** Hard constraints: a common language, and a same-gender wish on either side met (known and equal). */
export function pairAllowed(intl: BuddyProfileForScore, local: BuddyProfileForScore): boolean {
  if (shared(intl.languages, local.languages) === 0) return false;
  const wantsSame = intl.genderPreference === 'same' || local.genderPreference === 'same';
  return !wantsSame || (intl.gender !== null && intl.gender === local.gender);
}

/**
 * The pair's score, or null when not allowed. `firstArrival` is the earliest arrival date in the round:
 * when volunteers are short, students arriving first are matched first (the bonus sits on every pair
 * of theirs, so it decides who is matched, not to whom).
 */
export function pairScore(
  intl: BuddyProfileForScore,
  local: BuddyProfileForScore,
  firstArrival: string | null,
): number | null {
  if (!pairAllowed(intl, local)) return null;
  const w = BUDDY_WEIGHTS;
  const languages = shared(intl.languages, local.languages);
  let score = w.sharedLanguage + Math.min(w.extraLanguagesMax, (languages - 1) * w.extraLanguage);
  score += Math.min(w.sharedInterestsMax, shared(intl.interests, local.interests) * w.sharedInterest);
  if (intl.unitId !== null && intl.unitId === local.unitId) score += w.sameCollege;
  if (intl.arrivalOn && firstArrival) {
    const weeks = Math.floor(Math.max(0, daysBetween(firstArrival, intl.arrivalOn)) / 7);
    score += Math.max(0, w.earlyArrivalMax - weeks);
  }
  return score;
}
