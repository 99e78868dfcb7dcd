import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';

/** What a delegation's briefing pack says about each partner: read-only queries over other modules' tables. */

export const findPartner = (db: Db, id: number) =>
  db
    .selectFrom('partners')
    .select(['id', 'name_zh', 'name_en', 'country', 'city', 'city_zh', 'website', 'type', 'status', 'notes'])
    .where('id', '=', id)
    .executeTakeFirst();

export function findAgreements(db: Db, partnerId: number) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('agreement_partners as ap', 'ap.agreement_id', 'a.id')
    .select(['a.id', 'a.kind', 'a.title_zh', 'a.title_en', 'a.status', 'a.start_date', 'a.end_date'])
    .where('ap.partner_id', '=', partnerId)
    .where('a.archived_at', 'is', null)
    .orderBy('a.end_date', 'desc')
    .execute();
}

/** Exchange places of the partner's agreements, per year and direction (the latest years first). */
export function findPlaces(db: Db, partnerId: number) {
  return db
    .selectFrom('exchange_places as p')
    .innerJoin('agreement_partners as ap', 'ap.agreement_id', 'p.agreement_id')
    .select(['p.academic_year', 'p.direction', 'p.level', sql<number>`sum(p.places)`.as('places')])
    .where('ap.partner_id', '=', partnerId)
    .groupBy(['p.academic_year', 'p.direction', 'p.level'])
    .orderBy('p.academic_year', 'desc')
    .limit(12)
    .execute();
}

/** Mobilities with the partner since a date, counted per direction (numbers only: no personal data). */
export function countMobility(db: Db, partnerId: number, since: string) {
  return db
    .selectFrom('mobilities')
    .select(['direction', sql<number>`count(*)`.as('n')])
    .where('partner_id', '=', partnerId)
    .where('start_date', '>=', since)
    .groupBy('direction')
    .execute();
}

/** Earlier visits with the partner, both ways, other than this one. */
export function findPastVisits(db: Db, partnerId: number, exceptVisitId: number) {
  return db
    .selectFrom('visits as v')
    .innerJoin('visit_partners as vp', 'vp.visit_id', 'v.id')
    .select(['v.id', 'v.direction', 'v.title_zh', 'v.title_en', 'v.start_date'])
    .where('vp.partner_id', '=', partnerId)
    .where('v.id', '!=', exceptVisitId)
    .where('v.archived_at', 'is', null)
    .orderBy('v.start_date', 'desc')
    .limit(10)
    .execute();
}

export function findPartnerGifts(db: Db, partnerId: number) {
  return db
    .selectFrom('visit_gifts')
    .select(['recipient', 'gift', 'given_on'])
    .where('partner_id', '=', partnerId)
    .orderBy('given_on', 'desc')
    .limit(20)
    .execute();
}
