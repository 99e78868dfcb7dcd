import type {
  Call,
  CallOffer,
  CallSummary,
  Eligibility,
  RequiredDocument,
  ScoringCriterion,
} from '#shared/schemas/calls.js';
import type { CallRow, OfferRow } from './call.repository.js';

/** Row → API shapes of calls and offers (no queries here). */
export const parseEligibility = (r: Pick<CallRow, 'eligibility_json'>): Call['eligibility'] => {
  const e = JSON.parse(r.eligibility_json) as Partial<Eligibility>;
  return {
    levels: e.levels ?? [],
    minGpa: e.minGpa ?? null,
    languageCertRequired: e.languageCertRequired ?? false,
    languageTextZh: e.languageTextZh ?? null,
    languageTextEn: e.languageTextEn ?? null,
  };
};
export const parseDocuments = (r: Pick<CallRow, 'documents_json'>) =>
  JSON.parse(r.documents_json) as RequiredDocument[];
export const parseCriteria = (r: Pick<CallRow, 'criteria_json'>) => JSON.parse(r.criteria_json) as ScoringCriterion[];

/** Open, after it opens and before the deadline, by the server clock. */
export const acceptingApplications = (r: Pick<CallRow, 'status' | 'opens_at' | 'deadline'>, now: string) =>
  r.status === 'open' && Date.parse(now) >= Date.parse(r.opens_at) && Date.parse(now) < Date.parse(r.deadline);

export const deadlinePassed = (r: Pick<CallRow, 'deadline'>, now: string) => Date.parse(now) >= Date.parse(r.deadline);

export function toOffer(o: OfferRow, allocated: number, showAllocated: boolean): CallOffer {
  return {
    id: o.id,
    placeId: o.place_id,
    agreementId: o.agreement_id,
    partnerId: o.partner_id,
    partnerNameEn: o.name_en,
    partnerNameZh: o.name_zh,
    country: o.country,
    level: o.level,
    places: o.places,
    allocated: showAllocated ? allocated : 0,
    placeRemaining: o.place_places - Number(o.used ?? 0),
  };
}

export function toSummary(
  r: CallRow,
  offers: OfferRow[],
  extra: { now: string; applicationCount: number; myApplicationId: number | null },
): CallSummary {
  return {
    id: r.id,
    titleEn: r.title_en,
    titleZh: r.title_zh,
    academicYear: r.academic_year,
    term: r.term,
    status: r.status,
    opensAt: r.opens_at,
    deadline: r.deadline,
    acceptingApplications: acceptingApplications(r, extra.now),
    offerCount: offers.length,
    placeCount: offers.reduce((s, o) => s + o.places, 0),
    applicationCount: extra.applicationCount,
    myApplicationId: extra.myApplicationId,
    updatedAt: r.updated_at,
  };
}
