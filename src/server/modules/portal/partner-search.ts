import { CEFR_LEVELS, type CefrLevel } from '#shared/enums.js';
import type { PortalPartnerQuery } from '#shared/schemas/portal.js';
import type { PlaceRow, PublicPartnerRow } from './portal.repository.js';

export type PlaceOffer = {
  level: PlaceRow['level'];
  places: number;
  languages: { language: string; cefr: CefrLevel }[];
  isced: string[];
};
export type PartnerResult = PublicPartnerRow & { offers: PlaceOffer[]; placesThisYear: number };

export const offerOf = (p: PlaceRow): PlaceOffer => ({
  level: p.level,
  places: p.places,
  languages: JSON.parse(p.languages_json),
  isced: JSON.parse(p.isced_json),
});

const rank = (c: CefrLevel) => CEFR_LEVELS.indexOf(c);

/** A place matches when it is at the level, in the field (by ISCED prefix) and asks no more of the language. */
function offerMatches(o: PlaceOffer, q: PortalPartnerQuery): boolean {
  if (q.level && o.level !== q.level) return false;
  if (q.field && !o.isced.some((code) => code.startsWith(q.field as string))) return false;
  if (q.language) {
    const need = o.languages.find((l) => l.language === q.language);
    if (!need) return false;
    if (q.cefr && rank(need.cefr) > rank(q.cefr)) return false;
  }
  return true;
}

/**
 * The search, on the public partners and this year's outbound places (a few hundred rows: filtered here
 * rather than in SQL, where the JSON columns would need each dialect's own functions). Filters on places
 * keep only partners offering a matching place; without them a partner with no place this year still shows.
 */
export function searchPartners(partners: PublicPartnerRow[], places: PlaceRow[], q: PortalPartnerQuery) {
  const byPartner = new Map<number, PlaceOffer[]>();
  for (const p of places) byPartner.set(p.partner_id, [...(byPartner.get(p.partner_id) ?? []), offerOf(p)]);
  const placeFilter = Boolean(q.level || q.field || q.language);
  const text = q.q?.toLowerCase();
  const results: PartnerResult[] = [];
  for (const partner of partners) {
    if (q.country && partner.country !== q.country) continue;
    if (q.region && partner.region !== q.region) continue;
    if (
      text &&
      ![partner.name_en, partner.name_zh, partner.city, partner.city_zh].some((s) => s?.toLowerCase().includes(text))
    )
      continue;
    const offers = byPartner.get(partner.id) ?? [];
    const matching = placeFilter ? offers.filter((o) => offerMatches(o, q)) : offers;
    if (placeFilter && matching.length === 0) continue;
    results.push({ ...partner, offers: matching, placesThisYear: offers.reduce((n, o) => n + o.places, 0) });
  }
  return results;
}
