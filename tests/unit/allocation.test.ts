import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePlaces } from '#server/modules/calls/allocation.js';
import { rankApplications } from '#server/modules/calls/ranking.js';

const world = fc
  .record({
    places: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
    offers: fc.array(fc.record({ place: fc.nat(), places: fc.integer({ min: 0, max: 4 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    applicants: fc.array(fc.array(fc.nat(), { maxLength: 4 }), { maxLength: 25 }),
  })
  .map(({ places, offers, applicants }) => {
    const offerRows = offers.map((o, i) => ({ id: 100 + i, placeId: o.place % places.length, places: o.places }));
    const remaining = new Map(places.map((n, i) => [i, n]));
    const apps = applicants.map((prefs, i) => ({
      applicationId: i + 1,
      rank: i + 1,
      preferences: [...new Set(prefs.map((p) => 100 + (p % offerRows.length)))],
    }));
    return { offerRows, remaining, apps };
  });

describe('allocatePlaces', () => {
  it('never gives an offer or an exchange place more than it has', () => {
    fc.assert(
      fc.property(world, ({ offerRows, remaining, apps }) => {
        const out = allocatePlaces(apps, offerRows, remaining);
        for (const o of offerRows) expect(out.filter((x) => x.offerId === o.id).length).toBeLessThanOrEqual(o.places);
        for (const [placeId, left] of remaining) {
          const ids = new Set(offerRows.filter((o) => o.placeId === placeId).map((o) => o.id));
          expect(out.filter((x) => x.offerId !== null && ids.has(x.offerId)).length).toBeLessThanOrEqual(left);
        }
      }),
    );
  });

  it('gives each applicant their best preference still free in rank order, and waitlists the rest in order', () => {
    fc.assert(
      fc.property(world, ({ offerRows, remaining, apps }) => {
        const out = allocatePlaces(apps, offerRows, remaining);
        expect(out).toHaveLength(apps.length);
        // Replay: a better-ranked preference of a selected applicant was full when their turn came.
        const offerLeft = new Map(offerRows.map((o) => [o.id, o.places]));
        const placeLeft = new Map(remaining);
        const placeOf = new Map(offerRows.map((o) => [o.id, o.placeId]));
        let position = 0;
        for (const r of out) {
          const app = apps.find((a) => a.applicationId === r.applicationId);
          const free = app?.preferences.find(
            (id) => (offerLeft.get(id) ?? 0) > 0 && (placeLeft.get(placeOf.get(id) ?? -1) ?? 0) > 0,
          );
          expect(r.offerId).toBe(free ?? null);
          if (free !== undefined) {
            offerLeft.set(free, (offerLeft.get(free) ?? 0) - 1);
            const p = placeOf.get(free) ?? -1;
            placeLeft.set(p, (placeLeft.get(p) ?? 0) - 1);
          } else if (app?.preferences.length) {
            position += 1;
            expect(r).toMatchObject({ status: 'waitlisted', waitlistPosition: position });
          } else expect(r.status).toBe('not_selected');
        }
      }),
    );
  });
});

describe('rankApplications', () => {
  const criteria = [
    { code: 'a', weight: 2, max: 100 },
    { code: 'b', weight: 1, max: 100 },
  ];
  const s = (reviewerId: number, a: number, b: number) => [
    { reviewerId, criterion: 'a', score: a },
    { reviewerId, criterion: 'b', score: b },
  ];

  it('weights the mean of each criterion across reviewers', () => {
    const [r] = rankApplications(criteria, [
      { id: 1, gpa: 3, submittedAt: 't', scores: [...s(1, 90, 60), ...s(2, 70, 60)] },
    ]);
    expect(r?.totalScore).toBeCloseTo((2 * 80 + 60) / 3, 6);
    expect(r?.reviewerCount).toBe(2);
  });

  it('breaks ties by GPA, then earlier submission, then lower id', () => {
    const ranked = rankApplications(criteria, [
      { id: 4, gpa: 3.5, submittedAt: '2030-01-02T00:00:00.000Z', scores: s(1, 80, 80) },
      { id: 3, gpa: 3.5, submittedAt: '2030-01-02T00:00:00.000Z', scores: s(1, 80, 80) },
      { id: 2, gpa: 3.5, submittedAt: '2030-01-01T00:00:00.000Z', scores: s(1, 80, 80) },
      { id: 1, gpa: 3.9, submittedAt: '2030-01-03T00:00:00.000Z', scores: s(1, 80, 80) },
      { id: 5, gpa: 2.0, submittedAt: '2030-01-09T00:00:00.000Z', scores: s(1, 95, 80) },
    ]);
    expect(ranked.map((r) => r.id)).toEqual([5, 1, 2, 3, 4]);
    expect(ranked.map((r) => r.tieBrokenBy)).toEqual([null, null, 'gpa', 'submitted_at', 'id']);
  });

  it('is a total order independent of the input order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gpa: fc.option(fc.constantFrom(3, 3.5, 4), { nil: null }),
            day: fc.integer({ min: 1, max: 3 }),
            a: fc.constantFrom(50, 80),
          }),
          { maxLength: 12 },
        ),
        (rows) => {
          const cands = rows.map((r, i) => ({
            id: i + 1,
            gpa: r.gpa,
            submittedAt: `2030-01-0${r.day}`,
            scores: s(1, r.a, r.a),
          }));
          const one = rankApplications(criteria, cands).map((r) => r.id);
          const two = rankApplications(criteria, [...cands].reverse()).map((r) => r.id);
          expect(two).toEqual(one);
        },
      ),
    );
  });
});
