import type { Db } from '#server/db/client.js';
import type { Clock } from '#server/lib/clock.js';
import { academicYearAt, businessDate } from '#shared/calendar.js';
import type { PortalPartnerQuery } from '#shared/schemas/portal.js';
import { offerOf, searchPartners } from './partner-search.js';
import * as repo from './portal.repository.js';

/**
 * What the public pages show, read through portal.repository.ts only. No sign-in, no policy: the rows
 * themselves say they are public (published, approved, audience public). "This year" is the academic
 * year of today in Taipei.
 */
export async function partnerSearch(db: Db, clock: Clock, q: PortalPartnerQuery) {
  const now = clock.now();
  const year = academicYearAt(now);
  const [partners, places] = await Promise.all([
    repo.publicPartners(db),
    repo.outboundPlaces(db, year, businessDate(now)),
  ]);
  return { year, all: searchPartners(partners, places, {}), results: searchPartners(partners, places, q) };
}

type Deadline = { term: 'autumn' | 'spring'; nomination: string | null; application: string | null };

export async function partnerPage(db: Db, clock: Clock, id: number) {
  const partner = await repo.publicPartner(db, id);
  if (!partner) return undefined;
  const now = clock.now();
  const year = academicYearAt(now);
  const [sheet, places, testimonials] = await Promise.all([
    repo.factsheetOf(db, id),
    repo.outboundPlaces(db, year, businessDate(now), id),
    repo.approvedTestimonials(db, id),
  ]);
  const factsheet = sheet && {
    deadlines: JSON.parse(sheet.deadlines_json) as Deadline[],
    links: JSON.parse(sheet.links_json) as { label: string; url: string }[],
    instructionLanguages: sheet.instruction_languages,
    requirementsZh: sheet.requirements_zh,
    requirementsEn: sheet.requirements_en,
    housingZh: sheet.housing_zh,
    housingEn: sheet.housing_en,
    visaZh: sheet.visa_zh,
    visaEn: sheet.visa_en,
    insuranceZh: sheet.insurance_zh,
    insuranceEn: sheet.insurance_en,
  };
  return { year, page: { partner, factsheet, offers: places.map(offerOf), testimonials } };
}
export type PartnerPage = NonNullable<Awaited<ReturnType<typeof partnerPage>>>['page'];
