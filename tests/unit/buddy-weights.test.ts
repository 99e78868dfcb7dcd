import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchBuddies, type Pair, type Side } from '#server/modules/buddy/buddy-matching.js';
import { type BuddyProfileForScore, pairAllowed, pairScore, weightsOf } from '#server/modules/buddy/buddy-score.js';
import { BUDDY_WEIGHTS, type BuddyWeights } from '#shared/buddy.js';

/** Issue 18 (f): a round's own weights (ADR 0042) still give a valid, optimal assignment. */
const profile = fc.record({
  languages: fc.subarray(['zh', 'en', 'es'], { minLength: 1 }),
  interests: fc.subarray(['music', 'hiking', 'food', 'games']),
  gender: fc.constantFrom('f', 'm', null),
  genderPreference: fc.constantFrom('any' as const, 'any' as const, 'same' as const),
  unitId: fc.constantFrom(1, 2, 3, null),
  arrivalOn: fc.constantFrom(null, '2026-09-01', '2026-09-20'),
});
type World = { intl: (BuddyProfileForScore & Side)[]; local: (BuddyProfileForScore & Side)[] };
const world = (max: number): fc.Arbitrary<World> =>
  fc
    .record({
      intl: fc.array(fc.tuple(profile, fc.integer({ min: 1, max: 2 })), { maxLength: max }),
      local: fc.array(fc.tuple(profile, fc.integer({ min: 1, max: 3 })), { maxLength: max }),
    })
    .map(({ intl, local }) => ({
      intl: intl.map(([p, capacity], i) => ({ ...p, id: i + 1, capacity })),
      local: local.map(([p, capacity], i) => ({ ...p, id: 100 + i, capacity })),
    }));
const weights = fc
  .record(Object.fromEntries(Object.keys(BUDDY_WEIGHTS).map((k) => [k, fc.integer({ min: 0, max: 60 })])))
  .map((w) => w as BuddyWeights);

function run(w: World, weights: BuddyWeights) {
  const byId = new Map([...w.intl, ...w.local].map((p) => [p.id, p]));
  const first = [...w.intl, ...w.local]
    .map((p) => p.arrivalOn)
    .filter((d): d is string => d !== null)
    .sort()[0];
  return matchBuddies(w.intl, w.local, (i, l) =>
    pairScore(byId.get(i) as BuddyProfileForScore, byId.get(l) as BuddyProfileForScore, first ?? null, weights),
  );
}

const ZERO: BuddyWeights = Object.fromEntries(Object.keys(BUDDY_WEIGHTS).map((k) => [k, 0])) as BuddyWeights;
const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
/** Criteria as the documented score counts them, with the weight that puts everything on each. */
const CRITERIA = {
  sameCollege: {
    weights: { ...ZERO, sameCollege: 1 },
    value: (a: BuddyProfileForScore, b: BuddyProfileForScore) => (a.unitId !== null && a.unitId === b.unitId ? 1 : 0),
  },
  sharedInterest: {
    weights: { ...ZERO, sharedInterest: 1, sharedInterestsMax: 1000 },
    value: (a: BuddyProfileForScore, b: BuddyProfileForScore) => shared(a.interests, b.interests),
  },
};

/** Every valid assignment (small inputs): the most pairs, then the highest total of `value`. */
function bruteBest(w: World, value: (a: BuddyProfileForScore, b: BuddyProfileForScore) => number) {
  const edges = w.intl.flatMap((a) => w.local.filter((b) => pairAllowed(a, b)).map((b) => ({ a, b, v: value(a, b) })));
  let best = { count: 0, total: 0 };
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const used = new Map<number, number>();
    let count = 0;
    let total = 0;
    let ok = true;
    edges.forEach((e, k) => {
      if (!(mask & (1 << k))) return;
      for (const p of [e.a, e.b]) {
        used.set(p.id, (used.get(p.id) ?? 0) + 1);
        if ((used.get(p.id) ?? 0) > p.capacity) ok = false;
      }
      count++;
      total += e.v;
    });
    if (ok && (count > best.count || (count === best.count && total > best.total))) best = { count, total };
  }
  return best;
}

function expectValid(w: World, pairs: Pair[]) {
  const keys = pairs.map((p) => `${p.internationalId}:${p.localId}`);
  expect(new Set(keys).size).toBe(keys.length); // no international student paired twice with one buddy
  for (const side of [w.intl, w.local])
    for (const p of side)
      expect(pairs.filter((x) => x.internationalId === p.id || x.localId === p.id).length).toBeLessThanOrEqual(
        p.capacity,
      );
}

describe('buddy matching with a round’s own weights', () => {
  it('gives a valid assignment for any weights: no repeated pair, no one over their capacity', () => {
    fc.assert(
      fc.property(world(7), weights, (w, ws) => expectValid(w, run(w, ws))),
      { numRuns: 150 },
    );
  });

  for (const [name, c] of Object.entries(CRITERIA))
    it(`with all the weight on ${name}, maximises it among the assignments with the most pairs`, () => {
      fc.assert(
        fc.property(world(3), (w) => {
          const pairs = run(w, c.weights);
          expectValid(w, pairs);
          const byId = new Map([...w.intl, ...w.local].map((p) => [p.id, p]));
          const total = pairs.reduce(
            (s, p) =>
              s +
              c.value(
                byId.get(p.internationalId) as World['intl'][number],
                byId.get(p.localId) as World['local'][number],
              ),
            0,
          );
          expect({ count: pairs.length, total }).toEqual(bruteBest(w, c.value));
        }),
        { numRuns: 150 },
      );
    });

  it('reads stored weights over the defaults, and null as the defaults', () => {
    expect(weightsOf({ weights_json: null })).toEqual(BUDDY_WEIGHTS);
    expect(weightsOf({ weights_json: JSON.stringify({ ...BUDDY_WEIGHTS, sameCollege: 0 }) }).sameCollege).toBe(0);
  });
});
