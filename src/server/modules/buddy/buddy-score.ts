import { BUDDY_WEIGHTS, type BuddyWeights } from '#shared/buddy.js';
import { daysBetween } from '#shared/calendar.js';

/**
 * The weights a round's matching uses (ADR 0042): the ones the office set for it, else the documented
 * defaults. Stored weights missing a key (written before a new criterion) take that key's default.
 */
export function weightsOf(round: { weights_json: string | null }): BuddyWeights {
  if (round.weights_json === null) return { ...BUDDY_WEIGHTS };
  return { ...BUDDY_WEIGHTS, ...(JSON.parse(round.weights_json) as Partial<BuddyWeights>) };
}

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
 * of theirs, so it decides who is matched, not to whom). `w`: the round's weights, else the defaults.
 */
export function pairScore(
  intl: BuddyProfileForScore,
  local: BuddyProfileForScore,
  firstArrival: string | null,
  w: BuddyWeights = BUDDY_WEIGHTS,
): number | null {
  if (!pairAllowed(intl, local)) return null;
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
