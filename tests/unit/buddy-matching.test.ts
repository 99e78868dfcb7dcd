import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchBuddies, type Pair, type Side } from '#server/modules/buddy/buddy-matching.js';
import { type BuddyProfileForScore, pairAllowed, pairScore } from '#server/modules/buddy/buddy-score.js';

/** A small world: sides with capacities and a score table where null marks a forbidden pair. */
const world = (maxSide: number) =>
  fc
    .record({
      intl: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 0, maxLength: maxSide }),
      local: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: maxSide }),
      seed: fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), { minLength: 64, maxLength: 64 }),
    })
    .map(({ intl, local, seed }) => {
      const internationals: Side[] = intl.map((capacity, i) => ({ id: 100 + i, capacity }));
      const locals: Side[] = local.map((capacity, i) => ({ id: 200 + i, capacity }));
      const table = new Map<string, number | null>();
      internationals.forEach((a, i) => {
        locals.forEach((b, l) => {
          table.set(`${a.id}:${b.id}`, seed[(i * 8 + l) % 64] ?? null);
        });
      });
      const score = (a: number, b: number) => table.get(`${a}:${b}`) ?? null;
      return { internationals, locals, score };
    });

const total = (pairs: Pair[]) => pairs.reduce((s, p) => s + p.score, 0);

function checkValid(
  pairs: Pair[],
  internationals: Side[],
  locals: Side[],
  score: (a: number, b: number) => number | null,
) {
  const seen = new Set<string>();
  for (const p of pairs) {
    const key = `${p.internationalId}:${p.localId}`;
    expect(seen.has(key), 'a pair chosen twice').toBe(false);
    seen.add(key);
    expect(score(p.internationalId, p.localId), 'a forbidden pair').not.toBeNull();
    expect(p.score).toBe(score(p.internationalId, p.localId));
  }
  for (const s of internationals)
    expect(pairs.filter((p) => p.internationalId === s.id).length).toBeLessThanOrEqual(s.capacity);
  for (const s of locals) expect(pairs.filter((p) => p.localId === s.id).length).toBeLessThanOrEqual(s.capacity);
}

/** Every valid assignment, best first by (number of pairs, total score): exhaustive, tiny inputs only. */
function bruteForceBest(internationals: Side[], locals: Side[], score: (a: number, b: number) => number | null) {
  const edges = internationals.flatMap((a) =>
    locals.flatMap((b) => {
      const s = score(a.id, b.id);
      return s === null ? [] : [{ internationalId: a.id, localId: b.id, score: s }];
    }),
  );
  let best = { count: 0, score: 0 };
  const useA = new Map<number, number>();
  const useB = new Map<number, number>();
  const capA = new Map(internationals.map((s) => [s.id, s.capacity]));
  const capB = new Map(locals.map((s) => [s.id, s.capacity]));
  const walk = (k: number, count: number, sum: number) => {
    if (count > best.count || (count === best.count && sum > best.score)) best = { count, score: sum };
    if (k === edges.length) return;
    walk(k + 1, count, sum);
    const e = edges[k] as Pair;
    const a = useA.get(e.internationalId) ?? 0;
    const b = useB.get(e.localId) ?? 0;
    if (a < (capA.get(e.internationalId) ?? 0) && b < (capB.get(e.localId) ?? 0)) {
      useA.set(e.internationalId, a + 1);
      useB.set(e.localId, b + 1);
      walk(k + 1, count + 1, sum + e.score);
      useA.set(e.internationalId, a);
      useB.set(e.localId, b);
    }
  };
  walk(0, 0, 0);
  return best;
}

describe('matchBuddies (min-cost maximum flow)', () => {
  it('returns a valid assignment: capacities respected, no forbidden or repeated pair', () => {
    fc.assert(
      fc.property(world(8), ({ internationals, locals, score }) => {
        checkValid(matchBuddies(internationals, locals, score), internationals, locals, score);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no pairwise swap that would raise the total', () => {
    fc.assert(
      fc.property(world(8), ({ internationals, locals, score }) => {
        const pairs = matchBuddies(internationals, locals, score);
        const taken = new Set(pairs.map((p) => `${p.internationalId}:${p.localId}`));
        for (const p of pairs)
          for (const q of pairs) {
            if (p === q || p.internationalId === q.internationalId || p.localId === q.localId) continue;
            const a = score(p.internationalId, q.localId);
            const b = score(q.internationalId, p.localId);
            if (a === null || b === null) continue;
            if (taken.has(`${p.internationalId}:${q.localId}`) || taken.has(`${q.internationalId}:${p.localId}`))
              continue;
            expect(a + b).toBeLessThanOrEqual(p.score + q.score);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('equals the exhaustive optimum (most pairs, then highest total) on small inputs', () => {
    fc.assert(
      fc.property(world(4), ({ internationals, locals, score }) => {
        const pairs = matchBuddies(internationals, locals, score);
        const best = bruteForceBest(internationals, locals, score);
        expect({ count: pairs.length, score: total(pairs) }).toEqual(best);
      }),
      { numRuns: 400 },
    );
  });

  it('prefers the global optimum to a greedy choice', () => {
    // Greedy would take the 50 (A–X) and leave B unmatched; the optimum pairs A–Y and B–X.
    const table: Record<string, number | null> = { '1:10': 50, '1:11': 40, '2:10': 45, '2:11': null };
    const pairs = matchBuddies(
      [
        { id: 1, capacity: 1 },
        { id: 2, capacity: 1 },
      ],
      [
        { id: 10, capacity: 1 },
        { id: 11, capacity: 1 },
      ],
      (a, b) => table[`${a}:${b}`] ?? null,
    );
    expect(pairs.map((p) => `${p.internationalId}:${p.localId}`).sort()).toEqual(['1:11', '2:10']);
  });

  it('matches 120 students to 80 volunteers quickly', () => {
    const intl = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, capacity: 1 }));
    const local = Array.from({ length: 80 }, (_, i) => ({ id: 1000 + i, capacity: 2 }));
    const started = performance.now();
    const pairs = matchBuddies(intl, local, (a, b) => ((a * 31 + b * 17) % 7 === 0 ? null : (a * b) % 61));
    expect(pairs.length).toBe(120);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('pairScore', () => {
  const base: BuddyProfileForScore = {
    languages: ['en', 'zh'],
    interests: ['hiking', 'music'],
    gender: 'female',
    genderPreference: 'any',
    unitId: 5,
    arrivalOn: '2031-09-01',
  };
  it('refuses pairs without a common language or against a same-gender wish', () => {
    expect(pairAllowed(base, { ...base, languages: ['vi'] })).toBe(false);
    expect(pairAllowed({ ...base, genderPreference: 'same' }, { ...base, gender: 'male' })).toBe(false);
    expect(pairAllowed(base, { ...base, gender: 'male', genderPreference: 'same' })).toBe(false);
    expect(pairAllowed({ ...base, genderPreference: 'same' }, { ...base, gender: null })).toBe(false);
    expect(pairAllowed({ ...base, genderPreference: 'same' }, base)).toBe(true);
  });
  it('adds the documented weights', () => {
    // 40 + 5 (a second language) + 16 (two interests) + 15 (same college) + 10 (first week).
    expect(pairScore(base, base, '2031-09-01')).toBe(86);
    // One language, no interests, another college, arriving three weeks after the first: 40 + 7.
    expect(
      pairScore(
        { ...base, arrivalOn: '2031-09-22' },
        { ...base, languages: ['EN'], interests: [], unitId: 6 },
        '2031-09-01',
      ),
    ).toBe(47);
  });
});
