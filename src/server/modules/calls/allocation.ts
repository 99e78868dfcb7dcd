/**
 * Allocation of a call's places, as a pure function (no database): in rank order each applicant gets
 * their highest-ranked preference that still has a place. A preference has a place when both
 *   - its offer has places left (the places put up in this call), and
 *   - its exchange place has places left in the agreements' ledger (`placeRemaining`: remaining now,
 *     less what other calls already hold) — two offers (partners) may share one exchange place.
 * Everyone else is waitlisted in rank order (position 1, 2, …) — or not selected once `waitlistSize`
 * positions are taken. Applicants without any preference are not selected.
 */
export type AllocOffer = { id: number; placeId: number; places: number };
export type AllocApplicant = { applicationId: number; rank: number; preferences: number[] };
export type AllocOutcome = {
  applicationId: number;
  rank: number;
  status: 'selected' | 'waitlisted' | 'not_selected';
  offerId: number | null;
  /** 1 = the applicant's first preference. */
  preferenceRank: number | null;
  waitlistPosition: number | null;
};

export function allocatePlaces(
  applicants: AllocApplicant[],
  offers: AllocOffer[],
  placeRemaining: ReadonlyMap<number, number>,
  opts: { waitlistSize?: number } = {},
): AllocOutcome[] {
  const offerLeft = new Map(offers.map((o) => [o.id, Math.max(0, o.places)]));
  const placeOf = new Map(offers.map((o) => [o.id, o.placeId]));
  const placeLeft = new Map<number, number>();
  for (const o of offers) placeLeft.set(o.placeId, Math.max(0, placeRemaining.get(o.placeId) ?? 0));
  const waitlistSize = opts.waitlistSize ?? Number.POSITIVE_INFINITY;
  let waitlisted = 0;

  return [...applicants]
    .sort((a, b) => a.rank - b.rank || a.applicationId - b.applicationId)
    .map((a): AllocOutcome => {
      const base = { applicationId: a.applicationId, rank: a.rank };
      for (const [i, offerId] of a.preferences.entries()) {
        const placeId = placeOf.get(offerId);
        if (placeId === undefined) continue;
        if ((offerLeft.get(offerId) ?? 0) < 1 || (placeLeft.get(placeId) ?? 0) < 1) continue;
        offerLeft.set(offerId, (offerLeft.get(offerId) ?? 0) - 1);
        placeLeft.set(placeId, (placeLeft.get(placeId) ?? 0) - 1);
        return { ...base, status: 'selected', offerId, preferenceRank: i + 1, waitlistPosition: null };
      }
      if (a.preferences.length && waitlisted < waitlistSize) {
        waitlisted += 1;
        return { ...base, status: 'waitlisted', offerId: null, preferenceRank: null, waitlistPosition: waitlisted };
      }
      return { ...base, status: 'not_selected', offerId: null, preferenceRank: null, waitlistPosition: null };
    });
}
